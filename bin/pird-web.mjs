#!/usr/bin/env node
// The browser host: serves the built renderer and the service on 127.0.0.1.
import { register } from 'tsx/esm/api';

register();
await import('../electron/web-host/entry.ts');
