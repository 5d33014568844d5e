/**
 * Question marks of every script that writes its own: Latin `?`, fullwidth `？`, Arabic `؟`, Ethiopic `፧`, Armenian
 * `՞`, Vai `꘏`, the reversed `⸮`, the inverted `¿`, the doubled `⁇` `⁈` `⁉`, and `;`, the Greek question mark (U+037E
 * normalises to it). One definition for the stages that ask whether a line asks (parse's line shapes and speaker
 * turns) and that count a sentence's questions (align's shape features). Counting every `;` was kept on purpose: counting
 * it only in Greek text lowered the drift evaluation on PUD news (family recall 0.993 → 0.986, truncated found 30 → 29
 * of 33); a heading that asks is read more strictly (see `asksQuestion`).
 */
export const QUESTION_MARK = /[?？؟፧՞꘏⸮¿⁇⁈⁉;]/u

/** {@link QUESTION_MARK}, every occurrence (for counting with `String.prototype.match`). */
export const QUESTION_MARKS = new RegExp(QUESTION_MARK.source, 'gu')
