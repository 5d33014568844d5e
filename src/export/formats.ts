/** A dataset output format `writeDataset` can write. */
export type ExportFormat = 'json' | 'jsonl' | 'jsonl-nway' | 'tmx' | 'moses' | 'html'

/** Every export format, in the order files are written. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'jsonl-nway', 'tmx', 'moses', 'html']

/** Whether a string names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value)
}
