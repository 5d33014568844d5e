/**
 * Every rule id paracorpus gives a diagnostic, by stage; each has a section in `docs/rules.md`.
 * `input-*` ids name an input error (`InputError` code, lower-cased) reported on a run that went on without the file.
 */
export const RULE_IDS = [
  // load
  'empty-document',
  'duplicate-document',
  'utf16-decoded',
  'bom-stripped',
  'line-endings',
  'symlink-loop',
  'symlink-revisit',
  // parse
  'markdown-too-deep',
  'markdown-too-dense',
  'duplicate-title',
  'duplicate-line',
  'lost-marker',
  'question-without-question-mark',
  // detect
  'low-confidence-language',
  'language-hint-mismatch',
  // families and pivot
  'not-a-translation',
  'same-language-in-family',
  'same-page-other-family',
  'pivot-not-in-family',
  'source-not-in-family',
  'not-a-translation-of-pivot',
  'turn-level-only',
  // inputs left out of a run
  'input-enoent',
  'input-eacces',
  'input-eisdir',
  'input-not_a_file',
  'input-no_match',
  'input-binary',
  'input-invalid_utf8',
  'input-utf16',
  'input-too_large',
  'input-empty',
  'input-parse_failed',
  'input-invalid_input',
] as const

/** A rule id of {@link RULE_IDS}. */
export type RuleId = (typeof RULE_IDS)[number]
