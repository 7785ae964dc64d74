import { csvField, spreadsheetField } from './csv';
import { TMX_CLOSING, tmxOpening, tmxUnit } from './tmx';
import { countForbiddenXmlChars, escapeXml } from './xml';

export const CORPUS_FORMATS = ['tmx', 'xliff', 'tsv', 'csv', 'moses', 'jsonl'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

/** One exported pair: a whole unit (a multi-sentence bead stays one pair), with what is known about it. */
export interface CorpusPair {
  readonly id: string;
  /** The document's id and name: XLIFF gives each document a <file> of its own. */
  readonly documentId: string;
  readonly document: string;
  readonly source: string;
  readonly target: string;
  readonly status: string;
  readonly reviewer?: string;
  readonly note?: string;
  /** ISO date of the last change. */
  readonly changedAt?: string;
}

export interface CorpusHeader {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly toolVersion: string;
  readonly createdAt: Date;
  /** CSV only: cells that a spreadsheet would run as formulas get a leading `'` (default on). */
  readonly neutralizeFormulas?: boolean;
}

/** Where a format writes: Moses writes two files (one per language), the others one. */
export type CorpusStream = 'main' | 'source' | 'target';

/**
 * A format as pieces a caller can stream: the opening of each file, one pair at a time, the
 * closing. Nothing here holds the corpus in memory.
 */
export interface CorpusWriter {
  readonly streams: readonly CorpusStream[];
  opening(): Partial<Record<CorpusStream, string>>;
  pair(pair: CorpusPair): Partial<Record<CorpusStream, string>>;
  closing(): Partial<Record<CorpusStream, string>>;
  /** Characters XML 1.0 forbids that were dropped so far (XML formats only). */
  readonly droppedCharacters: number;
}

/** One line of a line-based format: line breaks and tabs inside a text become spaces. */
const oneLine = (text: string): string => text.replace(/[\t\r\n\u2028\u2029]+/gu, ' ');

const XLIFF_STATE: Readonly<Record<string, string>> = {
  new: 'initial', draft: 'initial', aligned: 'translated', translated: 'translated', approved: 'final', rejected: 'translated',
};

/** The writer for a format (TMX 1.4, XLIFF 2.0, TSV, CSV, Moses, JSONL). */
export function corpusWriter(format: CorpusFormat, header: CorpusHeader): CorpusWriter {
  let dropped = 0;
  const counted = (text: string): string => {
    dropped += countForbiddenXmlChars(text);
    return text;
  };
  const { sourceLang, targetLang } = header;
  const cell = header.neutralizeFormulas === false ? csvField : spreadsheetField;
  switch (format) {
    case 'tmx':
      return {
        streams: ['main'],
        opening: () => ({ main: tmxOpening(header) }),
        pair: (pair) => ({
          main: tmxUnit({
            source: counted(pair.source), target: counted(pair.target),
            properties: [
              ['x-pird-status', pair.status], ['x-pird-document', pair.document], ['x-pird-id', pair.id],
              ...(pair.reviewer ? [['x-pird-reviewer', pair.reviewer] as const] : []),
            ],
            ...(pair.note ? { note: counted(pair.note) } : {}),
            ...(pair.changedAt ? { changedAt: new Date(pair.changedAt) } : {}),
          }, header),
        }),
        closing: () => ({ main: TMX_CLOSING }),
        get droppedCharacters() {
          return dropped;
        },
      };
    case 'xliff': {
      let openFile: string | undefined;
      const fileOpening = (id: string, name: string): string => `  <file id="${escapeXml(id)}" original="${escapeXml(name)}">\n`;
      return {
        streams: ['main'],
        opening: () => ({
          main: '<?xml version="1.0" encoding="UTF-8"?>\n'
            + `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(sourceLang)}" trgLang="${escapeXml(targetLang)}">\n`,
        }),
        pair: (pair) => {
          const note = pair.note ? `      <notes><note>${escapeXml(counted(pair.note))}</note></notes>\n` : '';
          let file = '';
          if (openFile !== pair.documentId) {
            file = `${openFile === undefined ? '' : '  </file>\n'}${fileOpening(pair.documentId, pair.document)}`;
            openFile = pair.documentId;
          }
          return {
            main: `${file}    <unit id="${escapeXml(pair.id)}">\n${note}`
              + `      <segment state="${XLIFF_STATE[pair.status] ?? 'initial'}" subState="pird:${escapeXml(pair.status)}">\n`
              + `        <source xml:space="preserve">${escapeXml(counted(pair.source))}</source>\n`
              + `        <target xml:space="preserve">${escapeXml(counted(pair.target))}</target>\n`
              + '      </segment>\n    </unit>\n',
          };
        },
        // XLIFF needs at least one <file>: an empty export still has one, empty.
        closing: () => ({ main: `${openFile === undefined ? fileOpening('empty', 'empty') : ''}  </file>\n</xliff>\n` }),
        get droppedCharacters() {
          return dropped;
        },
      };
    }
    case 'tsv':
      return {
        streams: ['main'],
        opening: () => ({ main: `id\tdocument\tstatus\t${oneLine(sourceLang)}\t${oneLine(targetLang)}\n` }),
        pair: (pair) => ({ main: `${[pair.id, pair.document, pair.status, pair.source, pair.target].map(oneLine).join('\t')}\n` }),
        closing: () => ({}),
        droppedCharacters: 0,
      };
    case 'csv':
      return {
        streams: ['main'],
        opening: () => ({ main: `id,document,status,${csvField(sourceLang)},${csvField(targetLang)}\r\n` }),
        pair: (pair) => ({ main: `${[pair.id, pair.document, pair.status, pair.source, pair.target].map(cell).join(',')}\r\n` }),
        closing: () => ({}),
        droppedCharacters: 0,
      };
    case 'moses':
      return {
        streams: ['source', 'target'],
        opening: () => ({}),
        pair: (pair) => ({ source: `${oneLine(pair.source)}\n`, target: `${oneLine(pair.target)}\n` }),
        closing: () => ({}),
        droppedCharacters: 0,
      };
    case 'jsonl':
      return {
        streams: ['main'],
        opening: () => ({}),
        pair: (pair) => ({
          main: `${JSON.stringify({
            translation: { [sourceLang]: pair.source, [targetLang]: pair.target }, id: pair.id, document: pair.document, status: pair.status,
          })}\n`,
        }),
        closing: () => ({}),
        droppedCharacters: 0,
      };
  }
}
