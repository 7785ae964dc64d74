import { FormatError, escapeXml, localName, safeXmlParser } from '../formats';
import type { GlossaryEntry, TargetTerm, TermStatus } from './model';

/** An entry read from a file: what the glossary stores, without who and when. */
export interface ImportedEntry {
  readonly sourceTerms: string[];
  readonly targetTerms: TargetTerm[];
  readonly partOfSpeech?: string;
  readonly domain?: string;
  readonly note?: string;
  readonly commonWords?: string[];
  readonly examples: string[];
  /** Where it starts in the file (1-based line), for reports. */
  readonly line: number;
}


export interface LanguagePair {
  /** Language tags whose terms are the Sorani side (a tag matches its subtags too: ckb matches ckb-Arab-IQ). */
  readonly source: readonly string[];
  readonly target: readonly string[];
}

export const DEFAULT_LANGUAGES: LanguagePair = { source: ['ckb', 'ku'], target: ['en'] };

const inLanguage = (tag: string, wanted: readonly string[]): boolean =>
  wanted.some((w) => tag.toLowerCase() === w.toLowerCase() || tag.toLowerCase().startsWith(`${w.toLowerCase()}-`));

/** TBX administrative status → the glossary's term status. */
function statusOf(value: string | undefined): TermStatus {
  const v = (value ?? '').toLowerCase();
  if (v.startsWith('deprecated') || v.startsWith('superseded') || v.startsWith('notrecommended') || v.includes('forbidden')) return 'forbidden';
  if (v.startsWith('admitted')) return 'admitted';
  return v.startsWith('preferred') ? 'preferred' : 'admitted';
}

interface TermDraft {
  text: string;
  status: string | undefined;
  partOfSpeech: string | undefined;
  context: string | undefined;
  usage: string | undefined;
}

interface EntryDraft {
  line: number;
  source: TermDraft[];
  target: TermDraft[];
  domain: string | undefined;
  notes: string[];
}

/**
 * Reads TBX-Basic in both forms: 2008 (`martif` / `termEntry` / `langSet` / `tig`) and 2019
 * (`tbx` / `conceptEntry` / `langSec` / `termSec`). The XML parser expands no entities beyond the
 * five predefined ones and loads no DTD, so external entities and entity bombs are refused.
 * In an entry without a preferred English term, the first one becomes preferred.
 */
export function readTbx(xml: string, languages: LanguagePair = DEFAULT_LANGUAGES): ImportedEntry[] {
  const { parser, fail } = safeXmlParser('a glossary file');
  const entries: ImportedEntry[] = [];
  const path: string[] = [];
  let entry: EntryDraft | undefined;
  let language: string | undefined;
  let term: TermDraft | undefined;
  let text = '';
  let attributeType: string | undefined;
  let rootSeen = false;

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'martif' && name !== 'tbx') fail(`<${tag.name}> is not a TBX root (<martif> or <tbx>)`);
    }
    path.push(name);
    text = '';
    if (name === 'termEntry' || name === 'conceptEntry') {
      entry = { line: parser.line, source: [], target: [], domain: undefined, notes: [] };
    } else if (name === 'langSet' || name === 'langSec') {
      language = tag.attributes['xml:lang'] ?? tag.attributes['lang'];
      if (!language) fail(`<${name}> without xml:lang`);
    } else if (name === 'tig' || name === 'termSec' || name === 'ntig') {
      term = { text: '', status: undefined, partOfSpeech: undefined, context: undefined, usage: undefined };
    } else if (name === 'termNote' || name === 'descrip' || name === 'admin') {
      attributeType = tag.attributes['type'];
    }
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('cdata', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    path.pop();
    const value = text.replace(/\s+/g, ' ').trim();
    if (name === 'term' && term) term.text = value;
    else if (name === 'termNote' && term) {
      if (attributeType === 'administrativeStatus') term.status = value;
      else if (attributeType === 'partOfSpeech') term.partOfSpeech = value;
      else if (attributeType === 'usageNote') term.usage = value;
    } else if (name === 'descrip' && entry) {
      if (attributeType === 'subjectField' && !term) entry.domain = value;
      else if (attributeType === 'context' && term) term.context = value;
      else if (attributeType === 'definition' && value) entry.notes.push(value);
    } else if (name === 'note' && entry && value) entry.notes.push(value);
    else if ((name === 'tig' || name === 'termSec' || name === 'ntig') && term && entry && language) {
      if (!term.text) fail(`<${name}> without a <term>`);
      if (inLanguage(language, languages.source)) entry.source.push(term);
      else if (inLanguage(language, languages.target)) entry.target.push(term);
      term = undefined;
    } else if (name === 'langSet' || name === 'langSec') language = undefined;
    else if ((name === 'termEntry' || name === 'conceptEntry') && entry) {
      if (entry.source.length > 0 && entry.target.length > 0) entries.push(finishEntry(entry));
      entry = undefined;
    }
    text = '';
  });

  parser.write(xml).close();
  if (!rootSeen) throw new FormatError('no TBX content', 1);
  return entries;
}

function finishEntry(draft: EntryDraft): ImportedEntry {
  const targetTerms: TargetTerm[] = draft.target.map((t) => ({ text: t.text, status: statusOf(t.status) }));
  if (!targetTerms.some((t) => t.status === 'preferred')) {
    const first = targetTerms.findIndex((t) => t.status !== 'forbidden');
    const chosen = targetTerms[first];
    if (chosen) targetTerms[first] = { ...chosen, status: 'preferred' };
  }
  const partOfSpeech = [...draft.source, ...draft.target].find((t) => t.partOfSpeech)?.partOfSpeech;
  const examples = [...draft.source, ...draft.target].flatMap((t) => (t.context ? [t.context] : []));
  return {
    sourceTerms: draft.source.map((t) => t.text),
    targetTerms,
    ...(partOfSpeech ? { partOfSpeech } : {}),
    ...(draft.domain ? { domain: draft.domain } : {}),
    ...(draft.notes.length > 0 ? { note: draft.notes.join('\n') } : {}),
    ...(draft.source.some((t) => isCommonWordNote(t.usage)) ? { commonWords: draft.source.filter((t) => isCommonWordNote(t.usage)).map((t) => t.text) } : {}),
    examples,
    line: draft.line,
  };
}

/** The usage note Pird writes on a Sorani term that is also an everyday word, and reads back. */
export const COMMON_WORD_NOTE = 'common word: the term check suggests only';
export const isCommonWordNote = (usage: string | undefined): boolean => /\bcommon word\b/iu.test(usage ?? '');

const STATUS_VALUE: Readonly<Record<TermStatus, string>> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};

/** TBX-Basic in the 2019 form (ISO 30042:2019, DCA style). */
export function writeTbx(entries: readonly GlossaryEntry[], languages = { source: 'ckb', target: 'en' }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader><fileDesc><sourceDesc><p>Exported by Pird</p></sourceDesc></fileDesc></tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const entry of entries) {
    lines.push(`      <conceptEntry id="${escapeXml(entry.id)}">`);
    if (entry.domain) lines.push(`        <descrip type="subjectField">${escapeXml(entry.domain)}</descrip>`);
    if (entry.note) lines.push(`        <note>${escapeXml(entry.note)}</note>`);
    const pos = entry.partOfSpeech ? `<termNote type="partOfSpeech">${escapeXml(entry.partOfSpeech)}</termNote>` : '';
    lines.push(`        <langSec xml:lang="${languages.source}">`);
    for (const term of entry.sourceTerms) {
      const usage = entry.commonWords?.includes(term) ? `<termNote type="usageNote">${COMMON_WORD_NOTE}</termNote>` : '';
      lines.push(`          <termSec><term>${escapeXml(term)}</term>${pos}${usage}</termSec>`);
    }
    lines.push('        </langSec>', `        <langSec xml:lang="${languages.target}">`);
    for (const term of entry.targetTerms) {
      lines.push(`          <termSec><term>${escapeXml(term.text)}</term>${pos}<termNote type="administrativeStatus">${STATUS_VALUE[term.status]}</termNote></termSec>`);
    }
    lines.push('        </langSec>', '      </conceptEntry>');
  }
  lines.push('    </body>', '  </text>', '</tbx>', '');
  return lines.join('\n');
}
