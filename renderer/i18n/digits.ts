import type { FormatterModule } from 'i18next';
import { convertDigits } from '../../shared/text';
import type { DigitStyle } from '../../shared/project';

/**
 * The digits numbers are written with in the Sorani interface (a setting: Eastern Arabic ٠–٩ or
 * Latin 0–9); the English interface always writes Latin digits. Every number the UI shows goes
 * through `localDigits`: the counts of its messages (the formatter below) and its dates.
 */
let soraniDigits: DigitStyle = 'eastern';

export function setSoraniDigits(style: DigitStyle): void {
  soraniDigits = style;
}

export function localDigits(text: string, language: string): string {
  return language === 'ckb' && soraniDigits === 'eastern' ? convertDigits(text, 'arab') : text;
}

/**
 * i18next's formatter, called for every value put into a message (`alwaysFormat`): numbers take
 * the interface's digits; names and texts (a document called "report 2020") stay as written.
 */
export const digitsFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  format: (value: unknown, _format: string | undefined, language: string | undefined) => (typeof value === 'number' ? localDigits(String(value), language ?? '') : value) as string,
  add: () => undefined,
  addCached: () => undefined,
};
