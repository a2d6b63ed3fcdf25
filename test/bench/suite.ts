/**
 * The latency suite, run the same way in node (scripts/bench.ts) and inside workerd
 * (latency.worker.bench.ts): index load from its JSON text, search over the recall query
 * set, bot answers over the bot question set. Returns printable summaries.
 */
import { parse } from 'yaml';
import { createSearcher, type SearchData } from '../../functions/lib/search.ts';
import { createBot, searchSources, type BotData } from '../../functions/lib/bot.ts';
import { summarise } from './stats.ts';
import { perItem } from './measure.ts';

export interface SuiteInput {
  indexRaw: string;
  botRaw: string;
  queriesYaml: string;
  questionsYaml: string;
}

export function runLatencySuite(input: SuiteInput): { first: string; load: string; search: string; bot: string } {
  const loads: number[] = [];
  const queries = (parse(input.queriesYaml) as { queries: { q: string }[] }).queries.map((x) => x.q);
  // The first load and the first queries of this process or isolate, cold: one sample each
  // (a query decodes what it reads of the index and tokenises the documents it re-ranks).
  const c0 = performance.now();
  let searcher = createSearcher(JSON.parse(input.indexRaw) as SearchData);
  const c1 = performance.now();
  for (const q of queries.slice(0, 5)) searcher.search(q, { limit: 10 });
  const c2 = performance.now();
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    searcher = createSearcher(JSON.parse(input.indexRaw) as SearchData);
    loads.push(performance.now() - t0);
  }
  const searchTimes = perItem(queries, (q) => searcher.search(q, { limit: 10 }));
  const bot = createBot(JSON.parse(input.botRaw) as BotData);
  const questions = (parse(input.questionsYaml) as { questions: { q: string }[] }).questions.map((x) => x.q);
  const sources = searchSources(searcher);
  const botTimes = perItem(questions, (q) => bot.answer(q, {}, sources));
  return {
    first: `first-load ${(c1 - c0).toFixed(3)}ms, then its first 5 queries ${(c2 - c1).toFixed(3)}ms (cold, one sample)`,
    load: `index-load ${summarise(loads)} (JSON.parse + lunr load)`,
    search: `search ${summarise(searchTimes)} (${queries.length} queries, 20 runs each)`,
    bot: `bot ${summarise(botTimes)} (${questions.length} questions, 20 runs each)`,
  };
}
