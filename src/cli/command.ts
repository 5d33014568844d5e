/** Streams a command writes to (injectable for tests). */
export interface CliIO {
  /** Data output. */
  stdout: NodeJS.WritableStream & { isTTY?: boolean | undefined }
  /** Messages, warnings, progress. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean | undefined }
  /** Input, for commands that read `-`. */
  stdin: NodeJS.ReadableStream
}

/** One `paracorpus <name>` subcommand. */
export interface CliCommand {
  /** Subcommand name. */
  name: string
  /** One line for the command list. */
  summary: string
  /** Full help text shown by `paracorpus <name> --help`. */
  help: string
  /**
   * Run the command.
   * @returns Exit code: 0 success, 1 usage error, 2 input error.
   */
  run(argv: string[], io: CliIO): Promise<number>
}
