/** Debug aid: prints every paragraph of every plan with its id (npm run paragraphs). */
import { loadPlans } from './lib/content.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('build/paragraphs', { recursive: true });
for (const p of loadPlans()) {
  const out = p.blocks
    .map((b) => `${b.id} [${b.kind}${b.marker ? ' ' + b.marker : ''}] (${b.section}) lines ${b.lines[0]}${b.lines.length > 1 ? '-' + b.lines[b.lines.length - 1] : ''}\n${b.text}\n`)
    .join('\n');
  writeFileSync(`build/paragraphs/${p.slug}.txt`, out);
  console.log(p.slug, p.blocks.length, 'paragraphs');
}
