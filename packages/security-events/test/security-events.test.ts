import { describe, expect, it } from 'vitest';
import { emitSecurityEvent, SECURITY_EVENTS, securityEventHandlerOption, securityEventLogger, type SecurityEvent } from '../src/index.js';

function recorder() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (obj: object, msg: string) => lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

const base = { actor: { account: 'acct-pseudonym' }, requestId: 'req-1', attributes: { retryAfter: 60 } } as const;

describe('emitSecurityEvent', () => {
  it('stamps the time and swallows what the handler throws', () => {
    const seen: SecurityEvent[] = [];
    const before = Date.now();
    emitSecurityEvent((e) => seen.push(e), { name: 'auth-limit.limited', outcome: 'blocked', reason: 'limit', ...base });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.time).toBeGreaterThanOrEqual(before);
    expect(() =>
      emitSecurityEvent(
        () => {
          throw new Error('down');
        },
        { name: 'auth-limit.limited', outcome: 'blocked', reason: 'limit', ...base },
      ),
    ).not.toThrow();
    expect(() => emitSecurityEvent(undefined, { name: 'auth-limit.limited', outcome: 'blocked', reason: 'limit', ...base })).not.toThrow();
  });

  it('securityEventHandlerOption names the middleware and the option', () => {
    expect(securityEventHandlerOption('authLimit', undefined)).toBeUndefined();
    const fn = () => undefined;
    expect(securityEventHandlerOption('authLimit', fn)).toBe(fn);
    expect(() => securityEventHandlerOption('authLimit', 'yes')).toThrow(new TypeError('authLimit: "onSecurityEvent" must be a function'));
  });

  it('every event name is documented with a sentence', () => {
    for (const [name, text] of Object.entries(SECURITY_EVENTS)) {
      expect(name).toMatch(/^[a-z-]+\.[a-z_]+$/);
      expect(text.length).toBeGreaterThan(20);
    }
  });
});

describe('securityEventLogger', () => {
  it('one line per event, level by outcome, the event name as message, reqId beside it', () => {
    const { lines, logger } = recorder();
    const handler = securityEventLogger(logger);
    handler({ name: 'auth-limit.device_cookie_issued', outcome: 'success', reason: 'login', time: 1, ...base });
    handler({ name: 'mutual-jwt.token_rejected', outcome: 'failure', reason: 'ERR_MUTUAL_REPLAY', time: 2, ...base });
    handler({ name: 'auth-limit.limited', outcome: 'blocked', reason: 'limit', time: 3, ...base });
    handler({ name: 'auth-limit.store_failure', outcome: 'error', reason: 'timeout', time: 4, ...base });
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['info', 'security event auth-limit.device_cookie_issued'],
      ['warn', 'security event mutual-jwt.token_rejected'],
      ['warn', 'security event auth-limit.limited'],
      ['error', 'security event auth-limit.store_failure'],
    ]);
    expect(lines[1]!.obj).toEqual({
      securityEvent: 'mutual-jwt.token_rejected',
      outcome: 'failure',
      reason: 'ERR_MUTUAL_REPLAY',
      actor: base.actor,
      attributes: base.attributes,
      reqId: 'req-1',
    });
  });

  it('levels can be changed; bad loggers and options throw naming them', () => {
    const { lines, logger } = recorder();
    securityEventLogger(logger, { levels: { blocked: 'info' } })({ name: 'auth-limit.limited', outcome: 'blocked', reason: 'limit', time: 0, ...base });
    expect(lines[0]!.level).toBe('info');
    // An application's own dotted names travel in the same shape.
    securityEventLogger(logger)({ name: 'app.login_failed', outcome: 'failure', reason: 'bad_password', time: 0, ...base });
    expect(lines[1]!.obj.securityEvent).toBe('app.login_failed');
    expect(() => securityEventLogger({} as never)).toThrow(/"logger" must have info, warn and error/);
    expect(() => securityEventLogger(logger, { levels: { blocked: 'debug' as never } })).toThrow(/"levels.blocked"/);
    expect(() => securityEventLogger(logger, { levels: { denied: 'warn' } as never })).toThrow(/unknown outcome "denied"/);
    expect(() => securityEventLogger(logger, { level: 'warn' } as never)).toThrow(/unknown option "level"/);
  });
});
