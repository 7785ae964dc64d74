import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from './measure';
import { startApiHost, type ApiHost } from '../tests/electron/helpers/processes';
import { CONTENT_TYPES, ROOT_RELS, makeZip, repeated } from '../tests/electron/helpers/zip';

const MB = 1024 * 1024;
const PARAGRAPH = '<w:p><w:r><w:t>کازمی بەرەو واشنتن دەفڕێت.</w:t></w:r></w:p>';
const part = (name: string, value: string) => ({ name, chunks: () => [Buffer.from(value, 'utf8')] });

/** Peak resident memory of a process so far, from /proc (Linux). */
function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/u.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Sends a file to the host while another client asks it something every 50 ms: how long the refusal took, the slowest other answer. */
async function underLoad(host: ApiHost, fileName: string, bytes: Buffer) {
  let slowest = 0;
  let pinging = true;
  const pinger = (async () => {
    while (pinging) {
      const start = performance.now();
      await host.call('listProjects', {});
      slowest = Math.max(slowest, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const projectId = 'demo';
  const start = performance.now();
  const answer = await host.call('importDocument', { projectId, fileName, contentBase64: bytes.toString('base64') });
  const refusedMs = performance.now() - start;
  pinging = false;
  await pinger;
  return { refusedMs, slowest, answer };
}

/**
 * Hostile files against a running host (issue 15): each must be refused within 10 s and 512 MB,
 * while the host answers other requests within 1 s.
 */
export async function benchHostileFiles(): Promise<BenchResult> {
  const files: Array<{ name: string; describe: string; bytes: Buffer }> = [
    {
      name: 'paragraphs.docx', describe: 'DOCX whose document.xml inflates to 250 MB',
      bytes: await makeZip([part('[Content_Types].xml', CONTENT_TYPES), part('_rels/.rels', ROOT_RELS), { name: 'word/document.xml', chunks: () => repeated(PARAGRAPH, 250 * MB) }]),
    },
    { name: 'zeros.docx', describe: 'zip of 1 GB of zeros', bytes: await makeZip([{ name: 'zeros.bin', chunks: () => repeated('\u0000', 1024 * MB) }]) },
    {
      name: 'liar.docx', describe: 'DOCX declaring 1 KB, inflating to 200 MB',
      bytes: await makeZip([part('[Content_Types].xml', CONTENT_TYPES), part('_rels/.rels', ROOT_RELS), { name: 'word/document.xml', chunks: () => repeated(PARAGRAPH, 200 * MB), declareSize: 1024 }]),
    },
  ];
  const rows: Array<Record<string, string | number | boolean | null>> = [];
  for (const file of files) {
    const host = await startApiHost(mkdtempSync(join(tmpdir(), 'pird-bench-hostile-')));
    await host.call('listProjects', {});
    const { refusedMs, slowest, answer } = await underLoad(host, file.name, file.bytes);
    const peak = peakRssMb(host.process.pid);
    await host.stop();
    rows.push({
      file: file.describe, sizeKb: Math.round(file.bytes.length / 1024), refused: answer.status === 400, refusedMs: Math.round(refusedMs),
      slowestOtherAnswerMs: Math.round(slowest), hostPeakRssMb: peak,
      met: answer.status === 400 && refusedMs < 10_000 && slowest < 1000 && (peak ?? 0) < 512,
      message: answer.body.error?.message.slice(0, 120) ?? '',
    });
  }
  return { bench: 'hostile-files', input: 'hostile DOCX files sent to a running host while another client pings it every 50 ms; targets: refused < 10 s, host < 512 MB, other answers < 1 s', rows };
}
