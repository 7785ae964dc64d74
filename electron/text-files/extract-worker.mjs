// Loads the worker's TypeScript when Pird runs from its sources (tsx, vitest); the Electron build
// bundles extract-worker.ts into dist/electron/extract-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
