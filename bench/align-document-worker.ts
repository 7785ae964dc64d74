// Aligns a translation into a document of `size` sentences through the service, then realigns it,
// in a process of its own: node <bundle> <size>. Prints one JSON line: both times and the units.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LEXICON_FILE } from '../electron/paths';
import { createPirdService } from '../electron/service/pird-service';
import { demoSource, demoTranslation } from './align-data';

const size = Number(process.argv[2] ?? 50_000);
const EASTERN = '٠١٢٣٤٥٦٧٨٩';
const dataDir = mkdtempSync(join(tmpdir(), 'pird-bench-align-document-'));
const service = createPirdService({ dataDir, lexiconFile: LEXICON_FILE, glossarySyncMs: 0 });
const project = await service.createProject({ name: 'Alignment bench' });
const source = demoSource();
const target = demoTranslation();
const sourceLines: string[] = [];
const targetLines: string[] = [];
for (let i = 0; i < size; i++) {
  const n = 1000 + i;
  sourceLines.push(`${String(n).replace(/\d/g, (d) => EASTERN[Number(d)] ?? d)} ${source[i % source.length]}`);
  // Every 40th English sentence is missing, as in a real published translation.
  if (i % 40 !== 39) targetLines.push(`${n} ${target[i % target.length]}`);
}
const imported = await service.importDocument({ projectId: project.id, fileName: 'big.txt', contentBase64: Buffer.from(sourceLines.join('\n')).toString('base64') });
let start = performance.now();
await service.alignTranslation({
  documentId: imported.document.id, fileName: 'big.en.txt', contentBase64: Buffer.from(targetLines.join('\n')).toString('base64'), presegmented: true,
});
const alignMs = performance.now() - start;
start = performance.now();
await service.realign({ documentId: imported.document.id });
const realignMs = performance.now() - start;
const units = (await service.getDocument({ documentId: imported.document.id })).units.length;
await service.flush();
rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ size, units, alignMs: Math.round(alignMs), realignMs: Math.round(realignMs), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
process.exit(0);
