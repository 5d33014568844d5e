import { InputError } from '../errors/InputError.js'
import { UsageError } from '../errors/UsageError.js'

/** The path argument that stands for standard input. */
export const STDIN_PATH = '-'

/**
 * Read a stream (standard input) whole, never holding more than `maxBytes + 1` bytes: past the limit the stream
 * is closed and `TOO_LARGE` thrown, so an endless producer (`yes | paracorpus parse -`) stops at once.
 * @param stream The input stream.
 * @param maxBytes Largest input accepted, in bytes.
 * @returns The bytes read.
 * @throws {InputError} `TOO_LARGE` naming `--max-bytes`.
 */
export async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  // Leaving the loop by throwing ends the iterator, which destroys the stream: nothing more is read.
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > maxBytes) throw new InputError('TOO_LARGE', `stdin holds more than ${maxBytes} bytes; raise the limit with \`--max-bytes\` or split the input`, { file: STDIN_PATH })
    chunks.push(buffer)
  }
  return Buffer.concat(chunks, size)
}

/**
 * Check that `-` (standard input) is given at most once among the paths of a command.
 * @param paths The path arguments.
 * @returns Whether `-` is among them.
 * @throws {UsageError} `USAGE` when `-` is given twice.
 */
export function wantsStdin(paths: readonly string[]): boolean {
  const n = paths.filter((p) => p === STDIN_PATH).length
  if (n > 1) throw new UsageError('USAGE', 'stdin (`-`) can be read only once; give `-` for one input and files for the others')
  return n === 1
}

/**
 * Refuse `-` in a command that compares documents read from paths (`align`, `drift`).
 * @param paths The path arguments.
 * @param command The command's name.
 * @throws {UsageError} `USAGE` naming the commands that read stdin.
 */
export function refuseStdin(paths: readonly string[], command: string): void {
  if (paths.includes(STDIN_PATH)) throw new UsageError('USAGE', `\`${command}\` reads documents from paths only; save the piped text to a file and pass its path (\`parse -\`, \`detect -\` and \`bitext\` read stdin; a file named \`-\` is \`./-\`)`)
}
