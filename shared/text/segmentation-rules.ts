export type SegmentLanguage = 'ckb' | 'en';

/**
 * An SRX-like rule: at a candidate position p, `before` must match text ending at p and `after`
 * text starting at p. The first rule that matches decides: `break: false` keeps the sentence
 * together, `break: true` splits it. Break rules also propose positions of their own.
 */
export interface SegmentationRule {
  readonly break: boolean;
  readonly before: string;
  readonly after: string;
  readonly note?: string;
}

export interface SegmentationRules {
  /** Characters that end a sentence when followed by white space or the end of the text. */
  readonly terminators: string;
  /** Closing quotes and brackets that stay with the sentence they close. */
  readonly closers: string;
  /** `line`: every line break ends a paragraph; `blank-line`: only an empty line does. */
  readonly paragraphs: 'line' | 'blank-line';
  /** Split after a terminator glued to the next Sorani word (بەغدا.هەرچەندە). */
  readonly splitGluedSorani: boolean;
  readonly rules: readonly SegmentationRule[];
}

const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Adm', 'Gov', 'Sen',
  'Rep', 'Rev', 'Hon', 'St', 'Mt', 'Ft', 'No', 'Nos', 'Vol', 'pp', 'Fig', 'vs', 'approx', 'Jan',
  'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

const COMMON_RULES: readonly SegmentationRule[] = [
  {
    break: false,
    before: `(?<![\\p{L}\\p{N}])[\\p{L}]\\.`,
    after: `\\s`,
    note: 'initials and the last letter of dotted acronyms: J. Biden, U.S., د. فوئاد, ن.ت.و.',
  },
  { break: false, before: `\\b(?:${TITLES.join('|')})\\.`, after: `\\s`, note: 'English titles and abbreviations' },
  { break: false, before: `(?:\\.{3}|…)`, after: `\\s+(?![\\p{Lu}"“«(])`, note: 'an ellipsis mid-sentence' },
  { break: false, before: `[.!?؟]["”’')\\]]*`, after: `\\s+[\\p{Ll}]`, note: 'a lower-case word goes on the sentence' },
  { break: false, before: `(?:^|\\n)[ \\t]*[\\p{N}]{1,3}\\.`, after: `[ \\t]`, note: 'a numbered list item' },
];

export const DEFAULT_SEGMENTATION_RULES: Readonly<Record<SegmentLanguage, SegmentationRules>> = {
  ckb: {
    terminators: '.!?؟؛…',
    closers: '"”’\'»)]}›',
    paragraphs: 'line',
    splitGluedSorani: true,
    rules: COMMON_RULES,
  },
  en: {
    terminators: '.!?؟…',
    closers: '"”’\'»)]}›',
    paragraphs: 'line',
    splitGluedSorani: false,
    rules: COMMON_RULES,
  },
};

/** The user's own rules come first, so they override the defaults. */
export function withUserRules(base: SegmentationRules, userRules: readonly SegmentationRule[]): SegmentationRules {
  return { ...base, rules: [...userRules, ...base.rules] };
}


