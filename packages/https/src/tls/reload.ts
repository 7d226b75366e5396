/**
 * Certificate reload without a restart. Let's Encrypt certificates live 90
 * days (and shorter lifetimes are coming): a renewal must reach a running
 * server. Node swaps the context of a listening TLS server with
 * `setSecureContext()`; connections already open keep the context they
 * were accepted with.
 */
import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Server as TlsServer } from 'node:tls';

/** PEM files of a TLS server; `ca`/`crl` only with mutual TLS. */
export interface CertificateFiles {
  /** Private key (certbot: `privkey.pem`). */
  readonly key: string;
  /** Certificate chain (certbot: `fullchain.pem`). */
  readonly cert: string;
  /** Client CA certificate(s). */
  readonly ca?: string;
  /** Certificate revocation list(s) of `ca`. */
  readonly crl?: string;
}

/** Key, certificate, CA and CRL as the TLS options take them. */
export interface TlsMaterial {
  readonly key: unknown;
  readonly cert: unknown;
  readonly ca: unknown;
  readonly crl: unknown;
}

const FILE_KEYS = ['key', 'cert', 'ca', 'crl'] as const;

function checkFiles(files: unknown): asserts files is CertificateFiles {
  if (files === null || typeof files !== 'object' || Array.isArray(files)) {
    throw new TypeError('createSecureServer: "certificateFiles" must be an object like { key, cert }');
  }
  for (const name of Object.keys(files)) {
    if (!(FILE_KEYS as readonly string[]).includes(name)) {
      throw new TypeError(`createSecureServer: unknown "certificateFiles" key "${name}" (known: key, cert, ca, crl)`);
    }
  }
  const record = files as Record<string, unknown>;
  for (const name of FILE_KEYS) {
    const path = record[name];
    if (path === undefined && (name === 'ca' || name === 'crl')) continue;
    if (typeof path !== 'string' || path === '') throw new TypeError(`createSecureServer: "certificateFiles.${name}" must be a file path`);
  }
}

/** Read the PEM files; a missing or unreadable file is a TypeError naming it. */
export function readCertificateFiles(files: unknown): TlsMaterial {
  checkFiles(files);
  const read = (name: (typeof FILE_KEYS)[number]): string | undefined => {
    const path = files[name];
    if (path === undefined) return undefined;
    try {
      return readFileSync(path, 'utf8');
    } catch (err) {
      throw new TypeError(`createSecureServer: cannot read certificateFiles.${name} ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, {
        cause: err,
      });
    }
  };
  return { key: read('key'), cert: read('cert'), ca: read('ca'), crl: read('crl') };
}

interface WatchOptions {
  readonly signal: NodeJS.Signals | false;
  readonly watch: boolean;
  readonly reload: () => void;
  readonly onReload: ((error: Error | undefined) => void) | undefined;
}

// A renewal writes key and chain one after the other: reload once they are both there.
const SETTLE_MS = 200;

/** Reload on `signal` and on file changes until the server closes. */
export function watchCertificates(server: TlsServer, files: CertificateFiles, options: WatchOptions): void {
  const { signal, onReload } = options;
  if (signal !== false && (typeof signal !== 'string' || !signal.startsWith('SIG'))) {
    throw new TypeError('createSecureServer: "reloadSignal" must be a signal name like "SIGHUP", or false');
  }
  if (onReload !== undefined && typeof onReload !== 'function') throw new TypeError('createSecureServer: "onReload" must be a function');
  const reload = (): void => {
    let failure: Error | undefined;
    try {
      options.reload();
    } catch (err) {
      // Keep serving the old certificate; a half-written renewal is retried on the next change.
      failure = err instanceof Error ? err : new Error(String(err));
    }
    if (onReload) onReload(failure);
    else if (failure) process.emitWarning(`createSecureServer: certificate reload failed, keeping the old certificate: ${failure.message}`, { code: 'PARAPET_TLS_RELOAD_FAILED' });
  };
  let timer: NodeJS.Timeout | undefined;
  const soon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(reload, SETTLE_MS);
    timer.unref();
  };
  const watchers: FSWatcher[] = [];
  if (options.watch) {
    // Watch directories, not files: certbot replaces symlinks and editors
    // replace files by rename, which a watch on the old inode never sees.
    const byDirectory = new Map<string, Set<string>>();
    for (const name of FILE_KEYS) {
      const path = files[name];
      if (path === undefined) continue;
      const absolute = resolve(path);
      const names = byDirectory.get(dirname(absolute)) ?? new Set<string>();
      names.add(basename(absolute));
      byDirectory.set(dirname(absolute), names);
    }
    for (const [directory, names] of byDirectory) {
      const watcher = watch(directory, { persistent: false }, (_event, filename) => {
        if (filename === null || names.has(filename.toString())) soon();
      });
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    }
  }
  const onSignal = (): void => reload();
  if (signal !== false) process.on(signal, onSignal);
  server.once('close', () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
    if (signal !== false) process.off(signal, onSignal);
  });
}
