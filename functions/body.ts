/**
 * Reads a request body up to a byte limit and a time limit, without buffering more than the
 * limit and without waiting on a client that sends one byte now and then.
 */

/**
 * 16 KiB: a question of 2,000 characters (the bot's limit, functions/lib/params.ts) sent as
 * JSON takes up to 12,000 bytes when every character is written as a \u escape (6 bytes),
 * and about 10,000 as raw UTF-8 even in decomposed (NFD) Vietnamese; the rest is room for
 * the context object.
 */
export const MAX_BODY = 16 * 1024;
/** The whole body must have arrived within this many milliseconds of the first read. */
export const BODY_TIMEOUT_MS = 10_000;

export type BodyError = 'body_too_large' | 'bad_body' | 'body_timeout';
export type BodyResult = { ok: true; text: string } | { ok: false; error: BodyError };

export interface ReadOptions {
  limit?: number;
  timeoutMs?: number;
}

const TIMED_OUT = Symbol('timeout');

export async function readLimited(req: Request, options: ReadOptions = {}): Promise<BodyResult> {
  const limit = options.limit ?? MAX_BODY;
  const timeoutMs = options.timeoutMs ?? BODY_TIMEOUT_MS;
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return { ok: false, error: 'body_too_large' };
  if (!req.body) return { ok: true, text: '' };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  const stop = async (error: BodyError): Promise<BodyResult> => {
    await reader.cancel().catch(() => undefined);
    return { ok: false, error };
  };
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === TIMED_OUT) return await stop('body_timeout');
      const { done, value } = next;
      if (done) break;
      size += value.byteLength;
      if (size > limit) return await stop('body_too_large');
      chunks.push(value);
    }
  } catch {
    return { ok: false, error: 'bad_body' };
  } finally {
    clearTimeout(timer);
  }
  const buf = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    buf.set(c, at);
    at += c.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { ok: false, error: 'bad_body' };
  }
}

export type FormResult = { ok: true; params: URLSearchParams } | { ok: false; error: BodyError | 'unsupported_media_type' };

/**
 * The body of a page's no-JavaScript form (POST, application/x-www-form-urlencoded), with
 * the same byte and time limits as the API. For /tim-kiem/ and /hoi-dap/:
 * `const form = await readForm(Astro.request)`.
 */
export async function readForm(req: Request, options: ReadOptions = {}): Promise<FormResult> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return { ok: false, error: 'unsupported_media_type' };
  const body = await readLimited(req, options);
  return body.ok ? { ok: true, params: new URLSearchParams(body.text) } : body;
}
