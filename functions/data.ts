/**
 * The build's data bundled into the Worker, loaded once per isolate on first use.
 */
import searchData from '../build/search-index.json';
import { createSearcher, type SearchData } from './lib/search.ts';

let cached: ReturnType<typeof createSearcher> | undefined;

/** The loaded search index (validated and built by scripts/build-data.ts). */
export function searcher(): ReturnType<typeof createSearcher> {
  cached ??= createSearcher(searchData as unknown as SearchData);
  return cached;
}
