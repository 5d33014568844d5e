/** A file-name-safe form of an id (family ids, language tags): anything but letters, digits, `.`, `_`, `-` becomes `_`. */
export function fileSafe(id: string): string {
  const safe = id.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/u, '_')
  return safe === '' ? '_' : safe
}
