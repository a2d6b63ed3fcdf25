/** Validates the real-question corpus (schema, unique ids, no question twice) and prints problems by id, never the text. */
import { loadCorpus } from '../test/eval/corpus.ts';
const { entries, problems } = loadCorpus();
console.log(entries.length, 'entries;', problems.length, 'problems');
for (const p of problems) console.log(p.file, p.where, p.message);
