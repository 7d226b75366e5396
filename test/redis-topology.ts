/**
 * Real Redis topologies for the integration suite, started from the Debian
 * `redis-server` binary on spare loopback ports in a temporary directory:
 * a 3-master + 3-replica Redis Cluster, and 1 master + 1 replica watched by
 * 3 Sentinels (`redis-server <conf> --sentinel`). `stop()` kills every process
 * and removes the directory; call it from afterAll.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port free now whose cluster bus port (+10000) is free too. */
async function spareClusterPort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 25000);
    if (taken.has(port) || taken.has(port + 10000)) continue;
    if ((await portFree(port)) && (await portFree(port + 10000))) {
      taken.add(port).add(port + 10000);
      return port;
    }
  }
}

/** Runs one command on a node with a throw-away connection. */
export async function redisCommand(port: number, ...args: string[]): Promise<unknown> {
  const client = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  client.on('error', () => undefined); // a node being started or killed
  try {
    await client.connect();
    return await client.call(args[0]!, ...args.slice(1));
  } finally {
    client.disconnect();
  }
}

/** `INFO <section>` as a map. */
export async function info(port: number, section: string): Promise<Map<string, string>> {
  const text = String(await redisCommand(port, 'INFO', section));
  const map = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0) map.set(line.slice(0, at), line.slice(at + 1));
  }
  return map;
}

async function until(what: string, deadlineMs: number, check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`redis topology: timed out waiting for ${what}`);
    await sleep(100);
  }
}

class Processes {
  readonly dir = mkdtempSync(join(tmpdir(), 'parapet-redis-topology-'));
  readonly byPort = new Map<number, ChildProcess>();
  // If the test process dies before afterAll (a crash, a killed worker), the servers die with it.
  readonly #onExit = () => {
    for (const proc of this.byPort.values()) proc.kill('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  };

  constructor() {
    process.once('exit', this.#onExit);
  }

  start(port: number, args: string[]): void {
    const proc = spawn('redis-server', args, { stdio: 'ignore', cwd: this.dir });
    this.byPort.set(port, proc);
  }

  async kill(port: number): Promise<void> {
    const proc = this.byPort.get(port);
    if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    process.off('exit', this.#onExit);
    await Promise.all([...this.byPort.keys()].map((port) => this.kill(port)));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const BASE = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];

export interface RedisClusterTopology {
  /** Every node's port (masters first after creation, as `--cluster create` assigns them). */
  readonly ports: readonly number[];
  /** Ports of the nodes that currently serve slots as masters (and are alive). */
  masters(): Promise<number[]>;
  /** The port of the master currently serving `slot`. */
  masterOf(slot: number): Promise<number>;
  /** SIGKILL one node. */
  kill(port: number): Promise<void>;
  /** Resolves once every slot is served again and the cluster reports ok on the survivors. */
  waitHealthy(deadlineMs?: number): Promise<void>;
  stop(): Promise<void>;
}

interface ClusterNodeLine {
  port: number;
  master: boolean;
  failed: boolean;
  slots: [number, number][];
}

async function clusterNodes(port: number): Promise<ClusterNodeLine[]> {
  const text = String(await redisCommand(port, 'CLUSTER', 'NODES'));
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [, address, flags, , , , , , ...slots] = line.split(' ');
      return {
        port: Number(address!.split('@')[0]!.split(':')[1]),
        master: flags!.split(',').includes('master'),
        failed: /fail/.test(flags!),
        slots: slots.filter((s) => /^\d/.test(s)).map((s) => {
          const [from, to] = s.split('-').map(Number);
          return [from!, to ?? from!] as [number, number];
        }),
      };
    });
}

/** 3 masters + 3 replicas, `cluster-node-timeout` 1 s so a killed master is replaced within seconds. */
export async function startRedisCluster(): Promise<RedisClusterTopology> {
  const procs = new Processes();
  try {
    const taken = new Set<number>();
    const ports: number[] = [];
    for (let i = 0; i < 6; i++) ports.push(await spareClusterPort(taken));
    for (const port of ports) {
      procs.start(port, [
        '--port', String(port), ...BASE, '--dir', procs.dir,
        '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '1000',
      ]);
    }
    for (const port of ports) await until(`node ${port}`, 10_000, async () => (await redisCommand(port, 'PING')) === 'PONG');
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes'], { timeout: 30_000 });
    const alive = () => ports.filter((p) => procs.byPort.get(p)?.exitCode === null && procs.byPort.get(p)?.signalCode === null);
    const masters = async () => {
      for (const port of alive()) {
        const nodes = await clusterNodes(port).catch(() => undefined);
        if (nodes !== undefined) return nodes.filter((n) => n.master && !n.failed && n.slots.length > 0).map((n) => n.port);
      }
      throw new Error('redis topology: no cluster node answers');
    };
    const waitHealthy = async (deadlineMs = 20_000) => {
      await until('cluster_state:ok on every live node', deadlineMs, async () => {
        for (const port of alive()) if ((await info(port, 'cluster').catch(() => undefined)) === undefined) return false;
        for (const port of alive()) {
          const text = String(await redisCommand(port, 'CLUSTER', 'INFO'));
          if (!text.includes('cluster_state:ok') || !text.includes('cluster_slots_ok:16384')) return false;
        }
        // Every live master serves slots and every replica has synced (a failover needs a synced replica).
        for (const port of alive()) {
          const replication = await info(port, 'replication');
          if (replication.get('role') === 'slave' && replication.get('master_link_status') !== 'up') return false;
        }
        return (await masters()).every((m) => alive().includes(m));
      });
    };
    await waitHealthy(30_000);
    return {
      ports,
      masters,
      masterOf: async (slot) => {
        for (const port of alive()) {
          const nodes = await clusterNodes(port).catch(() => undefined);
          const owner = nodes?.find((n) => n.master && !n.failed && n.slots.some(([a, b]) => slot >= a && slot <= b));
          if (owner !== undefined) return owner.port;
        }
        throw new Error(`redis topology: no master serves slot ${slot}`);
      },
      kill: (port) => procs.kill(port),
      waitHealthy,
      stop: () => procs.stop(),
    };
  } catch (error) {
    await procs.stop();
    throw error;
  }
}

export interface RedisSentinelTopology {
  readonly name: string;
  readonly masterPort: number;
  readonly replicaPort: number;
  readonly sentinelPorts: readonly number[];
  /** The master the sentinels currently announce. */
  currentMaster(): Promise<number>;
  kill(port: number): Promise<void>;
  stop(): Promise<void>;
}

/** 1 master + 1 replica + 3 sentinels (quorum 2, `down-after-milliseconds` 1000). */
export async function startRedisSentinel(name = 'parapet'): Promise<RedisSentinelTopology> {
  const procs = new Processes();
  try {
    const taken = new Set<number>();
    const masterPort = await spareClusterPort(taken);
    const replicaPort = await spareClusterPort(taken);
    const sentinelPorts = [await spareClusterPort(taken), await spareClusterPort(taken), await spareClusterPort(taken)];
    procs.start(masterPort, ['--port', String(masterPort), ...BASE, '--dir', procs.dir]);
    procs.start(replicaPort, ['--port', String(replicaPort), ...BASE, '--dir', procs.dir, '--replicaof', '127.0.0.1', String(masterPort)]);
    await until('master and replica', 10_000, async () => (await info(replicaPort, 'replication')).get('master_link_status') === 'up');
    for (const port of sentinelPorts) {
      // Sentinel rewrites its config file, so each gets its own.
      const conf = join(procs.dir, `sentinel-${port}.conf`);
      writeFileSync(conf, [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${procs.dir}`,
        `sentinel monitor ${name} 127.0.0.1 ${masterPort} 2`,
        `sentinel down-after-milliseconds ${name} 1000`,
        `sentinel failover-timeout ${name} 5000`,
        `sentinel parallel-syncs ${name} 1`,
        '',
      ].join('\n'));
      procs.start(port, [conf, '--sentinel']);
    }
    const currentMaster = async () => {
      for (const port of sentinelPorts) {
        const reply = (await redisCommand(port, 'SENTINEL', 'get-master-addr-by-name', name).catch(() => undefined)) as string[] | undefined;
        if (reply?.[1] !== undefined) return Number(reply[1]);
      }
      throw new Error('redis topology: no sentinel answers');
    };
    // Failover needs every sentinel to know the replica and its peers.
    await until('sentinels discover the replica and each other', 20_000, async () => {
      for (const port of sentinelPorts) {
        const master = (await redisCommand(port, 'SENTINEL', 'master', name)) as string[];
        const field = (key: string) => master[master.indexOf(key) + 1];
        if (field('num-slaves') !== '1' || field('num-other-sentinels') !== '2') return false;
      }
      return true;
    });
    return { name, masterPort, replicaPort, sentinelPorts, currentMaster, kill: (port) => procs.kill(port), stop: () => procs.stop() };
  } catch (error) {
    await procs.stop();
    throw error;
  }
}

export interface RedisSingleTopology {
  readonly port: number;
  stop(): Promise<void>;
}

/** One standalone redis-server, for side-by-side measurements with the topologies above. */
export async function startRedisSingle(): Promise<RedisSingleTopology> {
  const procs = new Processes();
  try {
    const port = await spareClusterPort(new Set());
    procs.start(port, ['--port', String(port), ...BASE, '--dir', procs.dir]);
    await until(`node ${port}`, 10_000, async () => (await redisCommand(port, 'PING')) === 'PONG');
    return { port, stop: () => procs.stop() };
  } catch (error) {
    await procs.stop();
    throw error;
  }
}

/** Starts a topology before the file's tests and always stops it after them (even when a test or the start failed). */
export function useTopology<T extends { stop(): Promise<void> }>(start: () => Promise<T>): () => T {
  let topology: T | undefined;
  beforeAll(async () => {
    topology = await start();
  }, 90_000);
  afterAll(async () => {
    await topology?.stop();
  });
  return () => {
    if (topology === undefined) throw new Error('redis topology: not started');
    return topology;
  };
}
