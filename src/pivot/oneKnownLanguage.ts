/**
 * Whether a group's members are all of one known language: versions of one document (a revision, a damaged copy
 * beside its original) rather than translations. A member of unknown language may be of another language, so a
 * group holding one is not (two documents of unknown language are two unknowns, not one language).
 * @param members Member ids.
 * @param languageOf A member's known language (`undefined` when unknown).
 * @returns `true` when every member has a known language and it is the same for all.
 */
export function oneKnownLanguage(members: readonly string[], languageOf: (id: string) => string | undefined): boolean {
  const first = members.length === 0 ? undefined : languageOf(members[0]!)
  return first !== undefined && members.every((m) => languageOf(m) === first)
}
