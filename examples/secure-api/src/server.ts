#!/usr/bin/env node
/** Entry point (`npm start`): the shared example runner with the Koa app. */
import { runExample } from '@parapet/example-shared';
import { createApp, DEFAULT_DEV_DIR } from './index.js';

await runExample({
  name: 'secure-api',
  defaultDevDir: DEFAULT_DEV_DIR,
  directory: 'examples/secure-api',
  rootDemoCommand: 'npm run demo',
  protocols: 'HTTP/2 and HTTP/1.1',
  createApp: (config) => createApp(config),
});
