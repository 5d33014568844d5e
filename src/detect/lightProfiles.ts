import type { LanguageProfilesData } from './languageProfiles.js'

/**
 * A profiles file without what the posterior tables are built from (see `buildPosteriorTables`): each language's
 * n-gram counts cut down to its letters (its unigrams), its word counts left out, everything else as it is (letter
 * inventories, trigram models, pair discriminators). What a thread keeps of the file once the tables are built, and
 * what it is sent with tables built elsewhere.
 * @param data Profiles.
 * @returns The light copy (a new object; `data` is not changed).
 */
export function lightProfiles(data: LanguageProfilesData): LanguageProfilesData {
  const languages: LanguageProfilesData['languages'] = {}
  for (const [code, profile] of Object.entries(data.languages)) {
    const { words: _words, ngrams, ...rest } = profile
    const unigrams: Record<string, number> = {}
    // A unigram is one code point: one UTF-16 unit, or a surrogate pair.
    for (const gram in ngrams) if (gram.length === 1 || (gram.length === 2 && gram.codePointAt(0)! > 0xffff)) unigrams[gram] = ngrams[gram]!
    languages[code] = { ...rest, ngrams: unigrams }
  }
  return { ...data, languages }
}
