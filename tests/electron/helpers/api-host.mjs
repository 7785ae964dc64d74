// A browser host without the built renderer (the service and its HTTP doors only), for tests that
// run several Pird processes on one data directory. Prints "running at <url>" once it listens.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { createPirdService } = await import('../../../electron/service/pird-service.ts');
const { startWebHost } = await import('../../../electron/web-host/web-host.ts');
const { DEMO_DIR } = await import('../../../electron/paths.ts');

const dataDir = process.argv[2];
const staticDir = mkdtempSync(join(tmpdir(), 'pird-static-'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Pird</title>');
const service = createPirdService({ dataDir, demoDir: DEMO_DIR, compactDelayMs: Number(process.env.PIRD_COMPACT_MS ?? 20000), glossarySyncMs: 0 });
const host = await startWebHost({ service, staticDir, port: 0 });
console.log(`running at ${host.url}`);
const stop = async () => {
  let code = 0;
  await service.flush().catch((error) => {
    console.error(String(error));
    code = 1;
  });
  await host.close();
  process.exit(code);
};
process.on('SIGTERM', () => void stop());
