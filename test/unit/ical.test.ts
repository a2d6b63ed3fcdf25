/**
 * The campaign feeds, parsed by a real iCalendar library (ical.js): every event's dates
 * and yearly recurrence, and the next occurrence of each campaign; plus folding and
 * escaping rules of RFC 5545 on long Vietnamese text.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { campaignEvents } from '../../functions/data.ts';
import { escapeText, foldLine, nextOccurrence, renderFeed } from '../../functions/lib/ical.ts';

const events = campaignEvents();
const feedText = renderFeed({ name: 'Lịch', description: 'Mô tả', origin: 'https://example.org', dtstamp: '20261125T000000Z', firstYear: 2025, events });
const comp = new ICAL.Component(ICAL.parse(feedText));
const vevents = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

const EXPECTED: Record<string, [string, string]> = {
  'thang-hanh-dong-ma-tuy': ['2025-06-01', '2025-07-01'],
  'ngay-toan-dan-ma-tuy': ['2025-06-26', '2025-06-27'],
  'ngay-toan-dan-mua-ban-nguoi': ['2025-07-30', '2025-07-31'],
  'thang-hanh-dong-hiv': ['2025-11-10', '2025-12-11'],
  'ngay-the-gioi-aids': ['2025-12-01', '2025-12-02'],
};

describe('the campaign feed, parsed by ical.js', () => {
  it('uses CRLF line ends and lines of at most 75 octets', () => {
    expect(feedText.includes('\n') && !/[^\r]\n/.test(feedText)).toBe(true);
    for (const line of feedText.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('carries the calendar name, refresh interval, TTL and time zone', () => {
    expect(comp.getFirstPropertyValue('x-wr-calname')).toBe('Lịch');
    expect(String(comp.getFirstPropertyValue('refresh-interval'))).toBe('P1D');
    expect(comp.getFirstPropertyValue('x-published-ttl')).toBe('P1D');
    expect(comp.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
  });

  it('has the five campaign dates, one event each', () => {
    expect(events.map((e) => e.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(vevents).toHaveLength(5);
    const starts = vevents.map((v) => `${v.startDate.toString()}/${v.endDate.toString()}`);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it.each([
    ['2025-06-26', ['Ngày toàn dân phòng, chống ma túy', 'Ngày quốc tế phòng, chống ma túy và buôn bán trái phép chất ma túy']],
    ['2025-07-30', ['Ngày toàn dân phòng, chống mua bán người', 'Ngày thế giới phòng, chống mua bán người']],
  ])('gives %s one event with both the national and the UN name, and both legal bases', (date, names) => {
    const onDay = vevents.filter((v) => v.startDate.toString() === date);
    expect(onDay).toHaveLength(1);
    for (const n of names) expect(onDay[0]!.summary).toContain(n);
    // The UN day is described under its own name, after the national day.
    expect(onDay[0]!.description).toContain(`${names[1]}: `);
    expect(onDay[0]!.description.match(/Căn cứ: /g)).toHaveLength(2);
  });

  it('carries the campaign text without the old typo', () => {
    expect(feedText).not.toMatch(/\)\\?, Cùng mục đó/);
    expect(vevents.find((v) => v.uid.startsWith('thang-hanh-dong-ma-tuy-'))!.description).toContain('(tháng 6). Cùng mục đó');
  });

  it.each(Object.entries(EXPECTED))('%s: all-day dates with an exclusive end, yearly', (id, [start, end]) => {
    const e = vevents.find((v) => v.uid.startsWith(`${id}-`))!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe(start);
    expect(e.endDate.toString()).toBe(end);
    const rule = e.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('YEARLY');
    // The next occurrence after 25/11/2026, computed by the library from the rule.
    // The first occurrence whose (exclusive) end is after that day: running or upcoming.
    const today = ICAL.Time.fromDateString('2026-11-25');
    const iter = e.iterator();
    let next = iter.next();
    while (next) {
      const endOf = next.clone();
      endOf.addDuration(e.duration);
      if (endOf.compare(today) > 0) break;
      next = iter.next();
    }
    const ours = nextOccurrence(events.find((x) => x.id === id)!.start, events.find((x) => x.id === id)!.end, new Date('2026-11-25T00:00:00Z'));
    expect(ours.start.toISOString().slice(0, 10)).toBe(next!.toString());
  });

  it('gives every event a stable UID that does not depend on its position', () => {
    const reversed = renderFeed({ name: 'Lịch', description: 'x', origin: 'https://example.org', dtstamp: '20261125T000000Z', firstYear: 2025, events: [...events].reverse() });
    const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid')).sort();
    expect(uids(reversed)).toEqual(uids(feedText));
    expect(new Set(uids(feedText)).size).toBe(5);
  });

  it('keeps Vietnamese text intact through escaping and folding', () => {
    for (const v of vevents) {
      const src = events.find((e) => v.uid.startsWith(`${e.id}-`))!;
      expect(v.summary).toBe(src.title);
      expect(v.description).toBe(src.description);
    }
  });
});

describe('nextOccurrence', () => {
  it('finds the HIV/AIDS month still running on 25/11/2026', () => {
    const n = nextOccurrence({ month: 11, day: 10 }, { month: 12, day: 10 }, new Date('2026-11-25T00:00:00Z'));
    expect(n.start.toISOString().slice(0, 10)).toBe('2026-11-10');
    expect(n.end.toISOString().slice(0, 10)).toBe('2026-12-10');
  });

  it('moves a past June campaign to next year', () => {
    expect(nextOccurrence({ month: 6, day: 1 }, { month: 6, day: 30 }, new Date('2026-11-25T00:00:00Z')).start.toISOString().slice(0, 10)).toBe('2027-06-01');
  });
});

describe('RFC 5545 text rules', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds a long Vietnamese line at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Tháng hành động quốc gia phòng, chống HIV/AIDS và ngày toàn dân phòng, chống mua bán người '.repeat(3)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});
