// Loads the worker's TypeScript when Pird runs from its sources (tsx, vitest); the Electron build
// bundles form-worker.ts into dist/electron/form-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./form-worker.ts');
