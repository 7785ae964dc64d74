// The export worker's entry: the worker runs TypeScript through tsx's loader, like the pird command.
import { register } from 'tsx/esm/api';

register();
await import('./export-worker.ts');
