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
import todayJson from '../../build/today.json';
import type { PlanData } from '../../scripts/lib/plan-data.ts';
import { KIND_WORDS, capitalise } from '../../functions/lib/format.ts';
import { TOPIC_LABEL } from '../../functions/lib/topics.ts';
import type { Campaigns, Changes, Compare, Hotlines, Today, TreatmentFront } from '../../scripts/lib/schema.ts';

// Validated by the build before it wrote these files.
export const plans = plansJson as unknown as PlanData[];
export const changes = changesJson as unknown as Changes;
export const treatments = treatmentJson as unknown as (TreatmentFront & { bodyHtml: string })[];
export const hotlines = hotlinesJson as unknown as Hotlines;
export const campaigns = campaignsJson as unknown as Campaigns;
export const compare = compareJson as unknown as Compare;
/** content/today.yaml with each text also as inline HTML (`html`), rendered by the build. */
type WithHtml<T> = T & { html: string };
export const today = todayJson as unknown as {
  law: WithHtml<Today['law']>;
  legal: WithHtml<Today['legal']>;
  steps: WithHtml<Today['steps'][number]>[];
  topics: WithHtml<Today['topics'][number]>[];
  emergencies: WithHtml<Today['emergencies'][number]>[];
};
export { SITE_ORIGIN } from '../../functions/lib/site.ts';

/** Table labels of the figure kinds: "Chỉ tiêu", "Kết quả", "Số liệu hiện trạng". */
export const KIND_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KIND_WORDS).map(([k, v]) => [k, capitalise(v)]),
);
export { TOPIC_LABEL };
