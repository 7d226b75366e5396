import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Debian's interpreter, where python3-jwcrypto is installed (.ci/run installs it on a fresh machine).
const PYTHON = '/usr/bin/python3';
const root = fileURLToPath(new URL('..', import.meta.url));
const vectorsPath = join(root, 'test-vectors.json');

function runPython(path: string): { status: number | null; report: { total: number; passed: number; failed: { name: string }[] } } {
  const result = spawnSync(PYTHON, [join(root, 'conformance/python/run_vectors.py'), path], { encoding: 'utf8', timeout: 60_000 });
  if (result.stdout === '') throw new Error(`python failed: ${result.stderr}`);
  return { status: result.status, report: JSON.parse(result.stdout) as { total: number; passed: number; failed: { name: string }[] } };
}

describe('second implementation (Python, jwcrypto, written from PROTOCOL.md)', () => {
  it('passes every request and response vector', () => {
    const vectors = JSON.parse(readFileSync(vectorsPath, 'utf8')) as { requests: unknown[]; responses: unknown[]; keysets: unknown[] };
    const { status, report } = runPython(vectorsPath);
    expect(report.failed).toEqual([]);
    expect(report.total).toBe(vectors.requests.length + vectors.responses.length + vectors.keysets.length);
    expect(status).toBe(0);
  });

  it('the runner reports a vector whose expectation is wrong (it can fail)', () => {
    const vectors = JSON.parse(readFileSync(vectorsPath, 'utf8')) as { requests: { name: string; expect: Record<string, unknown> }[] };
    vectors.requests[1]!.expect = { verdict: 'reject', status: 401, code: 'ERR_MUTUAL_SIGNATURE_INVALID' };
    const dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    try {
      writeFileSync(join(dir, 'v.json'), JSON.stringify(vectors));
      const { status, report } = runPython(join(dir, 'v.json'));
      expect(report.failed.map((f) => f.name)).toEqual([vectors.requests[1]!.name]);
      expect(status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
