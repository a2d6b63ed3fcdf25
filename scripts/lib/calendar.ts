/**
 * The yearly campaigns as calendar events (build/calendar.json), written once at build so
 * the Worker only renders the feed. One event per date: a day that is both a national and
 * a UN day (26/6, 30/7) is one event that carries both names, so a subscribed phone shows
 * it once. The description says what each day is, its legal basis and reference, and what
 * the plans asked (links reduced to their words).
 */
import type { YearlyEvent } from '../../functions/lib/ical.ts';
import type { Campaigns } from './schema.ts';
import { plainText } from './search-docs.ts';

type Campaign = Campaigns['campaigns'][number];

/** "Ngày toàn dân phòng, chống ma túy" + its UN day -> "Ngày toàn dân … (cùng ngày: Ngày quốc tế …)". */
export function eventTitle(k: Pick<Campaign, 'title' | 'also'>): string {
  return k.also.length ? `${k.title} (cùng ngày: ${k.also.map((x) => x.title).join('; ')})` : k.title;
}

export function calendarEvents(c: Campaigns): YearlyEvent[] {
  return c.campaigns.map((k) => ({
    id: k.id,
    title: eventTitle(k),
    start: k.start,
    end: k.end,
    url: `/lich/#${k.id}`,
    description: [
      k.description,
      `Căn cứ: ${k.basis}. Nguồn: ${k.reference}`,
      ...k.also.flatMap((x) => [`${x.title}: ${x.description}`, `Căn cứ: ${x.basis}. Nguồn: ${x.reference}`]),
      ...(k.planAsks.length ? [`Các kế hoạch đề nghị: ${k.planAsks.map((a) => plainText(a.text)).join(' ')}`] : []),
    ].join('\n'),
    categories: ['Phòng, chống tệ nạn xã hội'],
  }));
}
