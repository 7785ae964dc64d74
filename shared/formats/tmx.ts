import { escapeXml } from './xml';

/** One translation unit: each side's text, with properties and a note. */
export interface TmxUnit {
  readonly source: string;
  readonly target: string;
  readonly properties?: ReadonlyArray<readonly [string, string]>;
  readonly note?: string;
  readonly changedAt?: Date;
}

export interface TmxHeader {
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly toolVersion: string;
  readonly createdAt: Date;
}

/** A UTC date the way TMX writes it: YYYYMMDDThhmmssZ. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The TMX 1.4 document up to and including `<body>`. */
export function tmxOpening(header: TmxHeader): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Pird" creationtoolversion="${escapeXml(header.toolVersion)}" o-tmf="Pird" adminlang="en" `
      + `datatype="plaintext" segtype="sentence" srclang="${escapeXml(header.sourceLang)}" creationdate="${tmxDate(header.createdAt)}"/>`,
    '  <body>',
    '',
  ].join('\n');
}

export function tmxUnit(unit: TmxUnit, header: Pick<TmxHeader, 'sourceLang' | 'targetLang'>): string {
  const changed = unit.changedAt && !Number.isNaN(unit.changedAt.getTime()) ? ` changedate="${tmxDate(unit.changedAt)}"` : '';
  let xml = `    <tu${changed}>\n`;
  for (const [type, value] of unit.properties ?? []) xml += `      <prop type="${escapeXml(type)}">${escapeXml(value)}</prop>\n`;
  if (unit.note) xml += `      <note>${escapeXml(unit.note)}</note>\n`;
  return `${xml}      <tuv xml:lang="${escapeXml(header.sourceLang)}"><seg>${escapeXml(unit.source)}</seg></tuv>\n`
    + `      <tuv xml:lang="${escapeXml(header.targetLang)}"><seg>${escapeXml(unit.target)}</seg></tuv>\n    </tu>\n`;
}

export const TMX_CLOSING = '  </body>\n</tmx>\n';

/** A whole TMX 1.4 document (the pieces above let a long export stream). */
export function writeTmx(units: readonly TmxUnit[], header: TmxHeader): string {
  return tmxOpening(header) + units.map((unit) => tmxUnit(unit, header)).join('') + TMX_CLOSING;
}
