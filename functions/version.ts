/** The portal's version, reported by /api/health. Keep in step with package.json. */
export const VERSION = '0.1.0';

/** The day the content was last checked against its sources (also the feeds' DTSTAMP). */
export const CONTENT_REVIEWED = '2026-11-25';
