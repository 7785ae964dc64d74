// Loads the worker's TypeScript when Pird runs from its sources (tsx, vitest); the Electron build
// bundles analysis-worker.ts into dist/electron/analysis-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
