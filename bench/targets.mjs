// The targets from the benchmark issue, evaluated on one run's medians, both
// on requests/s and on server CPU per request (see RESULTS.md for why both).
const fmt = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)}×`);

export function evaluate(r) {
  const out = [];
  // Each ratio is taken within a round (both stacks measured minutes apart at
  // most), then the median over rounds, as in the main table.
  const median = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const perRound = (xs, ys, f) => median(xs.map((x, i) => f(x, ys[i])));
  const both = (a, b) =>
    r[a] && r[b]
      ? { rps: perRound(r[a].rpsRounds, r[b].rpsRounds, (x, y) => x / y), cpu: perRound(r[a].cpuRounds, r[b].cpuRounds, (x, y) => y / x) }
      : undefined;
  const add = (name, pair, ok) => {
    if (!pair) return;
    out.push({ name, rps: fmt(pair.rps), cpu: fmt(pair.cpu), metRps: ok(pair.rps), metCpu: ok(pair.cpu) });
  };
  add('Parapet stack without mutualAuth ≥ 0.8× bare Koa', both('parapet-noauth', 'bare'), (v) => v >= 0.8);
  // Not an issue target: how close the stack is to the cost of the policy itself
  // (12 security headers on the wire and one log line per request, done as plainly as possible).
  add('(reference) Parapet stack without mutualAuth vs the floor', both('parapet-noauth', 'floor'), (v) => v >= 0.8);
  add('Parapet stack without mutualAuth faster than the peer stack without koa-jwt', both('parapet-noauth', 'peer-nojwt'), (v) => v > 1);
  add('Parapet stack with amortised mutualAuth ≥ 1.2× the peer stack with koa-jwt', both('parapet-amortised', 'peer-jwt'), (v) => v >= 1.2);
  add('request-bound mutualAuth within 15% of the raw crypto bound (both on bare Koa)', both('mutual-bound', 'crypto-bound'), (v) => v >= 0.85);
  add('(reference) whole Parapet stack with request-bound mutualAuth vs the raw crypto bound', both('parapet-bound', 'crypto-bound'), (v) => v >= 0.85);
  add('Parapet on Express without mutualAuth ≥ 1.3× the Express peer stack without express-jwt', both('express-parapet-noauth', 'express-peer-nojwt'), (v) => v >= 1.3);
  add('(reference) Parapet on Express + amortised mutualAuth vs the Express peer stack + express-jwt', both('express-parapet-amortised', 'express-peer-jwt'), (v) => v >= 1.2);
  add('(reference) Parapet on Express without mutualAuth vs the Express floor', both('express-parapet-noauth', 'express-floor'), (v) => v >= 0.8);
  add('(reference) Parapet on Express without mutualAuth vs bare Express', both('express-parapet-noauth', 'express-bare'), (v) => v >= 0.8);
  add('authLimit (memory) at least as fast as koa-ratelimit (memory)', both('login-authlimit-memory', 'login-koaratelimit-memory'), (v) => v >= 1);
  add('authLimit (Redis) at least as fast as koa-ratelimit (Redis)', both('login-authlimit-redis', 'login-koaratelimit-redis'), (v) => v >= 1);
  return out;
}
