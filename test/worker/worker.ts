/** The built Worker's default export, for requests through the real pipeline in workerd. */
import { exports } from 'cloudflare:workers';

// The generated Exports type knows nothing of the adapter's entry; it is a fetch handler.
const worker = (exports as unknown as { default: { fetch(req: Request): Promise<Response> } }).default;

export const BASE = 'http://portal.test';

export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return worker.fetch(new Request(BASE + path, init));
}

export interface ErrorBody {
  error: { code: string; message: string };
}
