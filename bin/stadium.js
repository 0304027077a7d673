#!/usr/bin/env node
// The `stadium` command: Stadium's server is TypeScript, run in this process through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli.ts');
