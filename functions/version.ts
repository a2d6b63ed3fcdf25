/** The portal's version, reported by /api/health. Keep in step with package.json. */
export const VERSION = '0.1.0';
