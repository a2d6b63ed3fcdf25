/**
 * Hostile input, generated: every endpoint and every on-demand page, every method, every
 * content type, 10,000 inputs each. Each answer is a correct 200 or the contract's error
 * with the right status; never a 5xx, a stack trace, or user text echoed as HTML.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fetchWorker } from './worker.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
const PROBE = '<b data-probe="1">';
const ALLOWED_ERRORS = new Set([400, 404, 405, 413, 415, 429]);

/** Strings people and attackers send: unicode, controls, surrogates, RTL marks, HTML, lunr syntax. */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.constantFrom('cai nghiện', 'ma~túy:*', '+mại -dâm^2', 'nhà nhân ái', 'methadone', '   ', '', '\u202Eabc\u202C', '\uD800', '\uDC00x', '\u0000\u0007', '%', '%E0%A4%A', '%%%', '\\', '"', '<script>alert(1)</script>', 'a'.repeat(201), 'á'.repeat(501)) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 20 }), fc.constant(PROBE), fc.string({ maxLength: 20 })).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 2000 }) },
);
const methods = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');
const contentTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/JSON');
const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));

/** A query string: well-formed, or with raw (possibly broken) percent-encoding. */
const query = fc.tuple(hostile, fc.boolean(), fc.option(fc.oneof(fc.integer({ min: -5, max: 100 }).map(String), hostile), { nil: undefined }), fc.option(hostile, { nil: undefined })).map(([q, raw, limit, plan]) => {
  // Percent-encode the UTF-8 bytes (lone surrogates become U+FFFD, as a browser sends them).
  // "raw" leaves % alone, so broken sequences like %E0%A4%A or a bare % reach the Worker.
  const enc = (s: string) =>
    [...new TextEncoder().encode(s)]
      .map((b) => {
        const c = String.fromCharCode(b);
        if (raw && c === '%') return c;
        return /[A-Za-z0-9\-_.~]/.test(c) && b < 128 ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
      })
      .join('');
  let qs = `q=${enc(q)}`;
  if (limit !== undefined) qs += `&limit=${enc(limit)}`;
  if (plan !== undefined) qs += `&plan=${enc(plan)}`;
  return qs;
});

const jsonBody = fc.oneof(
  fc.record({ question: hostile }).map((v) => JSON.stringify(v)),
  fc.record({ question: hostile, context: fc.anything({ maxDepth: 2, maxKeys: 4 }) }).map((v) => JSON.stringify(v)),
  fc.anything({ maxDepth: 2, maxKeys: 4 }).map((v) => {
    try {
      return JSON.stringify(v) ?? 'null';
    } catch {
      return '{}';
    }
  }),
  hostile,
  fc.string({ minLength: 3000, maxLength: 6000 }).map((s) => JSON.stringify({ question: s })),
  fc.string({ minLength: 1900, maxLength: 2100 }).map((s) => JSON.stringify({ question: s })),
);

async function check(res: Response, isApi: boolean) {
  expect(res.status).toBeLessThan(500);
  const text = await res.text();
  // What a reader sees (the page's inline stylesheet has a `table.stack` class, not a trace).
  const shown = text.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  expect(shown).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)|Error: |stack/);
  expect(text).not.toContain('data-probe="1"');
  if (isApi) {
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    if (res.status !== 200) {
      expect(ALLOWED_ERRORS.has(res.status)).toBe(true);
      if (res.status === 405) expect(res.headers.get('allow')).toBeTruthy();
      if (res.status === 429) expect(res.headers.get('retry-after')).toBeTruthy();
      if (res.headers.get('content-length') !== '0' && text) {
        const body = JSON.parse(text) as { error: { code: string; message: string } };
        expect(typeof body.error.code).toBe('string');
        expect(body.error.message).toMatch(/[\u00C0-\u1EF9]/); // Vietnamese, with its diacritics
      }
    }
  } else {
    expect([200, 400, 404, 405, 429]).toContain(res.status);
  }
}

describe('hostile input never breaks the Worker', () => {
  it.each(['/api/search', '/api/faq'])(`GET %s with ${RUNS} generated queries`, async (path) => {
    await fc.assert(
      fc.asyncProperty(query, ip, async (qs, addr) => {
        await check(await fetchWorker(`${path}?${qs}`, { headers: { 'cf-connecting-ip': addr } }), true);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it(`every method and content type on the API, ${RUNS} requests`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/faq', '/api/search', '/api/health', '/api/nope'), methods, contentTypes, jsonBody, query, ip, async (path, method, type, body, qs, addr) => {
        const init: RequestInit = { method, headers: { 'cf-connecting-ip': addr, ...(type ? { 'content-type': type } : {}) } };
        if (!['GET', 'HEAD'].includes(method)) init.body = body;
        await check(await fetchWorker(`${path}?${qs}`, init), true);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it.each(['/tim-kiem/', '/hoi-dap/'])(`on-demand page %s with ${RUNS} generated queries`, async (path) => {
    await fc.assert(
      fc.asyncProperty(query, methods, ip, async (qs, method, addr) => {
        const res = await fetchWorker(`${path}?${qs}`, { method, headers: { 'cf-connecting-ip': addr } });
        if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
          expect(res.status).toBe(405);
          expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
        }
        // A POST without the browser's Origin header is refused by Astro's origin check (403).
        if (method === 'POST') {
          expect([200, 400, 403, 429]).toContain(res.status);
          expect(await res.text()).not.toContain('data-probe="1"');
        } else await check(res, false);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it(`random paths under /lich/, /api/ and the site, ${RUNS} requests`, async () => {
    const segment = fc.oneof(hostile, fc.constantFrom('lich.ics', 'thang-hanh-dong-ma-tuy.ics', '..', '.', '%2e%2e', '%', 'x.ics', 'api', 'health'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/lich/', '/api/', '/', '/ke-hoach/'), segment, methods, ip, async (prefix, seg, method, addr) => {
        const raw = [...new TextEncoder().encode(seg)].map((b) => (/[A-Za-z0-9\-_.~%]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
        const res = await fetchWorker(`${prefix}${raw}`, { method, headers: { 'cf-connecting-ip': addr } });
        expect(res.status).toBeLessThan(500);
        const text = await res.text();
        expect(text).not.toContain('data-probe="1"');
        expect(text).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('refuses a body over 16 KiB with 413 without reading it all', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new Uint8Array(1024).fill(0x61));
      },
    });
    const res = await fetchWorker('/api/faq', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(40); // 16 KiB in 1 KiB chunks, far from all 1,000
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client exceeds the limit', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 200; i++) {
      last = await fetchWorker('/api/health', { headers: { 'cf-connecting-ip': '203.0.113.7' } });
      statuses.push(last.status);
      if (last.status === 429) break;
    }
    expect(statuses).toContain(429);
    expect(last!.headers.get('retry-after')).toBe('60');
    expect(((await last!.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });
});
