/**
 * npm run eval: the bot on the real-question corpus (test/real-questions/), both splits,
 * each question asked as written, without accents and with one typo.
 *
 *   npm run eval                          aggregate tables of both splits and the corpus size
 *   npm run eval -- --list wrong          also the TUNE failures of that class (comma list,
 *                                         or "bad" for everything not helpful/fallback)
 *   npm run eval -- --list bad --variant unaccented   only that variant's failures
 *   npm run eval -- --fresh h,i           also the aggregate of the entries of those gatherers only,
 *                                         both splits together: new material measured before
 *                                         anyone tunes on it (never printed one by one)
 *   npm run eval -- --floor               also the held-out metrics in the form of
 *                                         test/real-questions/floor.json (rates rounded down,
 *                                         counts as they are), to raise the floor after a change
 *
 * Held-out failures are never printed: the held-out split must not be used for tuning.
 */
import { loadCorpus } from '../test/eval/corpus.ts';
import { CLASSES, GOOD, type JudgeClass } from '../test/eval/judge.ts';
import { bySplit, corpusReport, evaluate, loadBot, metrics, report } from '../test/eval/run.ts';
import { VARIANTS, type Variant } from '../test/eval/variants.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const listArg = arg('--list');
const variantArg = arg('--variant');
let listClasses: Set<JudgeClass> | undefined;
if (listArg !== undefined) {
  const names = listArg.split(',').map((s) => s.trim());
  listClasses = new Set(names.flatMap((n) => (n === 'bad' ? CLASSES.filter((c) => !GOOD.has(c)) : [n as JudgeClass])));
  for (const c of listClasses) {
    if (!CLASSES.includes(c)) {
      console.error(`--list: unknown class "${c}"; use one of ${CLASSES.join(', ')} or "bad"`);
      process.exit(2);
    }
  }
}
if (variantArg !== undefined && !VARIANTS.includes(variantArg as Variant)) {
  console.error(`--variant: use one of ${VARIANTS.join(', ')}`);
  process.exit(2);
}

const { entries, problems } = loadCorpus();
if (problems.length) {
  for (const p of problems) console.error(`${p.file} ${p.where}: ${p.message}`);
  console.error(`${problems.length} problem(s) in the corpus`);
  process.exit(1);
}

const { ask, env } = loadBot();
const results = evaluate(entries, ask, env);
const tune = bySplit(results, 'tune');
const heldout = bySplit(results, 'heldout');

console.log(report(tune, 'TUNE split'));
console.log('');
console.log(report(heldout, 'HELD-OUT split (aggregate only; never tune on it)'));
console.log('');
console.log(corpusReport(entries));

const freshArg = arg('--fresh');
if (freshArg) {
  const letters = new Set(freshArg.split(',').map((s) => s.trim()));
  const fresh = results.filter((r) => letters.has(r.entry.id.split('-')[0]!));
  console.log('');
  console.log(report(fresh, `FRESH entries of gatherers ${[...letters].join(', ')}, both splits (aggregate only)`));
}

if (listClasses) {
  const shown = tune.filter((r) => listClasses!.has(r.cls) && (!variantArg || r.variant === variantArg));
  console.log(`\n## TUNE failures: ${[...listClasses].join(', ')}${variantArg ? ` (${variantArg})` : ''}: ${shown.length}`);
  for (const r of shown) {
    const e = r.entry;
    const expected = e.expect === 'crisis' ? `crisis, ${e.first} first` : e.expect === 'answer' ? `answer with one of ${JSON.stringify(e.mustAny)}` : e.expect;
    const head = r.answer.answer.replace(/\s+/g, ' ').slice(0, 140);
    console.log(`\n${e.id} [${r.variant}] ${r.cls}: ${r.why}`);
    console.log(`  q:        ${r.question}`);
    console.log(`  expected: ${expected}`);
    console.log(`  got:      ${r.route}; hotlines ${r.answer.hotlines.map((h) => h.number).join(',') || '-'}`);
    console.log(`  answer:   ${head}${r.answer.answer.length > 140 ? '…' : ''}`);
  }
}

if (process.argv.includes('--floor')) {
  const m = metrics(heldout);
  const down = (x: number) => Math.floor(x * 100) / 100;
  const up = (x: number) => Math.ceil(x * 100) / 100;
  const floor = { heldout: { goodRate: down(m.goodRate), maxWrongTopicRate: up(m.wrongTopicRate), maxWrong: m.wrong, crisisRecall: down(m.crisisRecall), maxFalseAlarms: m.falseAlarms, crisisNumbersFirst: down(m.crisisNumbersFirst), maxCheckInOrdinary: m.checkInOrdinary } };
  console.log(`\n## Held-out floor reached now (${m.total} items):\n${JSON.stringify(floor, null, 2)}`);
}
