// Loads the worker's TypeScript when Pird runs from its sources (tsx, vitest); the CLI bundle
// builds align-worker.ts into dist/cli/chunks/align-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./align-worker.ts');
