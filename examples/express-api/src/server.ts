#!/usr/bin/env node
/** Entry point (`npm run start:express` from the repository root): the shared example runner with the Express app. */
import { runExample } from '@parapet/example-shared';
import { createApp, DEFAULT_DEV_DIR } from './index.js';

await runExample({
  name: 'express-api',
  defaultDevDir: DEFAULT_DEV_DIR,
  directory: 'examples/express-api',
  rootDemoCommand: 'npm run demo:express',
  protocols: 'HTTP/1.1; Express does not serve HTTP/2',
  createApp: (config) => createApp(config),
});
