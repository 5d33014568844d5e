/**
 * Which corpus lexicons to learn before the family stage, on the pool, and which to leave to the family that
 * needs them. A family aligns its hub to each other member with the lexicon of their two languages; which member
 * is the hub is known only inside the family stage. A language pair that only one family could use (both its
 * languages among that family's members) is left pending: that family's thread learns it if its hub needs it, so
 * a folder of ten translations of one document learns the n − 1 lexicons of its hub and no more. A language pair
 * that several families could use is learned once, up front, one task per language pair spread over the pool:
 * left pending, each thread whose families needed it would learn it again.
 */
import type Tinypool from 'tinypool'
import type { ParsedDocument, TranslationFamily } from '../types.js'
import { isPending, type CorpusLexicon } from './pendingLexicons.js'
import type { LexiconReply, LexiconTask } from './pipelineWorker.js'
import { runTask } from './workerPool.js'

/**
 * Learn on the pool the pending lexicons that more than one family could use.
 * @param lexicons The run's corpus lexicons (from `planLexicons`).
 * @param families The translation families.
 * @param languageOf ISO 639-3 code of a document, by id.
 * @param pool The pool (`pipeline-worker.js`).
 * @returns The same list, in the same order, with those entries learned (an entry that had too little to learn from
 *   is left out, as `lexiconsOfCorpus` leaves it out).
 */
export async function learnSharedLexicons(lexicons: readonly CorpusLexicon[] | undefined, families: readonly TranslationFamily[], languageOf: (id: string) => string | undefined, pool: Tinypool): Promise<CorpusLexicon[] | undefined> {
  if (lexicons === undefined) return undefined
  const users = new Map<string, number>()
  for (const family of families) {
    if (family.documents.length < 2) continue
    const languages = [...new Set(family.documents.map(languageOf))].filter((l): l is string => l !== undefined).sort()
    for (let i = 0; i < languages.length; i++) for (let j = i + 1; j < languages.length; j++) users.set(`${languages[i]}\u0000${languages[j]}`, (users.get(`${languages[i]}\u0000${languages[j]}`) ?? 0) + 1)
  }
  const key = (entry: CorpusLexicon): string => [...entry.languages].sort().join('\u0000')
  const learned = await Promise.all(
    lexicons.map(async (entry): Promise<CorpusLexicon | undefined> => {
      if (!isPending(entry) || (users.get(key(entry)) ?? 0) < 2) return entry
      const reply = (await runTask(pool, { entry } satisfies LexiconTask, 'lexicon')) as LexiconReply
      return reply.lexicon
    }),
  )
  const out = learned.filter((entry): entry is CorpusLexicon => entry !== undefined)
  return out.length === 0 ? undefined : out
}

/**
 * Every family's member languages, for {@link learnSharedLexicons}.
 * @param documents Documents by id.
 */
export function languageOfDocuments(documents: ReadonlyMap<string, ParsedDocument>): (id: string) => string | undefined {
  return (id) => documents.get(id)?.language?.iso6393
}
