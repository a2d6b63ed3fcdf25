/**
 * Nothing people type is logged: searches and questions with unique markers go through
 * the API and the pages, and the server's whole output (at debug level) must not contain
 * any of them. Also: no cookie is ever set.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';

const base = inject('baseURL');
const logFile = inject('serverLog');

describe('privacy', () => {
  it('never logs what people type, even when the input is rejected', async () => {
    const marker = `riengtu${Date.now().toString(36)}`;
    const typed = [`${marker}a cai nghiện`, `${marker}b con tôi bị sốc thuốc`, `${marker}c ${'x'.repeat(300)}`, `${marker}d <script>`];
    const responses: Response[] = [];
    for (const t of typed) {
      const q = encodeURIComponent(t);
      responses.push(await fetch(`${base}/api/search?q=${q}`));
      responses.push(await fetch(`${base}/api/faq?q=${q}`));
      responses.push(await fetch(`${base}/api/faq`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: t }) }));
      responses.push(await fetch(`${base}/api/faq`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: t }));
      responses.push(await fetch(`${base}/tim-kiem/?q=${q}`));
      responses.push(await fetch(`${base}/hoi-dap/?q=${q}`));
    }
    for (const r of responses) {
      expect(r.headers.get('set-cookie')).toBeNull();
      await r.arrayBuffer();
    }
    await new Promise((r) => setTimeout(r, 500)); // let the server flush its output
    const log = readFileSync(logFile, 'utf8');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(marker);
  });
});
