/** /lich.ics (every campaign) and /lich/<campaign>.ics (one), as text/calendar. */
import { Hono } from 'hono';
import { renderFeed, type YearlyEvent } from '../lib/ical.ts';
import { campaignEvents } from '../data.ts';
import { CONTENT_REVIEWED } from '../version.ts';
import { SITE_ORIGIN } from '../lib/site.ts';

export const calendarRoute = new Hono();

const DTSTAMP = `${CONTENT_REVIEWED.replace(/-/g, '')}T000000Z`;

/** URLs in the feed come from the configured origin, never from the request's Host. */
function feedResponse(name: string, events: YearlyEvent[]): Response {
  const body = renderFeed({
    name,
    description: 'Các ngày, tháng hành động phòng, chống ma túy, mua bán người và HIV/AIDS, kèm căn cứ và những gì các kế hoạch đề nghị.',
    origin: SITE_ORIGIN,
    dtstamp: DTSTAMP,
    firstYear: 2025,
    events,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="lich.ics"',
      'cache-control': 'public, max-age=3600',
    },
  });
}

calendarRoute.get('/lich.ics', (c) => feedResponse('Lịch phòng, chống tệ nạn xã hội', campaignEvents()));

/**
 * Feeds that people may have subscribed to before the UN days were folded into the national
 * days of the same date (one event per date): they keep answering, with the merged event.
 */
const FORMER_IDS: Readonly<Record<string, string>> = {
  'ngay-quoc-te-ma-tuy': 'ngay-toan-dan-ma-tuy',
  'ngay-the-gioi-mua-ban-nguoi': 'ngay-toan-dan-mua-ban-nguoi',
};

calendarRoute.get('/lich/:file', (c, next) => {
  const m = c.req.param('file').match(/^([a-z0-9-]+)\.ics$/);
  const id = m ? (FORMER_IDS[m[1]!] ?? m[1]) : undefined;
  const e = id ? campaignEvents().find((x) => x.id === id) : undefined;
  if (!e) return next();
  return feedResponse(e.title, [e]);
});
