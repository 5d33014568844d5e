import { readFileSync } from 'node:fs'
import type { CliCommand, CliIO } from './command.js'
import { EXIT_OK, EXIT_USAGE, reportError } from './exitCodes.js'

function version(): string {
  const url = new URL('../package.json', import.meta.url)
  try {
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version
  } catch {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
  }
}

function mainHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4)
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    'paracorpus: turn translated articles into an aligned, drift-scored parallel corpus',
    '',
    'Usage: paracorpus <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also after a command)',
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 success, 1 usage error, 2 input error.',
    '',
  ].join('\n')
}

/**
 * Run the CLI with the given arguments (without `node` and the script path).
 * @returns The process exit code.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${version()}\n`)
    return EXIT_OK
  }
  // A command's own module is loaded alone, and loads its heavy modules (parser, language profiles, aligner) only
  // when it runs; the list of every command only for the main help.
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const { commands } = await import('./commands/index.js')
    io.stdout.write(mainHelp(commands))
    return name === undefined ? EXIT_USAGE : EXIT_OK
  }
  const { loadCommand } = await import('./commands/byName.js')
  const command = await loadCommand(name)
  if (command === undefined) {
    io.stderr.write(`paracorpus: unknown command \`${name}\`; run \`paracorpus --help\` for the list\n`)
    return EXIT_USAGE
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`)
    return EXIT_OK
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    return reportError(error, io)
  }
}
