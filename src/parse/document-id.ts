/** Document ids come from file names and must never be able to name a path. */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {trimEndOf} from '../util/trim-end.js'

/**
 * The longest id kept whole. An id names a file of the corpus (`documents/{id}.json`, and a temporary name
 * beside it while it is written), and file names stop at 255 bytes: a longer id is cut, and a hash of the
 * whole keeps it apart from others cut alike.
 */
export const maxIdLength = 200

export function documentId(filePath: string): string {
  const stem = path.basename(filePath).replace(/\.(?:md|markdown|txt)$/i, '')
  const id = trimEndOf(stem.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'), /[.-]/)
    .replace(/^[.-]+/, '')
    .replace(/\.{2,}/g, '.')
  if (id.length <= maxIdLength) return id || 'document'
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 12)
  return `${trimEndOf(id.slice(0, maxIdLength - hash.length - 1), /[.-]/)}-${hash}`
}
