export { csvField, parseDelimited, toCsv, type DelimitedRow } from './csv';
export { FormatError } from './format-error';
