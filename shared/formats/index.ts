export { csvField, neutralizeFormula, parseDelimited, restoreFormula, spreadsheetField, toCsv, type DelimitedRow } from './csv';
export { FormatError } from './format-error';
export { TMX_CLOSING, tmxDate, tmxOpening, tmxUnit, writeTmx, type TmxHeader, type TmxUnit } from './tmx';
export { allowedInXml, countForbiddenXmlChars, escapeXml } from './xml';
export { CORPUS_FORMATS, corpusWriter, type CorpusFormat, type CorpusHeader, type CorpusPair, type CorpusStream, type CorpusWriter } from './corpus-export';
export { localName, safeXmlParser, type SafeParser } from './safe-xml';
export {
  readDelimitedCorpus, readMoses, readTmx, readXliff, tmxReader, xliffReader, type ImportedCorpus, type ImportedPair, type PairSink, type StreamingReader,
} from './corpus-import';
