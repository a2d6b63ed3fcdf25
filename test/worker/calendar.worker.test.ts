/** Calendar feeds people subscribed to keep answering after events were merged (one per date). */
import { describe, expect, it } from 'vitest';
import { fetchWorker } from './worker.ts';

describe('former one-campaign feeds', () => {
  it.each([
    ['/lich/ngay-quoc-te-ma-tuy.ics', '/lich/ngay-toan-dan-ma-tuy.ics'],
    ['/lich/ngay-the-gioi-mua-ban-nguoi.ics', '/lich/ngay-toan-dan-mua-ban-nguoi.ics'],
  ])('%s still answers, with the event of the same date (%s)', async (former, current) => {
    const [a, b] = await Promise.all([fetchWorker(former), fetchWorker(current)]);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await a.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toBe(await b.text());
  });

  it('an unknown feed is still a 404', async () => {
    expect((await fetchWorker('/lich/khong-co.ics')).status).toBe(404);
  });
});
