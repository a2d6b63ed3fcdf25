/**
 * The campaigns as the calendar pages read them (build/campaigns.json, validated by the
 * build), with the date words both /lich/ and the printed handouts use.
 */
import campaignsJson from '../../build/campaigns.json';
import type { Campaigns } from '../../scripts/lib/schema.ts';

type Source = Campaigns['campaigns'][number];
export interface Campaign extends Source {
  planAsks: (Source['planAsks'][number] & { html: string })[];
  takePartHtml: string[];
}
export interface ArchiveItem {
  plan: string;
  paragraph: string;
  title: string;
  start: string;
  end: string;
}
// Built and validated by scripts/build-data.ts.
export const calendar = campaignsJson as unknown as { campaigns: Campaign[]; archive: ArchiveItem[] };

type MonthDay = { month: number; day: number };
const dm = (d: MonthDay) => `${d.day}/${d.month}`;
/** The yearly dates in words: "26/6", or "1/6 đến 30/6". */
export function yearlyDates(c: { start: MonthDay; end: MonthDay }): string {
  return c.start.month === c.end.month && c.start.day === c.end.day ? dm(c.start) : `${dm(c.start)} đến ${dm(c.end)}`;
}
