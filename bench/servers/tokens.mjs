// Pre-sign caller tokens with the real client (createMutualClient) by giving it
// a fetch that records the Authorization header instead of sending anything.
// This keeps signing out of the measured window (the protocol allows it: a
// request-bound token only binds method, path+query and body, all known here).
export async function signedHeaders(createMutualClient, options, path, count) {
  const out = [];
  const recordOnly = async (input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    out.push({ authorization: headers.get('authorization') });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const fetch = createMutualClient({ ...options, fetch: recordOnly, verifyResponses: false });
  for (let i = 0; i < count; i++) await fetch(`http://127.0.0.1${path}`);
  return out;
}

// The mutualAuth set-up shared by the Koa and Express Parapet servers: a caller
// and a server key (EdDSA), the middleware's options and the client's.
export async function mutualSetup({ generateCallerKey, exportPublicJwks }, mode) {
  const caller = await generateCallerKey({ alg: 'EdDSA' });
  const server = await generateCallerKey({ alg: 'EdDSA' });
  return {
    options: { audience: 'bench-api', callers: { billing: { jwks: exportPublicJwks([caller]) } }, signingKey: server, mode },
    client: { issuer: 'billing', privateKey: caller.privateKey, kid: caller.kid, alg: caller.alg, audience: 'bench-api' },
  };
}
