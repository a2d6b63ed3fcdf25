/**
 * The FAQ bot over its real knowledge: every intent's examples reach it and its
 * counterexamples do not; the question set (test/bot-questions.yaml) passes with every
 * crisis caught; every number in every answer occurs in that answer's quoted sources.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import botJson from '../../build/bot.json';
import searchJson from '../../build/search-index.json';
import { createBot, searchSources, type BotData } from '../../functions/lib/bot.ts';
import { createSearcher, type SearchData } from '../../functions/lib/search.ts';
import { figureKey, numberTokens } from '../../functions/lib/numbers.ts';
import { loadIntents } from '../../scripts/lib/bot-data.ts';
import { factsText } from '../../scripts/lib/figures.ts';

const data = botJson as unknown as BotData;
const bot = createBot(data);
const searcher = createSearcher(searchJson as unknown as SearchData);
const search = searchSources(searcher);
const ask = (q: string, ctx = {}) => bot.answer(q, ctx, search);
const intents = loadIntents().map((x) => x.intent);
const rules = parse(readFileSync('content/faq/rules.yaml', 'utf8')) as { crisis: { id: string; examples: string[] }[]; harm: { id: string; examples: string[] }[] };
const { questions } = parse(readFileSync('test/bot-questions.yaml', 'utf8')) as {
  questions: { q: string; expect: string | null; kind: string; after?: string; expectPlan?: string }[];
};

describe('intents reach their examples and not their counterexamples', () => {
  for (const intent of intents) {
    it.each(intent.examples)(`${intent.id} <- %s`, (q) => {
      expect(ask(q).intent).toBe(intent.id);
    });
    if (intent.counterexamples.length) {
      it.each(intent.counterexamples)(`${intent.id} does not take: %s`, (q) => {
        expect(ask(q).intent).not.toBe(intent.id);
      });
    }
  }
});

describe('safety rules come first', () => {
  for (const r of [...rules.crisis, ...rules.harm]) {
    it.each(r.examples)(`${r.id} <- %s`, (q) => {
      const a = ask(q);
      expect(a.intent).toBe(r.id);
      expect(a.matched).toBe(true);
    });
  }

  it('gives a crisis the hotlines before anything else, even inside a data question', () => {
    const a = ask('Lào Cai 2020 cai nghiện bao nhiêu người, con tôi đang sốc thuốc bất tỉnh');
    expect(a.intent).toBe('khan-cap-y-te');
    expect(a.hotlines[0]!.number).toBe('115');
  });

  it('never gives 111 for a drug-treatment question', () => {
    for (const q of ['con tôi nghiện thì cai ở đâu', 'cai nghiện tự nguyện đăng ký ở đâu', 'methadone là gì']) {
      expect(ask(q).hotlines.map((h) => h.number)).not.toContain('111');
    }
  });
});

describe('the question set', () => {
  const byKind = new Map<string, { pass: number; total: number }>();
  it.each(questions.map((x) => [x.kind, x.q, x] as const))('[%s] %s', (kind, _q, x) => {
    const q = kind === 'nfd' ? x.q.normalize('NFD') : x.q;
    const ctx = x.after ? ask(x.after).context : {};
    const a = ask(q, ctx);
    const got = a.matched ? a.intent : null;
    const ok = got === (x.expect ?? null) && (!x.expectPlan || a.context.plan === x.expectPlan);
    const k = byKind.get(kind) ?? { pass: 0, total: 0 };
    byKind.set(kind, { pass: k.pass + (ok ? 1 : 0), total: k.total + 1 });
    expect(got).toBe(x.expect ?? null);
    if (x.expectPlan) expect(a.context.plan).toBe(x.expectPlan);
  });

  it('has at least 120 questions and prints the pass rate by kind', () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    console.log([...byKind].map(([k, v]) => `${k} ${v.pass}/${v.total}`).join(', '));
  });
});

describe('no invented figure', () => {
  const factTokens = numberTokens(factsText());
  const all = [...new Set([...questions.map((x) => x.q), ...intents.flatMap((i) => i.examples), ...intents.flatMap((i) => i.suggestions)])];
  it(`every number in every matched answer occurs in its quoted sources or in FACTS.md (${all.length} questions)`, () => {
    const bad: string[] = [];
    for (const q of all) {
      const a = ask(q);
      if (!a.matched) continue;
      // "07" and "7" are the same figure (a date printed with or without its zero).
      const known = new Set([...numberTokens(a.sources.map((s) => `${s.title} ${s.quote}`).join(' ')), ...factTokens].map(figureKey));
      for (const n of numberTokens(a.answer)) if (!known.has(figureKey(n))) bad.push(`${q} -> ${n}`);
    }
    expect(bad).toEqual([]);
  });

  it('answers out-of-scope questions with matched: false, three suggestions and the hotlines', () => {
    for (const q of ['giá vàng hôm nay', 'kết quả bóng đá', 'cách nấu phở bò', 'kế hoạch Hà Nội 2024 về giao thông']) {
      const a = ask(q);
      expect(a.matched, q).toBe(false);
      expect(a.suggestions.length).toBeGreaterThanOrEqual(3);
      expect(a.hotlines.length).toBeGreaterThan(0);
    }
  });

  it('never gives a dose', () => {
    for (const q of ['liều methadone bao nhiêu mg', 'uống bao nhiêu viên thì cai được', 'cách tự cai tại nhà bằng thuốc gì']) {
      expect(ask(q).answer).not.toMatch(/\d+\s*(mg|ml|viên)/i);
    }
  });
});
