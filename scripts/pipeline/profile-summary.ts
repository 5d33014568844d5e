/**
 * Summarise a `node --cpu-prof` profile: `npx tsx scripts/pipeline/profile-summary.ts <file.cpuprofile> [root] [top]`.
 * Prints self and inclusive time per function (summed over its call sites, recursion counted once), within the
 * subtrees of the function named `root` (default: the whole profile), as shares of that time.
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const [file, rootName, topArg] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file!, 'utf8')) as Profile
const top = Number(topArg ?? '25')
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const selfUs = new Map<number, number>()
for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0))
const name = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`
const self = new Map<string, number>()
const inclusive = new Map<string, number>()
let total = 0
for (const [id, us] of selfUs) {
  const stack: ProfileNode[] = []
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!)
  if (rootName !== undefined && rootName !== '' && !stack.some((n) => n.callFrame.functionName === rootName)) continue
  total += us
  const leaf = name(stack[0]!)
  self.set(leaf, (self.get(leaf) ?? 0) + us)
  for (const key of new Set(stack.map(name))) inclusive.set(key, (inclusive.get(key) ?? 0) + us)
}
const show = (title: string, m: Map<string, number>): void => {
  console.log(`\n${title} (of ${(total / 1e6).toFixed(2)} s)`)
  for (const [k, us] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(2)} s  ${k}`)
}
show('self', self)
show('inclusive', inclusive)
