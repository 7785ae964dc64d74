import { readFileSync } from 'node:fs';
import { sentences } from '../shared/text';

const DEMO_SOURCE = new URL('../corpus/demo/kadhimi-washington.ckb.txt', import.meta.url);

/** The seed article, as the demo project ships it. */
export function seedArticle(): string {
  return readFileSync(DEMO_SOURCE, 'utf8');
}

/** A small deterministic PRNG (mulberry32), so every run measures the same text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERTURBATIONS: ReadonlyArray<(s: string) => string> = [
  (s) => s.replace(/ک/g, 'ك').replace(/ی/g, 'ي'), // Arabic keyboard
  (s) => s.replace(/ە/g, 'ه\u200C'), // old-font ە
  (s) => s.replace(/[٠-٩]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90)), // Persian digits
  (s) => s.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00A0' : m)),
  (s) => s,
];

/** About `bytes` of UTF-8 Sorani: seed sentences shuffled, perturbed, in paragraphs. */
export function soraniCorpus(bytes: number, seed = 7): string {
  const next = random(seed);
  const pool = sentences(seedArticle(), { lang: 'ckb' }).map((s) => s.text);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = pool[Math.floor(next() * pool.length)] ?? '';
    const perturb = PERTURBATIONS[Math.floor(next() * PERTURBATIONS.length)] ?? ((s: string) => s);
    const piece = perturb(sentence) + (next() < 0.2 ? '\n' : ' ');
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}
