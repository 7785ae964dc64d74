import { isArabicLetter, isLatinLetter } from './chars';
import { matchingKey } from './normalize';

/**
 * The letter of a word's matching key that a code stands for inside a word (`INNER_KEY_LETTER`:
 * ي is ی, ك is ک, A is a) or at its end (`FINAL_KEY_LETTER`: ه is ە there); 0 where one code does
 * not tell (marks, ZWNJ, tatweel, presentation forms, anything not an Arabic or basic Latin
 * letter). Tests on a word's first or last letters read these instead of making its key.
 */
export const INNER_KEY_LETTER = new Uint16Array(0x10000);
export const FINAL_KEY_LETTER = new Uint16Array(0x10000);
for (let code = 0x0600; code < 0xff00; code++) {
  if (!isArabicLetter(code)) continue;
  const letter = String.fromCharCode(code);
  // Beside two other letters (the key folds doubled letters into one: two contexts, for ت and ر themselves).
  const inner = [matchingKey(`${letter}تر`), matchingKey(`${letter}من`)].find((word) => word.length === 3);
  const final = [matchingKey(`تر${letter}`), matchingKey(`من${letter}`)].find((word) => word.length === 3);
  if (inner) INNER_KEY_LETTER[code] = inner.charCodeAt(0);
  if (final) FINAL_KEY_LETTER[code] = final.charCodeAt(2);
}
for (let code = 0x41; code <= 0x7a; code++) {
  if (isLatinLetter(code)) INNER_KEY_LETTER[code] = FINAL_KEY_LETTER[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
}
