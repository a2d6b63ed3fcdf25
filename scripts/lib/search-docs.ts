/** The documents the search index holds, made from the built content data. */
import type { PlanData } from './plan-data.ts';
import type { SearchDoc, PlanRef } from '../../functions/lib/search.ts';
import { topicOf } from '../../functions/lib/topics.ts';
import { KIND_WORDS, capitalise, figure, yearOf } from '../../functions/lib/format.ts';

export function planRef(p: PlanData): PlanRef {
  return { slug: p.slug, code: p.code, province: p.province, year: p.issuedYear };
}

export function planDocs(plans: PlanData[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const p of plans) {
    const label = p.label;
    for (const b of p.blocks) {
      if (b.kind === 'table' && b.table) {
        for (const r of b.table.rows) {
          // Short labels: the full column headers would repeat "cai nghiện" a dozen times
          // per row and crowd every other result out of a search for it.
          const cells = b.table.columns
            .map((c, i) => (r.cells[i] == null ? null : `${[c.sub ? c.label.replace(/^Cơ sở cai nghiện ma túy /, 'cơ sở ') : c.label, c.sub].filter(Boolean).join(' ')}: ${r.cells[i]}`))
            .filter(Boolean)
            .join('; ');
          docs.push({
            id: `${p.slug}#${b.id}-${r.stt ?? 'tong'}`,
            title: `Phụ biểu chỉ tiêu cai nghiện ${label}: ${r.name}`,
            url: `${p.url}#${b.id}`,
            text: `${r.name}: ${cells}.`,
            plan: p.slug,
            topic: 'ma-tuy',
            kind: 'target',
          });
        }
        continue;
      }
      docs.push({
        id: `${p.slug}#${b.id}`,
        title: `Kế hoạch ${label}${b.section ? `, ${b.section}` : ''} (${b.id})`,
        url: `${p.url}#${b.id}`,
        text: b.text,
        plan: p.slug,
        topic: topicOf(b.text),
        kind: 'paragraph',
      });
    }
    for (const t of p.targets) {
      if (t.fromTable) continue;
      docs.push({
        id: `${p.slug}#${t.id}`,
        title: `${capitalise(KIND_WORDS[t.kind] ?? '')} ${label}: ${t.indicator}`,
        url: t.url,
        text: `${t.indicator}: ${figure(t)}${yearOf(t, label) ? ` (năm ${t.year})` : ''}. Văn bản: “${t.quote}”`,
        plan: p.slug,
        topic: t.topic,
        kind: 'target',
      });
    }
    docs.push({
      id: `${p.slug}#thong-tin`,
      title: `Kế hoạch ${label}: thông tin văn bản`,
      url: `${p.url}#thong-tin`,
      text: `${p.title}. ${p.docType}, ${p.issuer}. Số hiệu: ${p.code ?? 'không ghi'}. Người ký: ${p.signer ?? 'không ghi'}. Tỉnh ${p.province}.`,
      plan: p.slug,
      topic: 'chung',
      kind: 'page',
    });
  }
  return docs;
}

/** Markdown to plain text for the index: links keep their words, markup goes. */
export function plainText(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The treatment, hotline and campaign pages, one document per item. */
export function pageDocs(
  treatments: { id: string; title: string; lead: string; body: string }[],
  hotlines: import('./schema.ts').Hotlines,
  campaigns: import('./schema.ts').Campaigns,
  intents: import('./schema.ts').Intent[] = [],
): SearchDoc[] {
  return [
    // Bot answers that are written text (not computed from data): the result opens the
    // answer on /hoi-dap/, asked with the intent's first example.
    ...intents
      .filter((i) => i.handler === 'static')
      .map((i) => ({
        id: `hoi-dap#${i.id}`,
        title: `Hỏi đáp: ${i.title}`,
        url: `/hoi-dap/?${new URLSearchParams({ q: i.examples[0] ?? i.title })}`,
        text: `${i.answer} ${i.examples.join('. ')}`,
        plan: null,
        topic: topicOf(`${i.title} ${i.answer}`),
        kind: 'page' as const,
      })),
    ...treatments.map((t) => ({
      id: `cai-nghien#${t.id}`,
      title: `Cai nghiện: ${t.title}`,
      url: `/cai-nghien/#${t.id}`,
      text: `${t.lead} ${plainText(t.body)}`,
      plan: null,
      topic: topicOf(`${t.title} ${t.body}`),
      kind: 'page' as const,
    })),
    ...hotlines.hotlines.map((h) => ({
      id: `duong-day-nong#${h.id}`,
      title: `Đường dây nóng ${h.number}: ${h.name}`,
      url: `/duong-day-nong/#so-${h.id}`,
      text: `${h.number}. ${h.name}. ${h.needs.join('. ')}. ${h.whatHappens} ${h.cost} ${h.notFor ?? ''}`,
      plan: null,
      topic: 'chung',
      kind: 'page' as const,
    })),
    ...campaigns.campaigns.map((c) => ({
      id: `lich#${c.id}`,
      title: `Lịch: ${c.title}`,
      url: `/lich/#${c.id}`,
      text: `${c.title}. ${c.description} ${c.basis}. ${c.planAsks.map((a) => plainText(a.text)).join(' ')} ${c.takePart.map(plainText).join(' ')}`,
      plan: null,
      topic: topicOf(`${c.title} ${c.description}`),
      kind: 'page' as const,
    })),
  ];
}
