/**
 * Sentence-final punctuation of every script: Unicode `Sentence_Terminal` (`.` `!` `?` `。` `។` `।` `؟` `۔` `።` `։`
 * `‼` `．` …) and the ellipsis `…`. One definition for the stages that ask whether a line or an aligned item ends a
 * sentence (parse's line shapes, align's sentence-internal boundaries). The Armenian comma `՝` is not one.
 */
export const SENTENCE_END = /[\p{Sentence_Terminal}…]/u
