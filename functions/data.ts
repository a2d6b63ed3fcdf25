/**
 * The build's data bundled into the Worker (search index, bot knowledge), loaded once per
 * isolate on first use. Never indexed per request.
 */
import searchData from '../build/search-index.json';
import botData from '../build/bot.json';
import campaignsData from '../build/campaigns.json';
import type { YearlyEvent } from './lib/ical.ts';
import { createSearcher, type SearchData } from './lib/search.ts';
import { createBot, type BotAnswer, type BotContext, type BotData } from './lib/bot.ts';

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
  return bot().answer(question, context, (q) =>
    searcher()
      .search(q, { limit: 3 })
      .results.map((r) => ({ title: r.title, url: r.url, quote: r.snippet })),
  );
}

interface CampaignJson {
  campaigns: { id: string; title: string; start: YearlyEvent['start']; end: YearlyEvent['end']; description: string; basis: string; reference: string; planAsks: { text: string }[] }[];
}

/** The yearly campaigns as calendar events; the description says where each comes from. */
export function campaignEvents(): YearlyEvent[] {
  return (campaignsData as unknown as CampaignJson).campaigns.map((c) => ({
    id: c.id,
    title: c.title,
    start: c.start,
    end: c.end,
    url: `/lich/#${c.id}`,
    description: `${c.description}\nCăn cứ: ${c.basis}. Nguồn: ${c.reference}${c.planAsks.length ? `\nCác kế hoạch đề nghị: ${c.planAsks.map((a) => a.text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')).join(' ')}` : ''}`,
    categories: ['Phòng, chống tệ nạn xã hội'],
  }));
}
