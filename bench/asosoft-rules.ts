/**
 * The reference for Pird's Sorani clean-up: the rules of AsoSoft's normalizer for Central Kurdish
 * (Mahmudi et al., "Automated Kurdish Text Normalization", 2019; its `Normalize` with
 * `isOnlyKurdish`), as its documentation and rule list describe them, restated here for measuring
 * only. Left out: its spelling changes (initial ر to ڕ, initial وو to و) and its per-character
 * tables for old fonts and Unicode variants, which are data files we do not have.
 */

/** The letters the rules call Kurdish (and the harakat), and those that join the letter after them. */
/* eslint-disable no-misleading-character-class -- the rules' classes hold the harakat on purpose */
const KURDISH = 'ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنوۆەهھیێأإآثذصضطظكيىةڎۊؤ\u064B-\u065F';
const JOINERS = 'ئبپتثجچحخسشصضطظعغفڤقکكگلڵمنیيهھێ';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Tatweel: one of a run; none between a joining letter and a letter; a dash where it touches neither.
  [/\u0640{2,}/gu, '\u0640'],
  [new RegExp(`(?<=[${JOINERS}])\\u0640(?=[${KURDISH}])`, 'gu'), ''],
  [new RegExp(`(?<![${JOINERS}])\\u0640(?![${KURDISH}])`, 'gu'), '-'],
  // ZWNJ (and the byte-order mark used as one): one of a run; none before space, punctuation or the end, none after a letter that does not join.
  [/[\uFEFF\u200C]+/gu, '\u200C'],
  [/\u200C(?=\s|\p{P}|$)/gu, ''],
  [new RegExp(`(?<![${JOINERS}])\\u200C`, 'gu'), ''],
  // ZWJ: one of a run; after ه it marks a real final h (هـ); elsewhere dropped unless between joining letters.
  [/\u200D{2,}/gu, '\u200D'],
  [/ه\u200D/gu, 'ه\u0640'],
  [new RegExp(`(?<![${JOINERS}])\\u200D(?![${JOINERS}])`, 'gu'), ''],
  // ه before a ZWNJ, and at a word's end, is ە; ھ is ه (هـ at a word's end); Arabic ي ى ك are ی ک.
  [/ه\u200C/gu, 'ە'],
  [new RegExp(`ه(?=[^${KURDISH}\\u0640]|$)`, 'gu'), 'ە'],
  [new RegExp(`ھ(?=[^${KURDISH}]|$)`, 'gu'), 'ه\u0640'],
  [/ھ/gu, 'ه'],
  [/[ىي]/gu, 'ی'],
  [/ك/gu, 'ک'],
  [/\u200Cو /gu, ' و '],
  // Old fonts' marks for ڵ ێ ۆ ڕ.
  [/لاَ|لاً|لأ/gu, 'ڵا'],
  [/[یێ][\u064E\u064B]+/gu, 'ێ'],
  [/[وۆ][\u064E\u064B]+/gu, 'ۆ'],
  [/[لڵ][\u064E\u064B]+/gu, 'ڵ'],
  [/[رڕ]\u0650+/gu, 'ڕ'],
];

export function asosoftNormalize(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
