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

/** A markdown body cut at its headings: [heading or null, plain text] per section. */
export function sections(md: string): [string | null, string][] {
  const out: [string | null, string][] = [];
  let heading: string | null = null;
  let lines: string[] = [];
  const flush = () => {
    const text = plainText(lines.join('\n'));
    if (text) out.push([heading, text]);
  };
  for (const line of md.split('\n')) {
    const h = line.match(/^#{2,4}\s+(.*)$/);
    if (!h) {
      lines.push(line);
      continue;
    }
    flush();
    heading = plainText(h[1]!);
    lines = [];
  }
  flush();
  return out;
}

/**
 * The treatment, hotline and campaign pages, one document per item (a treatment's body one
 * per section, all opening the item's anchor), and the bot's written answers. A bot answer
 * is indexed by its title and answer only: its example questions are how people ask, not
 * content, and never appear in a result. The result opens the answer on /hoi-dap/ asked with
 * its title; `answersTitle` says whether the bot answers the title with that intent (answers
 * it does not are left out of the index).
 */
export function pageDocs(
  treatments: { id: string; title: string; lead: string; body: string }[],
  hotlines: import('./schema.ts').Hotlines,
  campaigns: import('./schema.ts').Campaigns,
  intents: import('./schema.ts').Intent[] = [],
  answersTitle: (title: string, id: string) => boolean = () => true,
): SearchDoc[] {
  return [
    ...intents
      .filter((i) => i.handler === 'static' && answersTitle(i.title, i.id))
      .map((i) => ({
        id: `hoi-dap#${i.id}`,
        title: `Hỏi đáp: ${i.title}`,
        url: `/hoi-dap/?${new URLSearchParams({ q: i.title })}`,
        text: plainText(i.answer ?? ''),
        plan: null,
        topic: topicOf(`${i.title} ${i.answer}`),
        kind: 'page' as const,
      })),
    // The archive of /cai-nghien/, by the forms it lists: what "các hình thức cai nghiện"
    // looks for. Each form is one document per section of its body.
    {
      id: 'cai-nghien#luu-tru',
      title: 'Lưu trữ: các hình thức cai nghiện và hỗ trợ trong năm kế hoạch',
      url: '/cai-nghien/#luu-tru',
      text: `Các hình thức cai nghiện và hỗ trợ mà năm kế hoạch đã viết: ${treatments.map((t) => t.title).join('; ')}.`,
      plan: null,
      topic: 'ma-tuy',
      kind: 'page' as const,
    },
    ...treatments.flatMap((t) =>
      sections(t.body).map(([heading, text], k) => ({
        id: `cai-nghien#${t.id}${k ? `-${k}` : ''}`,
        title: `Lưu trữ các kế hoạch: ${t.title}${heading ? ` – ${heading}` : ''}`,
        url: `/cai-nghien/#${t.id}`,
        text: k ? text : `${t.lead} ${text}`,
        plan: null,
        topic: topicOf(`${t.title} ${t.body}`),
        kind: 'page' as const,
      })),
    ),
    {
      id: 'duong-day-nong',
      title: 'Đường dây nóng: gọi số nào cho việc gì',
      url: '/duong-day-nong/',
      text: `Số điện thoại cho từng trường hợp. ${hotlines.hotlines.map((h) => `${h.needs.join('; ')}: gọi ${h.number}`).join('. ')}. ${hotlines.noNumber.map((n) => `${n.need}: ${n.where}`).join('. ')}.`,
      plan: null,
      topic: 'chung',
      kind: 'page' as const,
    },
    ...hotlines.hotlines.map((h) => ({
      id: `duong-day-nong#${h.id}`,
      title: `Đường dây nóng ${h.number}: ${h.name}`,
      url: `/duong-day-nong/#so-${h.id}`,
      text: `${h.number}. ${h.name}. ${h.needs.join('. ')}. ${h.whatHappens} ${h.cost} ${h.notFor ?? ''}`.trim(),
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

/**
 * What a family does today (content/today.yaml), as /cai-nghien/ shows it: the steps as one
 * document (where to start) and one per step, the law, what each step means, emergencies
 * and the legal pointers, each opening its anchor.
 */
export function todayDocs(today: import('./schema.ts').Today): SearchDoc[] {
  const doc = (id: string, title: string, text: string): SearchDoc => ({
    id: `cai-nghien#${id}`,
    title,
    url: `/cai-nghien/#${id}`,
    text,
    plan: null,
    topic: 'ma-tuy',
    kind: 'page',
  });
  return [
    doc(
      'cac-buoc',
      'Người thân nghiện ma túy: gia đình làm gì hôm nay – Các bước',
      `Các bước theo hướng dẫn hiện nay của Bộ Công an. ${today.steps.map((s, k) => `${k + 1}. ${s.title}: ${plainText(s.text)}`).join(' ')}`,
    ),
    ...today.steps.map((s) => doc(s.id, `Các bước gia đình làm hôm nay: ${s.title}`, plainText(s.text))),
    doc('luat-moi', today.law.title, plainText(today.law.text)),
    ...today.topics.map((x) => doc(x.id, `Cai nghiện hôm nay: ${x.title}`, `${x.older ? 'Theo luật trước đây: hỏi lại Công an xã. ' : ''}${plainText(x.text)}`)),
    ...today.emergencies.map((e) => doc(e.id, `Khi khẩn cấp: gọi ${e.number}`, `${e.when}. ${plainText(e.text)}`)),
    doc('phap-ly', today.legal.title, plainText(today.legal.text)),
  ];
}
