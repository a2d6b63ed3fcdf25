/**
 * npm run train-check-in: trains the check-in model (functions/lib/bot-checkin.ts) on the TUNE
 * split of the real-question corpus only, prints its cross-validated figures, and writes
 * content/faq/check-in.json. The held-out split is never read here.
 *
 *   npm run train-check-in            train, print, write
 *   npm run train-check-in -- --check exit 1 if content/faq/check-in.json is not what training gives
 *
 * Cross-validation: FOLDS folds by source page (every question of a page in the same fold), so a
 * page's names and places cannot carry over between training and testing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkInFeatures, createCheckIn, type CheckInModel } from '../functions/lib/bot-checkin.ts';
import { loadCorpus, type LoadedEntry } from '../test/eval/corpus.ts';

const OUT = 'content/faq/check-in.json';
/** A feature must occur in at least this many training questions to get a weight. */
export const MIN_COUNT = 2;
/** Weights smaller than this (words as common in both kinds: "và", "thì") are dropped. */
export const MIN_WEIGHT = 0.7;
/** Additive smoothing of the counts. */
const SMOOTH = 0.5;
/** The line goes first above this score (chosen from the cross-validated table below). */
export const THRESHOLD = 2.5;
const FOLDS = 5;

export function train(entries: LoadedEntry[], threshold = THRESHOLD): CheckInModel {
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  const n = [0, 0];
  for (const e of entries) {
    const y = e.expect === 'crisis' ? 1 : 0;
    n[y]!++;
    for (const f of checkInFeatures(e.q)) counts[y].set(f, (counts[y].get(f) ?? 0) + 1);
  }
  const weights: Record<string, number> = {};
  const features = [...new Set([...counts[0].keys(), ...counts[1].keys()])].sort();
  for (const f of features) {
    const a = counts[1].get(f) ?? 0;
    const b = counts[0].get(f) ?? 0;
    if (a + b < MIN_COUNT) continue;
    const w = Math.log((a + SMOOTH) / (n[1]! + 1)) - Math.log((b + SMOOTH) / (n[0]! + 1));
    if (Math.abs(w) >= MIN_WEIGHT) weights[f] = Math.round(w * 100) / 100;
  }
  return { prior: Math.round(Math.log(n[1]! / n[0]!) * 100) / 100, threshold, weights };
}

/** Scores of every question, each scored by a model trained without its fold (folds by source page). */
export function crossValidate(entries: LoadedEntry[]): { entry: LoadedEntry; score: number }[] {
  const pages = [...new Set(entries.map((e) => e.source))].sort();
  const fold = (e: LoadedEntry) => pages.indexOf(e.source) % FOLDS;
  const out: { entry: LoadedEntry; score: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = createCheckIn(train(entries.filter((e) => fold(e) !== k)));
    for (const e of entries.filter((x) => fold(x) === k)) out.push({ entry: e, score: model.score(e.q) });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { entries, problems } = loadCorpus();
  if (problems.length) {
    console.error(`corpus problems: ${problems.length}; run scripts/corpus-check.ts`);
    process.exit(1);
  }
  const tune = entries.filter((e) => e.split === 'tune');
  const model = train(tune);
  const text = `${JSON.stringify(model, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const ok = readFileSync(OUT, 'utf8') === text;
    console.log(ok ? `${OUT} is up to date` : `${OUT} is not what training on the tune split gives: run npm run train-check-in`);
    process.exit(ok ? 0 : 1);
  }
  const cv = crossValidate(tune);
  const crisis = cv.filter((r) => r.entry.expect === 'crisis');
  const ordinary = cv.filter((r) => r.entry.expect !== 'crisis');
  console.log(`tune split: ${crisis.length} crisis messages, ${ordinary.length} ordinary questions; ${FOLDS} folds by source page`);
  console.log('threshold  crisis messages above  ordinary questions above');
  for (const t of [0, 0.5, 1, 1.25, 1.5, 1.75, 2, 2.5, 3]) {
    const c = crisis.filter((r) => r.score > t).length;
    const o = ordinary.filter((r) => r.score > t).length;
    console.log(`${String(t).padStart(9)}  ${`${c}/${crisis.length}`.padStart(21)}  ${`${o}/${ordinary.length}`.padStart(24)}${t === THRESHOLD ? '  <- used' : ''}`);
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${Object.keys(model.weights).length} weights`);
}
