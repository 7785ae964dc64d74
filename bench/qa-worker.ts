// QA of one document in a process of its own, so that "cold" means what it says (pird qa):
//   node --import tsx bench/qa-worker.ts <none|demo|starter> <demo|vocabulary> <segments>
// Prints one JSON line: the glossary, cold and warm milliseconds, issues found, peak resident memory.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readTbx, termBase, toGlossaryEntries, type GlossaryEntry, type TermBase } from '../shared/glossary';
import { checkDocument, checkSegment, qaContext, type QaSegment } from '../shared/qa';
import { convertDigits, sentences } from '../shared/text';
import { largeVocabularyPairs, seedArticle } from './corpus';
import { measure } from './measure';

const starterEntries = (): GlossaryEntry[] =>
  toGlossaryEntries(readTbx(readFileSync(new URL('../corpus/glossary/political.ckb-en.tbx', import.meta.url), 'utf8')));

/** Distinct segments: the demo's pairs, each with its own number on both sides (so none is a cached repeat). */
function demoDocument(count: number): QaSegment[] {
  const sources = sentences(seedArticle(), { lang: 'ckb' }).map((s) => s.text);
  const targets = readFileSync(new URL('../corpus/demo/kadhimi-washington.en.txt', import.meta.url), 'utf8').split('\n');
  return Array.from({ length: count }, (_, i) => ({
    source: `${sources[i % sources.length] ?? ''} (${convertDigits(String(i), 'arab')})`,
    target: `${targets[i % sources.length] ?? ''} (${i})`,
    started: true,
  }));
}

/** Sentence pairs with a long document's vocabulary, and the starter glossary's terms in most of them. */
function vocabularyDocument(count: number): QaSegment[] {
  const terms = starterEntries().map((entry) => ({
    ckb: entry.sourceTerms[0] ?? '',
    en: entry.targetTerms.find((term) => term.status === 'preferred')?.text ?? '',
  }));
  return largeVocabularyPairs(count, terms).map((pair) => ({ ...pair, started: true }));
}

function glossary(which: string): TermBase | undefined {
  if (which === 'demo') {
    const file = JSON.parse(readFileSync(new URL('../corpus/demo/glossary.json', import.meta.url), 'utf8')) as { entries: GlossaryEntry[] };
    return termBase(file.entries);
  }
  if (which === 'starter') return termBase(starterEntries());
  return undefined;
}

const [which = 'none', document = 'demo', count = '20000'] = process.argv.slice(2);
const made = document === 'vocabulary' ? vocabularyDocument(Number(count)) : demoDocument(Number(count));
// Through JSON, as pird qa reads a document from the store (texts in one piece, not built up).
const segments = JSON.parse(JSON.stringify(made)) as QaSegment[];
const base = glossary(which);
const coldStart = performance.now();
const found = checkDocument(segments, { termBase: base });
const coldMs = performance.now() - coldStart;
const whole = measure(() => checkDocument(segments, { termBase: base }), 3);
const context = qaContext(segments, { termBase: base });
const typed = segments[1234] ?? { source: '', target: '', started: true };
const perSegment = measure(() => {
  for (let i = 0; i < 100; i++) checkSegment({ ...typed, target: `${typed.target.slice(0, -4)} ${i})` }, context);
}, 5);
console.log(JSON.stringify({
  glossary: which,
  entries: base?.entries.size ?? 0,
  coldMs: Math.round(coldMs),
  warmMs: Math.round(whole.medianMs),
  perSegmentMs: Number((perSegment.medianMs / 100).toFixed(3)),
  issues: found.flat().filter((issue) => issue.severity !== 'info').length,
  peakRssMb: whole.peakRssMb,
}));
