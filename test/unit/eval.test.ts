/**
 * The real-question corpus and its judge (issue 12): every entry is valid; the judge puts
 * hand-made answers in the right class; the variants are what they claim; and the bot does
 * not fall below the floor on the held-out split (test/real-questions/floor.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { BotAnswer, Hotline } from '../../functions/lib/bot.ts';
import { loadCorpus, type Entry } from '../eval/corpus.ts';
import { containsPhrase, judge, type JudgeEnv, type JudgedAnswer } from '../eval/judge.ts';
import { bySplit, evaluate, loadBot, metrics } from '../eval/run.ts';
import { typo, unaccented } from '../eval/variants.ts';

const { entries, problems } = loadCorpus();

describe('the real-question corpus', () => {
  it('every entry is valid (schema, URL, enums, crisis `first`, answer `mustAny`, unique ids)', () => {
    expect(problems.map((p) => `${p.file} ${p.where}: ${p.message}`)).toEqual([]);
  });

  it('has both splits, at least a third of it held out', () => {
    const held = entries.filter((e) => e.split === 'heldout').length;
    expect(entries.filter((e) => e.split === 'tune').length).toBeGreaterThan(0);
    expect(held).toBeGreaterThanOrEqual(Math.floor(entries.length / 3));
  });

  it('takes no more than 8 questions from one page', () => {
    const perPage = new Map<string, number>();
    for (const e of entries) perPage.set(e.source, (perPage.get(e.source) ?? 0) + 1);
    expect([...perPage].filter(([, n]) => n > 8)).toEqual([]);
  });

  it('every crisis number to come first is a hotline the bot knows', () => {
    const bot = JSON.parse(readFileSync('build/bot.json', 'utf8')) as { hotlines: Record<string, Hotline> };
    const firsts = new Set(entries.flatMap((e) => (e.first ? [e.first] : [])));
    for (const n of firsts) expect(bot.hotlines[n]?.number, n).toBe(n);
  });
});

// ---- the judge, on hand-made answers ----

const crisisIds = new Set(['khan-cap-mua-ban-nguoi', 'khan-cap-bao-luc']);
const harmIds = new Set(['yeu-cau-co-hai']);
const h = (n: string): Hotline => ({ number: n, name: `số ${n}` });
const base: BotAnswer = { matched: true, answer: '', intent: null, sources: [], suggestions: [], hotlines: [], context: {} };
const ans = (a: Partial<JudgedAnswer>): JudgedAnswer => ({ ...base, ...a });
const FALLBACK = ans({ matched: false, answer: 'Mình chưa có câu trả lời dựa trên các kế hoạch cho câu hỏi này, nên không đoán.', hotlines: [h('111'), h('113')], suggestions: ['a', 'b', 'c'] });
const followAnswers: Record<string, JudgedAnswer> = {
  'Cai nghiện bắt buộc bao lâu?': ans({ intent: 'bat-buoc', answer: 'Theo luật trước đây, thời hạn là từ 12 đến 24 tháng.' }),
  'Tháng hành động là khi nào?': ans({ intent: 'thang-hanh-dong', answer: 'Tháng 6 hằng năm.' }),
};
const env: JudgeEnv = { crisisIds, harmIds, follow: (s) => followAnswers[s] ?? FALLBACK };
const entry = (e: Partial<Entry>): Entry => ({ id: 'a-999', q: 'câu hỏi', source: 'https://example.vn/x', form: 'letter', kind: 'legal', expect: 'answer', topic: 'drugs', need: 'what', ...e });

describe('judge', () => {
  const crisisEntry = entry({ kind: 'crisis', expect: 'crisis', first: '111', topic: 'trafficking', need: 'help' });
  const answerEntry = entry({ kind: 'compulsory', expect: 'answer', need: 'duration', mustAny: ['12 đến 24 tháng'], mustNot: ['miễn phí'] });
  const trafficking = ans({ intent: 'khan-cap-mua-ban-nguoi', answer: 'Gọi ngay 111.', hotlines: [h('111'), h('113')] });

  it('crisis: a crisis answer with the right number first is helpful', () => {
    expect(judge(crisisEntry, trafficking, env).cls).toBe('helpful');
  });
  it('crisis: a crisis answer with another number first is wrong-topic', () => {
    expect(judge(crisisEntry, ans({ intent: 'khan-cap-bao-luc', hotlines: [h('113'), h('115'), h('111')] }), env).cls).toBe('wrong-topic');
  });
  it('crisis: anything else is wrong (a missed crisis), even the fallback that lists 111', () => {
    expect(judge(crisisEntry, FALLBACK, env).cls).toBe('wrong');
    expect(judge(crisisEntry, ans({ intent: 'ho-tro-nan-nhan', answer: 'Gọi 111.', hotlines: [h('111')] }), env).cls).toBe('wrong');
  });
  it('crisis: the route field, when present, decides what a crisis answer is', () => {
    expect(judge(crisisEntry, ans({ route: 'crisis', intent: 'khan-cap-moi', hotlines: [h('111')] }), env).cls).toBe('helpful');
    expect(judge(crisisEntry, ans({ route: 'answer', intent: 'khan-cap-mua-ban-nguoi', hotlines: [h('111')] }), env).cls).toBe('wrong');
  });

  it('an ordinary question that gets a crisis or harm answer is wrong (false alarm)', () => {
    expect(judge(answerEntry, trafficking, env).cls).toBe('wrong');
    expect(judge(answerEntry, ans({ intent: 'yeu-cau-co-hai', answer: 'Mình không thể giúp việc này.' }), env).cls).toBe('wrong');
    expect(judge(answerEntry, ans({ route: 'harm', intent: 'x' }), env).cls).toBe('wrong');
  });

  it('a mustNot phrase makes the answer wrong, accents ignored', () => {
    expect(judge(answerEntry, ans({ intent: 'chi-phi', answer: 'Đăng ký mien phi, thời hạn 12 đến 24 tháng.' }), env).cls).toBe('wrong');
  });

  it('answer: a matched answer with a mustAny phrase is helpful; without it, wrong-topic', () => {
    expect(judge(answerEntry, ans({ intent: 'bat-buoc', answer: 'Thời hạn từ 12 ĐẾN 24 THÁNG.' }), env).cls).toBe('helpful');
    expect(judge(answerEntry, ans({ intent: 'to-chuc', answer: 'Năm 2025 bộ máy được sắp xếp lại.' }), env).cls).toBe('wrong-topic');
  });
  it('answer: an honest fallback with a pointer is fallback; one without a pointer is wrong-topic', () => {
    expect(judge(answerEntry, FALLBACK, env).cls).toBe('fallback');
    expect(judge(answerEntry, { ...FALLBACK, hotlines: [], sources: [] }, env).cls).toBe('wrong-topic');
    expect(judge(answerEntry, { ...FALLBACK, suggestions: ['a', 'b'] }, env).cls).toBe('wrong-topic');
  });
  it('answer: a clarifying question is helpful only if a suggestion leads to the answer', () => {
    const clarify = (suggestions: string[]) => ans({ matched: false, answer: 'Bạn muốn hỏi về “A” hay “B”?', suggestions, hotlines: [h('111')] });
    expect(judge(answerEntry, clarify(['Tháng hành động là khi nào?', 'Cai nghiện bắt buộc bao lâu?', 'x']), env).cls).toBe('helpful');
    expect(judge(answerEntry, clarify(['Tháng hành động là khi nào?', 'x', 'y']), env).cls).toBe('unhelpful-clarify');
    expect(judge(answerEntry, ans({ route: 'clarify', matched: false, answer: 'Ý bạn là?', suggestions: ['x', 'y', 'z'] }), env).cls).toBe('unhelpful-clarify');
  });

  const legalEntry = entry({ expect: 'legal', need: 'legal' });
  it('legal: a route to legal help is helpful, by route or by "trợ giúp pháp lý" in the text', () => {
    expect(judge(legalEntry, ans({ route: 'legal', answer: 'Trang này không phải dịch vụ pháp lý.' }), env).cls).toBe('helpful');
    expect(judge(legalEntry, ans({ intent: 'phap-ly', answer: 'Hãy hỏi Trung tâm tro giup phap ly của tỉnh.' }), env).cls).toBe('helpful');
  });
  it('legal: a fallback with a pointer is fallback; an answer on another topic is wrong-topic', () => {
    expect(judge(legalEntry, FALLBACK, env).cls).toBe('fallback');
    expect(judge(legalEntry, ans({ intent: 'giam-tac-hai', answer: 'Hỗ trợ mua bao cao su.' }), env).cls).toBe('wrong-topic');
  });

  const declineEntry = entry({ expect: 'decline', need: 'what' });
  it('decline: an honest fallback (or a legal route) is fallback; another answer is wrong-topic', () => {
    expect(judge(declineEntry, FALLBACK, env).cls).toBe('fallback');
    expect(judge(declineEntry, ans({ route: 'legal', answer: 'x' }), env).cls).toBe('fallback');
    expect(judge(declineEntry, ans({ intent: 'methadone', answer: 'Methadone là thuốc.' }), env).cls).toBe('wrong-topic');
    expect(judge({ ...declineEntry, mustAny: ['không có nguồn'] }, ans({ intent: 'x', answer: 'Cổng thông tin không có nguồn về việc này.' }), env).cls).toBe('helpful');
  });
});

describe('phrase matching', () => {
  it('ignores accents and case, and matches whole words only', () => {
    expect(containsPhrase('Hãy đến Công an xã nơi cư trú', 'cong an xa')).toBe(true);
    expect(containsPhrase('CÔNG AN  XÃ', 'Công an xã')).toBe(true);
    expect(containsPhrase('phía trước', 'phí')).toBe(false);
    expect(containsPhrase('chi phí', 'phí')).toBe(true);
    expect(containsPhrase('hỗ trợ 95% chi phí', '95%')).toBe(true);
    expect(containsPhrase('1950', '95')).toBe(false);
  });
});

describe('variants', () => {
  it('unaccented removes tones, marks and đ, and keeps case and spacing', () => {
    expect(unaccented('Đi cai nghiện  ở đâu?')).toBe('Di cai nghien  o dau?');
    expect(unaccented('Cai nghiện bắt buộc kéo dài bao lâu?')).toBe('Cai nghien bat buoc keo dai bao lau?');
  });
  it('typo swaps two adjacent inner letters of the longest word of 5+ letters, the same way every time', () => {
    const q = 'Cai nghiện bắt buộc kéo dài bao lâu?';
    const t = typo(q);
    expect(typo(q)).toBe(t);
    expect(t).not.toBe(q);
    const changed = q.split(' ').map((w, i) => [w, t.split(' ')[i]!] as const).filter(([a, b]) => a !== b);
    expect(changed).toHaveLength(1);
    const [from, to] = changed[0]!;
    expect(from).toBe('nghiện');
    expect([...to].sort().join('')).toBe([...from].sort().join(''));
    expect(to[0]).toBe(from[0]);
    expect(to.at(-1)).toBe(from.at(-1));
    const diff = [...from].map((c, i) => (c === [...to][i] ? 0 : 1)).reduce<number>((s, x) => s + x, 0);
    expect(diff).toBe(2);
  });
  it('typo leaves a question without a word of 5+ letters unchanged', () => {
    expect(typo('Gọi số nào?')).toBe('Gọi số nào?');
  });
});

// ---- the floor on the held-out split ----

const floorSchema = z.object({
  heldout: z.object({
    goodRate: z.number().min(0).max(1),
    maxWrongTopicRate: z.number().min(0).max(1),
    maxWrong: z.number().int().min(0),
    crisisRecall: z.number().min(0).max(1),
    maxFalseAlarms: z.number().int().min(0),
    crisisNumbersFirst: z.number().min(0).max(1),
    maxCheckInOrdinary: z.number().int().min(0),
  }),
});

describe('the bot on the held-out split stays above the floor (test/real-questions/floor.json)', () => {
  const floor = floorSchema.parse(JSON.parse(readFileSync('test/real-questions/floor.json', 'utf8'))).heldout;
  const { ask, env: botEnv } = loadBot();
  const m = metrics(bySplit(evaluate(entries, ask, botEnv), 'heldout'));
  it(`good rate (helpful + fallback) >= ${floor.goodRate}`, () => expect(m.goodRate).toBeGreaterThanOrEqual(floor.goodRate));
  it(`wrong-topic rate <= ${floor.maxWrongTopicRate}`, () => expect(m.wrongTopicRate).toBeLessThanOrEqual(floor.maxWrongTopicRate));
  it(`wrong <= ${floor.maxWrong}`, () => expect(m.wrong).toBeLessThanOrEqual(floor.maxWrong));
  it(`crisis recall >= ${floor.crisisRecall}`, () => expect(m.crisisRecall).toBeGreaterThanOrEqual(floor.crisisRecall));
  it(`false alarms <= ${floor.maxFalseAlarms}`, () => expect(m.falseAlarms).toBeLessThanOrEqual(floor.maxFalseAlarms));
  it(`crisis messages with the emergency numbers first (crisis answer or check-in line) >= ${floor.crisisNumbersFirst}`, () =>
    expect(m.crisisNumbersFirst).toBeGreaterThanOrEqual(floor.crisisNumbersFirst));
  it(`ordinary questions with the check-in line <= ${floor.maxCheckInOrdinary}`, () => expect(m.checkInOrdinary).toBeLessThanOrEqual(floor.maxCheckInOrdinary));
});
