// Astro builds the pages; @astrojs/cloudflare makes one Worker that also hosts the Hono API
// (site/fetch.ts). Pages are prerendered unless they must answer a query without JavaScript.
import { defineConfig } from 'astro/config';
import cloudflare from '@astrojs/cloudflare';
import { SITE_ORIGIN } from './functions/lib/site.ts';

export default defineConfig({
  site: SITE_ORIGIN,
  srcDir: './site',
  publicDir: './site/public',
  output: 'static',
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough' }),
  session: false,
  // No inline <style> or <script>: the Content-Security-Policy allows only files from 'self'.
  build: { inlineStylesheets: 'never', format: 'directory' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
