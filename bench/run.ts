// npm run bench [name...]: runs the benchmarks and writes one JSON record per bench, date and machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { BenchResult } from './measure';
import { benchAlign } from './align';
import { benchAlignBatch } from './align-batch';
import { benchAlignDocument } from './align-document';
import { benchAlignEditor } from './align-editor';
import { benchCleanup } from './cleanup';
import { benchCliStartup } from './cli-startup';
import { benchCorpusScale } from './corpus-scale';
import { benchEditor } from './editor-perf';
import { benchGlossary } from './glossary';
import { benchGlossaryReal } from './glossary-real';
import { benchHostileFiles } from './hostile-files';
import { benchQa } from './qa';
import { benchQaReal } from './qa-real';
import { benchStoreWrites } from './store-writes';
import { benchTextThroughput } from './text-throughput';
import { benchTm } from './tm';
import { benchTmPanel } from './tm-panel';

const BENCHES: Readonly<Record<string, () => BenchResult | Promise<BenchResult>>> = {
  'text-throughput': benchTextThroughput,
  'editor-20k': benchEditor,
  qa: benchQa,
  'qa-real': benchQaReal,
  cleanup: benchCleanup,
  glossary: benchGlossary,
  'glossary-real': benchGlossaryReal,
  align: benchAlign,
  'align-editor': benchAlignEditor,
  'align-batch': benchAlignBatch,
  'align-document': benchAlignDocument,
  'corpus-scale': benchCorpusScale,
  'hostile-files': benchHostileFiles,
  'store-writes': benchStoreWrites,
  tm: benchTm,
  'tm-panel': benchTmPanel,
  'cli-startup': benchCliStartup,
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
const resultsDir = new URL('./results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const date = new Date().toISOString().slice(0, 10);
const machine = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
};

for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown bench "${name}"; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  const result = await bench();
  const file = new URL(`${name}-${date}-${machine.platform}-${machine.cores}core.json`, resultsDir);
  writeFileSync(file, `${JSON.stringify({ date, machine, ...result }, null, 2)}\n`);
  console.log(`${name}: ${result.input}`);
  console.table(result.rows);
  console.log(`written ${file.pathname}`);
}
