export { DelimitedFormatError, csvField, parseDelimited, toCsv, type DelimitedRow } from './csv';
