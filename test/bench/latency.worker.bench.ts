/**
 * Latency inside workerd (run by `npm run bench`, not by `npm test`): index load at start,
 * search over the recall query set, bot answers over the bot test set. Prints BENCH lines.
 */
import { it } from 'vitest';
import { parse } from 'yaml';
import indexRaw from '../../build/search-index.json?raw';
import botRaw from '../../build/bot.json?raw';
import queriesRaw from '../search-queries.yaml?raw';
import questionsRaw from '../bot-questions.yaml?raw';
import { createSearcher, type SearchData } from '../../functions/lib/search.ts';
import { createBot, type BotData } from '../../functions/lib/bot.ts';
import { summarise } from './stats.ts';
import { perItem } from './measure.ts';

it('measures search and bot latency in workerd', () => {
  const loads: number[] = [];
  let searcher = createSearcher(JSON.parse(indexRaw) as SearchData);
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    searcher = createSearcher(JSON.parse(indexRaw) as SearchData);
    loads.push(performance.now() - t0);
  }
  const queries = (parse(queriesRaw) as { queries: { q: string }[] }).queries.map((x) => x.q);
  const times = perItem(queries, (q) => searcher.search(q, { limit: 10 }));
  const bot = createBot(JSON.parse(botRaw) as BotData);
  const questions = (parse(questionsRaw) as { questions: { q: string }[] }).questions.map((x) => x.q);
  const botTimes = perItem(questions, (q) =>
    bot.answer(q, {}, (s) => searcher.search(s, { limit: 3 }).results.map((r) => ({ title: r.title, url: r.url, quote: r.snippet }))),
  );
  console.log(`BENCH workerd index-load ${summarise(loads)}`);
  console.log(`BENCH workerd search ${summarise(times)} (${queries.length} queries, 20 runs each)`);
  console.log(`BENCH workerd bot ${summarise(botTimes)} (${questions.length} questions, 20 runs each)`);
});
