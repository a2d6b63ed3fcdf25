// Latency measured inside workerd, for `npm run bench` only.
import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-plugin';

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './dist/server/wrangler.json' } })],
  test: {
    name: 'bench',
    include: ['test/bench/**/*.worker.bench.ts'],
    testTimeout: 120_000,
    // lunr is a UMD file: pre-bundle it to ESM, as the Worker build does.
    deps: { optimizer: { ssr: { enabled: true, include: ['lunr'] } } },
  },
});
