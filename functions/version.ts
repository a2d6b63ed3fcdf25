import pkg from '../package.json';

/** The portal's version, reported by /api/health: the one in package.json. */
export const VERSION: string = pkg.version;

/** The day the content was last checked against its sources (also the feeds' DTSTAMP). */
export const CONTENT_REVIEWED = '2026-11-25';
