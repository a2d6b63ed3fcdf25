/**
 * The second line of crisis detection (functions/lib/bot-danger.ts, content/faq/danger.yaml)
 * over its real lexicon (build/bot.json): real messages from public pages are routed to the
 * right crisis rule and number; ordinary questions with alarming words raise no alarm, typed
 * with or without accents; every ordinary entry of the tune corpus and of the bot's question
 * set stays quiet; the bot answers a message safety.check misses with the danger rule.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import botJson from '../../build/bot.json';
import { combineHits, createDanger } from '../../functions/lib/bot-danger.ts';
import { createSafety } from '../../functions/lib/bot-safety.ts';
import { createBot, type BotData } from '../../functions/lib/bot.ts';
import { VARIANTS, variantOf } from '../eval/variants.ts';

const data = botJson as unknown as BotData;
const danger = createDanger(data);
const first = (q: string) => {
  const hit = danger.check(q);
  return hit ? { rule: hit.rule.id, first: data.hotlines[hit.hotlines[0]!]?.number } : null;
};

// Real messages quoted on public pages (verbatim), with the crisis rule and the number that
// must come first.
const crises: [q: string, rule: string, number: string][] = [
  // https://giaoducthoidai.vn/co-gai-cuu-minh-khoi-ke-bat-coc-nho-goi-cho-canh-sat-dat-do-an-post320779.html
  ['Tôi biết mà. Tôi không muốn gì khác. Tôi không thể ra ngoài', 'khan-cap-mua-ban-nguoi', '111'],
  // https://soha.vn/loi-khai-cua-doi-tuong-giup-ban-bat-coc-chau-ruot-o-tp-thu-duc-20220710095635164.htm
  ['phải đưa 200 triệu đồng nếu không sẽ không gặp lại được cháu nội', 'khan-cap-bat-coc', '113'],
  // https://giadinh.suckhoedoisong.vn/nguoi-me-khoc-nghen-khi-con-trai-bi-lua-ban-danh-dap-172241111161245194.htm
  ['kèm tin nhắn chuộc con, nếu không nhận xác về mà chôn', 'khan-cap-bat-coc', '113'],
  // https://dantri.com.vn/giao-duc-huong-nghiep/tan-cung-dau-don-khi-con-trai-thong-bao-con-se-chet-luc-22-tuoi-20220228112240317.htm
  ['Con muốn chết nhưng con sẽ cố gắng tốt nghiệp đại học. Con sẽ chết ở tuổi 22 tuổi', 'khan-cap-tu-hai', '115'],
  // https://www.24h.com.vn/an-ninh-xa-hoi/canh-giac-thien-duong-viec-nhe-luong-cao-bai-3-kinh-hai-loi-hua-doi-doi-c51a1704212.html
  ['Mẹ cứu con, họ bảo con đi. Nếu họ đưa con qua Myanmar là hết đường về, con mất liên lạc luôn', 'khan-cap-mua-ban-nguoi', '111'],
  // https://danviet.vn/cong-an-ha-noi-giai-cuu-nam-thanh-nien-khoi-kich-ban-lua-dao-bat-coc-online-tinh-vi-d1360332.html
  ['Chuyển ngay 150 triệu nếu không muốn nhận xác con trai. Nó nợ chứng khoán, không trả thì mất mạng', 'khan-cap-bat-coc', '113'],
  // http://plo.vn/an-ninh-trat-tu/chieu-lua-doi-no-kho-tin-qua-dien-thoai-ban-520235.html
  ['Con trai ông thiếu nợ chúng tôi 50 triệu đồng, ông phải trả ngay nếu không tôi giết nó', 'khan-cap-bat-coc', '113'],
  // https://danviet.vn/son-da-ga-loi-de-doa-tong-tien-tren-mang-xa-hoi-chuyen-gia-canh-bao-phu-huynh-ra-sao-20211016061657217.htm
  ['mày đưa tiền cho tao 12 triệu, mày không có tao giết con mày', 'khan-cap-bat-coc', '113'],
  // https://ngoisao.net/tin-tuc/thoi-cuoc/24h/be-gai-4-tuoi-tron-thoat-ngoan-muc-khoi-ke-bat-coc-3260291.html
  ['Con của vợ chồng bà nằm trong tay tui. Vợ chồng bà không muốn mất con thì phải đưa tôi một tỷ đồng. Nếu gia đình bà báo công an thì phải gánh chịu hậu quả', 'khan-cap-bat-coc', '113'],
  // https://baonghean.vn/nu-sinh-bi-bat-coc-online-va-doa-dua-sang-campuchia-de-doi-tien-chuoc-10304583.html
  ['Đừng có nghĩ chuyện báo Công an không con mày khổ đấy. Tao cũng nói cho mày rồi, tao bị AIDS giai đoạn cuối rồi...', 'khan-cap-bat-coc', '113'],
  // https://phunutoday.vn/amp/khon-ba-nam-dai-mot-gio-gai-xinh-hut-lien-tiep-30-qua-bong-cuoi-bi-sot-co-giat-mat-giong-d143770.html
  ['Về nhà có hiện tượng sốt co giật, ù tai đau họng, giờ không nói được, ú ớ luôn.', 'khan-cap-y-te', '115'],
  // http://antg.cand.com.vn/Ho-so-Interpol/Co-dau-Viet-bi-nguoc-dai-o-Trung-Quoc-khan-thiet-keu-cuu-304126/
  ['Má ơi cứu con! Nó trói con, nó bỏ đói con, nó đánh con, cho con uống nước tiểu 3 ngày nay rồi má ơi! Con phải giấu điện thoại trong quần lót…', 'khan-cap-mua-ban-nguoi', '111'],
  // http://tothethao.com/bong-da_canh-lam-viec-nhu-dia-nguc-cua-nguoi-giup-viec-o-arap-xeut-587285.html
  ['Có lẽ tôi không thể sống lâu hơn được nữa. Xin hãy cứu tôi. Họ đã nhốt tôi 15 ngày và hầu như không đưa cho tôi chút thức ăn nào. Họ làm bỏng tay tôi bằng dầu nóng và trói tôi', 'khan-cap-mua-ban-nguoi', '111'],
  // https://quyenduocbiet.blogspot.com/2025/06/nan-nhan-buon-nguoi-o-campuchia-bi.html
  ['Làm việc được một thời gian, họ thấy em nghe lời, mới trả lại điện thoại. Nhưng không trả giấy tờ. Em lấy điện thoại liên lạc về cho nhà, để nhà giúp báo công an. Họ biết, họ đánh em. Đánh xong họ điện cho mẹ em, bắt mẹ em gửi tiền chuộc.', 'khan-cap-mua-ban-nguoi', '111'],
  // https://baothainguyen.vn/thoi-su-trong-nuoc/201202/thuyen-vien-bi-cuop-bien-somalia-bat-coc-goi-dien-keu-cuu-3677E37
  ['Hải tặc đã đưa tất cả các thuyền viên trên tàu lên bờ để giam giữ, yêu cầu chủ tàu chuyển tiền chuộc cho chúng.', 'khan-cap-mua-ban-nguoi', '111'],
  // https://tntmedia-atlanta.com/tinh-canh-song-nhu-nguc-tu-cua-nan-nhan-bi-lua-ban-qua-campuchia
  ['Nói chung qua Campuchia này dễ chết lắm. Nếu làm không được, không có tiền chuộc thì nó sẽ lấy thận của em. Nó doạ em vậy!', 'khan-cap-mua-ban-nguoi', '111'],
  // https://cafef.vn/nhan-cuoc-goi-bao-co-don-hang-nu-sinh-lien-chuyen-khoan-20-trieu-dong-nhung-van-chua-du-phai-nho-bo-nop-them-50-trieu-188250820155903768.chn
  // (a threat to sell the child abroad "otherwise": the child is held here, 113 first)
  ['đã bắt giữ con tôi đồng thời yêu cầu tôi chuẩn bị 50 triệu để chuyển khoản vào số tài khoản mà họ đưa để chuộc con, nếu không thực hiện theo sẽ bán con tôi qua Campuchia', 'khan-cap-bat-coc', '113'],
  // https://doisong.vnexpress.net/tin-tuc/to-am/co-dau-viet-bo-tron-vi-bi-chong-han-quoc-bao-hanh-tinh-duc-2273341.html
  ['Tưởng con được sung sướng nơi xứ người, thế nhưng hai tuần sau khi P. đi, tôi nhận điện thoại của con gái báo nó bị đối xử tàn tệ. Chồng đêm nào cũng đòi quan hệ, lại quá hung hãn khiến P. bị đau và tìm cách né tránh', 'khan-cap-mua-ban-nguoi', '111'],
];

// Ordinary questions and headlines with alarming words: no crisis answer (a procedure, the
// law, a past case, advice asked of a doctor or a lawyer, prevention, an idiom).
const ordinary: [q: string][] = [
  // https://lifestyle.znews.vn/soc-ma-tuy-giet-nguoi-nhanh-nhu-the-nao-post877490.html
  ['Sốc ma túy giết người nhanh như thế nào?'],
  // https://baomoi.net.vn/vu-con-cam-dao-chem-me-do-ma-tuy-da-va-bi-ao-giac-c29963553.epi
  ['Vụ con cầm dao chém mẹ: Do ma túy đá và bị ảo giác!'],
  // https://www.sggp.org.vn/phat-tu-con-trai-chem-me-de-post694398.html
  ['Phạt tù con trai chém mẹ đẻ'],
  // https://ngoisao.vn/theo-dong-su-kien/tin-nong-trong-ngay/giet-ban-gai-cat-tay-va-loi-canh-tinh-cho-dan-dap-da-119807.htm
  ['Giết bạn gái, cắt tay và lời cảnh tỉnh cho dân đập đá'],
  // https://thanhnien.vn/thoi-su/tranh-tham-an-tu-nguoi-nghien-ngao-da-1078221.html
  ['Tránh thảm án từ người nghiện ngáo đá'],
  // http://cuuchienbinh.vn/lam-gi-khi-bi-soc-ma-tuy/amp
  ['Làm gì khi bị sốc ma túy?'],
  // https://soha.vn/khi-con-bi-cuon-vao-tro-lua-tong-tien-qua-mang-phu-huynh-can-lam-gi-ngay-198250905213737753.htm
  ['Khi con bị cuốn vào trò lừa tống tiền qua mạng, phụ huynh cần làm gì ngay?'],
  // https://us.24h.com.vn/an-ninh-hinh-su/nhieu-tre-em-gai-thieu-nu-bi-lua-vao-dong-karaoke-qua-nguoi-quen-tren-mang-c51a1551204.html
  ['Bị ép làm gái karaoke sau khi ra Hà Nội bán hàng'],
  // https://plo.vn/giai-cuu-thieu-nu-bi-chu-quan-karaoke-giu-ep-viet-giay-no-post867250.html
  ['Giải cứu thiếu nữ bị chủ quán karaoke giữ, ép viết giấy nợ'],
  // https://luatminhgia.com.vn/hoi-dap-hon-nhan/hoi-tu-van-ve-muon-ly-hon-do-hanh-vi-bao-luc-gia-dinh-.aspx
  ['Chào các anh chị luật sư, anh chị cho em hỏi về việc ly hôn khi bị bạo hành gia đình với ạ'],
  ['em muốn hỏi anh chị là việc chửi bới xúc phạm người khác của bố chồng em có phải là bạo lực gia đình không, chồng em cũng vậy?'],
  // https://luatlvn.com/2023/02/15/xu-ly-khi-cha-co-hanh-vi-ngoai-tinh-va-bao-luc-gia-dinh-muc-phat-bao-hanh-gia-dinh
  ['Tháng 10/2015 ông S xuống nhà em, đánh gãy tay em gái em. Ông sự còn có hành vi vu khống cho em khi nói em đuổi ổng ra khỏi nhà, nên ổng mới đuổi em. Với hành vi như vậy của ông S em có thể kiện ổng về tội gì ?'],
  // https://nguoiduatin.vn/phat-hien-chong-ngoai-tinh-neu-ly-hon-vo-co-duoc-quyen-nuoi-con-204496561.htm
  ['Vậy cho tôi hỏi, với những bằng chứng chồng ngoại tình, chồng bạo hành, giờ tôi và chồng ly hôn thì tôi có được lợi thế giành quyền nuôi con không?'],
  // https://giadinh.suckhoedoisong.vn/nguoi-me-khoc-nghen-khi-con-trai-bi-lua-ban-danh-dap-172241111161245194.htm
  ['Đến ngày 20/10, người con gọi về báo "con đã bán điện thoại để có tiền sang Campuchia"'],
  // https://giadinh.suckhoedoisong.vn/ma-tuy-da-la-gi-ma-khien-con-giet-chet-ca-bo-me-1722015091700484782.htm
  ['Ma túy đá là gì mà khiến con giết chết cả bố, mẹ?'],
  // https://dantri.com.vn/phap-luat/nhung-tinh-huong-phap-ly-doi-voi-hanh-vi-bat-coc-tre-em-20221220171257072.htm
  ['Gần đây tôi thấy báo chí viết về vụ việc bắt cóc trẻ em, vậy xin quý báo cho biết, hành vi bắt cóc trẻ em sẽ bị xử lý như thế nào?'],
  // https://luatvietnam.vn/tin-van-ban-moi/bat-coc-tre-em-phai-chiu-hinh-phat-gi-186-7533-article.html
  ['Bắt cóc trẻ em phải chịu hình phạt gì?'],
  // https://congly.vn/print/401309.html
  ['Gây thương tích cho người khác khi “ngáo đá” có bị xử lý hình sự?'],
  // https://luatbacninh.vn/tag/xu-phat-khi-bat-giu-nguoi-trai-phap-luat-de-doi-no-duoc-quy-dinh-nhu-the-nao/
  ['Xử phạt khi bắt giữ người trái pháp luật để đòi nợ được quy định như thế nào?'],
  // https://baoapbac.vn/ban-doc/202303/lam-gi-khi-con-bi-du-do-ep-buoc-hut-ma-tuy-da-974627/index.htm
  ['Làm gì khi con bị dụ dỗ, ép buộc hút ma túy đá?'],
  // https://vtv.vn/suc-khoe/lam-gi-khi-gap-nguoi-ngao-da-20191226104624656.htm
  ['Làm gì khi gặp người ngáo đá?'],
  // https://plo.vn/tong-dai-quoc-gia-111-ket-noi-de-bao-ve-tre-em-post663452.html
  ['khi phát hiện trẻ em bị xâm hại, bạo lực thì nên liên hệ nơi nào?'],
  // https://tintuconline.com.vn/thoi-su/vo-moi-thay-cung-tri-ngao-da-cho-chong-n-300849.html
  ['Mấy ngày trước khi vào viện, anh ấy liên tục lên cơn động kinh, lúc thì nhảy múa điên loạn lúc lại ngồi co quắp ở góc nhà, không cho ai tới gần…'],
  // https://ngoisao.vnexpress.net/vo-vuong-vao-ma-tuy-va-khong-muon-song-voi-toi-nua-3565567.html
  ['Trong một lần quen người con gái là les, vợ tôi đã vướng vào ma túy, đập đá, cô ấy thay đổi nhanh chóng.'],
  // http://plo.vn/ho-so-phong-su/kho-vi-nguoi-nghien-bai-3-khong-di-cai-con-toi-se-chet-som-514970.html
  ['Không đi cai, con tôi sẽ chết sớm'],
  // https://vnexpress.net/bo-tai-nghien-toi-bat-luc-nhin-me-ganh-ca-gia-dinh-4887355.html
  ['Giờ tinh thần của bố không ổn định. Tôi và mẹ đang thật sự rất bế tắc và tuyệt vọng, thực tế khi gia đình quyết định về cũng không có đồng vốn nào.'],
  // Procedure questions of issue 12 (the words of a danger, asked about treatment).
  ['Đi cai nghiện tự nguyện có bị giữ lại lâu không?'],
  ['em bị bạn cùng lớp rủ thử thuốc lắc'],
  ['Tự túc tiền ăn khi đi cai có được không?'],
  ['Cơ sở cai nghiện có nhốt người cai không?'],
  // An idiom, not a wish to die.
  ['Hôm nay đi làm về mệt muốn chết'],
];

describe('real messages of danger are routed to their crisis rule, the right number first', () => {
  it.each(crises)('%s', (q, rule, number) => {
    expect(first(q)).toEqual({ rule, first: number });
  });
});

describe('ordinary questions with alarming words raise no alarm, with or without accents', () => {
  for (const variant of VARIANTS) {
    it.each(ordinary)(`[${variant}] %s`, (q) => {
      expect(danger.check(variantOf(q, variant))).toBeNull();
    });
  }
});

describe('the gate: no ordinary entry of the tune corpus or of the bot question set raises an alarm', () => {
  const dir = 'test/real-questions/tune';
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(`${dir}/${f}`, 'utf8')) as { id: string; q: string; expect: string }[])
    .filter((e) => e.expect !== 'crisis');
  it('has ordinary entries to check', () => expect(entries.length).toBeGreaterThan(100));
  for (const variant of VARIANTS) {
    it(`tune corpus, ${variant}`, () => {
      const alarms = entries.filter((e) => danger.check(variantOf(e.q, variant))).map((e) => e.id);
      expect(alarms).toEqual([]);
    });
  }
  it('test/bot-questions.yaml', () => {
    const { questions } = parse(readFileSync('test/bot-questions.yaml', 'utf8')) as { questions: { q: string; kind: string }[] };
    const alarms = questions.filter((x) => x.kind !== 'crisis' && danger.check(x.q)).map((x) => x.q);
    expect(alarms).toEqual([]);
  });
});

describe('how it reads', () => {
  it('reads the accents typed: "bị bạn" is not "bị bán"', () => {
    expect(first('bọn nó bán em sang Trung Quốc rồi, cứu em')).toEqual({ rule: 'khan-cap-mua-ban-nguoi', first: '111' });
    expect(danger.check('bọn nó là bạn em ở Trung Quốc, cứu em với bài này')).toBeNull();
  });
  it('without accents, an unmistakable danger with one sign of a person is enough; with only a second danger it is not', () => {
    // tune corpus d-092 (http://pnvnnuocngoai.vn/lam-dau-xu-la/tam-su/moi-yeu-nhau-da-bi-bao-hanh-151609.html), typed without accents
    expect(danger.check('Em bi nguoi yeu nhot')?.route).toBe('crisis');
    expect(danger.check('Soc ma tuy giet nguoi nhanh nhu the nao?')).toBeNull();
  });
  it('without accents, one ambiguous word confirms nothing; two kinds of support do', () => {
    // "bi ban be" is "bị bạn bè"; "cho toi" is "cho tôi" as well as "chở tôi".
    expect(danger.check('bi ban be xau loi keo thi toi nghi chang may dinh vao')).toBeNull();
    expect(danger.check('cho toi hoi ve thu tuc')).toBeNull();
    expect(first('con toi dang bi nhot o day, ho khong cho con ve')).toEqual({ rule: 'khan-cap-mua-ban-nguoi', first: '111' });
  });
  it('reads a long word typed with two letters swapped', () => {
    // https://tntmedia-atlanta.com/tinh-canh-song-nhu-nguc-tu-cua-nan-nhan-bi-lua-ban-qua-campuchia (one typo):
    // if the place were lost, the ransom alone would put 113 first
    expect(first('Nói chung qua Campuciha này dễ chết lắm. Nếu làm không được, không có tiền chuộc thì nó sẽ lấy thận của em.')).toEqual({ rule: 'khan-cap-mua-ban-nguoi', first: '111' });
  });
  it('a danger needs a real person now: a bare danger word is not a crisis', () => {
    expect(danger.check('ảo giác')).toBeNull();
    expect(danger.check('bắt cóc')).toBeNull();
  });
  it('a question about the law stays quiet unless an urgent word or a plea is near', () => {
    expect(danger.check('Chồng tôi đánh tôi thì bị phạt thế nào?')).toBeNull();
    expect(first('Chồng tôi đang cầm dao dọa giết tôi ngay bây giờ, anh ấy có bị phạt không?')).toEqual({ rule: 'khan-cap-bao-luc', first: '113' });
  });
  it('a negated danger is no danger; a held-at-home word needs a place abroad or a workplace', () => {
    expect(danger.check('con tôi không bị đánh, chỉ hay cáu')).toBeNull();
    expect(danger.check('con tôi đi cai xong muốn về nhà')).toBeNull();
    expect(first('em ở Campuchia, em muốn về nhà mà họ bắt làm suốt')).toEqual({ rule: 'khan-cap-mua-ban-nguoi', first: '111' });
  });
  it('a child hurt when nothing says "now" goes to the child line; violence now to 113', () => {
    expect(first('bé hàng xóm 6 tuổi bị bố dượng bạo hành')).toEqual({ rule: 'khan-cap-tre-em', first: '111' });
    expect(first('bố dượng đang đánh bé 6 tuổi nhà bên')).toEqual({ rule: 'khan-cap-bao-luc', first: '113' });
  });
  it('collects the numbers of every route that applies, its own first', () => {
    const hit = danger.check('họ nhốt em ở Campuchia, em bị đánh bất tỉnh');
    expect(hit?.rule.id).toBe('khan-cap-mua-ban-nguoi');
    expect(hit?.hotlines.slice(0, 2)).toEqual(['111', '113']);
    expect(hit?.hotlines).toContain('115');
  });
  it('reads a 2,000-character story to its end', () => {
    const story = `${'Con tôi đi làm ăn xa, gia đình rất lo. '.repeat(48)}Giờ con nhắn: họ nhốt con, cứu con với.`;
    expect(story.length).toBeGreaterThan(1900);
    expect(first(story)).toEqual({ rule: 'khan-cap-mua-ban-nguoi', first: '111' });
  });
});

describe('the bot asks it after safety.check', () => {
  const bot = createBot(data);
  const safety = createSafety(data);
  it.each(crises)('answers with the first line when it triggers (unless only this one sees the person abroad), else with this one: %s', (q) => {
    const hit = combineHits(safety.check(q), danger.check(q), (id) => data.hotlines[id]?.number)!;
    const a = bot.answer(q);
    expect(a.route).toBe('crisis');
    expect(a.intent).toBe(hit.rule.id);
    expect(a.hotlines.map((h) => h.number)).toEqual(hit.hotlines.map((id) => data.hotlines[id]!.number));
  });
  it('with no phrases in rules.yaml, the bot still routes a real message, with the rule\'s own answer', () => {
    const bare = createBot({ ...data, crisis: data.crisis.map((r) => ({ ...r, patterns: [], severe: [], withContext: [] })) });
    const q = 'Con trai ông thiếu nợ chúng tôi 50 triệu đồng, ông phải trả ngay nếu không tôi giết nó';
    const a = bare.answer(q);
    expect(a.route).toBe('crisis');
    expect(a.intent).toBe('khan-cap-bat-coc');
    expect(a.hotlines[0]?.number).toBe('113');
    expect(a.answer).toBe(data.crisis.find((r) => r.id === 'khan-cap-bat-coc')!.answer);
  });
});

describe('no single phrase decides: a question about danger in general is not a danger now', () => {
  const bot = createBot(data);
  const safety = createSafety(data);
  // Real questions (tune corpus) that a phrase rule of rules.yaml alone sends to a crisis answer.
  const general: [q: string, source: string][] = [
    ['Gần đây tôi thấy báo chí viết về vụ việc bắt cóc trẻ em, vậy xin quý báo cho biết, hành vi bắt cóc trẻ em sẽ bị xử lý như thế nào?', 'https://dantri.com.vn/phap-luat/nhung-tinh-huong-phap-ly-doi-voi-hanh-vi-bat-coc-tre-em-20221220171257072.htm'],
    ['Bắt cóc trẻ em phải chịu hình phạt gì?', 'https://luatvietnam.vn/tin-van-ban-moi/bat-coc-tre-em-phai-chiu-hinh-phat-gi-186-7533-article.html'],
    ['Sốc ma tuý nguy hiểm như thế nào và cách sơ cứu?', 'https://infonet.vietnamnet.vn/soc-ma-tuy-nguy-hiem-nhu-the-nao-va-cach-so-cuu-233270.html'],
    ['Làm thế nào để đối phó với đối tượng “ngáo đá”?', 'http://dantri.com.vn/xa-hoi/lam-the-nao-de-doi-pho-voi-doi-tuong-ngao-da-20161113091252013.htm'],
    ['khi phát hiện trẻ em bị xâm hại, bạo lực thì nên liên hệ nơi nào?', 'https://plo.vn/tong-dai-quoc-gia-111-ket-noi-de-bao-ve-tre-em-post663452.html'],
  ];
  it.each(general)('%s is answered, not sent to a crisis answer, and still lists the numbers (%s)', (q) => {
    expect(safety.check(q)?.route).toBe('crisis'); // the phrase rule alone would raise the alarm
    for (const v of VARIANTS) {
      const a = bot.answer(variantOf(q, v));
      expect(a.route, v).not.toBe('crisis');
      expect(a.route, v).not.toBe('harm');
      expect(a.hotlines.length, v).toBeGreaterThan(0);
    }
  });
  // Written for this test: the same framing words around a danger to someone of the writer's own,
  // or happening now, or with a plea, stays a crisis.
  it.each([
    ['Con tôi bị bắt cóc, bọn nó đòi tiền chuộc, luật xử lý thế nào?', '113'],
    ['Cháu bé nhà bên đang bị xâm hại, khi phát hiện thì nên liên hệ nơi nào?', '111'],
    ['Sốc ma túy, nó nằm co giật ngay trước mặt tôi, cứu với, cách sơ cứu?', '115'],
  ])('%s stays a crisis, %s first', (q, number) => {
    const a = bot.answer(q);
    expect(a.route).toBe('crisis');
    expect(a.hotlines[0]?.number).toBe(number);
  });
});

describe('a crisis told from abroad puts 111 first, whichever reader found it', () => {
  const bot = createBot(data);
  const safety = createSafety(data);
  // https://www.datviet.com/bo-ngoai-giao-csvn-ngo-lo-166-nguoi-viet-mac-ket-o-myanmar/?amp=1
  // (tune corpus c-044): a group stranded in Myanmar writing to the embassy.
  const q = 'Đại sứ quán bảo xác nhận được thông tin của công dân nhưng mà vẫn chưa thấy đến thăm gặp chúng tôi và xử lý cho chúng tôi để chúng tôi về. Mong Sứ quán và Chính phủ Việt Nam sẽ cố gắng cứu lấy chúng tôi và giúp đỡ chúng tôi về quê hương sớm nhất có thể. Cứu lấy chúng tôi!';
  it('the phrase rules alone would put 113 first; the bot puts 111 first and keeps 113 after it', () => {
    const hit = safety.check(q)!;
    expect(data.hotlines[hit.hotlines[0]!]?.number).toBe('113');
    const numbers = bot.answer(q).hotlines.map((h) => h.number);
    expect(numbers[0]).toBe('111');
    expect(numbers).toContain('113');
  });
  it('a place abroad inside a threat ("nếu không … bán sang") does not move the number', () => {
    // Written for this test.
    const threat = 'Con tôi bị bắt cóc rồi, chúng nó đòi 50 triệu, nếu không chúng sẽ mang nó sang Campuchia';
    expect(bot.answer(threat).hotlines[0]?.number).toBe('113');
    expect(bot.answer('Con tôi bị bắt cóc rồi, giờ nó đang ở Campuchia').hotlines[0]?.number).toBe('111');
  });
});

describe('the number first follows what marks trafficking, and a past, cared-for assault is no alarm', () => {
  const bot = createBot(data);
  const lead = (q: string) => {
    const a = bot.answer(q);
    return { crisis: data.crisis.some((r) => r.id === a.intent), first: a.hotlines[0]?.number };
  };
  it.each([
    // http://tothethao.com/bong-da_canh-lam-viec-nhu-dia-nguc-cua-nguoi-giup-viec-o-arap-xeut-587285.html (tune c-026):
    // strangers who move her from house to house and beat her.
    ['Họ đưa tôi từ nhà này tới nhà khác. Tại nhà đầu tiên, họ hành hạ và đánh tôi thường xuyên. Rồi tôi lại được đưa sang nhà khác và ở đó tôi cũng bị đánh đập như ở nhà đầu. Tôi sợ rằng mình sẽ chết. Họ đánh và hành hạ tôi. Xin hãy cứu tôi, hãy đưa tôi đi khỏi đây', '111'],
    // https://vov.vn/phap-luat/giai-cuu-nhieu-nan-nhan-bi-lua-sang-campuchia-lam-viec-post953490.vov (tune d-070):
    // told from afar ("bên đó điện về"), electrocuted at work.
    ['Con cháu bên đó điện về hối liên tục, bị khủng hoảng tinh thần. Một ngày làm việc từ 16 đến 17 giờ, ngủ gục thì bị chích điện', '111'],
    // https://beta.voh.com.vn/phap-luat/13-gio-dia-nguc-cua-nguoi-phu-nu-bi-ban-trai-bao-hanh-560533.html (tune d-049):
    // a partner who beats her and keeps her from escaping: violence at home.
    ['Anh ấy ra ngoài kiểm tra xem có công an hoặc hàng xóm phát hiện hay không, sau đó quay lại đánh tiếp. Tôi đã tìm mọi cách để thoát thân nhưng đều thất bại.', '113'],
    // Written for this test: in hospital, and a death threat after it: still a danger now.
    ['Chồng tôi đánh tôi nhập viện, giờ anh ta dọa giết tôi nếu tôi về', '113'],
  ])('%s → a crisis answer, %s first', (q, number) => {
    expect(lead(q)).toEqual({ crisis: true, first: number });
  });
  it('an assault told after the fact, from hospital, gets no crisis answer (tune h-025)', () => {
    // https://znews.vn/nguoi-phu-nu-bi-hang-xom-tan-cong-chui-boi-vi-to-cao-hanh-vi-sam-so-post1618270.html
    const q = 'Tôi bị đánh nhiều vào vùng đầu nên giờ vẫn thấy đau, ù tai trái, buồn nôn. Kết quả kiểm tra ở bệnh viện cho thấy tôi bị chấn động não nhẹ, phải ở lại theo dõi';
    expect(lead(q).crisis).toBe(false);
  });
});
