import { readFileSync } from 'node:fs';
import { buildSourceIndex, readTbx, toGlossaryEntries, type GlossaryEntry } from '../shared/glossary';
import { convertDigits, sentences, tokenize } from '../shared/text';
import { random, seedArticle, soraniCorpus } from './corpus';
import { type BenchResult, measure } from './measure';

const STARTER = new URL('../corpus/glossary/political.ckb-en.tbx', import.meta.url);
const TEST_SET = new URL('./data/glossary-matching.tsv', import.meta.url);
const LETTERS = 'ابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ';

function starterEntries(): GlossaryEntry[] {
  return toGlossaryEntries(readTbx(readFileSync(STARTER, 'utf8')), 'pol');
}

/** Precision and recall of the starter glossary on the hand-annotated sentences (expected headwords). */
function quality(entries: readonly GlossaryEntry[]) {
  const index = buildSourceIndex(entries);
  const headword = new Map(entries.map((e) => [e.id, e.sourceTerms[0] ?? '']));
  const rows = readFileSync(TEST_SET, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const [sentence = '', wanted = ''] of rows) {
    const want = new Set(wanted.split('|').filter(Boolean));
    const got = new Set(index.match(sentence).map((hit) => headword.get(hit.entryId) ?? ''));
    expected += want.size;
    predicted += got.size;
    for (const term of got) {
      if (want.has(term)) truePositives++;
      else extras.push(term);
    }
    for (const term of want) if (!got.has(term)) misses.push(term);
  }
  return { sentences: rows.length, precision: truePositives / predicted, recall: truePositives / expected, misses, extras };
}

/** 10,000 entries: the starter glossary, every word pair of the article, and made-up words to fill. */
function manyEntries(starter: readonly GlossaryEntry[], count: number): GlossaryEntry[] {
  const words = tokenize(seedArticle()).filter((t) => t.kind === 'word').map((t) => t.text);
  const terms = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) terms.add(`${words[i]} ${words[i + 1]}`);
  const next = random(11);
  while (terms.size + starter.length < count) {
    const length = 3 + Math.floor(next() * 6);
    let word = '';
    for (let i = 0; i < length; i++) word += LETTERS[Math.floor(next() * LETTERS.length)];
    terms.add(next() < 0.3 ? `${word} ${LETTERS[Math.floor(next() * LETTERS.length)]}${word.slice(1)}` : word);
  }
  const stamp = '2026-11-25T00:00:00.000Z';
  const made = [...terms].slice(0, count - starter.length).map((term, i): GlossaryEntry => ({
    id: `b${i}`, sourceTerms: [term], targetTerms: [{ text: `term ${i}`, status: 'preferred' }], examples: [],
    createdBy: 'bench', createdAt: stamp, changedBy: 'bench', changedAt: stamp, revision: 1,
  }));
  return [...starter, ...made];
}

export function benchGlossary(): BenchResult {
  const starter = starterEntries();
  const scored = quality(starter);
  const entries = manyEntries(starter, 10_000);
  const pool = sentences(soraniCorpus(18 * 1024 * 1024), { lang: 'ckb' }).map((s) => s.text);
  // Numbered, so no two sentences are the same text (the index remembers recent texts).
  const corpus = pool.slice(0, 50_000).map((sentence, i) => `${sentence} (${convertDigits(String(i), 'arab')})`);
  const build = measure(() => buildSourceIndex(entries), 3);
  let hits = 0;
  const matchAll = measure(() => {
    const index = buildSourceIndex(entries);
    hits = 0;
    for (const sentence of corpus) hits += index.match(sentence).length;
  }, 3);
  const index = buildSourceIndex(entries);
  // Each run takes 1,000 sentences the index has not seen (it remembers recent texts).
  let offset = 0;
  const one = measure(() => {
    for (let i = 0; i < 1000; i++) index.match(corpus[(offset + i) % corpus.length] ?? '');
    offset += 1000;
  }, 5);
  const perSegmentMs = one.medianMs / 1000;
  return {
    bench: 'glossary',
    input: `starter glossary (${starter.length} concepts) on ${scored.sentences} hand-annotated sentences; ${entries.length} entries against ${corpus.length} sentences (${hits} hits)`,
    rows: [
      { name: 'matching precision (starter glossary, annotated set)', value: Number(scored.precision.toFixed(3)), target: 'none', met: null, note: `extra: ${scored.extras.join(' ') || '-'}` },
      { name: 'matching recall (starter glossary, annotated set)', value: Number(scored.recall.toFixed(3)), target: 'none', met: null, note: `missed: ${scored.misses.join(' ') || '-'}` },
      { name: 'build the index of 10,000 entries (ms)', value: Math.round(build.medianMs), target: 'none', met: null, note: '' },
      { name: 'index + match 10,000 entries against 50,000 sentences (ms)', value: Math.round(matchAll.medianMs), target: '< 2000 ms', met: matchAll.medianMs < 2000, note: `peak RSS ${matchAll.peakRssMb} MB` },
      { name: "one segment's hits (ms, median of 1,000)", value: Number(perSegmentMs.toFixed(3)), target: '< 1 ms', met: perSegmentMs < 1, note: '' },
    ],
  };
}
