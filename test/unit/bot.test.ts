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
import { contentWords, createBot, searchSources, type BotData } from '../../functions/lib/bot.ts';
import { createSearcher, type SearchData } from '../../functions/lib/search.ts';
import { figureKey, numberTokens } from '../../functions/lib/numbers.ts';
import { loadIntents } from '../../scripts/lib/bot-data.ts';
import { factsText } from '../../scripts/lib/figures.ts';
import { foldVietnamese } from '../../functions/lib/fold.ts';
import { repairTypos } from '../../functions/lib/bot-facets.ts';

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

/** Folded, for assertions that must hold whatever accents the content uses. */
const f = (s: string) => foldVietnamese(s).replace(/\s+/g, ' ');

describe('every answer says how it was answered (route)', () => {
  const safety = new Set([...rules.crisis, ...rules.harm].map((r) => r.id));
  const all = [...new Set([...questions.map((x) => x.q), ...intents.flatMap((i) => i.examples)])];
  it.each(all)('%s', (q) => {
    const a = ask(q);
    if (a.intent && safety.has(a.intent)) return;
    expect(['answer', 'legal', 'clarify', 'fallback']).toContain(a.route);
    if (a.route === 'answer') expect(a.matched).toBe(true);
    if (a.route === 'clarify' || a.route === 'fallback') expect(a.matched).toBe(false);
  });
});

describe('facet answers from content/today.yaml (FACTS.md 2026-12-04)', () => {
  it.each(['Đi cai nghiện mất bao nhiêu tiền?', 'Cai nghiện tự nguyện có mất tiền không?', 'cai nghien co mien phi khong', 'Ai trả tiền khi đi cai nghiện?'])(
    'costs: never "free", says who pays what, cites FACTS: %s',
    (q) => {
      const a = ask(q);
      expect(a.intent).toBe('chi-phi-cai-nghien');
      // "miễn phí" only ever as "không miễn phí" (treatment is not free)
      expect(f(a.answer).match(/(\S+ )?mien phi/g)?.every((m) => m.startsWith('khong '))).toBe(true);
      expect(f(a.answer)).toMatch(/khong mien phi hoan toan/);
      expect(a.answer).toContain('95%');
      expect(f(a.answer)).toContain('tu tra chi phi');
      expect(a.sources.map((s) => s.url)).toContain('https://tiengchuong.chinhphu.vn/nha-nuoc-ho-tro-nguoi-cai-nghien-ma-tuy-tu-nguyen-tai-co-so-cai-nghien-113220120144406379.htm');
    },
  );

  it('a fee amount is declined, never guessed, with what the portal does know', () => {
    const a = ask('Đi cai nghiện tự nguyện ở cơ sở hết bao nhiêu tiền một tháng?');
    expect(a.matched).toBe(false);
    expect(a.route).toBe('fallback');
    expect(f(a.answer)).toContain('khong co nguon ve so tien');
    expect(a.answer).not.toMatch(/\d+[.,]?\d*\s*(đồng|nghìn|triệu|k\b)/);
  });

  // Real questions (tune corpus) the portal has no source for: medical, HIV, kinds of drugs, causes.
  it.each([
    ['Xin cho biết thế nào là HIV dương tính?', 'https://forum.hiv.com.vn/posts/m382766-TU-VAN--XET-NGHIEM-VA--PHONG-CHONG', 'y te'],
    ['Ngưng sử dụng ma túy đá bao lâu thì hết?', 'https://saunagay.vn/ngung-su-dung-ma-tuy-da-bao-lau-thi-het.html', 'y te'],
    ['Có những loại ma túy nào?', 'https://cosy.vn/?p=47798', 'cac loai ma tuy'],
    ['Yếu tố gì khiến nhiều học sinh, sinh viên bị lừa đảo như vậy?', 'https://thanhnien.vn/chieu-lua-bat-coc-online-canh-bao-nhieu-nhung-vi-sao-van-co-nguoi-sap-bay-185250803092509968.htm', 'khong dua y kien'],
  ])('declined plainly, not answered with a nearby topic: %s (%s)', (q, _source, says) => {
    const a = ask(q);
    expect(a.route).toBe('fallback');
    expect(a.matched).toBe(false);
    expect(f(a.answer)).toContain(says);
  });

  // Real questions (tune corpus).
  it('game addiction is not drug addiction: no drug-treatment steps (https://trungtamcainghiengame.com/savefile/kien-thuc-cai-nghien-game/cai-nghien-game-72.html)', () => {
    const a = ask('Cai nghiện game cho con: Cha mẹ cần biết gì trước khi quá muộn?');
    expect(a.route).toBe('fallback');
    expect(f(a.answer)).not.toContain('cong an xa');
  });
  it('a penalty for leaving a facility is a legal question (http://www.baomoi.com/hoc-vien-cai-nghien-ma-tuy-bo-tron-luat-che-tai-ra-sao/c/20781654.epi)', () => {
    expect(ask('Học viên cai nghiện ma túy bỏ trốn, luật chế tài ra sao?').route).toBe('legal');
  });
  it('what follows an escape from a facility has no source: declined, with where to ask (https://amp.laodong.vn/phap-luat/lam-gi-khi-con-nghien-tron-trai-631898.ldo)', () => {
    const a = ask('Làm gì khi "con nghiện" trốn trại?');
    expect(a.route).toBe('fallback');
    expect(f(a.answer)).toContain('bo tron');
  });

  it('a positive drug test is still answered with today\'s next step, not declined as an HIV question', () => {
    const a = ask('Xét nghiệm ma túy dương tính thì sao?');
    expect(a.route).toBe('answer');
  });

  it.each([
    'Methadone là gì?',
    'Người nghiện ma túy đá có dùng methadone được không?',
    'dieu tri methadone dang ky o dau',
    'Ma túy đá có cai bằng methadone được không?',
    'ma tuy da co cai bang methadone duoc khong',
  ])('methadone: opioids only, not for ma túy đá, application at the facility, today before the plans: %s', (q) => {
    const a = ask(q);
    // What holds today comes before what the expired plans set (their figures, if any, last).
    const plans = f(a.answer).indexOf('cac ke hoach');
    if (plans >= 0) expect(plans).toBeGreaterThan(f(a.answer).indexOf('chat dang thuoc phien'));
    expect(['methadone', 'ma-tuy-da']).toContain(a.intent);
    expect(f(a.answer)).toContain('chat dang thuoc phien');
    expect(f(a.answer)).toMatch(/khong dung cho (nguoi nghien )?ma tuy da/);
    expect(a.sources.map((s) => s.url)).toContain('https://thuvienphapluat.vn/van-ban/The-thao-Y-te/Van-ban-hop-nhat-12-VBHN-BYT-2019-Nghi-dinh-dieu-tri-nghien-cac-chat-dang-thuoc-phien-575084.aspx');
    if (a.intent === 'methadone') expect(f(a.answer)).toContain('nop tai co so dieu tri methadone');
  });

  it.each(['Cai nghiện bắt buộc kéo dài bao lâu?', 'Thời hạn đối với người đi cai nghiện ma túy bắt buộc là bao lâu?', 'Khi nào phải cai nghiện bắt buộc?', 'Trường hợp nào thì bị đưa vào cơ sở cai nghiện bắt buộc?'])(
    'compulsory: 12 to 24 months, as the former law, confirm with Công an xã: %s',
    (q) => {
      const a = ask(q);
      expect(a.matched).toBe(true);
      expect(f(a.answer)).toContain('tu 12 den 24 thang');
      expect(f(a.answer)).toContain('theo luat truoc day');
      expect(f(a.answer)).toContain('cong an xa');
      expect(a.sources.map((s) => s.url)).toContain('http://beta.anhp.vn/chuyen-muc-luat-phong-chong-ma-tuy-nam-2021-4-truong-hop-bi-dua-vao-co-so-cai-nghien-bat-buoc-d53005.html');
    },
  );

  it('who is subject to compulsory treatment: adults, the four cases of the former law', () => {
    const a = ask('Khi nào phải cai nghiện bắt buộc?');
    expect(a.intent).toBe('cai-nghien-bat-buoc');
    expect(f(a.answer)).toContain('tu du 18 tuoi');
    expect(f(a.answer)).toContain('bon truong hop');
  });

  it('"Phát hiện chồng dùng ma túy thì vợ nên làm gì?" gets today\'s steps, in order', () => {
    const a = ask('Phát hiện chồng dùng ma túy thì vợ nên làm gì?');
    expect(a.intent).toBe('gia-dinh-lam-gi');
    const t = f(a.answer);
    const at = ['bao cho cong an xa', 'xet nghiem ma tuy', 'mot nam', 'xac dinh tinh trang nghien', 'dang ky cai nghien tu nguyen'].map((s) => t.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(a.hotlines.map((h) => h.number)).not.toContain('111');
  });

  it('ma túy đá: the same steps, methadone not for it, 113 when violent', () => {
    const a = ask('Em trai tôi dùng ma túy đá, gia đình phải làm gì?');
    expect(a.intent).toBe('ma-tuy-da');
    expect(f(a.answer)).toContain('methadone khong dung cho ma tuy da');
    expect(a.hotlines.map((h) => h.number)).toEqual(['113']);
  });

  it('no single word decides the route', () => {
    const broker = ask('Người môi giới mại dâm bị phạt thế nào?');
    expect(broker.route).toBe('legal');
    expect(f(broker.answer)).not.toContain('bao cao su');
    const mood = ask('Con tôi dạo này thay đổi tính tình, có phải dùng ma túy không?');
    expect(mood.intent).not.toBe('thay-doi-sau-ke-hoach');
    expect(f(mood.answer)).toContain('xet nghiem');
    expect(f(mood.answer)).not.toContain('2025');
    for (const q of ['Đi cai nghiện mất bao nhiêu tiền?', 'Quản lý sau cai nghiện kéo dài mấy năm?', 'Cai nghiện kéo dài bao lâu?']) expect(ask(q).intent, q).not.toBe('chi-tieu');
  });
});

describe('legal and penalty questions: the portal is not a legal service', () => {
  it.each([
    'Người môi giới mại dâm bị phạt thế nào?',
    'Mua bán dâm bị xử lý thế nào? Người mua, bán dâm có bị phạt tù không?',
    'Tội tàng trữ trái phép chất ma túy bị xử lý như thế nào?',
    'Vậy hành vi sử dụng ma túy đá trong khách sạn có bị đi tù hay không?',
    'toi muon ly hon voi chong nghien ma tuy',
    'Tội môi giới mại dâm người dưới 18 tuổi bị xử phạt thế nào?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.route).toBe('legal');
    expect(f(a.answer)).toContain('khong phai dich vu phap ly');
    expect(f(a.answer)).toContain('trung tam tro giup phap ly');
    expect(a.hotlines.map((h) => h.number)).toEqual(expect.arrayContaining(['113', '111']));
    expect(a.sources.map((s) => s.url)).toContain('https://tgpl.moj.gov.vn/Pages/chi-tiet-tin.aspx?ItemID=1900&l=Nghiencuutraodoi');
  });

  it.each([
    'cai bắt buộc có phải là đi tù không',
    'Một năm quản lý có phải là bị phạt không?',
    'Số điện thoại tố giác tội phạm ma túy là gì?',
    'Cho tôi hỏi thời gian cai nghiện bắt buộc tối đa là bao lâu?',
    'Em trai tôi có giao du với các đối tượng đi tù về và sử dụng ma túy đá. Gia đình làm thế nào để đưa em tôi đi cai nghiện?',
  ])('not a legal question: %s', (q) => {
    expect(ask(q).route).not.toBe('legal');
  });
});

describe('clarifying questions', () => {
  it('offer distinct options, each leading to a different intent, never the same twice', () => {
    const all = [...new Set([...questions.map((x) => x.q), ...intents.flatMap((i) => [...i.examples, ...i.counterexamples])])];
    let seen = 0;
    for (const q of all) {
      const a = ask(q);
      if (a.route !== 'clarify' || a.intent === null && a.sources.some((s) => s.url === '/so-sanh/')) continue;
      seen++;
      const targets = a.suggestions.map((s) => ask(s, a.context).intent);
      expect(new Set(a.suggestions).size, q).toBe(a.suggestions.length);
      expect(new Set(targets).size, q).toBe(targets.length);
      expect(targets.every((t) => t !== null), q).toBe(true);
    }
    console.log(`clarifying answers checked: ${seen}`);
  });

  it('asks only between distinct options: never the same option twice', () => {
    const intent = (id: string, example: string) => ({ ...data.intents[0]!, id, title: id, handler: 'static' as const, keywords: [], examples: [contentWords(example)], option: example, today: [] });
    const two = createBot({ ...data, intents: [...data.intents, intent('x-alpha', 'zorblat quendix'), intent('x-beta', 'zorblat vimtrok')] });
    const a = two.answer('zorblat quendix vimtrok');
    expect(a.route).toBe('clarify');
    expect(a.suggestions).toEqual(['zorblat quendix', 'zorblat vimtrok']);
    expect(a.suggestions.map((s) => two.answer(s).intent)).toEqual(['x-alpha', 'x-beta']);
    // The same option offered for both: no clarifying question (an honest fallback instead).
    const same = createBot({ ...data, intents: [...data.intents, intent('x-alpha', 'zorblat quendix'), { ...intent('x-beta', 'zorblat vimtrok'), option: 'zorblat quendix' }] });
    const b = same.answer('zorblat quendix vimtrok');
    expect(b.route).toBe('fallback');
  });

  it('a comparison of no comparable indicator asks which, offering only comparable rows', () => {
    const a = ask('so sánh chỉ tiêu giữa các tỉnh');
    expect(a.route).toBe('clarify');
    const rows = data.compare.map((r) => r.id);
    for (const s of a.suggestions) {
      const b = ask(s);
      expect(b.intent, s).toBe('so-sanh');
      expect(rows.some((id) => b.answer.includes(data.compare.find((r) => r.id === id)!.label)), s).toBe(true);
    }
    expect(new Set(a.suggestions.map((s) => ask(s).answer.split('\n')[0])).size).toBe(a.suggestions.length);
  });
});

describe('typos of the words that decide a question', () => {
  it.each([
    ['Cai nghệin ma túy tại gia đình được quy định như thế nào?', 'cai-nghien-tu-nguyen'],
    ['Có Bao Nhiêu Hình Thức Cai Nhgiện Ma Túy Hiện Nay?', 'hinh-thuc-cai-nghien'],
  ])('%s -> %s', (q, id) => {
    expect(ask(q).intent).toBe(id);
  });

  it('never changes a word that is right as typed', () => {
    expect(repairTypos('con toi nghien ma tuy', () => false)).toBe('con toi nghien ma tuy');
    expect(repairTypos('nghein game', (w) => w === 'game')).toBe('nghien game');
    expect(repairTypos('thuoc chuot', (w) => w === 'chuot')).toBe('thuoc chuot');
  });
});

describe('long questions (up to 2,000 characters)', () => {
  const story =
    'Chào cổng thông tin. Tôi năm nay gần sáu mươi tuổi, sống ở một xã miền núi. Con trai tôi đi làm ăn xa mấy năm, về nhà thì hay cáu gắt, bỏ ăn, thức đêm, tiền bạc trong nhà cứ hụt dần. '.repeat(9) +
    'Hàng xóm nói cháu dùng ma túy đá. Tôi rất lo mà không biết hỏi ai, cũng sợ cháu bị bắt. Gia đình tôi bây giờ phải làm gì để đưa cháu đi cai?';
  const long = story.slice(-2000);

  it('reads the whole story and answers its question', () => {
    expect(long.length).toBeGreaterThan(1500);
    expect(long.length).toBeLessThanOrEqual(2000);
    const a = ask(long);
    expect(['ma-tuy-da', 'gia-dinh-lam-gi']).toContain(a.intent);
    expect(f(a.answer)).toContain('bao cho cong an xa');
  });

  it('sends search a bounded digest of the content words, never the whole question', () => {
    const asked: string[] = [];
    const spy = (q: string) => (asked.push(q), []);
    bot.answer(`${'Tôi kể chuyện nhà tôi rất dài, xin lỗi vì làm phiền. '.repeat(35)}Xin hỏi chuyện này là sao?`.slice(-2000), {}, spy);
    expect(asked.length).toBe(1);
    expect(asked[0]!.length).toBeLessThanOrEqual(200);
    expect(asked[0]!.split(' ').length).toBeLessThanOrEqual(12);
    const d = bot.digest(foldVietnamese(long));
    expect(d.length).toBeLessThanOrEqual(200);
    expect(d.split(' ').length).toBeLessThanOrEqual(12);
  });
});

describe('figure questions answer what was asked (issue 15)', () => {
  it('a total question gets the headline total first, with its unit, then the parts', () => {
    const a = ask('Kế hoạch Lào Cai 2020 tổng số người được cai nghiện là bao nhiêu?');
    const lines = a.answer.split('\n').filter((l) => l.startsWith('•'));
    expect(lines[0]).toContain('2.600 lượt người');
    expect(lines[1]).toContain('1.600 người');
    expect(lines[1]).not.toContain('lượt');
    expect(a.sources[0]!.url).toBe('/ke-hoach/lao-cai-2020/#p-31');
    expect(f(a.answer)).toContain('luot nguoi');
    expect(a.answer).toMatch(/Lưu ý đơn vị/);
  });

  it('a question naming a district reads its Phụ biểu row, not the province totals', () => {
    const a = ask('Huyện Sa Pa được giao cai nghiện bao nhiêu người?');
    expect(a.intent).toBe('chi-tieu');
    expect(a.answer).toContain('dòng Sa Pa');
    expect(a.answer).toContain('Tổng số người được cai nghiện: 60');
    expect(a.answer).not.toContain('1.600');
    expect(a.sources[0]!.url).toBe('/ke-hoach/lao-cai-2020/#p-75');
    expect(ask('Mường Khương cai nghiện bao nhiêu người?').answer).toContain('dòng M. Khương');
  });

  it('a comparison sets only comparable indicators side by side, for the provinces asked', () => {
    const a = ask('So sánh số người cai nghiện giữa Quảng Ninh và Lào Cai');
    expect(a.intent).toBe('so-sanh');
    const row = data.compare.find((r) => r.id === 'cai-nghien-tong')!;
    const ids = new Set(Object.entries(row.cells).flatMap(([slug, list]) => list.map((id) => `${slug}/${id}`)));
    const lines = a.answer.split('\n').filter((l) => l.startsWith('•'));
    expect(lines.length).toBe(3);
    expect(lines.every((l) => /^• (Quảng Ninh 2022|Lào Cai 2020):/.test(l))).toBe(true);
    for (const s of a.sources) expect(data.targets.some((t) => ids.has(`${t.plan}/${t.id}`) && t.url === s.url && t.quote === s.quote)).toBe(true);
    expect(a.answer).toContain(row.note);
    const other = ask('so sánh điểm tư vấn giữa Quảng Ninh và Hưng Yên');
    expect(other.answer).not.toMatch(/Lào Cai|Ninh Thuận|Sơn La/);
    expect(other.answer).toContain('Hưng Yên 2021: kế hoạch không đặt chỉ tiêu này.');
  });

  it('"Có số liệu nào không khớp" lists the consistency checks, each with its paragraph link', () => {
    const a = ask('Có số liệu nào không khớp không?');
    expect(a.intent).toBe('so-lieu-khong-khop');
    expect(data.checks.length).toBeGreaterThan(0);
    for (const c of data.checks) {
      expect(a.answer).toContain(c.text);
      expect(a.sources.some((s) => s.url === c.url && /#p-\d+/.test(s.url))).toBe(true);
    }
    expect(a.answer).not.toMatch(/json|csv|số hiệu/i);
    // One classification, one count: the sentence the plan page prints; real mismatches first.
    const lc = data.checkSummaries.find((x) => x.plan === 'lao-cai-2020')!;
    expect(a.answer).toContain(`Lào Cai 2020 (${lc.text}):`);
    expect(a.answer.lastIndexOf('• Không khớp')).toBeLessThan(a.answer.indexOf('• Lệch nhỏ'));
    const clean = ask('kế hoạch Quảng Ninh có số liệu nào không khớp không');
    expect(clean.intent).toBe('so-lieu-khong-khop');
    expect(clean.answer).toContain('không thấy chỗ nào số liệu không khớp trong kế hoạch Quảng Ninh 2022');
  });

  it('a methadone-target question lists each figure once', () => {
    const a = ask('Lào Cai có bao nhiêu cơ sở cấp phát thuốc Methadone?');
    expect(a.answer.match(/16 cơ sở/g)?.length).toBe(1);
    const lines = a.answer.split('\n').filter((l) => l.startsWith('•'));
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('follow-ups', () => {
  it('a new question that starts like "còn" ("con tôi…") is not read as a follow-up of the last answer', () => {
    const first = ask('Ai ký kế hoạch Quảng Ninh?');
    expect(first.intent).toBe('thong-tin-ke-hoach');
    const next = ask('con tôi nghiện thì cai ở đâu', first.context);
    expect(next.intent).not.toBe('thong-tin-ke-hoach');
    expect(foldVietnamese(next.answer)).toContain('cong an xa');
  });

  it('"còn Lào Cai thì sao?" still follows the last answer with the new province', () => {
    const first = ask('Ai ký kế hoạch Quảng Ninh?');
    const next = ask('còn Lào Cai thì sao?', first.context);
    expect(next.intent).toBe('thong-tin-ke-hoach');
    expect(next.answer).toContain('Lào Cai');
  });
});

describe('the first number when a crisis is abroad', () => {
  // test/real-questions/tune/c.yaml c-032 (news report of a seafarer's message): held for
  // ransom at sea, abroad. 113 cannot be dialled from there; 111 takes trafficking reports.
  it('puts 111 first for people held for ransom abroad, with 113 still listed', () => {
    const a = ask('Hải tặc đã đưa tất cả các thuyền viên trên tàu lên bờ để giam giữ, yêu cầu chủ tàu chuyển tiền chuộc cho chúng. Hiện nay do chủ tàu chậm nộp tiền chuộc tàu nên hải tặc đã chặt đứt một cánh tay của thuyền trưởng');
    expect(a.route).toBe('crisis');
    expect(a.hotlines[0]?.number).toBe('111');
    expect(a.hotlines.map((h) => h.number)).toContain('113');
  });

  it('keeps 113 first for a kidnapping with ransom inside the country', () => {
    const a = ask('bọn nó bắt nhà em gửi tiền mới thả em về');
    expect(a.route).toBe('crisis');
    expect(a.hotlines[0]?.number).toBe('113');
  });
});
