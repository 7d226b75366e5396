/**
 * PHC string format (password-hashing-competition/phc-string-format):
 *   $<id>[$v=<version>][$<param>=<value>(,<param>=<value>)*][$<salt>[$<hash>]]
 * salt and hash in standard base64 without padding. Parsing is strict: a
 * stored hash is trusted data, but a corrupted or hand-edited one must fail
 * loudly rather than verify against the wrong parameters.
 */
export interface PhcHash {
  readonly id: string;
  readonly version: number | undefined;
  readonly params: ReadonlyMap<string, string>;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

const ID = /^[a-z0-9-]{1,32}$/;
const PARAM = /^([a-z0-9-]{1,32})=([a-zA-Z0-9/+.-]+)$/;
const B64 = /^[A-Za-z0-9+/]+$/;

function b64(text: string): Buffer | undefined {
  // Unpadded base64 never has length 1 mod 4.
  if (!B64.test(text) || text.length % 4 === 1) return undefined;
  return Buffer.from(text, 'base64');
}

export function encodePhc(id: string, version: number | undefined, params: readonly (readonly [string, string | number])[], salt: Uint8Array, hash: Uint8Array): string {
  const parts = ['', id];
  if (version !== undefined) parts.push(`v=${version}`);
  if (params.length > 0) parts.push(params.map(([k, v]) => `${k}=${v}`).join(','));
  parts.push(Buffer.from(salt).toString('base64').replace(/=+$/, ''), Buffer.from(hash).toString('base64').replace(/=+$/, ''));
  return parts.join('$');
}

/** Parse a PHC string with salt and hash; undefined when it is not one. */
export function decodePhc(text: string): PhcHash | undefined {
  if (typeof text !== 'string' || text.length > 1024 || !text.startsWith('$')) return undefined;
  const fields = text.slice(1).split('$');
  const id = fields.shift();
  if (id === undefined || !ID.test(id)) return undefined;
  let version: number | undefined;
  if (fields[0]?.startsWith('v=')) {
    const v = fields.shift()!.slice(2);
    if (!/^\d{1,9}$/.test(v)) return undefined;
    version = Number(v);
  }
  if (fields.length !== 3 && fields.length !== 2) return undefined;
  const params = new Map<string, string>();
  if (fields.length === 3) {
    for (const pair of fields.shift()!.split(',')) {
      const match = PARAM.exec(pair);
      if (match === null || params.has(match[1]!)) return undefined;
      params.set(match[1]!, match[2]!);
    }
  }
  const salt = b64(fields[0]!);
  const hash = b64(fields[1]!);
  if (salt === undefined || hash === undefined) return undefined;
  return { id, version, params, salt, hash };
}

/** An integer parameter within bounds, else undefined. */
export function intParam(params: ReadonlyMap<string, string>, name: string, min: number, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === undefined || !/^\d{1,10}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= min && value <= max ? value : undefined;
}
