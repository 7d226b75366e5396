/**
 * Base class of every error thrown by a Parapet package.
 *
 * It is shaped like an `http-errors` error so Koa's default `ctx.onerror`
 * understands it: `status` picks the response status, `expose` decides
 * whether `message` reaches the client, and `headers` are applied with
 * `ctx.set(err.headers)` *after* Koa has wiped every header set before the
 * throw — which is how headers such as HSTS, CSP or `Retry-After` survive an
 * error response.
 *
 * @example
 * ```ts
 * throw new ParapetError('HTTPS required', { code: 'ERR_HTTPS_REQUIRED', status: 403 });
 * ```
 */
export class ParapetError extends Error {
  /** Stable machine-readable code, e.g. `ERR_HTTPS_REQUIRED`. */
  readonly code: string;
  /** HTTP status to answer with. */
  readonly status: number;
  /** Whether `message` is safe to show to the client. @default status < 500 */
  readonly expose: boolean;
  /** Headers that must survive Koa's `ctx.onerror` header wipe. @default {} */
  readonly headers: Record<string, string>;

  constructor(
    message: string,
    options: { code: string; status: number; expose?: boolean; headers?: Record<string, string>; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status;
    this.expose = options.expose ?? options.status < 500;
    this.headers = { ...(options.headers ?? {}) };
  }

  /** Koa reads `statusCode` as an alias of `status`. */
  get statusCode(): number {
    return this.status;
  }
}

/**
 * A request with a plain-HTTP non-GET/HEAD method: refused, never redirected.
 * A 426 names the protocol to upgrade to in `Upgrade` (RFC 9110 §15.5.22) —
 * except on HTTP/2, where `Upgrade` and `Connection` are connection-specific
 * fields a response must not carry (RFC 9113 §8.2.2).
 */
export class HttpsRequiredError extends ParapetError {
  constructor(status: 403 | 426, httpVersionMajor = 1) {
    super('HTTPS required', {
      code: 'ERR_HTTPS_REQUIRED',
      status,
      headers: status === 426 && httpVersionMajor < 2 ? { Upgrade: 'TLS/1.2, HTTP/1.1', Connection: 'Upgrade' } : {},
    });
  }
}

/** A plain-HTTP request whose Host is missing, malformed or not on the allowlist. */
export class MisdirectedRequestError extends ParapetError {
  constructor(status: 400 | 421) {
    super(status === 421 ? 'Misdirected request' : 'Invalid or unknown Host', { code: 'ERR_UNKNOWN_HOST', status });
  }
}

/** A request-target we cannot rebuild a safe URL from (`*`, garbage absolute-form). */
export class InvalidRequestTargetError extends ParapetError {
  constructor() {
    super('Invalid request target', { code: 'ERR_INVALID_REQUEST_TARGET', status: 400 });
  }
}

/** The client did not present a certificate the server verified. */
export class ClientCertificateRequiredError extends ParapetError {
  constructor() {
    super('Client certificate required', { code: 'ERR_CLIENT_CERTIFICATE_REQUIRED', status: 403 });
  }
}
