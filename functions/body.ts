/** Reads a request body up to a byte limit without buffering more than that. */
export const MAX_BODY = 4 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; error: 'body_too_large' | 'bad_body' };

export async function readLimited(req: Request, limit = MAX_BODY): Promise<BodyResult> {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return { ok: false, error: 'body_too_large' };
  if (!req.body) return { ok: true, text: '' };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, error: 'body_too_large' };
    }
    chunks.push(value);
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
