/**
 * The build's data bundled into the Worker (search index, bot knowledge), loaded once per
 * isolate on first use. Never indexed per request.
 */
import searchData from '../build/search-index.json';
import botData from '../build/bot.json';
import calendarData from '../build/calendar.json';
import type { YearlyEvent } from './lib/ical.ts';
import { createSearcher, type SearchData } from './lib/search.ts';
import { createBot, searchSources, type BotAnswer, type BotContext, type BotData } from './lib/bot.ts';

let cachedSearcher: ReturnType<typeof createSearcher> | undefined;
let cachedBot: ReturnType<typeof createBot> | undefined;

/** The loaded search index (validated and built by scripts/build-data.ts). */
export function searcher(): ReturnType<typeof createSearcher> {
  cachedSearcher ??= createSearcher(searchData as unknown as SearchData);
  return cachedSearcher;
}

export function bot(): ReturnType<typeof createBot> {
  cachedBot ??= createBot(botData as unknown as BotData);
  return cachedBot;
}

/** The bot's answer, with search results as sources when it has no grounded answer. */
export function ask(question: string, context: BotContext): BotAnswer {
  return bot().answer(question, context, searchSources(searcher()));
}

/** The yearly campaigns as calendar events, prepared by the build (scripts/lib/calendar.ts). */
export function campaignEvents(): YearlyEvent[] {
  return calendarData as unknown as YearlyEvent[];
}
