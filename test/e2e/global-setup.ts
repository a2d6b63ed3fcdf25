/**
 * Starts `wrangler dev` (the built Worker, as in production) in its own process group on a
 * spare port, waits for /api/health, and kills the whole group afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

let child: ChildProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  const port = await sparePort();
  const base = `http://127.0.0.1:${port}`;
  // Everything the server prints goes to a file, so a test can check that nothing people
  // type is ever logged.
  const logFile = join(mkdtempSync(join(tmpdir(), 'portal-e2e-')), 'wrangler.log');
  const log = createWriteStream(logFile);
  child = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'debug'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
    log.write(d);
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
    log.write(d);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`wrangler dev did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseURL', base);
  project.provide('serverLog', logFile);
}

export async function teardown(): Promise<void> {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    serverLog: string;
  }
}
