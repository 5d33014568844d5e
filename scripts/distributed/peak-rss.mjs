// Run the built paracorpus CLI in this process and print its peak RSS and CPU time on stderr at exit (worker
// threads included): `node peak-rss.mjs <cli.js> <args…>` → a last line `peak-rss-kb N cpu-us M` on stderr.
import { pathToFileURL } from 'node:url'

const [cli, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], cli, ...args]
process.on('exit', () => {
  const usage = process.resourceUsage()
  process.stderr.write(`peak-rss-kb ${usage.maxRSS} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`)
})
await import(pathToFileURL(cli).href)
