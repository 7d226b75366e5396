/**
 * Certificate renewal without a restart: the example started with
 * TLS_CERT/TLS_KEY picks up replaced files for new connections (as after a
 * certbot renewal), and keeps serving the old certificate when the new
 * files do not belong together.
 */
import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tls from 'node:tls';
import { devCertificateAuthority } from '@parapet/https';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, on, tempDir } from './helpers.js';

function servedFingerprint(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ca }, () => {
      resolve(socket.getPeerX509Certificate()!.fingerprint256);
      socket.destroy();
    });
    socket.once('error', reject);
  });
}

describe.each(FRAMEWORKS)('example: TLS_CERT/TLS_KEY renewal ($name)', (framework) => {
  const { startApi } = on(framework);

  it('serves the renewed certificate to new connections, and ignores a half-written renewal', async () => {
    const ca = devCertificateAuthority({ commonName: 'Renewal Test CA' });
    const [first, second, third] = [ca.issue({ commonName: 'localhost' }), ca.issue({ commonName: 'localhost' }), ca.issue({ commonName: 'localhost' })];
    const dir = tempDir();
    const cert = join(dir, 'fullchain.pem');
    const key = join(dir, 'privkey.pem');
    writeFileSync(cert, first.cert);
    writeFileSync(key, first.key);
    const app = await startApi({ TLS_CERT: cert, TLS_KEY: key });
    const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256;
    expect(await servedFingerprint(app.httpsPort, ca.cert)).toBe(fingerprint(first.cert));

    writeFileSync(cert, second.cert);
    writeFileSync(key, second.key);
    await expect.poll(() => servedFingerprint(app.httpsPort, ca.cert), { timeout: 5000 }).toBe(fingerprint(second.cert));

    // Only the chain replaced: the key no longer matches, so the second certificate stays.
    writeFileSync(cert, third.cert);
    await expect.poll(() => app.logs.text, { timeout: 5000 }).toContain('"event":"tls.reload_failed"');
    expect(await servedFingerprint(app.httpsPort, ca.cert)).toBe(fingerprint(second.cert));
  });
});
