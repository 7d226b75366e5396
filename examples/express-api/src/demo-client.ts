#!/usr/bin/env node
/** Demo client (`npm run demo:express` from the repository root): the shared demo against this example's `.dev/` files. */
import { runDemo } from '@parapet/example-shared';
import { DEFAULT_DEV_DIR } from './index.js';

await runDemo(DEFAULT_DEV_DIR, 'npm run start:express');
