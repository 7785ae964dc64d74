import { ENGLISH_MONTHS, findQuantities, isBlank, matchingKey, mayBeIdentifier, type Quantity } from '../text';
import type { QaIssue, QaSegment } from './types';

const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
/** An approximate quantity stands for any value of its order: hundreds for 100 to 999. */
const withinOrder = (approximate: Quantity, value: number): boolean => value >= approximate.value && value < approximate.value * 10;

/**
 * A source date and a translation's date agree when every part written in both is the same, and
 * the source's day is not left out (24 January for ٢٤ی کانوونی دووەم; "January 2020" for ٢٥ی
 * کانوونی دووەمی ٢٠٢٠ says less). A year left out is the translation's wording.
 */
function agree(source: Quantity['date'], target: Quantity['date']): boolean {
  if (!source || !target) return false;
  if (source.day !== undefined && target.day === undefined && target.month !== undefined) return false;
  return DATE_PARTS.every((part) => source[part] === undefined || target[part] === undefined || source[part] === target[part]);
}

/** The part in which two dates that share another part disagree (the day of 28/9/2012 and 27 September 2012; a day left out). */
function differingPart(source: NonNullable<Quantity['date']>, target: NonNullable<Quantity['date']>): 'day' | 'month' | 'year' | undefined {
  const shared = DATE_PARTS.filter((part) => source[part] !== undefined && target[part] !== undefined);
  const differing = shared.filter((part) => source[part] !== target[part]);
  if (differing.length === 0 && source.day !== undefined && target.day === undefined && shared.length >= 1) return 'day';
  return differing.length === 1 && shared.length >= 2 ? differing[0] : undefined;
}

type DatePart = 'day' | 'month' | 'year';
const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** The values a quantity can stand for: a number's value, an identifier's digits (and alias), each written part of a date not `claimed` yet. */
function valuesOf(quantity: Quantity, claimed: ReadonlySet<DatePart> = new Set()): number[] {
  if (quantity.kind !== 'date') return quantity.alias === undefined ? [quantity.value] : [quantity.value, quantity.alias];
  const date = quantity.date ?? {};
  return DATE_PARTS.filter((part) => !claimed.has(part)).map((part) => date[part]).filter((part): part is number => part !== undefined);
}

/** Number words that are as often other words: سی is thirty and "lung", شەست sixty and "thumb". */
const HOMOGRAPHS = new Set(['سی', 'شەست'].map(matchingKey));

/**
 * Whether a number the source writes in words may be left out by the wording alone (a warning):
 * number words that are other words too (سی, "lung"); one and two (یەک, دوو, یەکەم: an article,
 * "both", "initial", "multi-"), but not when the translation has a number word of the same kind
 * that nothing claimed (دووەم as "third": stated differently).
 */
function mayBeWording(quantity: Quantity, unclaimedTarget: readonly Quantity[]): boolean {
  if (HOMOGRAPHS.has(matchingKey(quantity.text))) return true;
  if (unclaimedTarget.some((q) => q.words && q.kind === 'number' && q.ordinal === quantity.ordinal)) return false;
  return quantity.value <= 2;
}

/** An identifier of a letter or two and digits (m2000, G20): a model or group the source may name by its number alone. */
const modelNumber = (identifier: Quantity): boolean => identifier.label !== undefined && identifier.label.length <= 2 && /^\p{L}{1,2}\d+$/u.test(identifier.text);

/** Between two figures of a list: commas, و or "and", dashes and spaces only. */
const LIST_GAP = /^(?:\s*(?:[,،;؛-]|\bو\b|\band\b)\s*|\s+)$/u;

/** Whether a number stands in a list of figures (٣٣، ٦٣ و ١٠٩): another number right before or after it. */
function inList(text: string, quantities: readonly Quantity[], quantity: Quantity): boolean {
  return quantities.some((other) => other !== quantity && other.kind === 'number' && (
    (other.end <= quantity.start && LIST_GAP.test(text.slice(other.end, quantity.start)))
    || (other.start >= quantity.end && LIST_GAP.test(text.slice(quantity.end, other.start)))));
}

/** Both sides hold the same numbers and nothing else (most segments): nothing to report, nothing to pair. */
function sameNumbers(source: readonly Quantity[], target: readonly Quantity[]): boolean {
  if (source.length !== target.length) return false;
  if (source.length === 0) return true;
  if (!source.every((q) => q.kind === 'number') || !target.every((q) => q.kind === 'number')) return false;
  const values = (quantities: readonly Quantity[]): number[] => quantities.map((q) => q.value).sort((a, b) => a - b);
  const a = values(source);
  const b = values(target);
  return a.every((value, k) => value === b[k]);
}

/**
 * The numbers and dates of the source are in the translation, as values, whatever their form
 * (`findQuantities`): ٢٠٠٩ = 2009, ١٠ هەزار = 10,000 = ten thousand, سێیەم = third, ٢٨/٩/٢٠١٢ =
 * 28 September 2012, مانگی ٧ = July, %60.7 = 60.7 percent. An error is a number or date the
 * translation leaves out or states otherwise (a date names the part that differs); a number the
 * source writes in words and the translation leaves out, or one it renders approximately
 * (١٠ هەزار as "tens of thousands"), is a warning or a note; the translation's own numbers in
 * digits are errors, in words its wording. Identifiers (COVID-19, SARS-CoV-2) stand for their digits.
 */
export function checkNumbers(segment: QaSegment): QaIssue[] {
  if (isBlank(segment.target)) return [];
  const source = findQuantities(segment.source, 'ckb');
  const target = findQuantities(segment.target, 'en');
  if (sameNumbers(source, target)) return [];
  const used = new Set<Quantity>();
  // A translation's date matched by a source date that lacks some of its parts (28/3 for March 28, 2020) leaves those parts for the source's numbers.
  const claimed = new Map<Quantity, Set<DatePart>>();
  const issues: QaIssue[] = [];
  const take = (found: Quantity | undefined): boolean => {
    if (!found) return false;
    used.add(found);
    return true;
  };
  /** Parts of a translation's date taken; the date is used up once every part it writes is. */
  const claimParts = (q: Quantity, parts: readonly DatePart[]): void => {
    const held = claimed.get(q) ?? new Set<DatePart>();
    for (const part of parts) held.add(part);
    claimed.set(q, held);
    if (DATE_PARTS.every((part) => held.has(part) || q.date?.[part] === undefined)) used.add(q);
  };
  const free = (q: Quantity): boolean => !used.has(q);
  const unclaimed = (q: Quantity): number[] => valuesOf(q, claimed.get(q));
  /** Takes a quantity for a value: a number whole, a date the part of that value. */
  const takeValue = (q: Quantity | undefined, value: number): boolean => {
    if (!q) return false;
    if (q.kind !== 'date') return take(q);
    const part = DATE_PARTS.find((p) => !claimed.get(q)?.has(p) && q.date?.[p] !== undefined && sameValue(q.date[p] ?? NaN, value));
    claimParts(q, part ? [part] : []);
    return true;
  };
  const sourceSpan = (q: Quantity): [number, number] => [q.start, q.end];
  const dateIssue = (part: DatePart, date: Quantity, other?: Quantity): QaIssue => ({
    check: 'numbers', code: `date-${part}`, severity: 'error', source: sourceSpan(date), ...(other ? { target: [other.start, other.end] as [number, number] } : {}),
    params: { date: date.text, other: other?.text ?? '', month: ENGLISH_MONTHS[(date.date?.month ?? 1) - 1] ?? '' },
  });

  // Dates first: they hold several values at once.
  for (const date of source.filter((q) => q.kind === 'date')) {
    const same = target.find((q) => free(q) && !claimed.has(q) && q.kind === 'date' && agree(date.date, q.date));
    if (same) {
      claimParts(same, DATE_PARTS.filter((part) => date.date?.[part] !== undefined));
      continue;
    }
    // A month alone (مانگی ٧) is rendered by the month's name alone (July), which no date reader takes for a date.
    const { day, month, year } = date.date ?? {};
    if (month !== undefined && day === undefined && year === undefined && new RegExp(`\\b${ENGLISH_MONTHS[month - 1] ?? '-'}\\b`, 'u').test(segment.target)) continue;
    // 5/3 with no date beside it in the translation: a fraction, if the translation has its value.
    if (date.dayOrFraction && day !== undefined && month !== undefined && take(target.find((q) => free(q) && q.kind === 'number' && sameValue(q.value, day / month)))) continue;
    const near = target.filter((q) => free(q) && q.kind === 'date').map((q) => ({ q, part: q.date && date.date ? differingPart(date.date, q.date) : undefined })).find(({ part }) => part);
    if (near?.part) {
      used.add(near.q);
      issues.push(dateIssue(near.part, date, near.q));
      continue;
    }
    // Its parts written as numbers count too (2012 for ساڵی ٢٠١٢); a part not there is the part that differs.
    const written = DATE_PARTS.filter((part) => date.date?.[part] !== undefined);
    const picked = new Set<Quantity>();
    const parts = written.map((part) => {
      const found = target.find((q) => free(q) && !picked.has(q) && q.kind !== 'identifier' && unclaimed(q).some((v) => sameValue(v, date.date?.[part] ?? NaN)));
      if (found) picked.add(found);
      return found;
    });
    if (parts.some((part) => part !== undefined)) {
      parts.forEach((part, k) => takeValue(part, date.date?.[written[k] ?? 'day'] ?? NaN));
      const missing = written.find((_, k) => parts[k] === undefined);
      if (missing) issues.push(dateIssue(missing, date, parts.find((part) => part !== undefined)));
      continue;
    }
    issues.push({ check: 'numbers', code: 'date-missing', severity: 'error', source: sourceSpan(date), params: { date: date.text } });
  }

  // Digits before words: the translation's 2 goes to the source's 2 rather than to its دوو (both: two).
  const numbers = source.filter((q) => q.kind !== 'date').sort((a, b) => Number(a.words) - Number(b.words));
  const exact = numbers.filter((q) => q.kind !== 'approximate');
  const approximate = numbers.filter((q) => q.kind === 'approximate');
  // Each number its own value first, then each approximation its own order (هەزاران, "thousands"), then the rest:
  // so a translation's 3003 beside "thousands" is never taken for the source's هەزاران while its 2003 goes missing.
  const unmatched = exact.filter((quantity) => {
    // Digits are not an identifier's digits (2 is not ACE2); a number in words may be (سارس-کۆڤ-دوو is SARS-CoV-2).
    // An identifier's digits are never a number word of the translation (the 2 of SARS-CoV-2 is not "second").
    const same = (q: Quantity): boolean => free(q) && q.kind !== 'approximate' && !(quantity.kind === 'identifier' && q.words)
      && (q.kind !== 'identifier' || quantity.kind === 'identifier' || quantity.words || mayBeIdentifier(quantity, q) || modelNumber(q) || (q.alias !== undefined && sameValue(q.alias, quantity.value)))
      && unclaimed(q).some((v) => sameValue(v, quantity.value) || (quantity.alias !== undefined && sameValue(v, quantity.alias)));
    return !takeValue(target.find(same), quantity.value);
  });
  const orders = approximate.filter((quantity) => !take(target.find((q) => free(q) && q.kind === 'approximate' && q.value === quantity.value)));
  for (const quantity of orders) {
    if (take(target.find((q) => free(q) && q.kind !== 'approximate' && q.kind !== 'identifier' && q.kind !== 'date' && withinOrder(quantity, q.value)))) continue;
    issues.push({ check: 'numbers', code: 'number-missing', severity: 'warning', source: sourceSpan(quantity), params: { number: quantity.text } });
  }
  for (const quantity of unmatched) {
    const approximately = target.find((q) => free(q) && q.kind === 'approximate' && withinOrder(q, quantity.value));
    if (approximately) {
      used.add(approximately);
      issues.push({ check: 'numbers', code: 'number-approximate', severity: 'info', source: sourceSpan(quantity), target: [approximately.start, approximately.end], params: { number: quantity.text, other: approximately.text } });
      continue;
    }
    // A figure left out of a list, or an identifier the translation does without (the disease), is left to the reader;
    // an identifier beside another of the translation's own (COVID-19 and COVID-29) is an error.
    const otherIdentifier = quantity.kind === 'identifier' && target.some((q) => free(q) && q.kind === 'identifier' && !numbers.some((n) => n.kind === 'identifier' && sameValue(n.value, q.value)));
    const severity = inList(segment.source, source, quantity) || (quantity.kind === 'identifier' && !otherIdentifier) || (quantity.words && mayBeWording(quantity, target.filter(free))) ? 'warning' : 'error';
    issues.push({ check: 'numbers', code: 'number-missing', severity, source: sourceSpan(quantity), params: { number: quantity.text } });
  }

  // Digits of the translation's own are an error; a number word of its own (the first, a dozen, two for هەردوو) is its wording.
  for (const extra of target.filter((q) => free(q) && !claimed.has(q) && !q.words && q.kind !== 'approximate' && q.kind !== 'identifier')) {
    issues.push({ check: 'numbers', code: 'number-extra', severity: 'error', target: [extra.start, extra.end], params: { number: extra.text } });
  }
  return issues;
}
