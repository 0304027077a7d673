#!/usr/bin/env -S node --max-semi-space-size=4
// The `stadium` command. The package runs the server compiled to dist-server/; a checkout (it has
// src/) runs the TypeScript source through tsx instead, so it never runs a stale build.
//
// Node starts with a young generation of 2 x 4 MB instead of 2 x 16 MB: Stadium's garbage is
// short-lived request and event work, and the larger one only adds about 25 MB of resident
// memory (README, "Memory at scale"). `env -S` passes the flag (coreutils 8.30+, Debian 10+);
// `npm start` runs this file the same way, and the bench reads the flag from this line.
import { existsSync } from 'node:fs';

const source = new URL('../src/server/cli.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist-server/stadium.js');
}
