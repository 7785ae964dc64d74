#!/usr/bin/env node
// The pird command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/entry.ts');
