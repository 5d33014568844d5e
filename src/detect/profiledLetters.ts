/** Letter evidence of a text's candidates, split between the profiled languages as a group and within it. */
export interface ProfiledLetterEvidence {
  /**
   * Foreign letters to count against each candidate before the profiled languages share out the probability they
   * hold together: a language without a profile keeps its own count; a profiled language gets the fewest of any
   * profiled candidate (letters that none of them uses).
   */
  group: Map<string, number>
  /**
   * The profiles' posterior with the rest of each profiled language's foreign letters counted against it, summing
   * to what it summed to; languages without a letter count keep their share.
   * @param posterior Language → probability under the profiles.
   * @returns A new map.
   */
  within: (posterior: ReadonlyMap<string, number>) => Map<string, number>
}

/**
 * Count letters against the profiled candidates as one group first, and against each of them within the group.
 *
 * The profiled candidates share the probability they hold together by the profiles' posterior, so what they hold
 * together should not depend on which of them franc happened to rank first. Counted one by one, a letter the franc
 * leader lacks took the group's probability with it even when the language the profiles chose uses that letter:
 * on `Сиңа ун яшьме?` franc ranks Kyrgyz first, `ь` counts against Kyrgyz, and Serbian (which has neither `ң` nor
 * `ь`) won over the Tatar the profiles were sure of. Now a letter counts against the group only when no profiled
 * candidate uses it, and, within the group, against the profiled languages that lack it.
 * @param foreign Language → foreign letters (see `foreignLetters`).
 * @param profiled Whether a candidate has a profile of ours.
 * @param letterLogOdds Log-odds against a candidate per foreign letter.
 * @returns The two uses of the evidence.
 */
export function profiledLetterEvidence(foreign: ReadonlyMap<string, number>, profiled: (code: string) => boolean, letterLogOdds: number): ProfiledLetterEvidence {
  let fewest = Infinity
  for (const [code, count] of foreign) if (profiled(code)) fewest = Math.min(fewest, count)
  if (!Number.isFinite(fewest)) fewest = 0
  const group = new Map<string, number>()
  for (const [code, count] of foreign) group.set(code, profiled(code) ? fewest : count)
  const within = (posterior: ReadonlyMap<string, number>): Map<string, number> => {
    let before = 0
    let after = 0
    const weighed = new Map<string, number>()
    for (const [code, p] of posterior) {
      const w = p * Math.exp(-letterLogOdds * ((foreign.get(code) ?? fewest) - fewest))
      weighed.set(code, w)
      before += p
      after += w
    }
    if (after <= 0) return new Map(posterior)
    for (const [code, w] of weighed) weighed.set(code, (w * before) / after)
    return weighed
  }
  return { group, within }
}
