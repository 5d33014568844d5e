/**
 * A Markdown text with its `## ` sections `k` and `k + 1` (from 0) in each other's place: a translation that moved a
 * section, as tests build it from a real page.
 * @param text A Markdown page with at least `k + 2` `## ` headings.
 * @param k The first of the two sections.
 */
export function swapSections(text: string, k: number): string {
  const starts = [...text.matchAll(/^## /gmu)].map((m) => m.index)
  const [a, b, c] = [starts[k]!, starts[k + 1]!, starts[k + 2] ?? text.length]
  return text.slice(0, a) + text.slice(b, c) + text.slice(a, b) + text.slice(c)
}

/**
 * A Markdown text without its `## ` section `k` (from 0; heading and content up to the next `## ` heading): a
 * translation that lost a section, as tests build it from a real page.
 * @param text A Markdown page with at least `k + 1` `## ` headings.
 * @param k The section removed.
 */
export function removeSection(text: string, k: number): string {
  const starts = [...text.matchAll(/^## /gmu)].map((m) => m.index)
  return text.slice(0, starts[k]!) + text.slice(starts[k + 1] ?? text.length)
}
