#!/usr/bin/env node
// The pird command. An installed package runs its bundle (dist/cli, built by `npm run build:cli`);
// a checkout of the sources runs the TypeScript through tsx's loader, so that what runs is always
// what was last edited.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../electron/cli/entry.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli/entry.ts');
} else {
  await import('../dist/cli/pird.mjs');
}
