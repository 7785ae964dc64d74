import { SaxesParser } from 'saxes';
import { FormatError } from './format-error';

export type SafeParser = SaxesParser<{ xmlns: false; position: true }>;

/**
 * A streaming XML parser that expands no entities beyond the five predefined ones and loads no
 * DTD: a document declaring entities (external entities, billion-laughs bombs) is refused, and
 * every error is a FormatError with its line.
 */
export function safeXmlParser(what: string): { parser: SafeParser; fail: (message: string) => never } {
  const parser: SafeParser = new SaxesParser({ xmlns: false, position: true });
  const fail = (message: string): never => {
    throw new FormatError(message, parser.line);
  };
  parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+:\s*/, '')));
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail(`entity declarations are not accepted in ${what}`);
  });
  return { parser, fail };
}

/** An element's local name (without a namespace prefix). */
export const localName = (name: string): string => name.replace(/^.*:/, '');
