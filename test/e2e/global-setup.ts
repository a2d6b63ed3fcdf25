/**
 * Starts `wrangler dev` (the built Worker, as in production) once for the e2e specs and
 * stops it afterwards. Everything the server prints, at debug level, goes to a file, so a
 * test can check that nothing people type is ever logged.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/server.ts';

let stop: (() => void) | undefined;

export async function setup(project: TestProject): Promise<void> {
  const logFile = join(mkdtempSync(join(tmpdir(), 'portal-e2e-')), 'wrangler.log');
  const server = await startServer({ logLevel: 'debug', logFile });
  stop = server.stop;
  project.provide('baseURL', server.base);
  project.provide('serverLog', logFile);
}

export async function teardown(): Promise<void> {
  stop?.();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    serverLog: string;
  }
}
