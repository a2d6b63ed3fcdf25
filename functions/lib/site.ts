/**
 * The portal's one configured public origin. Every absolute URL the portal writes
 * (citations, CSV links, calendar links, the iCalendar feed, Open Graph tags) is built from
 * this value, never from the request's Host header, so a forged Host cannot reach a cached
 * page or a feed. Set the real address here before deploying (astro.config.mjs reads it too).
 */
export const SITE_ORIGIN = 'https://tenanxahoi.example';

/** An absolute URL on the portal: absoluteUrl('/ke-hoach/lao-cai-2020/#p-4') -> 'https://…/ke-hoach/lao-cai-2020/#p-4'. */
export const absoluteUrl = (path: string): string => new URL(path, SITE_ORIGIN).href;
