/**
 * The build's data (scripts/build-data.ts wrote it after validating content/), typed for
 * the pages. Prerendered pages only: the Worker bundles the search index and bot data instead.
 */
import plansJson from '../../build/plans.json';
import changesJson from '../../build/changes.json';
import treatmentJson from '../../build/treatment.json';
import hotlinesJson from '../../build/hotlines.json';
import campaignsJson from '../../build/campaigns.json';
import compareJson from '../../build/compare.json';
import type { PlanData } from '../../scripts/lib/plan-data.ts';
import type { Campaigns, Changes, Compare, Hotlines, TreatmentFront } from '../../scripts/lib/schema.ts';

// Validated by the build before it wrote these files.
export const plans = plansJson as unknown as PlanData[];
export const changes = changesJson as unknown as Changes;
export const treatments = treatmentJson as unknown as (TreatmentFront & { bodyHtml: string })[];
export const hotlines = hotlinesJson as unknown as Hotlines;
export const campaigns = campaignsJson as unknown as Campaigns;
export const compare = compareJson as unknown as Compare;
export const SITE_ORIGIN = 'https://tenanxahoi.example';

export function planBySlug(slug: string): PlanData {
  const p = plans.find((x) => x.slug === slug);
  if (!p) throw new Error(`unknown plan ${slug}`);
  return p;
}

export const TOPIC_LABEL: Record<string, string> = {
  'ma-tuy': 'Ma túy, cai nghiện',
  'mai-dam': 'Mại dâm',
  'mua-ban-nguoi': 'Mua bán người',
  'tuyen-truyen': 'Tuyên truyền, tập huấn',
  chung: 'Chung',
};

export const KIND_LABEL: Record<string, string> = {
  target: 'Chỉ tiêu',
  result: 'Kết quả',
  baseline: 'Hiện trạng',
};
