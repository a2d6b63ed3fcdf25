// Two projects: `unit` runs pure modules and content checks in node; `workers` runs the
// built Worker (dist/server) in workerd through @cloudflare/vitest-plugin.
import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'functions/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './dist/server/wrangler.json' } })],
        test: { name: 'workers', include: ['test/worker/**/*.worker.test.ts'] },
      },
    ],
  },
});
