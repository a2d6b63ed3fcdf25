/**
 * The rules of truth over the real content: sources are the seeds byte for byte, every
 * quote, value and summary figure is in its source, details match the source, and a
 * deliberately wrong figure is caught.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, ROOT, loadPlans, type LoadedPlan } from '../../scripts/lib/content.ts';
import { checkPlan } from '../../scripts/lib/truth.ts';
import { buildPlanData } from '../../scripts/lib/plan-data.ts';
import { changesSchema } from '../../scripts/lib/schema.ts';
import { parse as parseYaml } from 'yaml';

const plans = loadPlans();
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const clone = (p: LoadedPlan): LoadedPlan => structuredClone(p);

describe('content/sources', () => {
  it.runIf(existsSync(SEEDS)).each(plans.map((p) => [p.slug, p.front.source]))('%s: %s is the seed byte for byte', (_slug, file) => {
    expect(readFileSync(join(CONTENT, 'sources', file)).equals(readFileSync(join(SEEDS, file)))).toBe(true);
  });
});

describe.each(plans.map((p) => [p.slug, p] as const))('plan %s', (_slug, plan) => {
  it('passes every truth check', () => {
    expect(checkPlan(plan)).toEqual([]);
  });

  it('has a summary with the four headings', () => {
    for (const h of ['Kế hoạch này nhằm làm gì', 'Ai được nhắc đến', 'Những chỉ tiêu chính', 'Ai làm gì']) {
      expect(plan.summary).toContain(`### ${h}`);
    }
  });

  it('gives every paragraph a unique id in source order', () => {
    const ids = plan.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id, i) => expect(id).toBe(`p-${i + 1}`));
  });
});

describe('a wrong figure is caught', () => {
  const withTargets = plans.find((p) => p.targets.targets.length > 0)!;

  it('when a target value is not in its quote', () => {
    const p = clone(withTargets);
    const t = p.targets.targets[0]!;
    t.value = '987654';
    expect(checkPlan(p).map((x) => x.field)).toContain(`targets[0] (${t.id}).value`);
  });

  it('when a quote is not in its paragraph', () => {
    const p = clone(withTargets);
    p.targets.targets[0]!.quote = 'Câu này không có trong văn bản 12 người';
    expect(checkPlan(p).some((x) => x.field.endsWith('.quote'))).toBe(true);
  });

  it('when a summary figure is not in the paragraph it links to', () => {
    const p = clone(withTargets);
    const link = p.summary.match(/\[([^\]]*\d[^\]]*)\]\(#(p-\d+)\)/)!;
    p.summary = p.summary.replace(link[0], `[9.999 người](#${link[2]})`);
    expect(checkPlan(p).some((x) => x.message.includes('9.999'))).toBe(true);
  });

  it('when a summary figure is not linked at all', () => {
    const p = clone(withTargets);
    p.summary += '\n\nThêm 4.321 người.';
    expect(checkPlan(p).some((x) => x.message.includes('4.321'))).toBe(true);
  });

  it('when the signer or the date differ from the source', () => {
    const p = clone(plans.find((x) => x.slug === 'quang-ninh-2022')!);
    p.front.signer = 'Nguyễn Văn A';
    p.front.issued = '2022-01-11';
    const fields = checkPlan(p).map((x) => x.field);
    expect(fields).toContain('signer');
    expect(fields).toContain('issued');
  });
});

describe('the plans the journalists will check', () => {
  const data = plans.map(buildPlanData);
  const bySlug = Object.fromEntries(data.map((d) => [d.slug, d]));

  it('records Ninh Thuận as an undated draft with no number', () => {
    expect(bySlug['ninh-thuan-2023']!.code).toBeNull();
    expect(bySlug['ninh-thuan-2023']!.issued).toBeNull();
    expect(bySlug['ninh-thuan-2023']!.status.draft).toBe(true);
  });

  it('keeps the Hưng Yên "Tin mới nhất" list and the Lào Cai related-documents list out of the plan text', () => {
    const hy = bySlug['hung-yen-2021']!.blocks.map((b) => b.text).join('\n');
    expect(hy).not.toContain('Tin mới nhất');
    expect(hy).not.toContain('người đang online');
    const lc = bySlug['lao-cai-2020']!.blocks.map((b) => b.text).join('\n');
    expect(lc).not.toContain('Cập nhật:');
  });

  it('parses the Lào Cai annex as a table of nine districts and a total row', () => {
    const table = bySlug['lao-cai-2020']!.blocks.find((b) => b.kind === 'table')!.table!;
    expect(table.rows).toHaveLength(10);
    expect(table.rows[9]!.name).toBe('Tổng cộng');
    expect(table.rows[9]!.cells[0]).toBe('1.600');
    expect(table.columns).toHaveLength(13);
  });

  it('flags, without correcting, the annex rows whose parts do not add up', () => {
    const lc = bySlug['lao-cai-2020']!;
    const bad = lc.checks.filter((c) => c.status === 'mismatch' && c.id.startsWith('bang-')).map((c) => c.expression);
    expect(bad).toEqual(expect.arrayContaining(['145 = 100 + 50', '25 = 0 + 30', '80 = 0 + 70']));
    const table = lc.blocks.find((b) => b.kind === 'table')!.table!;
    expect(table.rows.find((r) => r.name === 'Văn Bàn')!.cells[6]).toBe('145');
  });

  it('publishes corrected typing errors and lists each with its original', () => {
    const qn = bySlug['quang-ninh-2022']!;
    const p = qn.blocks.find((b) => b.original.includes('Đảm bo'))!;
    expect(p.text).toContain('Đảm bảo');
    expect(qn.corrections.some((c) => c.original === 'Đảm bo' && c.corrected === 'Đảm bảo')).toBe(true);
  });
});

describe('the other plans named on the archived notices', () => {
  const facts = readFileSync(join(CONTENT, 'facts.md'), 'utf8');
  const section = facts.slice(facts.indexOf('## Other plans of the same provinces'), facts.indexOf('\n## ', facts.indexOf('## Other plans of the same provinces') + 5));
  const changes = changesSchema.parse(parseYaml(readFileSync(join(CONTENT, 'changes.yaml'), 'utf8')));
  const named = Object.entries(changes.provinces).flatMap(([province, p]) => p.otherPlans.map((o) => ({ province, ...o })));

  it('names every plan FACTS.md lists under "Other plans of the same provinces", and no other', () => {
    const listed = [...section.matchAll(/Kế hoạch (\d+\/KH-UBND) of (\d\d)\/(\d\d)\/(\d{4})/g)].map((m) => `${m[1]} ${m[4]}-${m[3]}-${m[2]}`);
    expect(listed.length).toBeGreaterThan(0);
    expect(named.map((o) => `${o.code} ${o.date}`).sort()).toEqual(listed.sort());
  });

  it('gives each the reference URL FACTS.md gives it, on the line of its province', () => {
    for (const o of named) {
      const entry = section.split(/\n- /).find((e) => e.startsWith(`${o.province}:`));
      expect(entry, o.province).toBeDefined();
      expect(entry!).toContain(o.reference);
      expect(entry!).toContain(o.code);
    }
  });
});

describe('shared bot sources (content/faq/sources.yaml)', () => {
  it('a `use` id resolves to the one written source; an unknown id fails the build with the file named', async () => {
    const { resolveSource } = await import('../../scripts/lib/bot-data.ts');
    const shared = { s111: { reference: 'https://example.org/111', title: 'Số 111', quote: 'một câu' } };
    expect(resolveSource({ use: 's111' }, [], shared)).toEqual({ title: 'Số 111', url: 'https://example.org/111', quote: 'một câu' });
    expect(() => resolveSource({ use: 'nope' }, [], shared, 'content/faq/topics.yaml')).toThrow(/content\/faq\/topics.yaml: source "nope"/);
  });
  it('no FACTS.md reference is written out in more than one FAQ file', () => {
    const files = ['content/faq/topics.yaml', 'content/faq/data.yaml', 'content/faq/rules.yaml', 'content/faq/sources.yaml'];
    const where = new Map<string, Set<string>>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/reference: "?(https?:\/\/[^\s",}]+)/g)) where.set(m[1]!, (where.get(m[1]!) ?? new Set()).add(f));
    expect([...where].filter(([, fs]) => fs.size > 1).map(([u, fs]) => `${u}: ${[...fs].join(', ')}`)).toEqual([]);
  });
});
