import { PassThrough, Readable } from 'node:stream'
import { runCli } from '../../src/cli/run.js'

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in-process with captured streams. */
export async function cli(args: string[], stdin = ''): Promise<CliRun> {
  const out = new PassThrough()
  const err = new PassThrough()
  let stdout = ''
  let stderr = ''
  out.on('data', (c: Buffer) => (stdout += c.toString('utf8')))
  err.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
  const code = await runCli(args, { stdout: out, stderr: err, stdin: Readable.from([stdin]) })
  return { code, stdout, stderr }
}
