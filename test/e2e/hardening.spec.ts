/**
 * Issue 16 on the wire, against `wrangler dev` (the real asset routing, run_worker_first):
 * malformed paths leave no error in the server log, status lines carry the right reason
 * phrase, static files answer wrong methods with Allow and a body, a forged Host header
 * reaches no output, HSTS is on prerendered files too.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { axeViolations, sharedBrowser, withPage } from './browser.ts';

const base = inject('baseURL');
const logFile = inject('serverLog');
const browser = sharedBrowser();

interface Raw {
  status: number;
  reason: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with node:http, so the path goes out byte for byte and the status line is seen as sent. */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reason: res.statusMessage ?? '', headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('on the wire', () => {
  it('malformed percent-encoding: a clean 400 and no error line in the log', async () => {
    const before = readFileSync(logFile, 'utf8').length;
    for (const path of ['/%zz', '/%E0%A4%A', '/ke-hoach/%zz/', '/tim-kiem/%', '/api/%zz']) {
      const res = await raw('GET', path);
      expect(res.status).toBe(400);
      expect(res.reason).toBe('Bad Request');
      expect(res.body).toContain('Địa chỉ không hợp lệ');
    }
    await new Promise((r) => setTimeout(r, 500)); // let the server flush its output
    const log = readFileSync(logFile, 'utf8').slice(before);
    expect(log).not.toMatch(/\[ERROR\]|Invalid URL encoding|✘/);
  });

  it.each([
    ['GET', '/', 200, 'OK'],
    ['GET', '/404', 404, 'Not Found'],
    ['GET', '/404.html', 404, 'Not Found'],
    ['GET', '/khong-co/', 404, 'Not Found'],
    ['GET', `/tim-kiem/?q=${'a'.repeat(201)}`, 400, 'Bad Request'],
    ['GET', '/api/search', 400, 'Bad Request'],
    ['PUT', '/', 405, 'Method Not Allowed'],
    ['POST', '/site.css', 405, 'Method Not Allowed'],
  ])('%s %s -> %i %s, with HSTS', async (method, path, status, reason) => {
    const res = await raw(method, path);
    expect(res.status).toBe(status);
    expect(res.reason).toBe(reason);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    if (status === 405) {
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.body).toContain('Phương thức này không được hỗ trợ');
    }
  });

  it('a forged Host header reaches neither /lich/ nor /lich.ics', async () => {
    for (const path of ['/lich/', '/lich.ics']) {
      const res = await raw('GET', path, { host: 'evil.example' });
      expect(res.status).toBe(200);
      expect(res.body).not.toContain('evil.example');
    }
  });

  it('the page for a malformed path has the help bar and quick exit, and passes axe at 360 px', async () => {
    await withPage(browser(), true, async (w) => {
      const res = await w.page.goto(`${base}/%zz`);
      expect(res?.status()).toBe(400);
      expect(await w.page.locator('a.quick-exit').count()).toBe(1);
      expect(await w.page.locator('a[href="tel:111"]').count()).toBe(1);
      expect(await axeViolations(w.page)).toEqual([]);
    });
  });
});
