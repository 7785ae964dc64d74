import { parseDelimited } from './csv';
import { FormatError } from './format-error';
import { localName, safeXmlParser } from './safe-xml';

/** One imported pair, with the status the file gave it (Pird's own, or mapped from XLIFF's state). */
export interface ImportedPair {
  readonly source: string;
  readonly target: string;
  readonly status?: string;
}

/** A file's pairs, grouped as its documents (XLIFF files, TMX documents Pird exported). */
export interface ImportedCorpus {
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly documents: Array<{ name: string; pairs: ImportedPair[] }>;
}

/** ckb matches ckb-Arab-IQ; ku and kmr are not ckb, but a file may label Sorani ku: either side may ask for it. */
const sameLanguage = (code: string, wanted: string): boolean => {
  const a = code.toLowerCase().split(/[-_]/u)[0] ?? '';
  const b = wanted.toLowerCase().split(/[-_]/u)[0] ?? '';
  return a === b;
};

function documentOf(corpus: ImportedCorpus, name: string): ImportedPair[] {
  let document = corpus.documents.find((d) => d.name === name);
  if (!document) corpus.documents.push((document = { name, pairs: [] }));
  return document.pairs;
}

/** Inline codes (native markup inside a segment) are skipped, with everything inside them. */
class InlineCodes {
  private depth = 0;
  get inside(): boolean {
    return this.depth > 0;
  }
  /** An element opens: true if it is skipped (an inline code, or anything inside one). */
  open(isCode: boolean): boolean {
    if (this.depth === 0 && !isCode) return false;
    this.depth++;
    return true;
  }
  /** An element closes: true if it was skipped. */
  close(): boolean {
    if (this.depth === 0) return false;
    this.depth--;
    return true;
  }
}

/** Text inside a segment: inline codes of TMX (bpt, ept, ph, it) hold native markup, not text. */
const INLINE_CODE = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Receives each pair as a streaming reader finds it, with the document it belongs to. */
export type PairSink = (document: string, pair: ImportedPair) => void;

/** A reader fed a file in pieces: memory stays flat however large the file. */
export interface StreamingReader {
  write(chunk: string): void;
  /** Ends the input; answers with the languages the file declared. */
  close(): { sourceLang?: string; targetLang?: string };
}

/** Collects a streaming reader's pairs into documents (for files read whole). */
function collect(read: (sink: PairSink) => StreamingReader, text: string): ImportedCorpus {
  const documents: ImportedCorpus['documents'] = [];
  const reader = read((name, pair) => {
    let document = documents.find((d) => d.name === name);
    if (!document) documents.push((document = { name, pairs: [] }));
    document.pairs.push(pair);
  });
  reader.write(text);
  return { ...reader.close(), documents };
}

/**
 * Reads TMX 1.1 to 1.4b: `xml:lang` or the old `lang` on each `<tuv>`, the source language from
 * the header's `srclang` (or `sourceLang` when given); the other variant is the target. Pird's own
 * `x-pird-status` and `x-pird-document` properties come back. Units without both sides are skipped.
 */
export function readTmx(xml: string, fallbackName: string, sourceLang = 'ckb'): ImportedCorpus {
  return collect((sink) => tmxReader(fallbackName, sink, sourceLang), xml);
}

export function tmxReader(fallbackName: string, sink: PairSink, sourceLang = 'ckb'): StreamingReader {
  const { parser, fail } = safeXmlParser('a TMX file');
  const corpus: { sourceLang?: string; targetLang?: string } = {};
  let rootSeen = false;
  let headerSource: string | undefined;
  let variants: Array<{ lang: string; text: string }> = [];
  let props: Record<string, string> = {};
  let lang: string | undefined;
  let seg: string | undefined;
  let propType: string | undefined;
  let propText = '';
  const inline = new InlineCodes();

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'tmx') fail(`<${tag.name}> is not a TMX root (<tmx>)`);
      return;
    }
    if (inline.open(seg !== undefined && INLINE_CODE.has(name))) return;
    if (name === 'header') headerSource = tag.attributes['srclang'];
    else if (name === 'tu') {
      variants = [];
      props = {};
    } else if (name === 'tuv') {
      lang = tag.attributes['xml:lang'] ?? tag.attributes['lang'];
      if (!lang) fail('<tuv> without xml:lang');
    } else if (name === 'seg') seg = '';
    else if (name === 'prop') {
      propType = tag.attributes['type'];
      propText = '';
    }
  });
  const onText = (chunk: string): void => {
    if (inline.inside) return;
    if (seg !== undefined) seg += chunk;
    else if (propType !== undefined) propText += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (inline.close()) return;
    if (name === 'seg' && lang !== undefined) {
      variants.push({ lang, text: seg ?? '' });
      seg = undefined;
    } else if (name === 'prop' && propType !== undefined) {
      props[propType] = propText;
      propType = undefined;
    } else if (name === 'tu') {
      const wanted = headerSource && headerSource !== '*all*' && !sameLanguage(headerSource, 'en') ? headerSource : sourceLang;
      const source = variants.find((v) => sameLanguage(v.lang, wanted)) ?? variants.find((v) => sameLanguage(v.lang, sourceLang));
      const target = variants.find((v) => v !== source);
      if (source && target) {
        corpus.sourceLang ??= source.lang;
        corpus.targetLang ??= target.lang;
        const status = props['x-pird-status'];
        sink(props['x-pird-document'] ?? fallbackName, { source: source.text, target: target.text, ...(status ? { status } : {}) });
      }
    }
  });
  return {
    write: (chunk) => {
      parser.write(chunk);
    },
    close: () => {
      parser.close();
      if (!rootSeen) throw new FormatError('no TMX content', 1);
      return corpus;
    },
  };
}

/** XLIFF 1.2 and 2.0 inline codes; `<g>` (1.2) and `<pc>` (2.0) wrap text and are kept. */
const XLIFF_INLINE_CODE = new Set(['ph', 'bpt', 'ept', 'it', 'x', 'bx', 'ex', 'sc', 'ec', 'cp']);

const XLIFF_STATUS: Readonly<Record<string, string>> = {
  initial: 'draft', translated: 'translated', reviewed: 'translated', final: 'approved',
  // XLIFF 1.2 states on <target>
  new: 'draft', 'needs-translation': 'new', 'needs-review-translation': 'translated', 'signed-off': 'approved',
};

/**
 * Reads XLIFF 2.0 (`<unit>`/`<segment>`, `state` on the segment, Pird's own status in `subState`)
 * and XLIFF 1.2 (`<trans-unit>`, `state` on `<target>`); each `<file>` becomes a document. Inline
 * codes are left out; their text content (XLIFF 2.0 `<pc>`, 1.2 `<g>`) is kept.
 */
export function readXliff(xml: string, fallbackName: string): ImportedCorpus {
  return collect((sink) => xliffReader(fallbackName, sink), xml);
}

export function xliffReader(fallbackName: string, sink: PairSink): StreamingReader {
  const { parser, fail } = safeXmlParser('an XLIFF file');
  const corpus: { sourceLang?: string; targetLang?: string } = {};
  let version: '1.2' | '2.0' | undefined;
  let fileName = fallbackName;
  let source: string | undefined;
  let target: string | undefined;
  let side: 'source' | 'target' | undefined;
  let status: string | undefined;
  const inline = new InlineCodes();

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const attributes = tag.attributes;
    if (version === undefined) {
      if (name !== 'xliff') fail(`<${tag.name}> is not an XLIFF root (<xliff>)`);
      version = attributes['version']?.startsWith('2') ? '2.0' : '1.2';
      if (attributes['srcLang']) corpus.sourceLang = attributes['srcLang'];
      if (attributes['trgLang']) corpus.targetLang = attributes['trgLang'];
      return;
    }
    if (inline.open(side !== undefined && XLIFF_INLINE_CODE.has(name))) return;
    if (name === 'file') {
      fileName = attributes['original'] ?? attributes['id'] ?? fallbackName;
      if (attributes['source-language']) corpus.sourceLang ??= attributes['source-language'];
      if (attributes['target-language']) corpus.targetLang ??= attributes['target-language'];
    } else if (name === 'segment' || name === 'trans-unit') {
      source = undefined;
      target = undefined;
      const own = attributes['subState']?.match(/^pird:(.+)$/u)?.[1];
      status = own ?? (attributes['state'] ? XLIFF_STATUS[attributes['state']] : undefined);
      if (name === 'trans-unit') status = undefined;
    } else if (name === 'source' || name === 'target') {
      side = name;
      if (name === 'source') source = '';
      else {
        target = '';
        if (version === '1.2' && attributes['state']) status = XLIFF_STATUS[attributes['state']];
      }
    }
  });
  const onText = (chunk: string): void => {
    if (inline.inside || side === undefined) return;
    if (side === 'source') source = (source ?? '') + chunk;
    else target = (target ?? '') + chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (inline.close()) return;
    if (name === 'source' || name === 'target') side = undefined;
    else if (name === 'segment' || name === 'trans-unit') {
      // A segment not yet translated comes in with an empty target.
      if (source !== undefined) sink(fileName, { source, target: target ?? '', ...(status ? { status } : {}) });
    }
  });
  return {
    write: (chunk) => {
      parser.write(chunk);
    },
    close: () => {
      parser.close();
      if (version === undefined) throw new FormatError('no XLIFF content', 1);
      return corpus;
    },
  };
}

/**
 * Reads TSV or CSV with a header: the source column is named by the source language (ckb, or
 * `source`), the target column by the target language (en, or `target`); Pird's own export also
 * has `status` and `document`.
 */
export function readDelimitedCorpus(text: string, delimiter: ',' | '\t', fallbackName: string, languages = { source: 'ckb', target: 'en' }): ImportedCorpus {
  const rows = parseDelimited(text, delimiter);
  const header = rows[0];
  if (!header) throw new FormatError('the file is empty', 1);
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const find = (...wanted: string[]): number => names.findIndex((name) => wanted.some((w) => name === w || sameLanguage(name, w)));
  const sourceColumn = find(languages.source, 'source', 'ku');
  const targetColumn = find(languages.target, 'target');
  if (sourceColumn < 0 || targetColumn < 0 || sourceColumn === targetColumn) {
    throw new FormatError(`the header must name a source column (${languages.source} or source) and a target column (${languages.target} or target)`, header.line);
  }
  const statusColumn = names.indexOf('status');
  const documentColumn = names.indexOf('document');
  const corpus: ImportedCorpus = { sourceLang: languages.source, targetLang: languages.target, documents: [] };
  for (const row of rows.slice(1)) {
    const source = row.fields[sourceColumn];
    const target = row.fields[targetColumn];
    if (source === undefined || target === undefined) throw new FormatError(`expected at least ${Math.max(sourceColumn, targetColumn) + 1} fields`, row.line);
    const status = statusColumn >= 0 ? row.fields[statusColumn] : undefined;
    documentOf(corpus, (documentColumn >= 0 ? row.fields[documentColumn] : undefined) || fallbackName)
      .push({ source, target, ...(status ? { status } : {}) });
  }
  return corpus;
}

/** Moses: two line-aligned files; their line counts must agree. */
export function readMoses(sourceText: string, targetText: string, name: string): ImportedCorpus {
  const lines = (text: string): string[] => {
    const body = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').replace(/\n$/u, '');
    return body === '' ? [] : body.split('\n');
  };
  const sources = lines(sourceText);
  const targets = lines(targetText);
  if (sources.length !== targets.length) {
    throw new FormatError(`the two files have ${sources.length} and ${targets.length} lines; Moses files must be line-aligned`, Math.min(sources.length, targets.length) + 1);
  }
  return { documents: [{ name, pairs: sources.map((source, i) => ({ source, target: targets[i] ?? '' })) }] };
}
