import { namedSegment } from './stored-files.js';

/**
 * SDK telemetry sent as base64 JSON in a header: identity-provider client libraries report which
 * library and version made the call (`Auth0-Client: base64({"name":"node-auth0","version":"4.1.0",
 * "env":{"node":"20.11.0"}})`). It starts `eyJ` like a JWT, but names software, never a person or
 * a credential. Only that exact shape stays: a library name, a version and, optionally, versions
 * of the runtimes under `env`; any other member makes it a document to remove.
 */

// A base64 (standard or URL-safe) run from the start of a JWT-shaped match.
const BASE64_RUN = /[A-Za-z0-9+/_-]{1,1400}={0,2}/y;
const LIBRARY_NAME = /^@?[a-z0-9][\w./-]{0,63}$/i;
// A library's name is words joined by `-` or `/`, or carries a platform word (`auth0.js`,
// `Auth0.Net`); `jane.doe` or `jane-doe` in that slot is a person's login, not a library.
const LIBRARY_SHAPE = /[-/@]|(?:^|[._])(?:js|ts|net|sdk|java|py|go|php|ruby|node|swift|kotlin|android|ios|client|lib|cli)(?:$|[._-])/i;
const VERSION = /^v?\d{1,4}(?:\.\d{1,6}){0,3}(?:[-+][0-9A-Za-z.-]{1,32})?$/;
const RUNTIME = /^[a-z][\w.-]{0,31}$/i;

function versionsOnly(env: unknown): boolean {
  if (typeof env !== 'object' || env === null || Array.isArray(env)) return false;
  const entries = Object.entries(env);
  return entries.length <= 8 && entries.every(([k, v]) => RUNTIME.test(k) && typeof v === 'string' && VERSION.test(v));
}

/** Whether a parsed document is a library's name and version, with runtime versions at most. */
function telemetry(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const { name, version, env, ...rest } = doc as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (typeof name !== 'string' || !LIBRARY_NAME.test(name) || !LIBRARY_SHAPE.test(name) || namedSegment(name) || typeof version !== 'string' || !VERSION.test(version)) return false;
  return env === undefined || versionsOnly(env);
}

/**
 * At `start` in `text` (where `eyJ` opens a base64 run with no `.` part after it), the length of
 * the run when it decodes to SDK telemetry; undefined otherwise.
 */
export function sdkTelemetryLength(text: string, start: number): number | undefined {
  BASE64_RUN.lastIndex = start;
  const run = BASE64_RUN.exec(text)?.[0];
  if (run === undefined || run.length > 1400 || text.charCodeAt(start + run.length) === 46) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(run, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  return telemetry(doc) ? run.length : undefined;
}
