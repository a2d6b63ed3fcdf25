/**
 * Starts `wrangler dev` on a spare 127.0.0.1 port in its own process group and waits for
 * /api/health; used by the e2e set-up (which keeps the whole log), the bench and the load
 * test.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerOptions {
  /** wrangler's log level; default "error" */
  logLevel?: 'debug' | 'info' | 'log' | 'warn' | 'error';
  /** write everything the server prints to this file */
  logFile?: string;
}

export async function startServer(options: ServerOptions = {}): Promise<{ base: string; stop: () => void }> {
  const port = await sparePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', options.logLevel ?? 'error'], {
    detached: true,
    stdio: options.logFile ? ['ignore', 'pipe', 'pipe'] : 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
  if (options.logFile) {
    const log = createWriteStream(options.logFile);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop };
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`wrangler dev did not start within 60 s${options.logFile ? ` (log: ${options.logFile})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
