#!/usr/bin/env node
// The `stadium` command. The package runs the server compiled to dist-server/; a checkout (it has
// src/) runs the TypeScript source through tsx instead, so it never runs a stale build.
import { existsSync } from 'node:fs';

const source = new URL('../src/server/cli.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist-server/stadium.js');
}
