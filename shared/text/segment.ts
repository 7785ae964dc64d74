import { isArabicLetter, isLatinLetter, isLineBreak, isWhitespace } from './chars';
import {
  DEFAULT_SEGMENTATION_RULES, type SegmentLanguage, type SegmentationRule, type SegmentationRules,
} from './segmentation-rules';
import { trimSpan, type Span } from './span';

/** One piece of a partition of the text: a sentence with the white space that follows it. */
export interface Segment extends Span {
  /** 0-based paragraph number. */
  readonly paragraph: number;
}

/** A sentence without surrounding white space, for display and for the CLI. */
export interface Sentence extends Segment {
  readonly text: string;
}

export interface SegmentOptions {
  readonly lang?: SegmentLanguage | 'auto';
  readonly rules?: SegmentationRules;
}

export class SegmentationRuleError extends Error {
  constructor(readonly ruleIndex: number, readonly field: 'before' | 'after', cause: unknown) {
    super(`segmentation rule ${ruleIndex + 1}: invalid ${field} pattern (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'SegmentationRuleError';
  }
}

interface CompiledRule {
  readonly rule: SegmentationRule;
  readonly endsHere: RegExp;
  readonly startsHere: RegExp;
  readonly finder: RegExp | undefined;
}

interface CompiledRules {
  readonly source: SegmentationRules;
  readonly scanner: RegExp;
  readonly terminators: ReadonlySet<number>;
  readonly closers: ReadonlySet<number>;
  readonly rules: readonly CompiledRule[];
}

const compiledCache = new WeakMap<SegmentationRules, CompiledRules>();

function compilePattern(pattern: string, flags: string, index: number, field: 'before' | 'after'): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (cause) {
    throw new SegmentationRuleError(index, field, cause);
  }
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

function codeSet(chars: string): Set<number> {
  return new Set(Array.from(chars, (char) => char.charCodeAt(0)));
}

/** Throws SegmentationRuleError for a rule whose pattern does not compile. */
export function compileRules(rules: SegmentationRules): CompiledRules {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const compiled: CompiledRules = {
    source: rules,
    scanner: new RegExp(`[${escapeClass(rules.terminators)}\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]`, 'g'),
    terminators: codeSet(rules.terminators),
    closers: codeSet(rules.closers),
    rules: rules.rules.map((rule, index) => ({
      rule,
      endsHere: compilePattern(`(?<=${rule.before})`, 'uy', index, 'before'),
      startsHere: compilePattern(rule.after, 'uy', index, 'after'),
      finder: rule.break ? compilePattern(rule.before, 'gu', index, 'before') : undefined,
    })),
  };
  compiledCache.set(rules, compiled);
  return compiled;
}

function matchesAt(regex: RegExp, text: string, position: number): boolean {
  regex.lastIndex = position;
  return regex.test(text);
}

/** Script majority of the first letters of the text. */
export function detectLanguage(text: string): SegmentLanguage {
  let arabic = 0;
  let latin = 0;
  const limit = Math.min(text.length, 20000);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) arabic++;
    else if (isLatinLetter(code)) latin++;
  }
  return latin > arabic ? 'en' : 'ckb';
}

function resolveRules(text: string, options: SegmentOptions): SegmentationRules {
  if (options.rules) return options.rules;
  const lang = options.lang === undefined || options.lang === 'auto' ? detectLanguage(text) : options.lang;
  return DEFAULT_SEGMENTATION_RULES[lang];
}

/** Number of line breaks in text[from, to), with CR LF counted once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isLineBreak(code)) continue;
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    count++;
  }
  return count;
}

interface Candidates {
  readonly soft: number[];
  readonly hard: number[];
}

/** After a terminator: more terminators, closers, and a closer set off by one space (`؟ ".`). */
function endOfTerminatorRun(text: string, from: number, compiled: CompiledRules): number {
  const isEnd = (k: number): boolean => {
    const code = text.charCodeAt(k);
    return k >= text.length || isWhitespace(code) || compiled.terminators.has(code);
  };
  let j = from;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (compiled.terminators.has(code) || compiled.closers.has(code)) {
      j++;
      continue;
    }
    if ((code === 0x20 || code === 0xa0) && compiled.closers.has(text.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < text.length && compiled.closers.has(text.charCodeAt(k))) k++;
      if (isEnd(k)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

function scanBuiltIn(text: string, compiled: CompiledRules): Candidates {
  const soft: number[] = [];
  const hard: number[] = [];
  const { scanner, source } = compiled;
  scanner.lastIndex = 0;
  for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
    const position = match.index;
    const code = text.charCodeAt(position);
    if (isLineBreak(code)) {
      let end = position;
      while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
      const breaks = countLineBreaks(text, position, end);
      if (source.paragraphs === 'line' || breaks >= 2) hard.push(position);
      scanner.lastIndex = Math.max(position + 1, end);
      continue;
    }
    const end = endOfTerminatorRun(text, position + 1, compiled);
    scanner.lastIndex = end;
    const next = text.charCodeAt(end);
    if (end >= text.length || isWhitespace(next)) {
      soft.push(end);
    } else if (
      source.splitGluedSorani && isArabicLetter(next) &&
      isArabicLetter(text.charCodeAt(position - 1)) && isArabicLetter(text.charCodeAt(position - 2))
    ) {
      soft.push(end);
    }
  }
  return { soft, hard };
}

function scanUserBreaks(text: string, compiled: CompiledRules): number[] {
  const found: number[] = [];
  for (const { finder, startsHere } of compiled.rules) {
    if (!finder) continue;
    finder.lastIndex = 0;
    for (let match = finder.exec(text); match !== null; match = finder.exec(text)) {
      const position = match.index + match[0].length;
      if (match[0].length === 0) finder.lastIndex++;
      if (matchesAt(startsHere, text, position)) found.push(position);
    }
  }
  return found;
}

const URL_OR_EMAIL = /(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|www\.)[^\s<>"«»]*[^\s<>"«».,;:!?؟،؛)]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

function protectedSpans(text: string): Span[] {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return [];
  return Array.from(text.matchAll(URL_OR_EMAIL), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

function insideAny(spans: readonly Span[], position: number): boolean {
  return spans.some((span) => position > span.start && position < span.end);
}

/** The first rule matching at the position decides; a position no rule speaks for breaks. */
function decide(text: string, position: number, compiled: CompiledRules): boolean {
  for (const { rule, endsHere, startsHere } of compiled.rules) {
    if (matchesAt(endsHere, text, position) && matchesAt(startsHere, text, position)) return rule.break;
  }
  return true;
}

/**
 * Splits a text into sentences. The returned spans partition the text exactly: white space
 * after a sentence belongs to it, and white space at the very start belongs to the first one.
 */
export function segment(text: string, options: SegmentOptions = {}): Segment[] {
  if (text.length === 0) return [];
  const compiled = compileRules(resolveRules(text, options));
  const { soft, hard } = scanBuiltIn(text, compiled);
  const softAll = compiled.rules.some((r) => r.finder) ? [...soft, ...scanUserBreaks(text, compiled)] : soft;
  const guarded = protectedSpans(text);
  const breaks = new Set<number>(hard);
  for (const position of softAll) {
    if (insideAny(guarded, position)) continue;
    if (decide(text, position, compiled)) breaks.add(position);
  }
  const ends = new Set<number>();
  for (const position of breaks) {
    let end = position;
    while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
    if (end > 0 && end < text.length) ends.add(end);
  }
  const sorted = [...ends].sort((a, b) => a - b);
  sorted.push(text.length);
  const paragraphBreaks = compiled.source.paragraphs === 'line' ? 1 : 2;
  const segments: Segment[] = [];
  let start = 0;
  let paragraph = 0;
  for (const end of sorted) {
    segments.push({ start, end, paragraph });
    const content = trimSpan(text, { start, end });
    if (countLineBreaks(text, content.end, end) >= paragraphBreaks) paragraph++;
    start = end;
  }
  return segments;
}

/** Sentences without surrounding white space; segments of white space only are left out. */
export function sentences(text: string, options: SegmentOptions = {}): Sentence[] {
  const result: Sentence[] = [];
  for (const piece of segment(text, options)) {
    const span = trimSpan(text, piece);
    if (span.end > span.start) result.push({ ...span, paragraph: piece.paragraph, text: text.slice(span.start, span.end) });
  }
  return result;
}
