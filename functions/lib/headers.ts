/**
 * Security headers, one source for both places they are applied: the Worker (Hono
 * middleware, for API and on-demand pages) and site/public/_headers (written by the build,
 * for prerendered pages served straight from assets).
 */

/**
 * Only our own files may run or style the page; nothing third-party, no framing. The one
 * inline stylesheet every page carries (the site's CSS, inlined by the build so a slow line
 * paints after one round trip, not two) is allowed by its hash only: `styleHash` is
 * "'sha256-…'" of its exact text (build/site-style.json, written by scripts/lib/style.ts).
 */
export function contentSecurityPolicy(styleHash: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHash}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ].join("; ");
}

export function securityHeaders(
  styleHash: string,
): Readonly<Record<string, string>> {
  return {
    // HTTPS only, for a year, subdomains too. Not `preload`: the preload list is hard to leave
    // and the real domain is not chosen yet (functions/lib/site.ts).
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "Content-Security-Policy": contentSecurityPolicy(styleHash),
    "X-Content-Type-Options": "nosniff",
    // People search here for sensitive things: never tell another site where they came from.
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

/** The same headers in Cloudflare's _headers file format, for every path. */
export function headersFile(styleHash: string): string {
  const lines = Object.entries(securityHeaders(styleHash)).map(
    ([k, v]) => `  ${k}: ${v}`,
  );
  // Static data files: say the charset, so browsers and spreadsheet programs read UTF-8.
  return `/*\n${lines.join("\n")}\n/du-lieu/chi-tieu.csv\n  Content-Type: text/csv; charset=utf-8\n/du-lieu/ke-hoach.json\n  Content-Type: application/json; charset=utf-8\n`;
}
