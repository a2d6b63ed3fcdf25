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
  // The only pages that take POST are the no-JavaScript search and bot forms, which change
  // nothing (no target for cross-site request forgery). The portal sends no Referer
  // (Referrer-Policy: no-referrer), so browsers send `Origin: null` with these form posts,
  // and Astro's origin check would refuse every one of them with 403.
  security: { checkOrigin: false },
  // No inline <style> or <script>: the Content-Security-Policy allows only files from 'self'.
  build: { inlineStylesheets: 'never', format: 'directory' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
