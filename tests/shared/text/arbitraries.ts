import fc from 'fast-check';

/** Characters that real Sorani text mixes: letters and their look-alikes, marks, invisibles, digits, punctuation. */
const MESSY_CHARS = [
  ...'ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ',
  ...'كڪيىےةؤڒڶۀھ', // Arabic and Persian look-alikes
  '\u064E', '\u0650', '\u0651', '\u065A', '\u0654', '\u0640', // harakat, v mark, hamza above, tatweel
  '\u200C', '\u200D', '\u200E', '\u200F', '\u202B', '\u2067', '\u061C', '\u00A0', '\u2009', '\uFEFF', '\u00AD',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789',
  ...'.،؛؟?!«»"()[]:-…\'', ' ', ' ', ' ', '\n', '\r\n', '\t',
  ...'AMKadhimiUS', 'ﻻ', 'ﺏ', 'ﻙ', '\uD83D', '\uDE00', '\u0000',
];

export const messyText = (maxLength = 80): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...MESSY_CHARS), { maxLength }).map((chars) => chars.join(''));

/** Any UTF-16 string at all, lone surrogates included. */
export const anyText = (maxLength = 80): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });

export const soraniWord = (): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ'), { minLength: 1, maxLength: 12 }).map((c) => c.join(''));

export const PROPERTY_SEED = 20261125;
