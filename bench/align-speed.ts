// One timed alignment in a process of its own, so that its peak memory is its own:
// `node --import tsx bench/align-speed.ts <sentences per side> [passage left out]` prints one JSON line.
import { alignSentences, parseLexicon } from '../shared/align';
import { beadF1, largeCase, lexiconText, withPassageLeftOut } from './align-data';

const size = Number(process.argv[2] ?? '1000');
const lexicon = parseLexicon(lexiconText());
const leftOut = Number(process.argv[3] ?? '0');
const input = leftOut > 0 ? withPassageLeftOut(largeCase(size), Math.floor(size / 10), leftOut) : largeCase(size);
const start = performance.now();
const links = alignSentences(input.source, input.target, { lexicon });
const ms = performance.now() - start;
const { f1 } = beadF1(links, input.gold);
console.log(JSON.stringify({
  size, leftOut, sourceSentences: input.source.length, targetSentences: input.target.length, ms: Math.round(ms),
  f1: Number(f1.toFixed(4)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
