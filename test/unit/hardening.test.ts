/** Pure parts of the hardening (issue 16): iCalendar escaping, body limits, context cleaning, headers. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, renderFeed } from '../../functions/lib/ical.ts';
import { BODY_TIMEOUT_MS, MAX_BODY, readForm, readLimited } from '../../functions/body.ts';
import { cleanText, parseFaqInput, QUESTION_MAX } from '../../functions/lib/params.ts';
import { headersFile, securityHeaders } from '../../functions/lib/headers.ts';
import { ERRORS } from '../../functions/lib/errors.ts';

describe('escapeText (RFC 5545 TEXT)', () => {
  it.each([
    ['a\rb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\nb', 'a\\nb'],
    ['a\r\r\nb\n\rc', 'a\\n\\nb\\n\\nc'],
    ['x,y;z\\', 'x\\,y\\;z\\\\'],
  ])('%j -> %j', (input, out) => {
    expect(escapeText(input)).toBe(out);
  });

  it('no text, however broken, ends a content line early', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\r', '\n', ',', ';', '\\', 'ệ') }), (s) => {
        expect(escapeText(s)).not.toMatch(/[\r\n]/);
      }),
    );
  });

  it('a lone CR in an event never splits a line of the feed', () => {
    const ics = renderFeed({
      name: 'Lịch\rthử',
      description: 'a\rb',
      origin: 'https://tenanxahoi.example',
      dtstamp: '20261204T000000Z',
      firstYear: 2025,
      events: [{ id: 'x', title: 'T\rU', start: { month: 6, day: 1 }, end: { month: 6, day: 30 }, description: 'một\rhai', url: '/lich/#x' }],
    });
    // Every line ends with CRLF and no CR stands alone.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('SUMMARY:T\\nU');
  });
});

/** A stream that sends `bytes` one at a time, `gapMs` apart. */
function trickle(bytes: Uint8Array, gapMs: number): { stream: ReadableStream<Uint8Array>; sent: () => number } {
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(c) {
      await new Promise((r) => setTimeout(r, gapMs));
      if (i >= bytes.length) return c.close();
      c.enqueue(bytes.slice(i, i + 1));
      i += 1;
    },
  });
  return { stream, sent: () => i };
}
const req = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request('http://x/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('readLimited: a bounded wait for a bounded body', () => {
  it('gives up on a slow body with body_timeout, before the body is complete', async () => {
    const text = new TextEncoder().encode('{"question":"cai nghiện ở đâu"}');
    const t = trickle(text, 20);
    const r = await readLimited(req(t.stream), { timeoutMs: 100 });
    expect(r).toEqual({ ok: false, error: 'body_timeout' });
    expect(t.sent()).toBeLessThan(text.length);
  });

  it('gives up on a body that never ends', async () => {
    const stream = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array([0x7b])) });
    expect(await readLimited(req(stream), { timeoutMs: 50 })).toEqual({ ok: false, error: 'body_timeout' });
  });

  it('reads a body that arrives in time, in pieces', async () => {
    const text = '{"question":"methadone"}';
    const t = trickle(new TextEncoder().encode(text), 0);
    expect(await readLimited(req(t.stream), { timeoutMs: 5_000 })).toEqual({ ok: true, text });
  });

  it('refuses more than the limit, declared or sent', async () => {
    expect(await readLimited(req('x'.repeat(10), { 'content-length': String(MAX_BODY + 1) }))).toEqual({ ok: false, error: 'body_too_large' });
    expect(await readLimited(req('x'.repeat(MAX_BODY + 1)))).toEqual({ ok: false, error: 'body_too_large' });
    expect(await readLimited(req('x'.repeat(MAX_BODY)))).toMatchObject({ ok: true });
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await readLimited(req(new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual({ ok: false, error: 'bad_body' });
  });

  it('the limits the messages state are the limits applied', () => {
    expect(MAX_BODY).toBe(16 * 1024);
    expect(ERRORS.body_too_large.message).toContain('16 KiB');
    expect(ERRORS.body_timeout).toMatchObject({ status: 408 });
    expect(ERRORS.body_timeout.message).toContain(`${BODY_TIMEOUT_MS / 1000} giây`);
    expect(ERRORS.question_too_long.message).toContain('2.000 ký tự');
    expect(QUESTION_MAX).toBe(2000);
  });

  it('a 2,000-character question fits the body limit in the worst encoding a client uses', () => {
    const q = 'ệ'.repeat(QUESTION_MAX);
    const escaped = `{"question":"${q.replace(/./g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}","context":{"plan":"son-la-2021-2025"}}`;
    expect(new TextEncoder().encode(escaped).length).toBeLessThanOrEqual(MAX_BODY);
    expect(new TextEncoder().encode(JSON.stringify({ question: q.normalize('NFD') })).length).toBeLessThanOrEqual(MAX_BODY);
  });
});

describe('readForm: the no-JavaScript forms of /tim-kiem/ and /hoi-dap/', () => {
  it('reads a urlencoded form', async () => {
    const r = await readForm(req('q=cai+nghi%E1%BB%87n&plan=lao-cai-2020', { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }));
    expect(r.ok && r.params.get('q')).toBe('cai nghiện');
  });
  it('refuses other content types, and slow or large bodies, like the API', async () => {
    expect(await readForm(req('q=x', { 'content-type': 'text/plain' }))).toEqual({ ok: false, error: 'unsupported_media_type' });
    const t = trickle(new TextEncoder().encode('q=abcdef'), 30);
    expect(await readForm(new Request('http://x/', { method: 'POST', body: t.stream, headers: { 'content-type': 'application/x-www-form-urlencoded' }, duplex: 'half' } as RequestInit), { timeoutMs: 60 })).toEqual({ ok: false, error: 'body_timeout' });
    expect(await readForm(req('q=' + 'x'.repeat(MAX_BODY), { 'content-type': 'application/x-www-form-urlencoded' }))).toEqual({ ok: false, error: 'body_too_large' });
  });
});

describe('parseFaqInput cleans every field of context like the question', () => {
  const BAD = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const noise = fc.constantFrom('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u200B', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\uD800 ', ' \uDFFF', ' ');
  // (A high and a low surrogate side by side are one real character, not noise: kept apart by a space.)
  const dirty = (s: string) => fc.array(noise, { maxLength: 3 }).chain((pre) => fc.array(noise, { maxLength: 3 }).map((post) => pre.join('') + s + post.join('')));

  it('hostile characters around valid values: cleaned and accepted, never kept', () => {
    fc.assert(
      fc.property(dirty('cai nghiện'), dirty('lao-cai-2020'), dirty('ma-tuy'), dirty('signer'), dirty('chi-tieu-cai-nghien'), fc.array(fc.oneof(dirty('nghiện'), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 30 }), (question, plan, topic, detail, intent, terms) => {
        const r = parseFaqInput({ question, context: { plan, topic, detail, intent, terms, extra: '\u202Ex' } });
        if (!r.ok) {
          // Only a term that is still too long after cleaning may be refused.
          expect(r.error).toBe('bad_context');
          return;
        }
        const all = JSON.stringify(r.value);
        expect(BAD.test(r.value.question)).toBe(false);
        for (const v of [r.value.context.plan, r.value.context.topic, r.value.context.detail, r.value.context.intent, ...(r.value.context.terms ?? [])]) expect(BAD.test(v ?? '')).toBe(false);
        expect(r.value.context).toEqual(expect.not.objectContaining({ extra: expect.anything() }));
        expect(Object.keys(r.value.context).every((k) => ['plan', 'topic', 'detail', 'intent', 'terms'].includes(k))).toBe(true);
        expect(all).not.toContain('extra');
        expect(r.value.context.plan).toBe('lao-cai-2020');
        expect(r.value.context.topic).toBe('ma-tuy');
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('types and lengths: a wrong type or an over-long field is a 400, not passed on', () => {
    for (const context of [{ plan: 5 }, { topic: ['ma-tuy'] }, { intent: 'x'.repeat(81) }, { intent: 'Có dấu' }, { detail: {} }, { terms: 'a b' }, { terms: [1] }, { terms: ['x'.repeat(41)] }, { terms: Array(31).fill('a') }]) {
      const r = parseFaqInput({ question: 'x', context });
      expect(r.ok).toBe(false);
    }
  });

  it('terms stay single words after cleaning', () => {
    expect(parseFaqInput({ question: 'x', context: { terms: ['cai\u0000nghiện', '\u202E', ' methadone '] } })).toEqual({ ok: true, value: { question: 'x', context: { terms: ['cai', 'nghiện', 'methadone'] } } });
  });

  it('the question limit counts characters after NFC, not code units', () => {
    const nfd = 'ệ'.normalize('NFD').repeat(QUESTION_MAX);
    expect(parseFaqInput({ question: nfd })).toMatchObject({ ok: true });
    expect(parseFaqInput({ question: '😀'.repeat(QUESTION_MAX) })).toMatchObject({ ok: true });
    expect(parseFaqInput({ question: 'a'.repeat(QUESTION_MAX + 1) })).toEqual({ ok: false, error: 'question_too_long' });
    expect(cleanText('\u0000a\u202Eb\uD800')).toBe('a b');
  });
});

describe('security headers', () => {
  it('HSTS for a year with subdomains, in the Worker headers and in _headers for prerendered files', () => {
    expect(securityHeaders("'sha256-x'")['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(headersFile("'sha256-x'")).toContain('  Strict-Transport-Security: max-age=31536000; includeSubDomains\n');
  });
});
