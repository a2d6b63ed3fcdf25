/**
 * Latency inside workerd (run by `npm run bench`, not by `npm test`): prints BENCH lines
 * that scripts/bench.ts collects.
 */
import { it } from 'vitest';
import indexRaw from '../../build/search-index.json?raw';
import botRaw from '../../build/bot.json?raw';
import queriesYaml from '../search-queries.yaml?raw';
import questionsYaml from '../bot-questions.yaml?raw';
import { runLatencySuite } from './suite.ts';

it('measures search and bot latency in workerd', () => {
  const r = runLatencySuite({ indexRaw, botRaw, queriesYaml, questionsYaml });
  for (const line of [r.first, r.load, r.search, r.bot]) console.log(`BENCH workerd ${line}`);
});
