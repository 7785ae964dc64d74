export { csvField, parseDelimited, toCsv, type DelimitedRow } from './csv';
export { FormatError } from './format-error';
export { TMX_CLOSING, tmxDate, tmxOpening, tmxUnit, writeTmx, type TmxHeader, type TmxUnit } from './tmx';
export { allowedInXml, countForbiddenXmlChars, escapeXml } from './xml';
