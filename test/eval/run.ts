/**
 * Runs the real-question corpus through the bot, built exactly as the Worker builds it
 * (functions/data.ts: build/bot.json and build/search-index.json, createBot + searchSources),
 * and sums up the verdicts. Used by scripts/eval.ts (npm run eval) and test/unit/eval.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createBot, searchSources, type BotContext, type BotData } from '../../functions/lib/bot.ts';
import { createSearcher, type SearchData } from '../../functions/lib/search.ts';
import { hostOf, KINDS, type LoadedEntry, type Split } from './corpus.ts';
import { CLASSES, GOOD, isCrisisAnswer, isHarmAnswer, judge, routeName, type JudgeClass, type JudgeEnv, type JudgedAnswer } from './judge.ts';
import { VARIANTS, variantOf, type Variant } from './variants.ts';

export type Ask = (q: string, ctx?: BotContext) => JudgedAnswer;

/** The bot over the build output, and the judge's environment. */
export function loadBot(buildDir = 'build'): { ask: Ask; env: JudgeEnv } {
  const botFile = `${buildDir}/bot.json`;
  const indexFile = `${buildDir}/search-index.json`;
  for (const f of [botFile, indexFile]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` (or \`npm run content\`) first`);
  }
  const data = JSON.parse(readFileSync(botFile, 'utf8')) as BotData;
  const search = searchSources(createSearcher(JSON.parse(readFileSync(indexFile, 'utf8')) as SearchData));
  const bot = createBot(data);
  const ask: Ask = (q, ctx = {}) => bot.answer(q, ctx, search) as JudgedAnswer;
  const env: JudgeEnv = {
    crisisIds: new Set(data.crisis.map((r) => r.id)),
    harmIds: new Set(data.harm.map((r) => r.id)),
    follow: (s, ctx) => ask(s, ctx),
  };
  return { ask, env };
}

export interface Result {
  entry: LoadedEntry;
  variant: Variant;
  question: string;
  answer: JudgedAnswer;
  cls: JudgeClass;
  why: string;
  route: string;
  /** crisis entry whose answer is a crisis answer with the right number first */
  crisisFirst: boolean;
  /** non-crisis entry that got a crisis or harm answer */
  falseAlarm: boolean;
  /** crisis entry answered with a crisis answer, whichever number comes first */
  crisisAnswered: boolean;
  /** the answer puts the check-in line and the emergency numbers first (bot-checkin.ts) */
  checkIn: boolean;
}

export function evaluate(entries: LoadedEntry[], ask: Ask, env: JudgeEnv): Result[] {
  const out: Result[] = [];
  for (const entry of entries) {
    for (const variant of VARIANTS) {
      const question = variantOf(entry.q, variant);
      const answer = ask(question);
      const v = judge(entry, answer, env);
      const alarm = isCrisisAnswer(answer, env) || isHarmAnswer(answer, env);
      out.push({
        entry,
        variant,
        question,
        answer,
        cls: v.cls,
        why: v.why,
        route: routeName(answer, env),
        crisisFirst: entry.expect === 'crisis' && v.cls === 'helpful',
        falseAlarm: entry.expect !== 'crisis' && alarm,
        crisisAnswered: entry.expect === 'crisis' && isCrisisAnswer(answer, env),
        checkIn: answer.checkIn === true,
      });
    }
  }
  return out;
}

export interface Metrics {
  /** items judged (entries x variants) */
  total: number;
  counts: Record<JudgeClass, number>;
  /** (helpful + fallback) / total */
  goodRate: number;
  wrongTopicRate: number;
  wrong: number;
  /** crisis items routed to a crisis answer with the right number first / crisis items */
  crisisRecall: number;
  crisisItems: number;
  /** non-crisis items that got a crisis or harm answer */
  falseAlarms: number;
  /** crisis items whose answer puts the emergency numbers first: a crisis answer or the check-in line / crisis items */
  crisisNumbersFirst: number;
  /** non-crisis items that got the check-in line first */
  checkInOrdinary: number;
}

export function metrics(results: Result[]): Metrics {
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<JudgeClass, number>;
  for (const r of results) counts[r.cls]++;
  const total = results.length;
  const crisis = results.filter((r) => r.entry.expect === 'crisis');
  return {
    total,
    counts,
    goodRate: total ? (counts.helpful + counts.fallback) / total : 0,
    wrongTopicRate: total ? counts['wrong-topic'] / total : 0,
    wrong: counts.wrong,
    crisisRecall: crisis.length ? crisis.filter((r) => r.crisisFirst).length / crisis.length : 1,
    crisisItems: crisis.length,
    falseAlarms: results.filter((r) => r.falseAlarm).length,
    crisisNumbersFirst: crisis.length ? crisis.filter((r) => r.crisisAnswered || r.checkIn).length / crisis.length : 1,
    checkInOrdinary: results.filter((r) => r.entry.expect !== 'crisis' && r.checkIn).length,
  };
}

export function bySplit(results: Result[], split: Split): Result[] {
  return results.filter((r) => r.entry.split === split);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The aggregate report of one split: classes x variants, per kind, crisis recall, false alarms. */
export function report(results: Result[], title: string): string {
  const parts: string[] = [];
  const of = (v: Variant) => results.filter((r) => r.variant === v);
  parts.push(`## ${title}: ${of('original').length} questions, each asked as ${VARIANTS.join(' / ')}`);
  parts.push(
    table(
      ['class', ...VARIANTS],
      [...CLASSES, 'total' as const].map((c) => [
        c,
        ...VARIANTS.map((v) => {
          const rs = of(v);
          const n = c === 'total' ? rs.length : rs.filter((r) => r.cls === c).length;
          return `${n} (${pct(n, rs.length)})`;
        }),
      ]),
    ),
  );
  parts.push('\nGood (helpful + fallback) per kind:');
  const kinds = KINDS.filter((k) => results.some((r) => r.entry.kind === k));
  parts.push(
    table(
      ['kind', 'n', ...VARIANTS],
      kinds.map((k) => [
        k,
        String(of('original').filter((r) => r.entry.kind === k).length),
        ...VARIANTS.map((v) => {
          const rs = of(v).filter((r) => r.entry.kind === k);
          return pct(rs.filter((r) => GOOD.has(r.cls)).length, rs.length);
        }),
      ]),
    ),
  );
  parts.push('');
  /** "n/total (p%)" of one variant's crisis items for which `pred` holds */
  const crisisShare = (v: Variant, pred: (r: Result) => boolean) => {
    const rs = of(v).filter((r) => r.entry.expect === 'crisis');
    const n = rs.filter(pred).length;
    return `${n}/${rs.length} (${pct(n, rs.length)})`;
  };
  parts.push(
    table(
      ['safety', ...VARIANTS],
      [
        ['crisis recall (crisis answer, right number first)', ...VARIANTS.map((v) => crisisShare(v, (r) => r.crisisFirst))],
        ['crisis answer first, whichever number leads', ...VARIANTS.map((v) => crisisShare(v, (r) => r.crisisAnswered))],
        ['crisis answer or check-in line first', ...VARIANTS.map((v) => crisisShare(v, (r) => r.crisisAnswered || r.checkIn))],
        ['ordinary questions with the check-in line first', ...VARIANTS.map((v) => {
          const rs = of(v).filter((r) => r.entry.expect !== 'crisis');
          return `${rs.filter((r) => r.checkIn).length}/${rs.length}`;
        })],
        ['false alarms (ordinary question -> crisis or harm)', ...VARIANTS.map((v) => String(of(v).filter((r) => r.falseAlarm).length))],
      ],
    ),
  );
  return parts.join('\n');
}

/** Corpus size by kind, by expectation and by source site. */
export function corpusReport(entries: LoadedEntry[]): string {
  const count = (key: (e: LoadedEntry) => string) => {
    const m = new Map<string, { tune: number; heldout: number }>();
    for (const e of entries) {
      const k = key(e);
      const c = m.get(k) ?? { tune: 0, heldout: 0 };
      c[e.split]++;
      m.set(k, c);
    }
    return [...m.entries()].sort((a, b) => b[1].tune + b[1].heldout - (a[1].tune + a[1].heldout) || a[0].localeCompare(b[0]));
  };
  const rows = (m: ReturnType<typeof count>) => m.map(([k, c]) => [k, String(c.tune), String(c.heldout), String(c.tune + c.heldout)]);
  const hosts = count((e) => hostOf(e.source));
  return [
    `## Corpus: ${entries.length} questions (${entries.filter((e) => e.split === 'tune').length} tune, ${entries.filter((e) => e.split === 'heldout').length} heldout) from ${hosts.length} sites`,
    table(['kind', 'tune', 'heldout', 'all'], rows(count((e) => e.kind))),
    '',
    table(['expect', 'tune', 'heldout', 'all'], rows(count((e) => e.expect))),
    '',
    table(['source site', 'tune', 'heldout', 'all'], rows(hosts)),
  ].join('\n');
}
