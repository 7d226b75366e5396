/**
 * A real nginx in front of the example, configured from the recipe in
 * examples/secure-api/docs/operations.md ("Behind nginx"): its ```nginx block
 * is read verbatim and only its ports and certificate paths are replaced, so
 * the suite tests exactly what the docs tell people to deploy. Everything
 * nginx writes (pid, logs, temp files) stays in a temporary directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort, onCleanup, tempDir } from './helpers.js';

const RECIPE_DOC = new URL('../examples/secure-api/docs/operations.md', import.meta.url);
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];

/** The ```nginx block of the "Behind nginx" section of the example's operations guide. */
export function documentedRecipe(): string {
  const text = readFileSync(RECIPE_DOC, 'utf8');
  const section = text.indexOf('## Behind nginx');
  if (section === -1) throw new Error('examples/secure-api/docs/operations.md has no "Behind nginx" section');
  const match = /```nginx\n([\s\S]*?)```/.exec(text.slice(section));
  if (!match) throw new Error('the "Behind nginx" section has no nginx block');
  return match[1]!;
}

export interface RunningNginx {
  readonly httpPort: number;
  readonly httpsPort: number;
  readonly config: string;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const count = text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (count === 0) throw new Error(`nginx recipe: expected ${pattern} in the documented block`);
  return text.replace(new RegExp(pattern.source, 'g'), replacement);
}

function waitForPort(port: number, child: ChildProcess, dir: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      if (child.exitCode !== null) {
        const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
        reject(new Error(`nginx exited with ${child.exitCode}: ${log}`));
        return;
      }
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Start nginx (foreground) with the documented recipe, proxying to the app's plain-HTTP port. */
export async function startNginx(options: { appHttpPort: number; cert: string; key: string }): Promise<RunningNginx> {
  const binary = NGINX_CANDIDATES.find((path) => existsSync(path));
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx; .ci/run installs it)');
  const dir = tempDir();
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'cert.pem'), options.cert);
  writeFileSync(join(dir, 'key.pem'), options.key, { mode: 0o600 });
  let recipe = documentedRecipe();
  recipe = replaceOnce(recipe, /listen 80;/, `listen 127.0.0.1:${httpPort};`);
  recipe = replaceOnce(recipe, /listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`);
  recipe = replaceOnce(recipe, /proxy_pass http:\/\/127\.0\.0\.1:8080;/, `proxy_pass http://127.0.0.1:${options.appHttpPort};`);
  recipe = replaceOnce(recipe, /ssl_certificate +\S+;/, `ssl_certificate ${join(dir, 'cert.pem')};`);
  recipe = replaceOnce(recipe, /ssl_certificate_key +\S+;/, `ssl_certificate_key ${join(dir, 'key.pem')};`);
  // nginx drops privileges to "nobody" when started as root; that user could not use the temp dir.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const config = `${user}worker_processes 1;
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
    access_log ${join(dir, 'access.log')};
    client_body_temp_path ${join(dir, 'client_body')};
    proxy_temp_path ${join(dir, 'proxy')};
    fastcgi_temp_path ${join(dir, 'fastcgi')};
    uwsgi_temp_path ${join(dir, 'uwsgi')};
    scgi_temp_path ${join(dir, 'scgi')};
${recipe}}
`;
  const confPath = join(dir, 'nginx.conf');
  writeFileSync(confPath, config);
  const child = spawn(binary, ['-c', confPath, '-p', dir, '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  onCleanup(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  });
  try {
    await waitForPort(httpPort, child, dir);
    await waitForPort(httpsPort, child, dir);
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${stderr}`);
  }
  return { httpPort, httpsPort, config };
}

export interface ClientResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Raw header lines, to count repeated names. */
  readonly rawHeaders: readonly string[];
  readonly body: string;
}

export interface ClientRequest {
  readonly scheme: 'http' | 'https';
  readonly port: number;
  readonly path: string;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Source address of the client connection: any 127/8 address (Linux loopback). */
  readonly from: string;
  /** CA to verify nginx's certificate with (https). */
  readonly ca?: string;
}

/** One HTTP/1.1 request from a chosen loopback source address. */
export function send(req: ClientRequest): Promise<ClientResponse> {
  const headers: Record<string, string> = { host: 'api.example.com', connection: 'close', ...req.headers };
  if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
  const options = {
    host: '127.0.0.1',
    port: req.port,
    path: req.path,
    method: req.method ?? 'GET',
    headers,
    localAddress: req.from,
    agent: false as const,
    servername: 'api.example.com',
    ca: req.ca,
  };
  return new Promise((resolve, reject) => {
    const client = (req.scheme === 'https' ? httpsRequest : httpRequest)(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, rawHeaders: res.rawHeaders, body }));
      res.on('error', reject);
    });
    client.on('error', reject);
    client.end(req.body);
  });
}

/** How many times `name` appears in a response's raw headers. */
export function headerCount(res: ClientResponse, name: string): number {
  let count = 0;
  for (let i = 0; i < res.rawHeaders.length; i += 2) if (res.rawHeaders[i]!.toLowerCase() === name) count++;
  return count;
}
