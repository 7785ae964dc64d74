// `npm run web`: the browser host. Prints the URL (with its per-run token) to open.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_DIR, RENDERER_DIR, appVersion } from '../paths';
import { createPirdService } from '../service/pird-service';
import { defaultDataDir } from '../store/data-dir';
import { warmUp } from '../service/warm-up';
import { startWebHost } from './web-host';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, 'data-dir': { type: 'string' } },
});
if (!existsSync(`${RENDERER_DIR}/index.html`)) {
  console.error(`pird web: the renderer is not built (${RENDERER_DIR}); run npm run build`);
  process.exit(1);
}
const dataDir = values['data-dir'] ?? defaultDataDir();
const service = createPirdService({ dataDir, demoDir: DEMO_DIR, appVersion: appVersion() });
const host = await startWebHost({ service, staticDir: RENDERER_DIR, port: Number(values.port) });
console.log(`Pird is running at ${host.url}`);
void warmUp(service);
console.log(`data: ${dataDir}`);

/** Writes what is pending; a write that fails then (a full disk) is said, and the exit code says it too. */
const stop = async (): Promise<void> => {
  let code = 0;
  await service.flush().catch((error: unknown) => {
    console.error(`pird web: not everything could be written: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  });
  await host.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
