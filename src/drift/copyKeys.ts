/**
 * The form under which the copy search compares text (`copiedText.ts`, `containedText.ts`, `commonText.ts`): a
 * sentence without the speaker labels before it, Unicode NFC, spaces collapsed; its letters counted as compared.
 */
import { speakerLabel } from '../parse/speakerLabel.js'

/** Sentences with fewer letters than this are not matched (`Yes.`, `Thank you.` recur everywhere). */
export const MIN_COPY_LETTERS = 20

const LETTERS = /[\p{L}\p{N}]/gu

/**
 * Letters (and digits) of a text.
 * @param text Any text.
 */
export function letters(text: string): number {
  return text.match(LETTERS)?.length ?? 0
}

/**
 * A sentence without the speaker labels before it (`A: `, `问：` — the parser keeps the label in the text of a
 * document whose labels it does not read as markers, and strips it in another's). Every leading `Label:` goes, not
 * only the first, so that the key of a key is itself: a sentence whose opening clause ends in a colon
 * (`該法律規定了很多…條件：…`, read as a label) keys alike with and without the `答：` its paste kept.
 */
function unlabelled(text: string): string {
  let out = text
  for (let label = speakerLabel(out); label !== undefined && label.rest !== ''; label = speakerLabel(out)) out = out.slice(label.length)
  return out
}

/**
 * A sentence as compared, its case kept: without its speaker labels, Unicode NFC, spaces collapsed.
 * @param text A sentence.
 */
export function casedKey(text: string): string {
  return unlabelled(text).normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/**
 * The form under which two sentences are the same text: {@link casedKey} in lower case.
 * @param text A sentence.
 */
export function sentenceKey(text: string): string {
  return casedKey(text).toLowerCase()
}

/**
 * Letters of a sentence as compared (without its speaker labels).
 * @param text A sentence.
 */
export function keyLetters(text: string): number {
  return letters(unlabelled(text))
}
