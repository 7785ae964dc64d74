import { digitValue, isArabicLetter } from './chars';
import { normalize } from './normalize';

/** Sorani letters read without context; و and ی are decided by their neighbours. */
const HAWAR: Readonly<Record<string, string>> = {
  'ا': 'a', 'ب': 'b', 'پ': 'p', 'ت': 't', 'ج': 'c', 'چ': 'ç', 'ح': 'h', 'خ': 'x', 'د': 'd', 'ر': 'r',
  'ڕ': 'r', 'ز': 'z', 'ژ': 'j', 'س': 's', 'ش': 'ş', 'ع': '', 'غ': 'x', 'ف': 'f', 'ڤ': 'v', 'ق': 'q',
  'ک': 'k', 'گ': 'g', 'ل': 'l', 'ڵ': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ھ': 'h', 'ە': 'e', 'ۆ': 'o',
  'ێ': 'ê', 'ئ': '', 'ء': '', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ث': 's', 'ذ': 'z', 'ص': 's', 'ض': 'z',
  'ط': 't', 'ظ': 'z',
};

/** The same, as English-language news spells Kurdish and Arabic names. */
const ENGLISH_STYLE: Readonly<Record<string, string>> = {
  ...HAWAR, 'ج': 'j', 'چ': 'ch', 'خ': 'kh', 'ژ': 'zh', 'ش': 'sh', 'غ': 'gh', 'ە': 'a', 'ێ': 'e',
};

const VOWELS = new Set(['ا', 'ە', 'ۆ', 'ێ']);

type Scheme = 'hawar' | 'english';

interface GlideSpelling {
  readonly consonant: string;
  readonly vowel: string;
  readonly long: string;
}

const GLIDES: Readonly<Record<Scheme, Readonly<Record<'و' | 'ی', GlideSpelling>>>> = {
  hawar: { 'و': { consonant: 'w', vowel: 'u', long: 'û' }, 'ی': { consonant: 'y', vowel: 'î', long: 'îy' } },
  english: { 'و': { consonant: 'w', vowel: 'u', long: 'u' }, 'ی': { consonant: 'y', vowel: 'i', long: 'iy' } },
};

function isLetterAt(word: string, index: number): boolean {
  return index >= 0 && index < word.length && isArabicLetter(word.charCodeAt(index));
}

function transliterateWord(word: string, scheme: Scheme): string {
  if (word === 'و') return scheme === 'hawar' ? 'û' : 'u';
  const table = scheme === 'hawar' ? HAWAR : ENGLISH_STYLE;
  let out = '';
  let previousWasVowel = false;
  for (let i = 0; i < word.length; i++) {
    const char = word.charAt(i);
    if (char === 'و' || char === 'ی') {
      const glide = GLIDES[scheme][char];
      if (word.charAt(i + 1) === char) {
        out += glide.long;
        i++;
        previousWasVowel = true;
        continue;
      }
      const next = word.charAt(i + 1);
      const atStart = i === 0 || (i === 1 && word.charAt(0) === 'ئ' && VOWELS.has(next));
      const consonant: boolean = atStart || previousWasVowel || VOWELS.has(next);
      out += consonant ? glide.consonant : glide.vowel;
      previousWasVowel = !consonant;
      continue;
    }
    const digit = digitValue(char.charCodeAt(0));
    if (digit >= 0) {
      out += String(digit);
      previousWasVowel = false;
      continue;
    }
    const mapped = table[char];
    out += mapped ?? char;
    previousWasVowel = VOWELS.has(char);
  }
  return out;
}

function transliterate(text: string, scheme: Scheme): string {
  const clean = normalize(text, 'display').text.replace(/\u200C/g, '');
  return clean.replace(/[\u0600-\u06FF]+/gu, (word) => transliterateWord(word, scheme));
}

/** Sorani (Arabic script) to Kurdish Latin in the Hawar (Bedirxan) alphabet, lower case. */
export function toHawar(text: string): string {
  return transliterate(text, 'hawar');
}

/** A looser English-style romanization for matching names (ش sh, خ kh, ە a). */
export function romanize(text: string): string {
  return transliterate(text, 'english');
}

/** Consonant classes that survive the trip between scripts (ظ, ز, "dh" and "z" are all Z). */
const ARABIC_CLASS: Readonly<Record<string, string>> = {
  'ب': 'B', 'پ': 'P', 'ت': 'T', 'ط': 'T', 'ث': 'S', 'س': 'S', 'ص': 'S', 'ج': 'J', 'ژ': 'J', 'چ': 'C',
  'ح': 'H', 'ه': 'H', 'ھ': 'H', 'خ': 'X', 'غ': 'X', 'د': 'D', 'ذ': 'Z', 'ز': 'Z', 'ض': 'Z', 'ظ': 'Z',
  'ر': 'R', 'ڕ': 'R', 'ش': '$', 'ف': 'F', 'ڤ': 'V', 'ق': 'K', 'ک': 'K', 'گ': 'G', 'ل': 'L', 'ڵ': 'L',
  'م': 'M', 'ن': 'N',
};

const LATIN_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/sh/g, '$'], [/ch/g, 'C'], [/kh/g, 'X'], [/gh/g, 'X'], [/zh/g, 'J'], [/dh/g, 'Z'], [/th/g, 'S'],
  [/ph/g, 'F'], [/ck/g, 'K'], [/qu/g, 'KW'], [/ng(?=[^aeiouy]|$)/g, 'N'], [/c(?=[eiy])/g, 'S'], [/x/g, 'KS'],
];

const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: 'B', c: 'K', d: 'D', f: 'F', g: 'G', h: 'H', j: 'J', k: 'K', l: 'L', m: 'M', n: 'N', p: 'P',
  q: 'K', r: 'R', s: 'S', t: 'T', v: 'V', w: 'W', z: 'Z',
};

function collapseRepeats(skeleton: string): string {
  return skeleton.replace(/(.)\1+/g, '$1');
}

function arabicSkeleton(word: string): string {
  const clean = normalize(word, 'display').text;
  let out = '';
  for (let i = 0; i < clean.length; i++) {
    const char = clean.charAt(i);
    if (char === 'و' || char === 'ی') {
      const next = clean.charAt(i + 1);
      const atStart = !isLetterAt(clean, i - 1);
      if ((atStart || VOWELS.has(clean.charAt(i - 1))) && (VOWELS.has(next) || next === '')) out += char === 'و' ? 'W' : 'Y';
      continue;
    }
    out += ARABIC_CLASS[char] ?? '';
  }
  return collapseRepeats(out);
}

function latinSkeleton(word: string): string {
  let lower = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/(^|\s)(?:al|el|ul)[-\s]/gu, '$1');
  for (const [pattern, replacement] of LATIN_DIGRAPHS) lower = lower.replace(pattern, replacement);
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const char = lower.charAt(i);
    if (char === 'y') {
      if (/[aeiou]/.test(lower.charAt(i + 1)) && !/[aeiou]/.test(lower.charAt(i - 1) || 'x')) out += 'Y';
      continue;
    }
    out += /[A-Z$]/.test(char) ? char : (LATIN_CLASS[char] ?? '');
  }
  return collapseRepeats(out);
}

/** Consonant skeleton of a name in either script, for comparing across scripts. */
export function nameSkeleton(name: string): string {
  return /[\u0600-\u06FF]/u.test(name) ? arabicSkeleton(name) : latinSkeleton(name);
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - editDistance(a, b) / longest;
}

function looseVowels(latin: string): string {
  return latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/(^|\s)(?:al|el|ul)[-\s]/gu, '$1')
    .replace(/sh/g, 'š').replace(/kh|gh/g, 'x').replace(/dh|th/g, 'z').replace(/[eaə]/g, 'a')
    .replace(/[iy]/g, 'i').replace(/[ouw]/g, 'u').replace(/[^a-zšx]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Similarity in [0, 1] of two spellings of a name, in any mix of Sorani and Latin script
 * (کازمی ~ Kadhimi 0.9+, ترەمپ ~ Trump 1). Mostly consonants, a little vowels.
 */
export function nameSimilarity(a: string, b: string): number {
  const skeletonA = nameSkeleton(a);
  const skeletonB = nameSkeleton(b);
  if (skeletonA.length === 0 || skeletonB.length === 0) return 0;
  const latinA = /[\u0600-\u06FF]/u.test(a) ? romanize(a) : a;
  const latinB = /[\u0600-\u06FF]/u.test(b) ? romanize(b) : b;
  return 0.7 * ratio(skeletonA, skeletonB) + 0.3 * ratio(looseVowels(latinA), looseVowels(latinB));
}
