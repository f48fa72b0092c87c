/** Document ids come from file names and must never be able to name a path. */
import path from 'node:path'

export function documentId(filePath: string): string {
  const stem = path.basename(filePath).replace(/\.(?:md|markdown|txt)$/i, '')
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/\.{2,}/g, '.')
  return id || 'document'
}
