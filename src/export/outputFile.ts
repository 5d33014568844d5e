/** One file of a rendered dataset: a name inside the output directory and its UTF-8 content. */
export interface OutputFile {
  /** File name (no directory part). */
  name: string
  /** Complete file content. */
  content: string
}
