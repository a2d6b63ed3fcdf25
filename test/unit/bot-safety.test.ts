/**
 * Crisis and harm detection (functions/lib/bot-safety.ts) over the real rules
 * (content/faq/rules.yaml, compiled into build/bot.json): real crisis messages are routed
 * first with the right number, typed with or without accents; ordinary questions about
 * procedures, costs and the law never get a crisis or harm answer; words in between do not
 * hide a danger phrase; the accents typed are honoured.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import botJson from '../../build/bot.json';
import { createBot, type BotData } from '../../functions/lib/bot.ts';
import { createSafety, MAX_GAP } from '../../functions/lib/bot-safety.ts';
import { foldVietnamese } from '../../functions/lib/fold.ts';

const data = botJson as unknown as BotData;
const bot = createBot(data);
const safety = createSafety(data);
const ask = (q: string) => bot.answer(q);
const first = (q: string) => ask(q).hotlines[0]?.number;

type Row = [question: string, firstNumber: string];

// Real messages. Where a line quotes a news report, the report is named above it.
const CRISIS: Row[] = [
  // The missed crises.
  ['bọn nó bắt nhà em gửi tiền mới thả em về', '113'],
  ['họ đang chở cháu đi đâu không biết, cháu sợ lắm', '113'],
  ['con gai toi bi lua ban sang trung quoc', '111'],
  ['Chị tôi bị người ta lừa bán sang Campuchia', '111'],
  // https://vnexpress.net/cuoc-goi-me-oi-cuu-con-4953166.html (messages to a vlogger from scam compounds)
  ['Anh ơi, cứu người thân tôi bên đó', '111'],
  ['Em bị giam rồi, giúp em với', '111'],
  // https://www.24h.com.vn/an-ninh-xa-hoi/canh-giac-thien-duong-viec-nhe-luong-cao-bai-3-kinh-hai-loi-hua-doi-doi-c51a1704212.html
  ['Mẹ cứu con, họ bảo con đi. Nếu họ đưa con qua Myanmar là hết đường về, con mất liên lạc luôn', '111'],
  // https://vnexpress.net/khanh-kiet-vi-tim-cach-chuoc-con-tu-campuchia-4505756.html
  ['Họ đánh con quá, không thở nổi, ăn cháo ói hết. Bây giờ họ siết chặt, bắt làm tới tận 3 giờ sáng...', '111'],
  ['Má ơi, con bị người ta lừa bán sang Campuchia. Họ bắt con mỗi tháng phải lừa 5 người Việt sang đây', '111'],
  // https://thanhnien.vn/nhieu-nan-nhan-cau-cuu-khi-bi-lua-ban-sang-tam-giac-vang-185231114175816159.htm (a mother's complaint)
  ['Con trai tôi bị kẻ xấu gọi điện về đòi tiền chuộc 150 triệu đồng, nếu không sẽ bị bán sang Trung Quốc', '111'],
  // https://lifestyle.znews.vn/cuoc-chay-dua-trong-dem-de-giai-cuu-co-gai-bi-thao-tung-tam-ly-post1585106.html (kidnapper's call, in Hà Nội)
  ['Gia đình chuẩn bị 1 tỷ đồng tiền chuộc, nếu không T sẽ đánh đập, cưỡng hiếp và bán ra nước ngoài', '113'],
  // http://www.baomoi.com/nhung-nha-bao-om-duong-day-nong/c/1733104.epi
  ['Chú ơi cứu cháu. Nhóm thanh niên lạ mặt nhốt cháu trong nhà hoang trên đường Yên Phụ để dở trò đồi bại...', '113'],
  // https://doisongphapluat.com.vn/hanh-trinh-vuot-ngan-km-giai-cuu-thieu-nu-vung-cao-bi-lua-vao-dong-karaoke-a613153.html
  ['Không chiều khách thì bị khách đánh hoặc cũng bị ông chủ đánh. Số tiền mà họ chi để trả tiền xe, mua sắm quần áo, dày dép… thì họ gộp lại và tính lãi hàng triệu đồng, bắt em phải trả hết tiền thì mới được về', '111'],
  // https://dantri.com.vn/xa-hoi/cong-an-tay-ninh-giai-cuu-co-gai-bi-nhot-trong-nha-chua-o-campuchia-20220717095801320.htm
  ['Nó nhắn con bị đưa qua Campuchia rồi, bây giờ không thể về được vì không có giấy tờ, chỗ bị nhốt là nhà chứa, không biết tên. Khi có khách thì bắt ra tiếp khách. Nó khiếp sợ lắm', '111'],
  // http://antg.cand.com.vn/Ho-so-Interpol/Co-dau-Viet-bi-nguoc-dai-o-Trung-Quoc-khan-thiet-keu-cuu-304126/
  ['Má ơi cứu con! Nó trói con, nó bỏ đói con, nó đánh con, cho con uống nước tiểu 3 ngày nay rồi má ơi!', '111'],
  // https://afamily.vn/con-gai-di-ha-noi-roi-mat-lien-lac-bi-an-suot-4-thang-bo-me-nong-long-bao-cong-an-nho-giup-do-20240319115210933.chn
  ['Nhưng sau đó bố mẹ gọi mãi mà số điện thoại của cháu thuê bao không liên lạc được nữa. Từ đó đến nay gia đình không có thông tin gì về cháu nữa.', '111'],
  // https://vnexpress.net/phap-luat/nu-sinh-lop-9-tu-choi-ban-dam-de-co-vay-dep-vang-deo-3427502.html
  // Being driven away right now, inside the country: 113 first (111 follows), as decided in rules.yaml.
  ['chị ơi em sợ quá, người ta đang đưa em tới Hà Tĩnh', '113'],
  // https://anninhthudo.vn/phap-luat/clip-tam-su-xe-long-cua-me-gia-bi-con-trai-ngao-da-danh-chui-da-man/848921.antd
  ["Từ tối hôm trước, nó đã dùng ma túy. Tới sáng hôm sau, nó lên cơn, gọi tôi là 'con mụ này', rồi dùng tay đập vào đầu tôi. Nên tôi phải bỏ chạy ra đường.", '113'],
  // https://lifestyle.znews.vn/khong-che-ke-ngao-da-cam-dao-chem-chien-si-cong-an-o-dong-nai-post1579075.html (a mother's report)
  ['Con trai tôi có biểu hiện ngáo đá, cầm dao đe dọa người thân', '113'],
  // https://vtc.vn/tphcm-ke-ngao-da-cam-dao-khong-che-3-nguoi-khai-gi-ar581779.html
  ['Anh tôi dùng ma túy xong bị ảo giác, cho rằng có người truy sát mình', '113'],
  // https://vov.vn/xa-hoi/doi-tuong-ngao-da-giet-nguoi-vi-tuong-nan-nhan-la-ke-thu-578783.vov (FACTS.md: hallucinating: 113)
  ['Bác sĩ ơi, con trai em nói có người gắn chíp lên đầu của cháu, họ nghi cháu lấy trộm xe máy và đuổi đánh. Cháu đã thức 3 đêm trắng liền rồi', '113'],
  // https://thanhnien.vn/cau-be-bong-dung-co-dien-thoai-dat-tien-roi-mat-tich-da-goi-dien-cho-me-post1492352.html
  ['Má yên tâm con đi phụ bán cà phê rất ổn định. Có chú này con mới quen qua mạng xã hội đã đưa con đi, chú tốt lắm', '111'],
  // Medical emergencies (FACTS.md: unconscious, not breathing, convulsing, overdose: 115).
  ['Con tôi chích xong nằm bất tỉnh, gọi không tỉnh', '115'],
  ['bạn em hít xong co giật, sùi bọt mép', '115'],
  ['anh ấy uống thuốc quá liều rồi', '115'],
  ['Lào Cai 2020 cai nghiện bao nhiêu người, con tôi đang sốc thuốc bất tỉnh', '115'],
  // Suicide: FACTS.md has no suicide line; 115 first.
  ['Con tôi dọa tự tử nếu bắt đi cai', '115'],
  ['em chán sống lắm rồi', '115'],
  ['tôi không muốn sống nữa', '115'],
  // A child.
  ['Cháu tôi 8 tuổi bị hàng xóm dâm ô', '111'],
  ['Bé hàng xóm bị bố dượng đánh hằng ngày', '111'],
  // https://nld.com.vn/vu-be-trai-viet-tam-thu-keu-cuu-bi-me-ke-bao-hanh-nguoi-than-len-tieng-196250913192458181.htm (a boy's letter)
  ['Xin hãy cứu con khỏi dì ghẻ', '111'],
  ['Thời gian gần đây, mẹ thường xuyên đánh con bằng điện thoại, chai thủy tinh, thìa, dao…', '111'],
  // https://giadinh.suckhoedoisong.vn/be-trai-viet-tuong-trinh-ke-chuyen-me-ke-danh-172120109051733491.htm (a boy's statement)
  ['Tối hôm qua, cháu bị mẹ kế đánh ba lần, buổi chiều một lần, buổi tối hai lần. Cháu rất sợ, tối nay về nhà chắc là lại bị mẹ đánh tiếp', '111'],
  // https://hatinh24h.com.vn/vu-be-4-tuoi-bi-giao-vien-danh-nem-vao-tuong-o-ha-noi-nguoi-me-tiet-lo-cau-noi-gay-soc-a189988.html (a 4-year-old, to her mother)
  ['Con bị cô V đánh vào lưng nhiều cái. Cô dặn không được nói với bố mẹ', '111'],
  // Violence, forced drug use.
  ['Chồng tôi ngáo đá, cầm dao dọa giết cả nhà', '113'],
  ['Con tôi ngáo đá, đang đập phá đồ đạc, tôi muốn đưa đi cai nghiện', '113'],
  ['Em bị bạn trai ép sử dụng ma túy', '113'],
  ['Tôi đang bị đe dọa giết vì nợ tiền', '113'],
  // A bare cry for help.
  ['cứu em với', '113'],
  ['CỨU TÔI VỚI, HỌ ĐANG ĐẾN', '113'],
];

// Ordinary questions: the false alarms, then questions about procedures, costs, the law.
const ORDINARY: string[] = [
  'Tự túc tiền ăn khi đi cai có được không?',
  'Tư tưởng của người sau cai thay đổi thế nào?',
  'em bị bạn cùng lớp rủ thử thuốc lắc',
  'Đi cai nghiện tự nguyện có bị giữ lại lâu không?',
  'cho tôi hỏi mua kem chống nắng ở đâu',
  'mua thuốc cảm ở đâu',
  'Người môi giới mại dâm bị phạt thế nào?',
  'Con tôi dạo này thay đổi tính tình, có phải dùng ma túy không?',
  'Phát hiện chồng dùng ma túy thì vợ nên làm gì?',
  'Cai nghiện tự nguyện đăng ký ở đâu?',
  'Đi cai nghiện mất bao nhiêu tiền?',
  'Cai nghiện bắt buộc kéo dài bao lâu?',
  'Ai phải đi cai nghiện bắt buộc?',
  'Người nghiện dưới 18 tuổi có bị đưa vào cơ sở cai nghiện bắt buộc không?',
  'Methadone có dùng cho người nghiện ma túy đá được không?',
  'Điều trị methadone có mất phí không?',
  'Gia đình có phải đóng tiền ăn khi người thân đi cai không?',
  'Thủ tục đưa người nhà đi cai nghiện như thế nào?',
  'Người sử dụng ma túy bị phạt bao nhiêu tiền?',
  'Tàng trữ trái phép chất ma túy bị xử lý như thế nào?',
  'Mua bán người bị phạt tù bao nhiêu năm?',
  'Người bị mua bán trở về được hỗ trợ những gì?',
  'Gọi số nào khi nghi có người bị mua bán?',
  'Quản lý sau cai nghiện là gì?',
  'Công an xã làm gì khi gia đình báo có người nghiện?',
  'Xét nghiệm ma túy dương tính thì bị xử lý ra sao?',
  'Người đang cai nghiện có được thăm gặp không?',
  'Ở cơ sở cai nghiện có bị đánh không?',
  'Cai nghiện tại gia đình cần những giấy tờ gì?',
  'Tháng hành động phòng, chống ma túy là tháng mấy?',
  'Ngày toàn dân phòng, chống mua bán người là ngày nào?',
  'Kế hoạch của Lào Cai năm 2020 đặt chỉ tiêu gì?',
  'Bán dâm lần đầu bị xử phạt ra sao?',
  'Mua bán dâm bị xử lý thế nào? Người mua, bán dâm có bị phạt tù không?',
  'Mua ma túy về sử dụng thì có bị đi tù không?',
  'Đi xuất khẩu lao động cần chuẩn bị giấy tờ gì?',
  'Làm sao nhận biết lời mời việc nhẹ lương cao là lừa đảo?',
  'Cách phòng tránh bị lừa bán sang Campuchia',
  'Số 111 là số gì?',
  'Gọi 113 có mất tiền không?',
  'Cai nghiện bắt buộc bao lâu thì mới được về?',
  'Cai nghiện tự nguyện ở cơ sở có được giảm chi phí cho hộ nghèo không?',
  'Những trường hợp nào phải cai nghiện bắt buộc?',
  'Nhà nước hỗ trợ những khoản nào khi cai nghiện?',
  'Sau khi cai nghiện xong có bị quản lý không?',
  'Luật phòng, chống ma túy mới có hiệu lực từ khi nào?',
  'Bố mẹ có quyền đưa con đi cai nghiện không?',
  'Quy định về phòng, chống bạo lực gia đình như thế nào?',
  'Hành vi cầm dao đe dọa người khác theo quy định như thế nào?',
  'Phòng chống xâm hại tình dục trẻ em ở trường học được tuyên truyền thế nào?',
  'Xử trí khi gặp người bị sốc, ngộ độc, quá liều ma túy: học sinh cần làm gì?',
  'Làm gì khi con bị dụ dỗ, ép buộc hút ma túy đá?',
  'Làm sao để cứu em trai tôi khỏi nghiện ma túy?',
  'Vậy để cứu con mình khỏi "cái chết trắng" việc cha mẹ cần làm gì?',
  'Có nên nhốt con trong nhà để cai nghiện không?',
  'Ngáo đá là gì?',
  'Cô ấy kiên quyết không muốn sống chung với tôi nữa.',
  'Gần đây, tôi phát hiện con trai mình bị nghiện ma túy do bị bạn bè xấu dụ dỗ.',
  'Người đánh bạc bị phạt thế nào?',
  'Việc đánh giá kết quả cai nghiện như thế nào?',
  'Làm sao để chuộc lỗi với gia đình sau khi cai nghiện?',
  'Kết quả nghiên cứu về cai nghiện ma túy ở Việt Nam',
  'Con nghiện chất cấm: giữ kín hay công khai?',
  'Em trai tôi nghiện ma túy và đang trong thời gian chờ làm thủ tục đề nghị đưa vào cơ sở cai nghiện.',
  'Anh trai tôi có mua ma túy về để bán nên tôi sợ anh ấy bị bắt về tội danh này trước khi cai nghiện.',
  'Trẻ em nghiện ma túy có bị đưa vào cơ sở cai nghiện bắt buộc không?',
  'Cai nghiện từ từ có được không?',
  'Con tôi bị công an giữ xe máy vì không có bằng lái',
  'Em bị giữ lại lớp vì học kém',
  'Tôi bị mất liên lạc với bạn cũ',
  'Công an xã không cho con tôi về nhà sau khi xét nghiệm dương tính, đúng không?',
  'Cháu tôi bị nhốt trong trại cai nghiện 2 năm',
  'Người nhà tôi bị giữ ở cơ sở cai nghiện quá hạn',
  'Con gái tôi bị lừa mất 50 triệu qua mạng',
  'Tôi bị vợ đe dọa ly hôn nếu không bỏ ma túy',
  'Con tôi dạo này hay hoang tưởng, nghi ngờ mọi người, có phải do ma túy không?',
  'Người ngáo đá có được đưa vào cơ sở cai nghiện không?',
];

describe('crisis messages are routed first, with the right number', () => {
  it.each(CRISIS)('%s -> %s', (q, number) => {
    const a = ask(q);
    expect(a.route).toBe('crisis');
    expect(a.matched).toBe(true);
    expect(a.hotlines[0]?.number).toBe(number);
  });

  // The same messages typed without accents (as on many phones): still a crisis, same number.
  it.each(CRISIS.map(([q, n]) => [foldVietnamese(q), n] as Row))('typed without accents: %s -> %s', (q, number) => {
    expect(ask(q).route).toBe('crisis');
    expect(first(q)).toBe(number);
  });

  it('reads decomposed (NFD) input like composed input', () => {
    for (const [q, number] of CRISIS.slice(0, 10)) expect(first(q.normalize('NFD'))).toBe(number);
  });

  it('lists the numbers of every rule that fired, the answering rule first', () => {
    const a = ask('Chồng tôi ngáo đá, cầm dao dọa giết cả nhà, giờ con tôi bất tỉnh');
    expect(a.hotlines.map((h) => h.number)).toEqual(['115', '113', '111']);
  });
});

describe('ordinary questions never get a crisis or harm answer', () => {
  it.each(ORDINARY)('%s', (q) => {
    expect(['crisis', 'harm']).not.toContain(ask(q).route);
  });
  it.each(ORDINARY.map(foldVietnamese))('typed without accents: %s', (q) => {
    expect(['crisis', 'harm']).not.toContain(ask(q).route);
  });
  it('has the issue false alarms and 40+ other ordinary questions', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(49);
  });
});

describe('accents typed are honoured', () => {
  it.each([
    ['Vợ tôi bị bán sang Trung Quốc', 'em bị bạn cùng lớp rủ thử thuốc lắc'],
    ['Bạn tôi định tự tử', 'Bạn tôi định tự túc tiền ăn'],
    ['mua ke ở đâu', 'mua kệ ở đâu'],
    ['mua ma tuý ở đâu', 'mua mã túi ở đâu'],
    ['Tôi bị đánh', 'Tôi bị bắt về tội danh gì'],
    ['Con tôi bị nhốt', 'Con tôi bị nhột'],
  ])('"%s" triggers, "%s" does not', (danger, lookalike) => {
    expect(ask(danger).route).toBeDefined();
    expect(['crisis', 'harm']).not.toContain(ask(lookalike).route);
  });

  it('reads a word with two adjacent inner letters swapped (one typo) as the word', () => {
    expect(first('Anh ơi, cứu ngờưi thân tôi bên đó')).toBe('111');
    expect(first('Con đã bị bắt sang Capmuchia, cha mẹ sớm kiếm tiền chuộc chuộc con về')).toBe('111');
    expect(first('con tôi bất tỉnh, sùi bọt mpé')).toBe('115');
    // but a word that is itself known is not "repaired" into another.
    expect(['crisis', 'harm']).not.toContain(ask('em bị bạn cùng lớp rủ thử thuốc lắc').route);
  });

  it('treats old and new tone placement alike (tuý, túy)', () => {
    expect(ask('mua ma tuý ở đâu').route).toBe('harm');
    expect(ask('mua ma túy ở đâu').route).toBe('harm');
  });

  it('asks for more context before an alarm on a question typed without accents', () => {
    // "bi ban" may be "bị bạn", "bị bán" or "bị bắn": alone it is no alarm …
    expect(['crisis', 'harm']).not.toContain(ask('em bi ban cung lop ru thu thuoc lac').route);
    expect(['crisis', 'harm']).not.toContain(ask('em bi giam roi').route);
    // … with a place abroad, a plea or a second danger it is.
    expect(first('vo toi bi ban sang trung quoc')).toBe('111');
    expect(first('em bi giam roi, giup em voi')).toBe('111');
    expect(first('chi toi bi giu ho chieu, khong cho ve')).toBe('111');
    // and an unmistakable phrase needs nothing more.
    expect(first('con toi bat tinh roi')).toBe('115');
  });
});

describe('a question about a procedure or the law is not an alarm, a danger now is', () => {
  it.each([
    'Đi cai nghiện tự nguyện có bị giữ lại lâu không?',
    'Người bị nhốt trong cơ sở cai nghiện bị phạt thế nào?',
    'Thủ tục khi bị giữ hộ chiếu ở nước ngoài',
    'Quy định về việc không cho người cai nghiện về nhà',
    'Cai nghiện bắt buộc có được về thăm nhà không?',
  ])('%s', (q) => {
    expect(['crisis', 'harm']).not.toContain(ask(q).route);
  });

  it('negates the phrases inside a negated one ("không bị lừa bán")', () => {
    expect(['crisis', 'harm']).not.toContain(ask('May mà con tôi không bị lừa bán').route);
    expect(['crisis', 'harm']).not.toContain(ask('Con tôi sợ bị đánh nên không dám đi cai').route);
    expect(first('Con tôi bị lừa bán')).toBe('111');
  });

  it.each([
    ['Con tôi bị nhốt ở Campuchia, tôi báo công an được không?', '111'],
    ['Em đang bị nhốt, cứu với, thủ tục báo công an thế nào?', '113'],
    ['Con tôi bị xâm hại thì có được bồi thường không?', '111'],
  ])('%s -> %s', (q, number) => {
    expect(first(q)).toBe(number);
  });
});

describe('requests for harm', () => {
  it.each(['mua ma túy ở đâu rẻ', 'cho ban ma tuy o ha noi', 'Tìm gái ở Lào Cai', 'where to buy drugs in Hanoi', 'cách chế ma túy đá tại nhà'])('%s', (q) => {
    const a = ask(q);
    expect(a.route).toBe('harm');
    expect(a.intent).toBe('yeu-cau-co-hai');
  });
});

// Every danger phrase of rules.yaml, with 1-3 words slipped in between its words, still triggers its rule.
// (The fillers carry accents, so the question is read on its accents, where gaps are allowed.)
const rules = parse(readFileSync('content/faq/rules.yaml', 'utf8')) as {
  crisis: { id: string; hotlines: string[]; patterns?: string[]; severe?: string[] }[];
  harm: { id: string; patterns?: string[]; severe?: string[] }[];
};
// Neutral fillers only: "người" would make "bị mua bán người sang…", the name of the crime
// (a legal question), not a danger phrase with a word slipped in.
const FILLERS = ['nó', 'họ', 'ấy', 'hết', 'cả', 'mấy'];
// English phrases ("sold across the border") are read word for word, without gaps.
const ascii = (p: string) => /^[\x00-\x7f]*$/.test(p);
const multiword = (list: string[] = []) => list.filter((p) => p.trim().split(/\s+/).length >= 2 && !ascii(p));

describe('words in between do not hide a danger phrase (fast-check)', () => {
  const phrases = [
    ...rules.crisis.flatMap((r) => [...multiword(r.patterns), ...multiword(r.severe)].map((p) => ({ p, rule: r, route: 'crisis' as const }))),
    ...rules.harm.flatMap((r) => [...multiword(r.patterns), ...multiword(r.severe)].map((p) => ({ p, rule: r, route: 'harm' as const }))),
  ];
  it(`has danger phrases to test (${phrases.length})`, () => {
    expect(phrases.length).toBeGreaterThan(100);
  });
  it('inserting 1-3 filler words between the words still triggers', () => {
    const gaps = fc.array(fc.array(fc.constantFrom(...FILLERS), { maxLength: MAX_GAP }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(fc.constantFrom(...phrases), gaps, fc.integer({ min: 0, max: 6 }), ({ p, rule, route }, fill, forced) => {
        const words = p.split(/\s+/);
        // At least one gap holds a word.
        const at = forced % (words.length - 1);
        if (!fill[at]!.length) fill[at] = [FILLERS[forced % FILLERS.length]!];
        const q = words.map((w, i) => (i < words.length - 1 ? [w, ...fill[i]!].join(' ') : w)).join(' ');
        const hit = safety.check(q);
        expect(hit?.route, q).toBe(route);
        if (route === 'crisis') for (const h of (rule as { hotlines: string[] }).hotlines) expect(hit!.hotlines, q).toContain(h);
      }),
      // endOnFailure: report the first counterexample; shrinking it runs the matcher thousands
      // of times (it ran for many minutes in CI).
      { numRuns: 600, endOnFailure: true },
    );
  });
});

describe('bounded work', () => {
  it('answers a 2,000-character question made of danger words (no runaway matching)', () => {
    const q = 'bị bị đang cứu có không '.repeat(90).slice(0, 2000);
    expect(q.length).toBe(2000);
    expect(() => safety.check(q)).not.toThrow();
    const story = `${'Con tôi năm nay hai mươi tuổi, nghiện ma túy đá đã hai năm, gia đình muốn đưa cháu đi cai nghiện tự nguyện nhưng không biết thủ tục thế nào. '.repeat(14)}Giờ nó lên cơn, cầm dao đòi giết cả nhà.`;
    expect(story.length).toBeGreaterThan(1900);
    expect(ask(story).route).toBe('crisis');
  });
});
