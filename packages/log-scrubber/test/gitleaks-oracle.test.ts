import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

// gitleaks' rule fixtures are a second maintained reference (see secretlint-oracle.test.ts for the
// first): each rule ships the strings it must find. Every one of them, put where a log would carry
// it, must lose the secret gitleaks reports. The fixture is regenerated from a gitleaks snapshot by
// fixtures/gitleaks-extract.mjs, which records the commit and the licence (MIT).
interface Fixture {
  readonly commit: string;
  readonly tps: ReadonlyArray<{ readonly rule: string; readonly text: string; readonly secrets: readonly string[] }>;
  readonly fps: ReadonlyArray<{ readonly rule: string; readonly text: string }>;
}
const fixture = JSON.parse(readFileSync(new URL('fixtures/gitleaks-tps.json', import.meta.url), 'utf8')) as Fixture;

/** gitleaks rules whose findings are not secrets once they are in a log, and why. */
const SKIPPED: Readonly<Record<string, string>> = {};

/**
 * The part of a gitleaks secret that must go. `curl -u user:password` is reported whole; the
 * scrubber keeps the user name (an account name, as in a URL's user info) and takes the password,
 * so only the password is required to be gone; `-u "name:"` has none, and nothing is required.
 */
function required(rule: string, secret: string): string[] {
  if (rule !== 'curl-auth-user') return [secret];
  const bare = /^(["'])(.*)\1$/s.exec(secret)?.[2] ?? secret;
  const password = bare.slice(bare.indexOf(':') + 1).replace(/^(["'])(.*)\1$/s, '$2');
  return password === '' ? [] : [password];
}

// False positives of gitleaks that are ordinary log content (asset URLs, placeholder tokens of
// examples): the scrubber must return them unchanged.
const KEPT_FP = /^https?:\/\/\S+\.(?:png|jpe?g|gif|svg)$|^xox[a-z]-[x-]+$/i;

type Shape = (tp: string) => string | Record<string, unknown>;
const SHAPES: ReadonlyArray<readonly [string, Shape]> = [
  ['text line', (tp) => `2026-12-04T09:15:02.118Z INFO config loaded: ${tp}`],
  ['record value', (tp) => ({ level: 30, time: 1_796_000_000_000, msg: 'settings applied', detail: tp })],
  ['error', (tp) => ({ level: 50, err: { type: 'SyntaxError', message: `cannot parse ${tp}`, stack: `SyntaxError: cannot parse ${tp}\n    at load (/srv/app/config.js:12:3)` } })],
  ['env dump', (tp) => `environment at start:\nNODE_ENV=production\nPORT=8080\n${tp}\nTZ=UTC`],
];

function leaked(out: string, secret: string): boolean {
  return out.includes(secret) || out.includes(JSON.stringify(secret).slice(1, -1));
}

describe("gitleaks' rule fixtures as an oracle", () => {
  const s = scrubber();

  it('every secret of every true positive is gone, in each log shape', () => {
    const missed = new Map<string, string[]>();
    let checked = 0;
    for (const tp of fixture.tps) {
      if (SKIPPED[tp.rule] !== undefined) continue;
      for (const [name, shape] of SHAPES) {
        const shaped = shape(tp.text);
        const out = typeof shaped === 'string' ? s.scrubText(shaped) : JSON.stringify(s.scrub(shaped));
        checked++;
        for (const secret of tp.secrets.flatMap((x) => required(tp.rule, x))) {
          if (!leaked(out, secret)) continue;
          const list = missed.get(tp.rule) ?? [];
          list.push(`${name}: ${JSON.stringify(tp.text)} -> ${secret}`);
          missed.set(tp.rule, list);
        }
      }
    }
    const missedTps = new Set([...missed.values()].flat().map((m) => m.slice(m.indexOf(':') + 2))).size;
    console.info(`gitleaks oracle @${fixture.commit.slice(0, 12)}: ${fixture.tps.length} true positives, ${checked} placements, ${[...missed.values()].flat().length} leaked placements, ${missedTps} true positives leaked somewhere`);
    expect(Object.fromEntries([...missed].map(([rule, list]) => [rule, list.slice(0, 3)]))).toEqual({});
    expect(checked).toBeGreaterThan(4000);
  });

  it('keeps the false positives that are ordinary log content, and reports the others it changes', () => {
    let changed = 0;
    const kept: string[] = [];
    for (const fp of fixture.fps) {
      const out = s.scrubText(fp.text);
      if (out !== fp.text) changed++;
      if (KEPT_FP.test(fp.text)) kept.push(out);
    }
    console.info(`gitleaks oracle: ${changed} of ${fixture.fps.length} false-positive fixtures changed by scrubText`);
    expect(kept).toEqual(fixture.fps.map((fp) => fp.text).filter((t) => KEPT_FP.test(t)));
    expect(kept.length).toBeGreaterThanOrEqual(5);
  });
});

// The classes the cross-check found, with values of our own.
describe('credential shapes found by the gitleaks cross-check', () => {
  const s = scrubber();
  const secret = token('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32, 1, 'gitleaks');
  const hex = (n: number, seed: number): string => token('0123456789abcdef', n, seed, 'gitleaks');
  const upper = (n: number, seed: number): string => token('ABCDEFGHJKLMNPQRSTVWXYZ0123456789', n, seed, 'gitleaks');

  it.each([
    ['Makefile recursive-if-unset', `DEPLOY_TOKEN ?= "${secret}"`],
    ['Makefile immediate', `DEPLOY_TOKEN ::= ${secret}`],
    ['Makefile POSIX immediate', `DEPLOY_TOKEN :::= "${secret}"`],
    ['PHP append', `$deployToken .= "${secret}";`],
    ['Go typed declaration', `var deployToken string = "${secret}"`],
  ])('an assignment with a %s operator', (_, line) => {
    const out = s.scrubText(`build step failed: ${line}`);
    expect(out).not.toContain(secret);
    expect(out).toContain('build step failed');
  });

  it('a curl command continued over lines still has its -u password taken', () => {
    const out = s.scrubText(`+ curl -sS -X POST https://ci.example.com/hook \\\n    -H 'Accept: application/json' \\\n    -u deployer:${secret}`);
    expect(out).not.toContain(secret);
    expect(out).toContain('deployer');
  });

  it('curl -u with an empty user name still loses the password; curl -u : stays', () => {
    expect(s.scrubText(`curl -u ":${secret}" https://search.internal:9200`)).not.toContain(secret);
    const negotiate = 'curl --negotiate -u : https://intranet.example.com/report';
    expect(s.scrubText(negotiate)).toBe(negotiate);
  });

  it("Bundler's per-host credentials in the environment", () => {
    const pair = `${hex(8, 2)}:${hex(8, 3)}`;
    expect(s.scrubText(`export BUNDLE_GEMS__EXAMPLE__COM=${pair}`)).not.toContain(pair.slice(9));
    expect(s.scrub({ env: `BUNDLE_RUBYGEMS__PKG__EXAMPLE__ORG: "${pair}"` })).not.toContain(pair);
    const kept = 'BUNDLE_WITHOUT=development:test BUNDLE_PATH=vendor/bundle';
    expect(s.scrubText(kept)).toBe(kept);
  });

  it.each([
    ['1Password account secret key', `A3-${upper(6, 4)}-${upper(11, 5)}-${upper(5, 6)}-${upper(5, 7)}-${upper(5, 8)}`],
    ['Sourcegraph token in upper-case hex', `sgp_${hex(16, 9).toUpperCase()}_${hex(40, 10).toUpperCase()}`],
    ['Facebook app access token', `facebook ${token('0123456789', 16, 11, 'gl')}|${token('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 27, 12, 'gl')}`],
    ['42 intranet client secret', `s-s4t2ud-${hex(64, 13)}`],
    ['Adobe client secret', `p8e-${hex(32, 14)}`],
    ['Amazon Bedrock long-lived key', `ABSK${token('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 120, 15, 'gl')}=`],
  ])('%s', (_, line) => {
    const value = line.slice(line.lastIndexOf(' ') + 1);
    expect(s.scrubText(`2026-12-04 10:00:01 WARN rejected ${line} (revoked)`)).not.toContain(value);
  });

  it('file names with content hashes and words after a Slack-like prefix stay', () => {
    const lines = [
      `GET /static/favicon.ico-${hex(32, 16)}.png 200 1432`,
      'GET /images/2018-250-xoxo-party-1.jpg 200 88211',
      'counter retries += 1 after timeout',
    ];
    for (const line of lines) expect(s.scrubText(line)).toBe(line);
  });
});
