// Run the built paracorpus CLI in this process and print its peak RSS on stderr at exit (worker threads
// included): `node peak-rss.mjs <cli.js> <args…>` → a last line `peak-rss-kb N` on stderr.
import { pathToFileURL } from 'node:url'

const [cli, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], cli, ...args]
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`))
await import(pathToFileURL(cli).href)
