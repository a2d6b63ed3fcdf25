// Two projects: `unit` runs pure modules and content checks in node; `workers` runs the
// built Worker (dist/server) in workerd through @cloudflare/vitest-plugin.
import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-plugin';

export default defineConfig({
  test: {
    // Property tests and workerd start-up are CPU-bound: on a shared 2-core machine the
    // default 5 s is a flake, not a finding. Speed is measured by `npm run bench`, never here.
    testTimeout: 30_000,
    projects: [
      {
        test: { name: 'unit', testTimeout: 30_000, include: ['test/unit/**/*.test.ts', 'functions/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './dist/server/wrangler.json' } })],
        test: { name: 'workers', testTimeout: 30_000, include: ['test/worker/**/*.worker.test.ts'] },
      },
    ],
  },
});
