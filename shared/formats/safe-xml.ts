import { SaxesParser } from 'saxes';
import { FormatError } from './format-error';

export type SafeParser = SaxesParser<{ xmlns: false; position: true }>;

export const MAX_XML_DEPTH = 200;

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
  // Elements nested deeper than any TMX, XLIFF or TBX needs are refused (a stack-exhausting file).
  let depth = 0;
  const on = parser.on.bind(parser) as (name: string, handler: (value: never) => void) => void;
  const counted = (name: string, handler: (value: never) => void): void => {
    if (name === 'opentag') {
      on(name, (tag) => {
        if (++depth > MAX_XML_DEPTH) fail(`elements nested more than ${MAX_XML_DEPTH} deep in ${what}`);
        handler(tag);
      });
    } else if (name === 'closetag') {
      on(name, (tag) => {
        depth--;
        handler(tag);
      });
    } else on(name, handler);
  };
  (parser as unknown as { on: typeof counted }).on = counted;
  counted('opentag', () => undefined);
  counted('closetag', () => undefined);
  parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+:\s*/, '')));
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail(`entity declarations are not accepted in ${what}`);
  });
  return { parser, fail };
}

/** An element's local name (without a namespace prefix). */
export const localName = (name: string): string => name.replace(/^.*:/, '');
