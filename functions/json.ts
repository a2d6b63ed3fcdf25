/** JSON responses for the API: always `application/json; charset=utf-8`, errors per contract. */
import { ERRORS, errorBody, type ErrorCode } from './lib/errors.ts';

export function json(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });
}

export function fail(code: ErrorCode, extra: Record<string, string> = {}): Response {
  return json(errorBody(code), ERRORS[code].status, extra);
}

/** 405 with the Allow header, for a path that exists but not with this method. */
export function methodNotAllowed(allow: string[]) {
  return () => fail('method_not_allowed', { Allow: allow.join(', ') });
}
