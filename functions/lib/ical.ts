/**
 * iCalendar (RFC 5545) feeds of the yearly campaigns: CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, text escaped, all-day events as VALUE=DATE
 * with an exclusive DTEND, RRULE:FREQ=YEARLY, a UID derived from the content.
 */

export interface YearlyEvent {
  id: string;
  title: string;
  start: { month: number; day: number };
  /** inclusive */
  end: { month: number; day: number };
  description: string;
  url: string;
  categories?: string[];
}

export interface Feed {
  name: string;
  description: string;
  /** the portal's origin, e.g. https://example.org, for UIDs and URLs */
  origin: string;
  /** fixed stamp (UTC) so the same content gives the same feed: YYYYMMDDTHHMMSSZ */
  dtstamp: string;
  /** the year of the first occurrence written as DTSTART */
  firstYear: number;
  events: YearlyEvent[];
}

const enc = new TextEncoder();

/**
 * Escape TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma, and every line break
 * (CRLF, a lone LF or a lone CR) as \\n, so no break can end the content line early.
 * @example escapeText('a,b;c\\n') // 'a\\,b\\;c\\\\n'
 */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Fold a content line at 75 octets (RFC 5545 3.1): continuation lines start with one
 * space, and no UTF-8 character is split across lines.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dateValue = (y: number, m: number, d: number) => `${y}${pad(m)}${pad(d)}`;

/** The day after (y, m, d): DTEND of an all-day event is exclusive. */
export function nextDay(y: number, m: number, d: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** A short stable hash (FNV-1a) of the event's defining content, for its UID. */
export function contentHash(s: string): string {
  let h = 0x811c9dc5;
  for (const b of enc.encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Same on every host that serves the feed, so a subscriber never sees duplicates. */
export const UID_DOMAIN = 'lich.tenanxahoi.vn.invalid';

export function eventUid(e: YearlyEvent): string {
  return `${e.id}-${contentHash(`${e.id}|${e.start.month}-${e.start.day}|${e.end.month}-${e.end.day}`)}@${UID_DOMAIN}`;
}

/** The whole feed as text/calendar. */
export function renderFeed(feed: Feed): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cong thong tin phong chong te nan xa hoi//Lich chien dich//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(feed.name)}`,
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `DESCRIPTION:${escapeText(feed.description)}`,
    `X-WR-CALDESC:${escapeText(feed.description)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
    // Việt Nam has had no daylight saving since 1975: one fixed offset.
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Ho_Chi_Minh',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:ICT',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const e of feed.events) {
    const y = feed.firstYear;
    const endYear = e.end.month < e.start.month ? y + 1 : y;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(e)}`,
      `DTSTAMP:${feed.dtstamp}`,
      `DTSTART;VALUE=DATE:${dateValue(y, e.start.month, e.start.day)}`,
      `DTEND;VALUE=DATE:${dateValue(...nextDay(endYear, e.end.month, e.end.day))}`,
      'RRULE:FREQ=YEARLY',
      `SUMMARY:${escapeText(e.title)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${new URL(e.url, feed.origin).href}`,
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The next occurrence of a yearly event on or after `today` (still running counts).
 * @example nextOccurrence({month:6,day:1},{month:6,day:30}, new Date('2026-11-25')) // 2027-06-01..2027-06-30
 */
export function nextOccurrence(start: YearlyEvent['start'], end: YearlyEvent['end'], today: Date): { start: Date; end: Date } {
  const y = today.getUTCFullYear();
  const t = Date.UTC(y, today.getUTCMonth(), today.getUTCDate());
  for (const year of [y - 1, y, y + 1]) {
    const endYear = end.month < start.month ? year + 1 : year;
    const s = Date.UTC(year, start.month - 1, start.day);
    const e = Date.UTC(endYear, end.month - 1, end.day);
    if (e >= t) return { start: new Date(s), end: new Date(e) };
  }
  throw new Error('unreachable');
}
