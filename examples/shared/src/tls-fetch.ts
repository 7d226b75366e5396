/**
 * A minimal `fetch` over node:https that trusts exactly the given CA
 * certificate(s) — e.g. the development certificate — and optionally pins
 * the server certificate's SHA-256 fingerprint. TLS verification stays on:
 * nothing here sets `rejectUnauthorized: false` or NODE_TLS_REJECT_UNAUTHORIZED.
 * Node's global fetch cannot take a CA without the undici package, hence this.
 */
import { request } from 'node:https';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';

/** Options of {@link createTlsFetch}. */
export interface TlsFetchOptions {
  /** PEM CA certificate(s) to trust instead of the public roots. @default Node's public roots */
  ca?: string | Buffer | undefined;
  /** Expected SHA-256 fingerprint of the server certificate (colon hex, as Node prints it). @default undefined */
  pinnedFingerprint256?: string;
  /** Abort after this many ms. @default 10000 */
  timeoutMs?: number;
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** A `fetch`-compatible function (http: is refused: this client speaks HTTPS only). */
export function createTlsFetch(options: TlsFetchOptions = {}): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  const pin = options.pinnedFingerprint256?.toUpperCase();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const tlsFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    if (url.protocol !== 'https:') throw new TypeError(`tls fetch: ${url.protocol} refused, HTTPS only`);
    const body = req.body === null ? undefined : Buffer.from(await req.arrayBuffer());
    const headers: Record<string, string> = {};
    req.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (body !== undefined) headers['content-length'] = String(body.length);
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(
        {
          protocol: 'https:',
          hostname: url.hostname.replace(/^\[|\]$/g, ''),
          port: url.port === '' ? 443 : Number(url.port),
          path: url.pathname + url.search,
          method: req.method,
          headers,
          ca: options.ca,
          minVersion: 'TLSv1.2',
          timeout: timeoutMs,
          signal: req.signal,
          checkServerIdentity: (host: string, cert: PeerCertificate) => {
            const identityError = checkServerIdentity(host, cert);
            if (identityError) return identityError;
            if (pin !== undefined && cert.fingerprint256.toUpperCase() !== pin) {
              return new Error(`certificate fingerprint ${cert.fingerprint256} is not the pinned ${pin}`);
            }
            return undefined;
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value === undefined) continue;
              for (const v of Array.isArray(value) ? value : [value]) responseHeaders.append(name, v);
            }
            const status = res.statusCode ?? 500;
            resolve(new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
          });
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`tls fetch: no answer within ${timeoutMs} ms`)));
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
  return tlsFetch;
}
