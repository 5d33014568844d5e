import { codePointCounter } from '../util/codePointCounter.js'

/**
 * How many letters and marks a text holds (`/[\p{L}\p{M}]/gu` matches), counted code point by code point with each
 * distinct one tested once per process, without building the array of matches (see `codePointCounter`).
 * @param text Any text.
 * @returns The count.
 */
export const letterCount: (text: string) => number = codePointCounter(/^[\p{L}\p{M}]$/u)
