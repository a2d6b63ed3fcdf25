import { describe, expect, it } from 'vitest';
import { fetchWorker } from './worker.ts';

describe('the API through the real Worker', () => {
  it('answers /api/health with ok and the version', async () => {
    const res = await fetchWorker('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toMatchObject({ ok: true, version: expect.any(String) });
  });

  it('gives unknown /api paths the JSON 404 of the contract', async () => {
    const res = await fetchWorker('/api/khong-co');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/Không tìm thấy/);
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const res = await fetchWorker('/api/health', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
  });

  it('puts the security headers on API responses', async () => {
    const res = await fetchWorker('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('permissions-policy')).toBeTruthy();
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('pages through the real Worker', () => {
  it('serves a Vietnamese 404 page with status 404', async () => {
    const res = await fetchWorker('/trang-khong-ton-tai/');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain('Không tìm thấy trang');
  });

  it('renders the search page on demand with the site layout and security headers', async () => {
    const res = await fetchWorker('/tim-kiem/?q=cai%20nghi%E1%BB%87n');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('Thoát nhanh');
    expect(html).toContain('href="/duong-day-nong/"');
  });
});
