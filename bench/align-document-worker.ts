// Aligns a translation into a document of `size` sentences through the service, then realigns it,
// in a process of its own: node <bundle> <size>. Prints one JSON line: both times and the units.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { alignedDocument } from './aligned-document';

const size = Number(process.argv[2] ?? 50_000);
const { dataDir, service, documentId, alignMs } = await alignedDocument(size);
// The translation memory reads the aligned document in after the alignment is answered; a person
// looks at the links before realigning, and the match panel's next lookup waits for that reading.
const projectId = (await service.getDocument({ documentId })).projectId;
await service.tmLookup({ projectId, text: 'سڵاو' });
const start = performance.now();
await service.realign({ documentId });
const realignMs = performance.now() - start;
const units = (await service.getDocument({ documentId })).units.length;
await service.flush();
rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ size, units, alignMs: Math.round(alignMs), realignMs: Math.round(realignMs), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
process.exit(0);
