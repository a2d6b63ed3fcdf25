/**
 * The outside review's findings (issue 16) and the rate limit of the search and bot pages
 * (issue 13), through the built Worker in workerd: each test names the finding it covers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exports } from 'cloudflare:workers';
import { fetchWorker, type ErrorBody } from './worker.ts';
import { SITE_ORIGIN } from '../../functions/lib/site.ts';

const HSTS = 'max-age=31536000; includeSubDomains';
const worker = (exports as unknown as { default: { fetch(req: Request): Promise<Response> } }).default;
let ipCounter = 0;
/** A fresh client address per test, so the shared rate limiter never mixes tests. */
const freshIp = () => `198.51.100.${++ipCounter}`;
const get = (path: string, init: RequestInit = {}) => fetchWorker(path, { ...init, headers: { 'cf-connecting-ip': freshIp(), ...(init.headers as Record<string, string>) } });
const postJson = (body: unknown, ip = freshIp()) =>
  fetchWorker('/api/faq', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** Characters no field may carry back: NUL, a bell, bidi overrides and isolates, a lone surrogate. */
const HOSTILE = ['\u0000', '\u0007', '\u001b', '\u202E', '\u202D', '\u2066', '\u200F', '\uD800', '\uDC00', '\u0085'];
const hasHostile = (s: string) => HOSTILE.some((h) => s.includes(h));

describe('HSTS and the reason phrase on every kind of response (issue 16: no HSTS; 400 OK)', () => {
  const slow = () =>
    new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"question":'));
      },
    });
  const kinds: [string, () => Promise<Response>, number][] = [
    ['a prerendered page', () => get('/'), 200],
    ['a prerendered page (plan)', () => get('/ke-hoach/lao-cai-2020/'), 200],
    ['an on-demand page', () => get('/tim-kiem/?q=methadone'), 200],
    ['a static file', () => get('/site.css'), 200],
    ['the API', () => get('/api/health'), 200],
    ['the .ics feed', () => get('/lich.ics'), 200],
    ['a 400 page', () => get('/tim-kiem/?q=' + 'a'.repeat(201)), 400],
    ['a 400 from the API', () => get('/api/search?q='), 400],
    ['a 404 page', () => get('/khong-co-trang-nay/'), 404],
    ['a 404 from the API', () => get('/api/khong-co'), 404],
    ['a 405 from a static file', () => get('/site.css', { method: 'POST' }), 405],
    ['a 405 from the API', () => get('/api/health', { method: 'DELETE' }), 405],
    ['a 413', () => postJson({ question: 'a'.repeat(17_000) }), 413],
    ['a 415', () => fetchWorker('/api/faq', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }), 415],
  ];
  it.each(kinds)('%s', async (_name, request, status) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(res.headers.get('strict-transport-security')).toBe(HSTS);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.statusText).toBe({ 200: 'OK', 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 413: 'Content Too Large', 415: 'Unsupported Media Type' }[status]);
    await res.arrayBuffer();
  });

  it('a 429 (the API and the pages)', async () => {
    for (const path of ['/api/health', '/tim-kiem/?q=ma%20t%C3%BAy']) {
      const ip = freshIp();
      let res: Response | undefined;
      for (let i = 0; i < 300; i++) {
        res = await fetchWorker(path, { headers: { 'cf-connecting-ip': ip } });
        if (res.status === 429) break;
        await res.arrayBuffer();
      }
      expect(res!.status).toBe(429);
      expect(res!.statusText).toBe('Too Many Requests');
      expect(res!.headers.get('strict-transport-security')).toBe(HSTS);
      await res!.arrayBuffer();
    }
  }, 120_000);

  it('a 408 for a body that never ends', async () => {
    const res = await fetchWorker('/api/faq', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': freshIp() }, body: slow(), duplex: 'half' } as RequestInit);
    expect(res.status).toBe(408);
    expect(res.statusText).toBe('Request Timeout');
    expect(res.headers.get('strict-transport-security')).toBe(HSTS);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('body_timeout');
    expect(body.error.message).toMatch(/quá chậm.*10 giây/);
  }, 30_000);
});

describe('a slow body is cut off (issue 16)', () => {
  it('a body sent one byte at a time, slower than the limit allows, gets 408, not an answer', async () => {
    let sent = 0;
    const text = new TextEncoder().encode(JSON.stringify({ question: 'cai nghiện ở đâu' }));
    const stream = new ReadableStream<Uint8Array>({
      async pull(c) {
        await new Promise((r) => setTimeout(r, 800));
        if (sent >= text.length) return c.close();
        c.enqueue(text.slice(sent, sent + 1));
        sent += 1;
      },
    });
    const res = await fetchWorker('/api/faq', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': freshIp() }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(408);
    expect(((await res.json()) as ErrorBody).error.code).toBe('body_timeout');
    expect(sent).toBeLessThan(text.length); // it stopped waiting before the body was complete
  }, 30_000);
});

describe('no Host reflection (issue 16)', () => {
  const forged = (path: string) => worker.fetch(new Request(`http://evil.example${path}`, { headers: { 'cf-connecting-ip': freshIp(), host: 'evil.example' } }));

  it('/lich/ builds its subscribe links from the configured origin', async () => {
    const res = await forged('/lich/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('evil.example');
    const host = new URL(SITE_ORIGIN).host;
    expect(html).toContain(`href="webcal://${host}/lich.ics"`);
    expect(html).toContain(`data-copy="${SITE_ORIGIN}/lich.ics"`);
    expect(html).toContain(encodeURIComponent(`webcal://${host}/lich.ics`));
  });

  it.each(['/lich.ics', '/lich/thang-hanh-dong-ma-tuy.ics'])('%s writes every URL: line from the configured origin', async (path) => {
    const res = await forged(path);
    if (res.status === 404) return void (await res.arrayBuffer()); // a campaign id that the content no longer has
    const ics = await res.text();
    expect(ics).not.toContain('evil.example');
    const urls = ics.split('\r\n').filter((l) => l.startsWith('URL:'));
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith(`URL:${SITE_ORIGIN}/`)).toBe(true);
  });
});

describe('context is cleaned like the question (issue 16)', () => {
  const dirty = (s: string) => `\u0000${s}\u202E\u0007\uD800`;

  it('POST /api/faq: control characters, bidi overrides, NUL and lone surrogates never come back; unknown keys are dropped', async () => {
    const res = await postJson({
      question: 'Lào Cai năm 2020 cai nghiện bao nhiêu người?',
      context: { plan: dirty('lao-cai-2020'), topic: 'ma-tuy\u200F', detail: 'signer\u0000', terms: [dirty('cai'), '\u202Enghiện', '\uDC00', '\u0000\u0007'], evil: '<b>x</b>', __proto__: { polluted: true } },
    });
    const raw = await res.text();
    expect(res.status).toBe(200);
    expect(hasHostile(raw)).toBe(false);
    expect(raw).not.toMatch(/\\u0000|\\u202e|\\ud800|\\udc00|\\u0007/i);
    const body = JSON.parse(raw) as { context: Record<string, unknown> };
    expect(body.context).not.toHaveProperty('evil');
    expect(body.context).not.toHaveProperty('polluted');
    expect(body.context.plan).toBe('lao-cai-2020');
  });

  it('rejects a context field that is not what it should be, with a Vietnamese message', async () => {
    for (const context of [{ plan: 'lao-cai-2020\u0000x' }, { intent: 'a b' }, { terms: 'cai nghiện' }, { terms: ['x'.repeat(41)] }, { terms: Array(31).fill('x') }, { detail: 'password' }, { topic: 42 }]) {
      const res = await postJson({ question: 'cai nghiện', context });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(['bad_context', 'unknown_plan', 'unknown_topic']).toContain(body.error.code);
      expect(body.error.message).toMatch(/[\u00C0-\u1EF9]/);
    }
  });

  it('/hoi-dap/ hidden fields and suggestion links carry no hostile character', async () => {
    const q = encodeURIComponent('Lào Cai năm 2020 cai nghiện bao nhiêu người?');
    // A lone surrogate cannot be percent-encoded as UTF-8: %ED%A0%80 is what a careless client sends.
    const terms = encodeURIComponent('\u0000cai\u202E\u0007 \u202Enghiện \u0085x') + '%ED%A0%80';
    const res = await get(`/hoi-dap/?q=${q}&terms=${terms}&topic=${encodeURIComponent('ma-tuy\u0000')}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(hasHostile(html)).toBe(false);
    expect(html).not.toMatch(/%00|%E2%80%AE|%07|%C2%85/i);
    expect(html).not.toMatch(/&#x?0*(0|7|202e|8238);/i);
  });
});

describe('lengths counted after normalisation (issue 16, the outside review\'s crafted inputs)', () => {
  // Words of ten characters: one 2,000-character token is the search issue's cost case
  // (typo tolerance on unbounded words), not a question anyone writes.
  const words = (ch: string, n: number) => (ch.repeat(9) + ' ').repeat(n / 10);

  it('the bot takes a question of 2,000 characters and refuses 2,001, saying the limit', async () => {
    expect([...words('ệ', 2000).trim()].length).toBe(1999);
    expect((await postJson({ question: words('ệ', 2000).trim() + 'x' })).status).toBe(200);
    const res = await postJson({ question: words('ệ', 2000) + 'xy' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('question_too_long');
    expect(body.error.message).toContain('2.000 ký tự');
  });

  it('a 2,000-character question written in decomposed form (NFD) counts as 2,000, and fits the body limit', async () => {
    const nfd = (words('ệ', 2000).trim() + 'x').normalize('NFD');
    expect([...nfd].length).toBeGreaterThan(5000);
    expect(new TextEncoder().encode(JSON.stringify({ question: nfd })).length).toBeGreaterThan(8 * 1024);
    expect((await postJson({ question: nfd })).status).toBe(200);
  });

  it('a 2,000-character Vietnamese question with every character \\u-escaped fits the body limit', async () => {
    const q = words('ệ', 2000).trim() + 'x';
    const escaped = `{"question":"${q.replace(/./g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"}`;
    expect(escaped.length).toBeGreaterThan(12_000);
    expect((await postJson(escaped)).status).toBe(200);
  });

  it.each([
    ['200 syllables that expand under NFD', '각'.repeat(200), 200],
    ['201 of them', '각'.repeat(201), 400],
    ['200 characters in NFD form', 'ệ'.normalize('NFD').repeat(200), 200],
    ['a run of 200 digits', '1'.repeat(200), 200],
    ['a long unknown word', 'xqzw'.repeat(50), 200],
    ['201 characters', 'a'.repeat(201), 400],
  ])('search: %s -> %i', async (_name, q, status) => {
    const res = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorBody;
    if (status === 400) {
      expect(body.error.code).toBe('query_too_long');
      expect(body.error.message).toContain('200 ký tự');
    }
  });

  it.each([
    ['syllables that expand under NFD', words('각', 2000)],
    ['digit runs', words('9', 2000)],
    ['long unknown words', Array(80).fill('xqzwkvbnmpl'.repeat(2)).join(' ')],
  ])('the bot: 2,000 characters of %s -> an answer, never a 5xx', async (_name, question) => {
    const res = await postJson({ question });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { answer: string }).answer.length).toBeGreaterThan(0);
  });

  it('control characters in every field of the search are cleaned, not echoed', async () => {
    const res = await get(`/api/search?q=${encodeURIComponent('\u0000cai\u202E nghiện\u0007\uFEFF')}&limit=5`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { query: string };
    expect(body.query).toBe('cai nghiện');
  });
});

describe('malformed paths are refused before Astro, without an error in the log (issue 16)', () => {
  afterEach(() => vi.restoreAllMocks());
  it.each(['/%zz', '/%E0%A4%A', '/ke-hoach/%zz/', '/tim-kiem/%', '/lich/%E0.ics', '/api/%zz'])('%s -> 400, nothing logged', async (path) => {
    const logged: unknown[] = [];
    for (const m of ['error', 'warn', 'log', 'info'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a));
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.statusText).toBe('Bad Request');
    const text = await res.text();
    expect(text).toContain('Địa chỉ không hợp lệ');
    expect(logged).toEqual([]);
  });
});

describe('status codes of the error pages (issue 16)', () => {
  it.each(['/404', '/404/', '/404.html'])('%s answers 404 with the Vietnamese page', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.statusText).toBe('Not Found');
    expect(await res.text()).toContain('Không tìm thấy trang');
  });

  it('an unknown page answers 404 Not Found', async () => {
    const res = await get('/khong-co/');
    expect(res.status).toBe(404);
    expect(res.statusText).toBe('Not Found');
  });

  it('a rejected search page answers 400 Bad Request, not 400 OK', async () => {
    const res = await get('/tim-kiem/?q=' + 'b'.repeat(201));
    expect(res.status).toBe(400);
    expect(res.statusText).toBe('Bad Request');
    expect(await res.text()).toContain('200 ký tự');
  });
});

describe('405 from static files (issue 16)', () => {
  it.each([
    ['PUT', '/'],
    ['POST', '/site.css'],
    ['DELETE', '/ke-hoach/'],
    ['PATCH', '/du-lieu/ke-hoach.json'],
  ])('%s %s -> 405 with Allow: GET, HEAD and a Vietnamese body', async (method, path) => {
    const res = await get(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Phương thức này không được hỗ trợ');
  });
});

describe('/_image is off (issue 16)', () => {
  it.each(['/_image?href=/favicon.svg', '/_image?href=https://example.com/a.png', '/_image?href=//example.com/a.png&w=10', '/_image'])('%s -> 404', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('HEAD and OPTIONS on every route (issue 16)', () => {
  const PAGES = ['/', '/ke-hoach/', '/ke-hoach/lao-cai-2020/', '/so-sanh/', '/cai-nghien/', '/duong-day-nong/', '/lich/', '/du-lieu/', '/gioi-thieu/', '/en/', '/du-lieu/ke-hoach.json', '/du-lieu/chi-tieu.csv', '/site.css', '/favicon.svg', '/js/search.js', '/lich.ics'];
  const ON_DEMAND = ['/tim-kiem/', '/tim-kiem/?q=methadone', '/hoi-dap/', '/hoi-dap/?q=methadone'];
  const API: [string, string][] = [
    ['/api/health', 'GET, HEAD'],
    ['/api/search?q=methadone', 'GET, HEAD'],
    ['/api/faq?q=methadone', 'GET, HEAD, POST'],
  ];

  it.each([...PAGES, ...ON_DEMAND, ...API.map(([p]) => p)])('HEAD %s: the status of GET, no body', async (path) => {
    const [head, getRes] = [await get(path, { method: 'HEAD' }), await get(path)];
    expect(head.status).toBe(200);
    expect(head.status).toBe(getRes.status);
    expect(head.headers.get('content-type')).toBe(getRes.headers.get('content-type'));
    expect(head.headers.get('strict-transport-security')).toBe(HSTS);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    await getRes.arrayBuffer();
  });

  it.each(PAGES)('OPTIONS %s -> 405, Allow: GET, HEAD', async (path) => {
    const res = await get(path, { method: 'OPTIONS' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    await res.arrayBuffer();
  });

  it.each(ON_DEMAND)('OPTIONS %s -> 405, Allow: GET, HEAD, POST', async (path) => {
    const res = await get(path, { method: 'OPTIONS' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    await res.arrayBuffer();
  });

  it.each(API)('OPTIONS %s -> the JSON 405 with Allow: %s', async (path, allow) => {
    const res = await get(path, { method: 'OPTIONS' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(((await res.json()) as ErrorBody).error.code).toBe('method_not_allowed');
  });
});

describe('the rate limit covers the search and bot pages (issue 13)', () => {
  async function untilLimited(request: (ip: string) => Promise<Response>, ip: string): Promise<Response> {
    for (let i = 0; i < 300; i++) {
      const res = await request(ip);
      if (res.status === 429) return res;
      await res.arrayBuffer();
    }
    throw new Error('never limited');
  }

  it.each([
    ['GET /tim-kiem/?q=', (ip: string) => fetchWorker('/tim-kiem/?q=cai%20nghi%E1%BB%87n', { headers: { 'cf-connecting-ip': ip } })],
    ['GET /hoi-dap/?q=', (ip: string) => fetchWorker('/hoi-dap/?q=methadone', { headers: { 'cf-connecting-ip': ip } })],
    ['POST /hoi-dap/', (ip: string) => fetchWorker('/hoi-dap/', { method: 'POST', headers: { 'cf-connecting-ip': ip, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://portal.test' }, body: 'q=methadone' })],
    ['POST /tim-kiem/', (ip: string) => fetchWorker('/tim-kiem/', { method: 'POST', headers: { 'cf-connecting-ip': ip, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://portal.test' }, body: 'q=methadone' })],
  ])('%s: 429 with Retry-After and a short Vietnamese page', async (_name, request) => {
    const res = await untilLimited(request, freshIp());
    expect(res.headers.get('retry-after')).toBe('60');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain('Bạn gửi quá nhiều yêu cầu');
    expect(html).toContain('href="tel:111"');
  }, 120_000);

  it('one counter for the API and the pages: a client limited on the API is limited on the pages', async () => {
    const ip = freshIp();
    await untilLimited((a) => fetchWorker('/api/search?q=methadone', { headers: { 'cf-connecting-ip': a } }), ip);
    const page = await fetchWorker('/tim-kiem/?q=methadone', { headers: { 'cf-connecting-ip': ip } });
    expect(page.status).toBe(429);
    await page.arrayBuffer();
    // The empty pages run neither search nor the bot: they stay open to that client.
    const empty = await fetchWorker('/tim-kiem/', { headers: { 'cf-connecting-ip': ip } });
    expect(empty.status).toBe(200);
    await empty.arrayBuffer();
  }, 120_000);
});
