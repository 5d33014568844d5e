import type { ParsedDocument } from '../types.js'

/** Sentences of one family language found in the other members' prose. */
interface Leak {
  /** Members whose prose holds such sentences. */
  members: Set<string>
  /** How many sentences. */
  sentences: number
}

/**
 * Confidence a sentence's own guess needs to count as written in another language: a short line of names and a URL
 * (`Mastodon: mastodon.social/@puter`) is guessed Spanish at 0.007 in every translation of Puter's README, which is
 * no sign of the language they were translated from. The confidence a segment needs to vote on its document's
 * language (`documentLanguage`'s `voteConfidence`).
 */
const LEAK_CONFIDENCE = 0.5

/**
 * Sentences of each family language in the members' prose written in a language not their own (code and furniture
 * aside), each guessed with at least {@link LEAK_CONFIDENCE}.
 */
function leaks(members: readonly ParsedDocument[], languages: ReadonlyMap<string, string>): Map<string, Leak> {
  const out = new Map<string, Leak>()
  for (const doc of members) {
    const own = doc.language?.iso6393
    for (const segment of doc.segments) {
      if (segment.role === 'code' || segment.role === 'boilerplate') continue
      for (const sentence of segment.sentences) {
        const language = sentence.language
        if (language === undefined || language.inherited === true || language.confidence < LEAK_CONFIDENCE || language.iso6393 === own || !languages.has(language.iso6393)) continue
        const leak = out.get(language.iso6393) ?? { members: new Set<string>(), sentences: 0 }
        leak.members.add(doc.id)
        leak.sentences++
        out.set(language.iso6393, leak)
      }
    }
  }
  return out
}

/**
 * The family member the others' text names as the original: translations keep sentences of the language they were
 * translated from (a paragraph left untranslated, a quoted message, a comment), so the one language whose sentences
 * stand in the prose of at least half of the other members (two at least), three sentences or more and twice as
 * many as any other member's language, is the source language, and the one member written in it the original. Used,
 * like {@link originalByPath}, only to label the family's source when no option names it and the paths do not say;
 * nothing is inferred when the evidence is thin or the language belongs to two members.
 * @param members The family's documents.
 * @returns The original's id, or `undefined`.
 */
export function originalByForeignText(members: readonly ParsedDocument[]): string | undefined {
  if (members.length < 3) return undefined
  const owners = new Map<string, string[]>()
  for (const doc of members) {
    const language = doc.language?.iso6393
    if (language !== undefined && language !== 'und') owners.set(language, [...(owners.get(language) ?? []), doc.id])
  }
  const languages = new Map([...owners].filter(([, ids]) => ids.length === 1).map(([language, ids]) => [language, ids[0]!] as const))
  const ranked = [...leaks(members, languages)].sort((a, b) => b[1].sentences - a[1].sentences || (a[0] < b[0] ? -1 : 1))
  const [best, second] = ranked
  if (best === undefined) return undefined
  const [language, leak] = best
  const others = members.length - 1
  if (leak.members.size < Math.max(2, Math.ceil(others / 2)) || leak.sentences < 3) return undefined
  if (second !== undefined && leak.sentences < 2 * second[1].sentences) return undefined
  return languages.get(language)
}
