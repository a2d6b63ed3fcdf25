/**
 * The API's error shape and every message a user can see, in Vietnamese.
 * { "error": { "code": "…", "message": "…" } }
 */
import { PLAN_SLUGS, QUERY_MAX, QUESTION_MAX, TOPICS } from './params.ts';
import { BODY_TIMEOUT_MS, MAX_BODY } from '../body.ts';

/** 2000 -> "2.000", as Vietnamese writes it. */
const vi = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const ERRORS = {
  not_found: { status: 404, message: 'Không tìm thấy địa chỉ này. Xem danh sách API tại /du-lieu/.' },
  method_not_allowed: { status: 405, message: 'Phương thức này không được hỗ trợ ở địa chỉ này.' },
  missing_query: { status: 400, message: 'Vui lòng nhập nội dung cần tìm (tham số q).' },
  query_too_long: { status: 400, message: `Nội dung tìm kiếm tối đa ${vi(QUERY_MAX)} ký tự.` },
  bad_limit: { status: 400, message: 'Tham số limit phải là số nguyên từ 1 đến 50.' },
  bad_offset: { status: 400, message: 'Tham số offset phải là số nguyên từ 0 đến 5000.' },
  unknown_plan: { status: 400, message: `Không có kế hoạch với mã này. Các mã hợp lệ: ${PLAN_SLUGS.join(', ')}.` },
  unknown_topic: { status: 400, message: `Chủ đề không hợp lệ. Các chủ đề: ${TOPICS.join(', ')}.` },
  missing_question: { status: 400, message: 'Vui lòng nhập câu hỏi.' },
  question_too_long: { status: 400, message: `Câu hỏi tối đa ${vi(QUESTION_MAX)} ký tự.` },
  bad_body: { status: 400, message: 'Nội dung gửi lên phải là JSON dạng { "question": "…" }.' },
  bad_context: { status: 400, message: 'Trường context không hợp lệ.' },
  bad_parameter: { status: 400, message: 'Tham số không hợp lệ.' },
  bad_path: { status: 400, message: 'Địa chỉ không hợp lệ. Vui lòng kiểm tra lại đường dẫn.' },
  body_too_large: { status: 413, message: `Nội dung gửi lên quá lớn (tối đa ${MAX_BODY / 1024} KiB).` },
  body_timeout: { status: 408, message: `Nội dung gửi lên đến quá chậm (máy chủ chờ tối đa ${BODY_TIMEOUT_MS / 1000} giây). Vui lòng gửi lại.` },
  unsupported_media_type: { status: 415, message: 'Nội dung gửi lên phải có content-type: application/json.' },
  rate_limited: { status: 429, message: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' },
  internal: { status: 500, message: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export function errorBody(code: ErrorCode): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message: ERRORS[code].message } };
}

/**
 * A short error page for what the Worker answers before Astro (malformed path, wrong method,
 * rate limit): the site's help bar with its numbers and quick exit, the message, a way home.
 * Only fixed text: nothing the client sent is ever put in it.
 */
export function errorPageHtml(message: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${message}</title><link rel="stylesheet" href="/site.css"></head>
<body><div class="helpbar" role="region" aria-label="Trợ giúp khẩn cấp"><p><a class="help-link" href="/duong-day-nong/">Cần giúp ngay?</a> <span class="help-numbers">Trẻ em, mua bán người: <a href="tel:111">111</a> · Công an: <a href="tel:113">113</a> · Cấp cứu: <a href="tel:115">115</a></span></p><a class="quick-exit" href="https://www.google.com.vn/" rel="noreferrer" title="Rời trang này ngay, sang một trang tìm kiếm thông thường">Thoát nhanh</a></div>
<main id="noi-dung"><h1>${message}</h1><p><a href="/">Về trang chủ</a></p></main></body></html>
`;
}
