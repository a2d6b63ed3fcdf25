/**
 * Starts `wrangler dev` on a spare 127.0.0.1 port in its own process group and waits for
 * /api/health; used by the bench and the load test (the e2e setup has its own, which also
 * captures the log).
 */
import { spawn } from 'node:child_process';
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

export async function startServer(): Promise<{ base: string; stop: () => void }> {
  const port = await sparePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
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
      throw new Error('wrangler dev did not start within 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
