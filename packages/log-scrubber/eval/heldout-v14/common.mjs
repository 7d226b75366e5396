import * as V from './values.mjs';
export { V };
export const J = (o) => JSON.stringify(o);
export function setIn(b, obj) { const frag = V.setting(); Object.assign(obj, JSON.parse(`{${frag}}`)); b.k(frag); return obj; }
export function frames(b, home) {
  const root = home ? (home.startsWith('C:') ? home : home) : '/app';
  const sep = root.startsWith('C:') ? '\\' : '/';
  const f = V.pick(['dist/services/billing.js', 'dist/routes/checkout.js', 'dist/jobs/sendDigest.js', 'dist/workers/importer.js', 'dist/lib/http.js']);
  const p = (x) => `${root}${sep}${x.split('/').join(sep)}`;
  return [
    `    at ${V.pick(['ChargeService.capture', 'CheckoutController.post', 'DigestJob.run', 'Importer.processRow', 'HttpClient.request'])} (${p(f)}:${V.int(10, 400)}:${V.int(3, 40)})`,
    `    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
    `    at async ${V.pick(['Layer.handle', 'dispatch', 'Worker.processJob', 'Promise.all'])} (${p(V.pick(['node_modules/express/lib/router/layer.js', 'node_modules/koa-compose/index.js', 'node_modules/bullmq/dist/cjs/classes/worker.js']))}:${V.int(10, 600)}:${V.int(3, 40)})`,
  ].join('\n');
}
export function homeDir(b) {
  const style = V.pick(['linux', 'mac', 'win']);
  const u = b.user(style);
  return style === 'linux' ? `/home/${u}/src/shop-api` : style === 'mac' ? `/Users/${u}/work/shop-api` : `C:\\Users\\${u}\\repos\\shop-api`;
}
