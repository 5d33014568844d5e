import { checkText } from '../errors/checkShape.js'
/** The page documenting every rule id: `docs/rules.md` in the repository named by `package.json`'s `homepage`. */
export const RULES_DOCS_URL = 'https://github.com/paracorpus/paracorpus/blob/main/docs/rules.md'

/**
 * The address of a rule's entry in the rules page (`…/docs/rules.md#lost-marker`), set as `url` on every
 * diagnostic and `vfile` message.
 * @param ruleId A rule id (see `RULE_IDS`).
 * @returns The URL.
 */
export function ruleUrl(ruleId: string): string {
  checkText(ruleId, 'ruleId')
  return `${RULES_DOCS_URL}#${ruleId}`
}
