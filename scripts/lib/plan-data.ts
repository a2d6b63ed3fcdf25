/**
 * Turns loaded content into the data the pages, the open data and the Worker use:
 * paragraphs with URLs, the summary as HTML, targets with deep links, consistency checks
 * computed from the source's own figures, corrections and lines joined.
 */
import { marked } from 'marked';
import { columnLabel, type Block } from '../../functions/lib/plan-text.ts';
import { checkRatio, checkSum, editorNote, explainCheck, STATUS_LABEL, summarizeChecks, type CheckResult, type CheckSummary } from '../../functions/lib/consistency.ts';
import { foldVietnamese } from '../../functions/lib/fold.ts';
import type { LoadedPlan } from './content.ts';
import type { Target } from './schema.ts';

export interface TargetOut extends Target {
  plan: string;
  url: string;
  section: string;
  /** true for cells of an annex table (Lào Cai Phụ biểu) */
  fromTable?: boolean;
  /** ids of this plan's targets for the same indicator in other paragraphs (derived: see relatedTargets) */
  related?: string[];
}

/** A check as every reader gets it: the one label, and one sentence of what was published and computed. */
export interface CheckOut extends CheckResult {
  /** "Khớp", "Lệch nhỏ", "Không khớp" (functions/lib/consistency.ts STATUS_LABEL) */
  statusLabel: string;
  /** what the source prints and what the arithmetic gives, said once */
  explanation: string;
  /** the editor's note, without sentences that repeat the explanation ('' if none) */
  editorNote: string;
}

export interface PlanData {
  slug: string;
  /** how pages, search and the bot name the plan: "Lào Cai 2020", "Sơn La 2021-2025" */
  label: string;
  url: string;
  code: string | null;
  title: string;
  docType: string;
  province: string;
  issuer: string;
  signer: string | null;
  signerTitle: string | null;
  issued: string | null;
  issuedYear: number;
  posted: string | null;
  period: { from: string; to: string };
  field: string | null;
  topics: string[];
  source: string;
  sourceKind: string;
  sourceNotes: string[];
  status: { draft: boolean; periodEnded: boolean };
  reviewed: string;
  /** where each detail was read in the source: line number and, if in the text, paragraph */
  evidence: Record<string, { line: number; paragraph: string | null; text: string }>;
  summaryMarkdown: string;
  summaryHtml: string;
  blocks: Block[];
  targets: TargetOut[];
  checks: CheckOut[];
  /** one count per class, the same on /du-lieu/, the plan page, the JSON and the bot */
  checkSummary: CheckSummary;
  corrections: { paragraph: string; original: string; corrected: string; section: string }[];
  joined: { paragraph: string; lines: number[] }[];
}

export function planUrl(slug: string, paragraph?: string): string {
  return `/ke-hoach/${slug}/${paragraph ? `#${paragraph}` : ''}`;
}

/** Targets built from an annex table: one per district row and column. */
function tableTargets(plan: LoadedPlan, block: Block): TargetOut[] {
  const out: TargetOut[] = [];
  const year = plan.front.issuedYear ?? Number((plan.front.issued ?? '').slice(0, 4));
  for (const row of block.table?.rows ?? []) {
    block.table?.columns.forEach((col, i) => {
      const cell = row.cells[i];
      if (cell === null || cell === undefined) return;
      const rowName = row.stt ? `${row.stt} ${row.name}` : row.name;
      out.push({
        id: `phu-bieu-${row.stt ?? 'tong'}-${col.key}`.replace(/_/g, '-'),
        indicator: columnLabel(col) + ` (${row.name})`,
        value: cell,
        unit: col.key === 'mt_tyle' ? '%' : col.key.startsWith('mt') ? 'bệnh nhân' : 'người',
        comparator: '=',
        year,
        kind: 'target',
        topic: 'ma-tuy',
        paragraph: block.id,
        quote: `Phụ biểu, dòng "${rowName}", cột "${columnLabel(col, ' / ')}": ${cell}`,
        plan: plan.slug,
        url: planUrl(plan.slug, block.id),
        section: 'Phụ biểu',
        fromTable: true,
      });
    });
  }
  return out;
}

function tableChecks(plan: LoadedPlan, block: Block): CheckResult[] {
  const spec = plan.front.text.table;
  const table = block.table;
  if (!spec || !table) return [];
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const results: CheckResult[] = [];
  const fig = (v: string | null | undefined) => ({ value: v ?? '', paragraph: block.id });
  for (const rule of spec.checks) {
    for (const row of table.rows) {
      const total = row.cells[col(rule.total)];
      const parts = rule.parts.map((k) => row.cells[col(k)]);
      if (total == null || parts.some((p) => p == null)) continue;
      const r = checkSum(`bang-${row.stt ?? 'tong'}-${rule.total}`, `${rule.label} (dòng ${row.name})`, fig(total), parts.map(fig));
      results.push(r);
    }
  }
  // Column totals: the "Tổng cộng" row against the sum of the district rows.
  const totalRow = table.rows.find((r) => !r.stt);
  const districts = table.rows.filter((r) => r.stt);
  if (totalRow) {
    table.columns.forEach((c, i) => {
      const total = totalRow.cells[i];
      const parts = districts.map((r) => r.cells[i]);
      if (total == null || parts.some((p) => p == null)) return;
      results.push(checkSum(`bang-cot-${c.key}`, `Dòng Tổng cộng, cột "${columnLabel(c, ' / ')}" = tổng các huyện`, fig(total), parts.map(fig)));
    });
  }
  return results;
}

/**
 * The words that name what is measured, so that one indicator written two ways in a plan
 * ("được điều trị nghiện", "được điều trị cai nghiện") gets one key.
 * @example indicatorKey({ indicator: 'Tỷ lệ … được điều trị cai nghiện bằng các hình thức', unit: '%' })
 *   // '% tỷ lệ … được điều trị nghiện bằng các hình thức' (folded)
 */
export function indicatorKey(t: { indicator: string; unit: string }): string {
  const words = foldVietnamese(t.indicator)
    .replace(/[^a-z0-9%]+/g, ' ')
    .replace(/\bcai nghien\b/g, 'nghien')
    .trim();
  return `${t.unit} ${words}`;
}

/**
 * Links the targets a plan sets for the same indicator in different paragraphs (Lào Cai
 * sets the treated share of registered addicts at ≥70% in p-14, 72% in p-25, 72,62% in p-31):
 * each gets `related`, the ids of the others. Annex cells are left out (they are per district).
 */
export function relatedTargets<T extends TargetOut>(targets: T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const t of targets) {
    if (t.fromTable) continue;
    const k = indicatorKey(t);
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return targets.map((t) => {
    const others = t.fromTable ? [] : (groups.get(indicatorKey(t)) ?? []).filter((o) => o.paragraph !== t.paragraph);
    return others.length ? { ...t, related: others.map((o) => o.id) } : t;
  });
}

/** "Tỷ lệ … năm 2019 (304/280)" -> "Tỷ lệ … năm 2019": the ratio is said in the explanation. */
const withoutRatio = (label: string) => label.replace(/\s*\([\d.,]+\/[\d.,]+\)/, '');

const describeCheck = (c: CheckResult): CheckOut => ({
  ...c,
  label: c.kind === 'ratio' ? withoutRatio(c.label) : c.label,
  statusLabel: STATUS_LABEL[c.status],
  explanation: explainCheck(c),
  editorNote: editorNote(c),
});

export function buildPlanData(plan: LoadedPlan): PlanData {
  const f = plan.front;
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const sourceLines = plan.sourceText.split(/\r?\n/);
  const evidence: PlanData['evidence'] = {};
  for (const [field, line] of Object.entries(f.evidence)) {
    const block = plan.blocks.find((b) => b.lines.includes(line));
    evidence[field] = { line, paragraph: block?.id ?? null, text: (sourceLines[line - 1] ?? '').replace(/\s*\|\s*/g, ' ').trim() };
  }
  let targets: TargetOut[] = plan.targets.targets.map((t) => ({
    ...t,
    plan: plan.slug,
    url: planUrl(plan.slug, t.paragraph),
    section: byId.get(t.paragraph)?.section ?? '',
  }));
  const byTarget = new Map(targets.map((t) => [t.id, t]));
  const need = (id: string | undefined, checkId: string) => {
    const t = id ? byTarget.get(id) : undefined;
    if (!t) throw new Error(`content/plans/${plan.slug}.targets.yaml: checks.${checkId}: target "${id}" does not exist: use a target id from this file`);
    return t;
  };
  const checks: CheckResult[] = plan.targets.checks.map((c) =>
    c.kind === 'sum'
      ? checkSum(c.id, c.label, need(c.total, c.id), (c.parts ?? []).map((p) => need(p, c.id)), c.note)
      : checkRatio(c.id, c.label, need(c.percent, c.id), need(c.numerator, c.id), need(c.denominator, c.id), c.note),
  );
  const table = plan.blocks.find((b) => b.kind === 'table');
  if (table) {
    targets.push(...tableTargets(plan, table));
    checks.push(...tableChecks(plan, table));
  }
  targets = relatedTargets(targets);
  const described = checks.map(describeCheck);
  const from = f.period.from.slice(0, 4);
  const to = f.period.to.slice(0, 4);
  const issuedYear = f.issuedYear ?? Number((f.issued ?? '').slice(0, 4));
  return {
    slug: plan.slug,
    label: `${f.province} ${from === to ? issuedYear : `${from}-${to}`}`,
    url: planUrl(plan.slug),
    code: f.code,
    title: f.title,
    docType: f.docType,
    province: f.province,
    issuer: f.issuer,
    signer: f.signer,
    signerTitle: f.signerTitle ?? null,
    issued: f.issued,
    issuedYear,
    posted: f.posted ?? null,
    period: f.period,
    field: f.field,
    topics: f.topics,
    source: f.source,
    sourceKind: f.sourceKind,
    sourceNotes: f.sourceNotes,
    status: f.status,
    reviewed: f.reviewed,
    evidence,
    summaryMarkdown: plan.summary,
    summaryHtml: marked.parse(plan.summary, { async: false }),
    blocks: plan.blocks,
    targets,
    checks: described,
    checkSummary: summarizeChecks(described),
    corrections: f.corrections.map((c) => ({ ...c, section: byId.get(c.paragraph)?.section ?? '' })),
    joined: plan.blocks.filter((b) => b.kind !== 'table' && b.lines.length > 1).map((b) => ({ paragraph: b.id, lines: b.lines })),
  };
}
