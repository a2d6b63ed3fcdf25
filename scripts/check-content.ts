/** Validates content/ and runs the truth checks; exits 1 with one line per problem. */
import { existsSync } from 'node:fs';
import { loadPlans, loadTreatments, loadYaml, ContentError } from './lib/content.ts';
import { campaignsSchema, hotlinesSchema } from './lib/schema.ts';
import { checkCampaigns, checkHotlines, checkPlan, checkTreatment, paragraphLookup } from './lib/truth.ts';

try {
  const only = process.argv[2];
  const plans = loadPlans().filter((p) => !only || p.slug === only);
  const lookup = paragraphLookup(loadPlans());
  const problems = [
    ...plans.flatMap(checkPlan),
    ...(only ? [] : loadTreatments().flatMap((t) => checkTreatment(t, lookup))),
    ...(only ? [] : checkHotlines(loadYaml('content/hotlines.yaml', hotlinesSchema))),
    ...(only || !existsSync('content/campaigns.yaml') ? [] : checkCampaigns(loadYaml('content/campaigns.yaml', campaignsSchema), lookup)),
  ];
  for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
  for (const p of plans) console.log(`${p.slug}: ${p.blocks.length} paragraphs, ${p.targets.targets.length} targets, ${p.front.corrections.length} corrections`);
  if (problems.length) {
    console.error(`${problems.length} problem(s) in content/`);
    process.exit(1);
  }
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
