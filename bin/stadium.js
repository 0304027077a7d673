#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=25
// The `stadium` command. The package runs the server compiled to dist-server/; a checkout (it has
// src/) runs the TypeScript source through tsx instead, so it never runs a stale build.
//
// Node's memory settings (README, "Memory at scale"): a young generation of 2 x 4 MB instead of
// 2 x 16 MB, since Stadium's garbage is short-lived request and event work (25 MB less resident
// memory at 10k agents); and a full collection once the heap has grown by a quarter rather than
// by up to 4x, so reading a fresh 100 MB `SUBSCRIBED` beside the model still served peaks at
// about 580 MB instead of 690 MB. `env -S` passes the flags (coreutils 8.30+, Debian 10+);
// `npm start` runs this file the same way, and the bench reads the flags from this line.
import { existsSync } from 'node:fs';

const source = new URL('../src/server/cli.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist-server/stadium.js');
}
