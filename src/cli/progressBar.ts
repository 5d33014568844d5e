/** A stage of work reported by `alignCorpus`'s `onProgress`. */
export interface ProgressStep {
  /** Stage name (`load`, `pairs`, `families`, …). */
  stage: string
  /** Units done. */
  done: number
  /** Units in the stage. */
  total: number
}

/** A one-line progress bar redrawn in place on a terminal. */
export interface ProgressBar {
  /** Redraw for a progress event. */
  update(step: ProgressStep): void
  /** Clear the line (call once the work is done or failed). */
  stop(): void
}

/** Options for {@link progressBar}. */
export interface ProgressBarOptions {
  /** Bar width in characters (default: `24`). */
  width?: number | undefined
}

/**
 * A tiny progress bar for stderr: `align [pairs]   ██████░░░░  3/6`, redrawn with `\r`.
 * The caller decides whether to draw at all (only on a TTY, never with `--quiet`).
 * @param stream Where to draw (stderr).
 */
export function progressBar(stream: NodeJS.WritableStream, options: ProgressBarOptions = {}): ProgressBar {
  const width = options.width ?? 24
  let drawn = false
  let last = ''
  return {
    update({ stage, done, total }) {
      const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1
      const full = Math.round(ratio * width)
      const line = `align [${stage}]`.padEnd(18) + ` ${'█'.repeat(full)}${'░'.repeat(width - full)} ${done}/${total}`
      if (line === last) return
      last = line
      stream.write(`\r${line}\u001b[K`)
      drawn = true
    },
    stop() {
      if (drawn) stream.write('\r\u001b[K')
      drawn = false
    },
  }
}
