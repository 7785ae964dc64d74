// npm run build:numbers-set: tests/fixtures/numbers/pairs.tsv, Sorani-English pairs in every form in
// which people write numbers and dates (digits of both scripts, words, scale words, ordinals,
// percents, ranges, identifiers, dates with digits, month names and month numbers, lists,
// approximations), made from templates with values drawn by a fixed seed: the same file each time.
import { writeFileSync } from 'node:fs';
import { ENGLISH_MONTHS, convertDigits, englishNumberWords, soraniNumberWords } from '../shared/text';
import { random } from '../bench/corpus';

export const NUMBERS_SET = new URL('../tests/fixtures/numbers/pairs.tsv', import.meta.url);

const SORANI_MONTHS = ['کانوونی دووەم', 'شوبات', 'ئادار', 'نیسان', 'ئایار', 'حوزەیران', 'تەممووز', 'ئاب', 'ئەیلوول', 'تشرینی یەکەم', 'تشرینی دووەم', 'کانوونی یەکەم'];
const SORANI_ORDINALS = ['یەکەم', 'دووەم', 'سێیەم', 'چوارەم', 'پێنجەم', 'شەشەم', 'حەوتەم', 'هەشتەم', 'نۆیەم', 'دەیەم'];
const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

type Pick = <T>(items: readonly T[]) => T;
interface Draw {
  readonly pick: Pick;
  readonly int: (from: number, to: number) => number;
}

/** Digits as a Sorani writer types them: Eastern Arabic digits mostly, Latin ones often. */
const sorani = (draw: Draw, value: number | string): string => (draw.int(0, 2) === 0 ? String(value) : convertDigits(String(value), 'arab'));
/** A whole number as English writes it: with thousands commas. */
const grouped = (value: number): string => value.toLocaleString('en-US');
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

type Template = (draw: Draw) => readonly [kind: string, ckb: string, en: string];

const TEMPLATES: readonly Template[] = [
  (d) => {
    const n = d.int(2, 950);
    return ['cardinal', `${sorani(d, n)} کەس لە ڕووداوەکەدا بریندار بوون.`, `${grouped(n)} people were injured in the incident.`];
  },
  (d) => {
    const [day, month, year] = [d.int(1, 28), d.int(1, 12), d.int(1991, 2024)];
    const english = d.pick([`on ${day} ${ENGLISH_MONTHS[month - 1]} ${year}`, `on ${ENGLISH_MONTHS[month - 1]} ${day}, ${year}`]);
    return ['date digits', `لە ${sorani(d, `${day}/${month}/${year}`)} کۆبوونەوەیەک لە بەغدا ئەنجامدرا.`, `A meeting was held in Baghdad ${english}.`];
  },
  (d) => {
    const [day, month, year] = [d.int(1, 28), d.int(1, 12), d.int(2003, 2024)];
    return ['date month name', `ڕێککەوتنەکە لە ${sorani(d, day)}ی ${SORANI_MONTHS[month - 1]}ی ${sorani(d, year)} واژوو کرا.`, `The agreement was signed on ${day} ${ENGLISH_MONTHS[month - 1]} ${year}.`];
  },
  (d) => {
    const [month, year] = [d.int(1, 12), d.int(2005, 2026)];
    return ['month number', `هەڵبژاردنەکان لە مانگی ${sorani(d, month)}ی ساڵی ${sorani(d, year)} دەکرێن.`, `The elections will be held in ${ENGLISH_MONTHS[month - 1]} ${year}.`];
  },
  (d) => {
    const value = `${d.int(2, 60)}.${d.int(1, 9)}`;
    const ckb = d.pick([`%${sorani(d, value)}`, `${convertDigits(value, 'arab').replace('.', '٫')}٪`, `لە سەدا ${sorani(d, value)}`]);
    return ['percent', `ڕێژەی بێکاری گەیشتە ${ckb}.`, `The unemployment rate reached ${d.pick([`${value}%`, `${value} percent`])}.`];
  },
  (d) => {
    const thousands = d.int(2, 90);
    return ['scale word', `نزیکەی ${sorani(d, thousands)} هەزار کەس ئاوارە بوون.`, `About ${d.pick([grouped(thousands * 1000), `${thousands} thousand`])} people were displaced.`];
  },
  (d) => {
    const k = d.int(1, 9);
    return ['ordinal', `ئەمە ${SORANI_ORDINALS[k]} سەردانی سەرۆک وەزیرانە بۆ واشنتن.`, `This is the prime minister's ${ENGLISH_ORDINALS[k]} visit to Washington.`];
  },
  (d) => {
    const [year, billions] = [d.int(2010, 2025), d.int(20, 200)];
    return ['scale word', `بودجەی ساڵی ${sorani(d, year)} بڕی ${sorani(d, billions)} ملیار دینارە.`, `The ${year} budget is ${billions} billion dinars.`];
  },
  (d) => {
    const from = d.int(6, 15);
    const to = from + d.int(2, 6);
    return ['range', `پرۆگرامەکە خوێندکارانی تەمەنی ${sorani(d, `${from}-${to}`)} ساڵ دەگرێتەوە.`, `The programme covers students aged ${d.pick([`${from} to ${to}`, `${from}-${to}`, `between ${from} and ${to}`])}.`];
  },
  (d) => {
    const n = d.int(120, 98_000);
    return ['identifier', `ژمارەی تووشبووانی کۆڤید-${sorani(d, 19)} لە هەرێمەکە گەیشتە ${sorani(d, n)}.`, `COVID-19 cases in the region reached ${grouped(n)}.`];
  },
  (d) => {
    const n = d.int(2, 99);
    return ['number words', `${soraniNumberWords(n)} سەرباز لە هێرشەکەدا کوژران.`, `${d.pick([capital(englishNumberWords(n)), String(n)])} soldiers were killed in the attack.`];
  },
  (d) => {
    const [day, month] = [d.int(1, 28), d.int(1, 12)];
    return ['date without year', `لە ${sorani(d, `${day}/${month}`)}ەوە سنوورەکان داخراون.`, `The borders have been closed since ${d.pick([`${day} ${ENGLISH_MONTHS[month - 1]}`, `${ENGLISH_MONTHS[month - 1]} ${day}`])}.`];
  },
  (d) => {
    const year = d.int(1970, 2020);
    return ['year', `لە ساڵی ${sorani(d, year)}ەوە لە هەولێر دەژی.`, `He has lived in Erbil since ${year}.`];
  },
  (d) => {
    const n = d.int(2, 900) * 1000;
    return ['cardinal', `کۆمپانیاکە ${sorani(d, n)} دۆلاری وەبەرهێنا.`, `The company invested ${d.pick([`$${grouped(n)}`, `${grouped(n)} dollars`])}.`];
  },
  (d) => {
    const article = d.pick([140, 58, 76, 112, 121]);
    return ['cardinal', `بەپێی ماددەی ${sorani(d, article)}ی دەستوور، دۆسیەکە دەگەڕێتەوە بۆ پەرلەمان.`, `Under Article ${article} of the constitution, the file returns to parliament.`];
  },
  (d) => {
    const [a, b, c] = [d.int(2, 40), d.int(41, 80), d.int(81, 120)];
    return ['list', `لە سێ شاری جیاواز ${sorani(d, a)}، ${sorani(d, b)} و ${sorani(d, c)} کەس بریندار بوون.`, `In three different cities, ${a}, ${b} and ${c} people were injured.`];
  },
  (d) => {
    const millions = `${d.int(1, 4)}.${d.int(1, 9)}`;
    return ['decimal', `ڕۆژانە ${sorani(d, millions)} ملیۆن بەرمیل نەوت هەناردە دەکرێت.`, `${millions} million barrels of oil are exported every day.`];
  },
  (d) => {
    const [order, english] = d.pick([['دەیان هەزار', 'Tens of thousands of'], ['سەدان', 'Hundreds of'], ['هەزاران', 'Thousands of']] as const);
    return ['approximate', `${order} کەس لە خۆپیشاندانەکەدا بەشدار بوون.`, `${english} people took part in the demonstration.`];
  },
  (d) => {
    const n = d.int(1, 98) * 1000 + d.int(100, 999);
    return ['thousands', `${sorani(d, n.toLocaleString('en-US')).replace(/[,٬]/gu, '،')} کەس لە کەمپەکاندا دەژین.`, `${grouped(n)} people live in the camps.`];
  },
  (d) => {
    const year = d.int(2005, 2022);
    return ['year range', `لە ساڵی خوێندنی ${sorani(d, `${year}-${year + 1}`)} قوتابخانەکە کرایەوە.`, `The school opened in the ${year}–${String(year + 1).slice(2)} school year.`];
  },
  (d) => {
    const k = d.int(1, 4);
    return ['ordinal', `قۆناغی ${SORANI_ORDINALS[k]}ی پڕۆژەکە لە ساڵی داهاتوو تەواو دەبێت.`, `The ${ENGLISH_ORDINALS[k]} phase of the project will be finished next year.`];
  },
  (d) => {
    const n = d.int(3, 12);
    return ['number words', `سەرۆک وەزیران لەگەڵ ${sorani(d, n)} وەزیر کۆبووەوە.`, `The prime minister met ${d.pick([englishNumberWords(n), String(n)])} ministers.`];
  },
];

export function numbersSet(count = 330, seed = 17): string {
  const next = random(seed);
  const draw: Draw = {
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    int: (from, to) => from + Math.floor(next() * (to - from + 1)),
  };
  const rows = ['kind\tckb\ten'];
  for (let k = 0; k < count; k++) rows.push((TEMPLATES[k % TEMPLATES.length] as Template)(draw).join('\t'));
  return `${rows.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  writeFileSync(NUMBERS_SET, numbersSet());
  console.log(`written ${NUMBERS_SET.pathname}`);
}
