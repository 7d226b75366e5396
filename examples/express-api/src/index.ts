import { exampleDevDir, loadConfig as loadSharedConfig, type AppConfig, type LoadConfigOptions } from '@parapet/example-shared';

export { createApp, type ExpressApi } from './app.js';
export { apiRateLimit, clientNetwork, type ApiRateLimitOptions } from './rate-limit.js';

/** `.dev/` next to this example's `package.json`. */
export const DEFAULT_DEV_DIR = exampleDevDir(import.meta.url);

/** `loadConfig` of @parapet/example-shared with this example's `.dev/` as the default DEV_DIR. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, options: LoadConfigOptions = {}): Promise<AppConfig> {
  return loadSharedConfig(env, { defaultDevDir: DEFAULT_DEV_DIR, ...options });
}
