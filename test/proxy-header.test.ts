/**
 * TRUSTED_PROXY_HEADER: the example reads exactly the one forwarding header
 * family it is told its proxies write. Requests come straight from the
 * trusted loopback peer, standing in for a proxy that writes that family.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@parapet/example-secure-api';
import { startApi, tempDir } from './helpers.js';

const HSTS = 'max-age=31536000; includeSubDomains';

describe('TRUSTED_PROXY_HEADER', () => {
  it('rejects anything but x-forwarded or forwarded, naming the variable', async () => {
    const failure = await loadConfig({ TRUSTED_PROXIES: '127.0.0.1', TRUSTED_PROXY_HEADER: 'X-Forwarded-For' }, { devDir: tempDir() }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).problems).toContainEqual(expect.stringMatching(/^TRUSTED_PROXY_HEADER: "X-Forwarded-For" must be "x-forwarded"/));
  });

  it("'forwarded': Forwarded decides, X-Forwarded-Proto is never read", async () => {
    const app = await startApi({ TRUSTED_PROXIES: '127.0.0.1', TRUSTED_PROXY_HEADER: 'forwarded', PUBLIC_HOST: '127.0.0.1' });
    const viaForwarded = await fetch(`${app.httpUrl}/healthz`, { headers: { forwarded: 'for=198.51.100.7;proto=https' }, redirect: 'manual' });
    expect(viaForwarded.status).toBe(200);
    expect(viaForwarded.headers.get('strict-transport-security')).toBe(HSTS);
    const viaX = await fetch(`${app.httpUrl}/me`, { headers: { 'x-forwarded-proto': 'https' }, redirect: 'manual' });
    expect(viaX.status).toBe(301);
    expect(viaX.headers.get('strict-transport-security')).toBeNull();
  });

  it("'x-forwarded' (the default): X-Forwarded-Proto decides, Forwarded is never read", async () => {
    const app = await startApi({ TRUSTED_PROXIES: '127.0.0.1', PUBLIC_HOST: '127.0.0.1' });
    const viaX = await fetch(`${app.httpUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' }, redirect: 'manual' });
    expect(viaX.headers.get('strict-transport-security')).toBe(HSTS);
    const viaForwarded = await fetch(`${app.httpUrl}/me`, { headers: { forwarded: 'for=198.51.100.7;proto=https' }, redirect: 'manual' });
    expect(viaForwarded.status).toBe(301);
  });
});
