/**
 * The yearly campaigns as calendar events (build/calendar.json), written once at build so
 * the Worker only renders the feed: the description says what it is, its legal basis and
 * reference, and what the plans asked (links reduced to their words).
 */
import type { YearlyEvent } from '../../functions/lib/ical.ts';
import type { Campaigns } from './schema.ts';
import { plainText } from './search-docs.ts';

export function calendarEvents(c: Campaigns): YearlyEvent[] {
  return c.campaigns.map((k) => ({
    id: k.id,
    title: k.title,
    start: k.start,
    end: k.end,
    url: `/lich/#${k.id}`,
    description: [
      k.description,
      `Căn cứ: ${k.basis}. Nguồn: ${k.reference}`,
      ...(k.planAsks.length ? [`Các kế hoạch đề nghị: ${k.planAsks.map((a) => plainText(a.text)).join(' ')}`] : []),
    ].join('\n'),
    categories: ['Phòng, chống tệ nạn xã hội'],
  }));
}
