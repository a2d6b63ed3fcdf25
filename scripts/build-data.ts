/**
 * Build step before `astro build`: validate content/, run the truth checks, and write what
 * the site and the Worker bundle (build/*.json) plus site/public/_headers. Fails on the
 * first content error with a message naming the file, the field and what to do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ContentError, loadPlans, loadTreatments, loadYaml } from './lib/content.ts';
import { marked } from 'marked';
import { campaignsSchema, changesSchema, compareSchema, hotlinesSchema, todaySchema } from './lib/schema.ts';
import { checkFigures } from './lib/figures.ts';
import { buildBotData, loadIntents } from './lib/bot-data.ts';
import { checkContent } from './lib/truth.ts';
import { headersFile } from '../functions/lib/headers.ts';
import { buildPlanData } from './lib/plan-data.ts';
import { calendarEvents } from './lib/calendar.ts';
import { buildSearchIndex } from '../functions/lib/search.ts';
import { createBot } from '../functions/lib/bot.ts';
import { pageDocs, planDocs, planRef, todayDocs } from './lib/search-docs.ts';
import { siteStyle } from './lib/style.ts';

function main(): void {
  const plans = loadPlans();
  const treatments = loadTreatments();
  const hotlines = loadYaml('content/hotlines.yaml', hotlinesSchema);
  const campaigns = loadYaml('content/campaigns.yaml', campaignsSchema);
  const problems = checkContent({ plans, treatments, hotlines, campaigns });
  if (problems.length) {
    for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
    throw new ContentError(`${problems.length} problem(s) in content/: fix them and build again`);
  }
  const today = loadYaml('content/today.yaml', todaySchema);
  const todayTexts: [string, string][] = [
    ['law.text', today.law.text],
    ['legal.text', today.legal.text],
    ...today.steps.map((x, i): [string, string] => [`steps[${i}].text`, x.text]),
    ...today.topics.map((x, i): [string, string] => [`topics[${i}].text`, x.text]),
    ...today.emergencies.map((x, i): [string, string] => [`emergencies[${i}].text`, x.text]),
  ];
  const noParagraphs = () => undefined; // today.yaml cites FACTS.md only, never a plan paragraph
  const todayProblems = todayTexts.flatMap(([field, md]) => checkFigures('content/today.yaml', field, md, noParagraphs));
  if (todayProblems.length) {
    for (const p of todayProblems) console.error(`${p.file}: ${p.field}: ${p.message}`);
    throw new ContentError(`${todayProblems.length} problem(s) in content/today.yaml: fix them and build again`);
  }
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const html = (md: string) => marked.parseInline(md, { async: false });
  const withHtml = <T extends { text: string }>(x: T) => ({ ...x, html: html(x.text) });
  writeFileSync(
    join(ROOT, 'build', 'today.json'),
    JSON.stringify({
      law: withHtml(today.law),
      legal: withHtml(today.legal),
      steps: today.steps.map(withHtml),
      topics: today.topics.map(withHtml),
      emergencies: today.emergencies.map(withHtml),
    }),
  );
  const data = plans.map(buildPlanData);
  writeFileSync(join(ROOT, 'build', 'plans.json'), JSON.stringify(data));
  const changes = loadYaml('content/changes.yaml', changesSchema);
  for (const d of data) {
    if (!changes.provinces[d.province]) throw new ContentError(`content/changes.yaml: provinces: add "${d.province}" (plan ${d.slug}) with its 2025 change and reference`);
  }
  writeFileSync(join(ROOT, 'build', 'changes.json'), JSON.stringify(changes));
  const compare = loadYaml('content/compare.yaml', compareSchema);
  for (const row of compare.rows) {
    for (const [slug, ids] of Object.entries(row.cells)) {
      const plan = data.find((d) => d.slug === slug)!;
      for (const id of ids) {
        if (!plan.targets.some((t) => t.id === id)) throw new ContentError(`content/compare.yaml: rows.${row.id}.cells.${slug}: target "${id}" does not exist in content/plans/${slug}.targets.yaml`);
      }
    }
  }
  writeFileSync(join(ROOT, 'build', 'compare.json'), JSON.stringify(compare));
  const treatmentData = treatments.map((t) => ({ ...t.front, bodyHtml: marked.parse(t.body, { async: false }), body: t.body }));
  writeFileSync(join(ROOT, 'build', 'treatment.json'), JSON.stringify(treatmentData));
  const inline = (md: string) => marked.parseInline(md, { async: false });
  const campaignsOut = {
    campaigns: campaigns.campaigns.map((c) => ({
      ...c,
      planAsks: c.planAsks.map((a) => ({ ...a, html: inline(a.text) })),
      takePartHtml: c.takePart.map(inline),
    })),
    archive: [...campaigns.archive].sort((a, b) => a.start.localeCompare(b.start)),
  };
  writeFileSync(join(ROOT, 'build', 'campaigns.json'), JSON.stringify(campaignsOut));
  writeFileSync(join(ROOT, 'build', 'calendar.json'), JSON.stringify(calendarEvents(campaigns)));
  const bot = buildBotData(data, hotlines);
  // A bot answer found by search opens /hoi-dap/ asked with its title: index only the
  // answers the bot gives to their own title.
  const botAnswers = createBot(bot);
  const docs = [...planDocs(data), ...todayDocs(today), ...pageDocs(treatmentData, hotlines, campaigns, loadIntents().map((x) => x.intent), (title, id) => botAnswers.answer(title).intent === id)];
  writeFileSync(join(ROOT, 'build', 'search-index.json'), JSON.stringify(buildSearchIndex(docs, data.map(planRef), Object.fromEntries(data.map((d) => [d.slug, d.label])))));
  console.log(`search index: ${docs.length} documents`);
  writeFileSync(join(ROOT, 'build', 'hotlines.json'), JSON.stringify(hotlines));
  writeFileSync(join(ROOT, 'build', 'bot.json'), JSON.stringify(bot));
  console.log(`bot: ${bot.intents.length} intents, ${bot.crisis.length} crisis rules, ${bot.targets.length} targets`);
  for (const d of data) {
    const bad = d.checks.filter((c) => c.status !== 'ok');
    console.log(`${d.slug}: ${d.blocks.length} paragraphs, ${d.targets.length} targets, ${d.checks.length} checks (${bad.length} not adding up), ${d.corrections.length} corrections`);
  }
  const style = siteStyle();
  writeFileSync(join(ROOT, 'build', 'site-style.json'), JSON.stringify(style));
  writeFileSync(join(ROOT, 'site/public/_headers'), headersFile(style.hash));
  console.log(`content ok: ${plans.length} plans, ${plans.reduce((n, p) => n + p.blocks.length, 0)} paragraphs`);
}

try {
  main();
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
