// What `npm run bench` measures. `group` separates the API stacks from the
// login-route stacks; `baseline` is the scenario each ratio is taken against.
export const scenarios = [
  { id: 'bare', label: 'bare Koa + router', server: 'bare.mjs', path: '/api/hello', group: 'api', baseline: 'bare' },
  {
    id: 'peer-nojwt',
    label: 'peer stack without koa-jwt',
    server: 'peer.mjs',
    path: '/api/hello',
    group: 'api',
    baseline: 'bare',
  },
  {
    id: 'peer-jwt',
    label: 'peer stack + koa-jwt (ES256)',
    server: 'peer.mjs',
    env: { PEER_JWT: '1' },
    path: '/api/hello',
    group: 'api',
    baseline: 'bare',
  },
  {
    id: 'floor',
    label: 'floor: bare Koa + the same headers + a plain pino line',
    server: 'floor.mjs',
    path: '/api/hello',
    group: 'api',
    baseline: 'bare',
  },
  { id: 'parapet-noauth', label: 'Parapet stack without mutualAuth', server: 'parapet.mjs', env: { MUTUAL: 'none' }, path: '/api/hello', group: 'api', baseline: 'bare' },
  { id: 'parapet-amortised', label: 'Parapet stack + mutualAuth (amortised)', server: 'parapet.mjs', env: { MUTUAL: 'amortised' }, path: '/api/hello', group: 'api', baseline: 'bare' },
  { id: 'parapet-bound', label: 'Parapet stack + mutualAuth (request-bound, EdDSA)', server: 'parapet.mjs', env: { MUTUAL: 'bound' }, path: '/api/hello', group: 'api', baseline: 'bare' },
  { id: 'mutual-bound', label: 'bare Koa + mutualAuth only (request-bound, EdDSA)', server: 'parapet.mjs', env: { MUTUAL: 'bound', STACK: 'mutual-only' }, path: '/api/hello', group: 'api', baseline: 'bare' },
  { id: 'crypto-bound', label: 'raw crypto bound (jose verify + sign per request)', server: 'crypto-bound.mjs', path: '/api/hello', group: 'api', baseline: 'bare' },
  ...['memory', 'redis'].flatMap((store) =>
    ['authlimit', 'koaratelimit'].map((limiter) => ({
      id: `login-${limiter}-${store}`,
      label: `login: ${limiter === 'authlimit' ? 'authLimit' : 'koa-ratelimit'} (${store})`,
      server: 'login.mjs',
      env: { LIMITER: limiter, STORE: store },
      path: '/login',
      request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'alice@example.com', password: 'wrong' }) },
      expect: 401,
      group: 'login',
      baseline: `login-koaratelimit-${store}`,
    })),
  ),
];
