// The targets from the benchmark issue, evaluated on one run's medians.
const fmt = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)}×`);

export function evaluate(r) {
  const out = [];
  const ratio = (a, b) => (r[a] && r[b] ? r[a].rps / r[b].rps : undefined);
  const add = (name, value, ok) => value !== undefined && out.push({ name, measured: fmt(value), met: ok(value) });
  add('Parapet stack without mutualAuth ≥ 0.8× bare Koa', r['parapet-noauth']?.ratio, (v) => v >= 0.8);
  add('Parapet stack without mutualAuth faster than peer stack without koa-jwt', ratio('parapet-noauth', 'peer-nojwt'), (v) => v > 1);
  add('Parapet stack with amortised mutualAuth ≥ 1.2× peer stack with koa-jwt', ratio('parapet-amortised', 'peer-jwt'), (v) => v >= 1.2);
  add('request-bound mutualAuth within 15% of the raw crypto bound', ratio('parapet-bound', 'crypto-bound'), (v) => v >= 0.85);
  add('authLimit (memory) ≥ koa-ratelimit (memory)', ratio('login-authlimit-memory', 'login-koaratelimit-memory'), (v) => v >= 1);
  add('authLimit (Redis) ≥ koa-ratelimit (Redis)', ratio('login-authlimit-redis', 'login-koaratelimit-redis'), (v) => v >= 1);
  return out;
}
