/** The search and bot APIs through the real Worker in workerd: contract, errors, limits. */
import { describe, expect, it } from 'vitest';
import { fetchWorker, type ErrorBody } from './worker.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe(JSON_TYPE);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
}

describe('GET /api/search', () => {
  it('answers the contract: query, total, results with plan and deep link', async () => {
    const res = await fetchWorker('/api/search?q=nh%C3%A0%20nh%C3%A2n%20%C3%A1i&limit=3&plan=lao-cai-2020');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    const body = (await res.json()) as { query: string; total: number; results: Record<string, unknown>[] };
    expect(body.query).toBe('nhà nhân ái');
    expect(body.total).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(3);
    const r = body.results[0]!;
    expect(Object.keys(r).sort()).toEqual(['highlights', 'id', 'plan', 'score', 'snippet', 'title', 'topic', 'url']);
    expect(r.url).toMatch(/^\/ke-hoach\/lao-cai-2020\/#p-\d+$/);
    expect(r.plan).toEqual({ slug: 'lao-cai-2020', code: '06/KH-UBND', province: 'Lào Cai', year: 2020 });
  });

  it.each([
    ['/api/search', 400, 'missing_query'],
    ['/api/search?q=%20%20', 400, 'missing_query'],
    [`/api/search?q=${'a'.repeat(201)}`, 400, 'query_too_long'],
    ['/api/search?q=x&limit=0', 400, 'bad_limit'],
    ['/api/search?q=x&limit=51', 400, 'bad_limit'],
    ['/api/search?q=x&limit=abc', 400, 'bad_limit'],
    ['/api/search?q=x&plan=ha-noi-2024', 400, 'unknown_plan'],
    ['/api/search?q=x&topic=bong-da', 400, 'unknown_topic'],
  ])('%s -> %i %s', async (path, status, code) => {
    await expectError(await fetchWorker(path), status, code);
  });

  it('pages with offset: every result once, the total the same on every page', async () => {
    const get = async (offset: number) => (await (await fetchWorker(`/api/search?q=ma%20tuy&limit=50&offset=${offset}`)).json()) as { total: number; results: { url: string }[] };
    const first = await get(0);
    expect(first.total).toBeGreaterThan(100);
    const urls: string[] = [];
    for (let offset = 0; offset < first.total; offset += 50) {
      const page = await get(offset);
      expect(page.total).toBe(first.total);
      urls.push(...page.results.map((r) => r.url));
    }
    expect(urls.length).toBe(first.total);
    expect(new Set(urls).size).toBe(first.total);
    expect((await get(first.total)).results).toEqual([]);
  });

  it.each([['-1'], ['abc'], ['5001'], ['1.5']])('offset=%s -> 400 bad_offset', async (offset) => {
    await expectError(await fetchWorker(`/api/search?q=x&offset=${offset}`), 400, 'bad_offset');
  });

  it('/tim-kiem/ answers a posted form: results and an honest count, the title without the query', async () => {
    const post = (body: string) => fetchWorker('/tim-kiem/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const html = await (await post('q=ma+tuy&page=2')).text();
    expect(html).toMatch(/<title>Tìm kiếm[^<]*<\/title>/);
    expect(html.match(/<title>[^<]*<\/title>/)![0]).not.toContain('ma tuy');
    const m = html.match(/Tìm thấy ([\d.]+) kết quả cho “ma tuy”, đang xem 21–40\./);
    expect(m).not.toBeNull();
    expect(html).toContain('<ol class="results" data-results start="21">');
    expect(html).toMatch(/<button type="submit" name="page" value="3" data-next>/);
    // A page past the end shows the last page, with its honest range.
    const total = Number(m![1]!.replace(/\./g, ''));
    const lastFirst = Math.floor((total - 1) / 20) * 20 + 1;
    expect(await (await post('q=ma+tuy&page=99')).text()).toContain(`đang xem ${lastFirst}–${total}.`);
    expect((await post(`q=${'x'.repeat(5000)}`)).status).toBe(413);
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await fetchWorker('/api/search?q=x', { method: 'POST' });
    await expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toContain('GET');
  });
});

describe('/api/faq', () => {
  const post = (body: string, type = 'application/json') =>
    fetchWorker('/api/faq', { method: 'POST', headers: { 'content-type': type }, body });

  it('answers a question with the contract shape and sources', async () => {
    const res = await post(JSON.stringify({ question: 'Ai ký kế hoạch Quảng Ninh?' }));
    expect(res.status).toBe(200);
    const a = (await res.json()) as Record<string, unknown> & { sources: { url: string; quote: string }[] };
    expect(Object.keys(a).sort()).toEqual(['answer', 'context', 'hotlines', 'intent', 'matched', 'route', 'sources', 'suggestions']);
    expect(a.matched).toBe(true);
    expect(a.route).toBe('answer');
    expect(a.answer).toContain('Nguyễn Thị Hạnh');
    expect(a.sources[0]!.url).toMatch(/^\/ke-hoach\/quang-ninh-2022\//);
  });

  it('carries context so a follow-up names only the province', async () => {
    const first = (await (await post(JSON.stringify({ question: 'Ai ký kế hoạch Quảng Ninh?' }))).json()) as { context: object };
    const res = await post(JSON.stringify({ question: 'còn Sơn La thì sao?', context: first.context }));
    const a = (await res.json()) as { answer: string; context: { plan: string } };
    expect(a.context.plan).toBe('son-la-2021-2025');
    expect(a.answer).toContain('Nguyễn Tuấn Anh');
  });

  it('answers GET /api/faq?q= the same as POST', async () => {
    const g = await (await fetchWorker('/api/faq?q=Ai%20k%C3%BD%20k%E1%BA%BF%20ho%E1%BA%A1ch%20Qu%E1%BA%A3ng%20Ninh%3F')).json();
    const p = await (await post(JSON.stringify({ question: 'Ai ký kế hoạch Quảng Ninh?' }))).json();
    expect(g).toEqual(p);
  });

  it('routes a penalty question to legal help, and a family question to today\'s steps', async () => {
    const legal = (await (await post(JSON.stringify({ question: 'Người môi giới mại dâm bị phạt thế nào?' }))).json()) as { route: string; answer: string; hotlines: { number: string }[] };
    expect(legal.route).toBe('legal');
    expect(legal.answer).toContain('không phải dịch vụ pháp lý');
    expect(legal.hotlines.map((h) => h.number)).toEqual(expect.arrayContaining(['113', '111']));
    const family = (await (await post(JSON.stringify({ question: 'Phát hiện chồng dùng ma túy thì vợ nên làm gì?' }))).json()) as { route: string; intent: string; answer: string };
    expect(family.route).toBe('answer');
    expect(family.intent).toBe('gia-dinh-lam-gi');
    expect(family.answer).toContain('báo cho Công an xã');
  });

  it('puts the hotlines first for someone in danger', async () => {
    const a = (await (await post(JSON.stringify({ question: 'em gái tôi bị lừa bán sang Trung Quốc' }))).json()) as { hotlines: { number: string }[] };
    expect(a.hotlines[0]!.number).toBe('111');
  });

  it('says plainly when it has no grounded answer, with search sources and suggestions', async () => {
    const a = (await (await post(JSON.stringify({ question: 'giá vàng hôm nay bao nhiêu' }))).json()) as { matched: boolean; suggestions: string[]; hotlines: unknown[] };
    expect(a.matched).toBe(false);
    expect(a.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(a.hotlines.length).toBeGreaterThan(0);
  });

  it.each([
    ['{}', 'application/json', 400, 'missing_question'],
    ['{"question":""}', 'application/json', 400, 'missing_question'],
    ['{"question":42}', 'application/json', 400, 'bad_body'],
    ['[1,2]', 'application/json', 400, 'bad_body'],
    ['{not json', 'application/json', 400, 'bad_body'],
    [JSON.stringify({ question: 'a'.repeat(2001) }), 'application/json', 400, 'question_too_long'],
    [JSON.stringify({ question: 'x', context: { plan: 'ha-noi' } }), 'application/json', 400, 'unknown_plan'],
    [JSON.stringify({ question: 'x', context: 'abc' }), 'application/json', 400, 'bad_context'],
    ['question=x', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    [JSON.stringify({ question: 'a'.repeat(17_000) }), 'application/json', 413, 'body_too_large'],
  ])('%s (%s) -> %i %s', async (body, type, status, code) => {
    await expectError(await post(body, type), status, code);
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await fetchWorker('/api/faq', { method: 'PUT' });
    await expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toContain('POST');
  });
});
