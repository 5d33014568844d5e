/**
 * A word-translation lexicon of one language pair: which source words translate which target words, and how
 * often a linked word finds its partner in a true translation (`p1`) and in unrelated text (`p0`). Learned from
 * a corpus (`trainCorpusLexicon`), read from a file of word pairs (`Lexicon.parse`), used by the aligner's
 * lexical signal and usable on its own to judge whether two segments' words correspond.
 */
import { InputError } from '../../errors/InputError.js'
import type { WordIds } from './tokenizeWords.js'
import { tokenizeWords, wordKeys } from './tokenizeWords.js'
import type { WordLinks } from './trainLexicon.js'
import type { Model1, WordModel1 } from './model1.js'
import { model1ToIds } from './model1.js'
import { checkOptionalNumber, checkOptions, usage } from '../../errors/checkArgument.js'

/** Default `p1` of a lexicon read from a file without one. */
export const DEFAULT_LEXICON_P1 = 0.6

/** Default `p0` of a lexicon read from a file without one. */
export const DEFAULT_LEXICON_P0 = 0.03

/** How well the words of two segments correspond under a lexicon. */
export interface LexicalEvidence {
  /** Words of both sides that have a link in the lexicon. */
  linked: number
  /** Linked words whose partner is on the other side. */
  matched: number
  /**
   * Log-likelihood ratio in nats of "they translate each other" against "they are unrelated": each matched word
   * adds `ln(p1/p0)`, each unmatched linked word `ln((1−p1)/(1−p0))`. 0 when nothing is linked.
   */
  logLikelihoodRatio: number
  /** The same as a probability in [0, 1] with even prior odds (0.5 when nothing is linked). */
  score: number
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key)
  if (set === undefined) map.set(key, new Set([value]))
  else set.add(value)
}

function matchedIn(words: readonly string[], links: ReadonlyMap<string, ReadonlySet<string>>, other: ReadonlySet<string>): [number, number] {
  let linked = 0
  let matched = 0
  for (const w of words) {
    const partners = links.get(w)
    if (partners === undefined) continue
    linked++
    for (const p of partners) {
      if (other.has(p)) {
        matched++
        break
      }
    }
  }
  return [linked, matched]
}

/** A word-translation lexicon of one language pair. */
export class Lexicon {
  /** Share of linked words that find their partner in a true translation. */
  readonly p1: number
  /** Share of linked words that find a partner in an unrelated sentence. */
  readonly p0: number
  /** IBM Model 1 learned with the links (`trainCorpusLexicon`), if any: the aligner's translation signal. */
  readonly model: WordModel1 | undefined
  private readonly forward = new Map<string, Set<string>>()
  private readonly backward = new Map<string, Set<string>>()

  /**
   * @param pairs Word pairs `[source word, target word]` (lower-cased as {@link tokenizeWords} does; words are
   *   known by their first five letters, `wordKeys`, so `pairs()` gives those keys back).
   * @param rates Match rates `p1 > p0` (defaults: `DEFAULT_LEXICON_P1`, `DEFAULT_LEXICON_P0`), and optionally an
   *   IBM Model 1 of the same language pair.
   */
  constructor(pairs: Iterable<readonly [string, string]>, rates: { p1?: number | undefined; p0?: number | undefined; model?: WordModel1 | undefined } = {}) {
    if (typeof pairs !== 'object' || pairs === null || typeof (pairs as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') usage('pairs', 'an iterable of word pairs [source, target]', pairs)
    const checked = checkOptions(rates, 'rates')
    checkOptionalNumber(checked.p1, 'rates.p1', { min: 0, max: 1 })
    checkOptionalNumber(checked.p0, 'rates.p0', { min: 0, max: 1 })
    const p1 = Math.min(0.98, Math.max(0.05, rates.p1 ?? DEFAULT_LEXICON_P1))
    this.p1 = p1
    this.p0 = Math.min(0.9 * p1, Math.max(0.001, rates.p0 ?? DEFAULT_LEXICON_P0))
    this.model = rates.model
    for (const pair of pairs) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') usage('pairs', 'an iterable of word pairs [source, target] (two strings each)', pair)
      const [s, t] = pair
      // A word known by several keys (Han characters) links each of them. `toLowerCase` is the root locale's lower
      // case (`toLocaleLowerCase('und')`, the same for every code point; see `tokenizeWords`), without an ICU call.
      const tKeys = wordKeys(t.toLowerCase())
      for (const a of wordKeys(s.toLowerCase())) {
        for (const b of tKeys) {
          if (a === '' || b === '') continue
          add(this.forward, a, b)
          add(this.backward, b, a)
        }
      }
    }
  }

  /** Number of word pairs. */
  get size(): number {
    let n = 0
    for (const set of this.forward.values()) n += set.size
    return n
  }

  /**
   * Every word pair, sorted.
   * @returns `[source word, target word]` pairs.
   */
  pairs(): Array<[string, string]> {
    const out: Array<[string, string]> = []
    for (const [s, set] of this.forward) for (const t of set) out.push([s, t])
    return out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
  }

  /**
   * The same lexicon read the other way round: target words as source words, same match rates.
   * @returns A new lexicon.
   */
  reversed(): Lexicon {
    return new Lexicon(
      this.pairs().map(([s, t]): [string, string] => [t, s]),
      { p1: this.p1, p0: this.p0, model: this.model === undefined ? undefined : { forward: this.model.backward, backward: this.model.forward } },
    )
  }

  /**
   * How well two segments' words correspond (both given as word lists, e.g. from {@link tokenizeWords}).
   * @param sourceTokens Words of the source segment.
   * @param targetTokens Words of the target segment.
   * @returns Linked and matched words, the log-likelihood ratio and a probability-like score.
   */
  compare(sourceTokens: readonly string[], targetTokens: readonly string[]): LexicalEvidence {
    const s = [...new Set(sourceTokens.flatMap((w) => wordKeys(w.toLowerCase())))]
    const t = [...new Set(targetTokens.flatMap((w) => wordKeys(w.toLowerCase())))]
    const [ls, ms] = matchedIn(s, this.forward, new Set(t))
    const [lt, mt] = matchedIn(t, this.backward, new Set(s))
    const linked = ls + lt
    const matched = ms + mt
    const llr = matched * Math.log(this.p1 / this.p0) + (linked - matched) * Math.log((1 - this.p1) / (1 - this.p0))
    return { linked, matched, logLikelihoodRatio: llr, score: 1 / (1 + Math.exp(-llr)) }
  }

  /**
   * Probability-like score in [0, 1] that two segments translate each other, from their words alone (0.5 when
   * no word is linked). Texts are split into words with {@link tokenizeWords}.
   * @param sourceText Source segment.
   * @param targetText Target segment.
   * @returns The score.
   */
  score(sourceText: string, targetText: string): number {
    return this.compare(tokenizeWords(sourceText, 4096), tokenizeWords(targetText, 4096)).score
  }

  /**
   * The lexicon as text: a `# p1 … p0 …` line, then one `source<TAB>target` pair per line (what {@link Lexicon.parse} reads).
   * @returns The text, ending with a newline.
   */
  toText(): string {
    const lines = [`# p1 ${this.p1.toFixed(4)} p0 ${this.p0.toFixed(4)}`]
    for (const [s, t] of this.pairs()) lines.push(`${s}\t${t}`)
    return `${lines.join('\n')}\n`
  }

  /**
   * Read a lexicon file: one `source<TAB>target` word pair per line (more columns are ignored), blank lines and
   * `#` comments skipped; a `# p1 X p0 Y` comment sets the match rates.
   * @param text File contents.
   * @param file File name, for errors.
   * @returns The lexicon.
   * @throws {InputError} `INVALID_INPUT` for a line without a tab, or a file without any pair.
   */
  static parse(text: string, file?: string): Lexicon {
    const pairs: Array<[string, string]> = []
    let p1: number | undefined
    let p0: number | undefined
    text.split(/\r?\n/u).forEach((line, k) => {
      if (line.trim() === '') return
      if (line.startsWith('#')) {
        const rates = /^#\s*p1\s+([\d.]+)\s+p0\s+([\d.]+)/u.exec(line)
        if (rates !== null) {
          p1 = Number(rates[1])
          p0 = Number(rates[2])
        }
        return
      }
      const [s, t] = line.split('\t')
      if (s === undefined || t === undefined || s.trim() === '' || t.trim() === '') {
        throw new InputError('INVALID_INPUT', `${file ?? 'lexicon'} line ${k + 1}: expected "source<TAB>target", got ${JSON.stringify(line.slice(0, 60))}`, { file })
      }
      pairs.push([s.trim(), t.trim()])
    })
    if (pairs.length === 0) throw new InputError('INVALID_INPUT', `${file ?? 'lexicon'} holds no word pair: write one "source<TAB>target" pair per line`, { file })
    return new Lexicon(pairs, { p1, p0 })
  }

  /**
   * The links between the words two `WordIds` have seen, for the aligner's lexical signal.
   * @param sourceIds Source-side word ids.
   * @param targetIds Target-side word ids.
   * @returns Id links with this lexicon's match rates.
   */
  linksFor(sourceIds: WordIds, targetIds: WordIds): WordLinks {
    const sourceLinks = new Map<number, Int32Array>()
    const targetLinks = new Map<number, Int32Array>()
    const link = (words: string[], map: ReadonlyMap<string, ReadonlySet<string>>, other: WordIds, out: Map<number, Int32Array>): void => {
      words.forEach((w, id) => {
        const partners = map.get(w)
        if (partners === undefined) return
        const ids: number[] = []
        for (const p of partners) {
          const pid = other.idOf(p)
          if (pid !== undefined) ids.push(pid)
        }
        // A linked word whose partners never occur on the other side still counts as linked (a miss).
        out.set(id, Int32Array.from(ids).sort())
      })
    }
    link(sourceIds.words(), this.forward, targetIds, sourceLinks)
    link(targetIds.words(), this.backward, sourceIds, targetLinks)
    return { sourceLinks, targetLinks, p1: this.p1, p0: this.p0, beads: 0 }
  }

  /**
   * The translation model over the words two `WordIds` have seen, for the aligner's translation signal.
   * @param sourceIds Source-side word ids.
   * @param targetIds Target-side word ids.
   * @returns The model, or `undefined` when the lexicon has none.
   */
  modelFor(sourceIds: WordIds, targetIds: WordIds): Model1 | undefined {
    return this.model === undefined ? undefined : model1ToIds(this.model, sourceIds, targetIds)
  }
}
