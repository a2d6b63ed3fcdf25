/** Dev aid: screenshot a page of a running portal at 360 px. Usage: screenshot.ts URL OUT.png [full] [nojs] */
import { launch } from '../test/e2e/browser.ts';
const [url, out, ...flags] = process.argv.slice(2);
const full = flags.includes('full') ? 'full' : '';
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1, javaScriptEnabled: !flags.includes('nojs') });
const page = await ctx.newPage();
await page.goto(url ?? 'http://127.0.0.1:8787/');
await page.screenshot({ path: out ?? '/tmp/shot.png', fullPage: full === 'full' });
await browser.close();
