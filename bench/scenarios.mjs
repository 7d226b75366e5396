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
];
