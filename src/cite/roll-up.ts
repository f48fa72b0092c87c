/** Where the citation index lists an id: under itself and every enclosing provision of what it cites. */
import {kindOfPrefix} from '../data/citation-kinds.js'

/** Parts naming the instrument, for an id whose prefix no kind has. */
const defaultDepth = 2

/** The id and every enclosing id down to the instrument or section: usc/19/1862/c/3 -> .../c, usc/19/1862. */
export function rollUp(id: string): string[] {
  const parts = id.split('/')
  const depth = kindOfPrefix(parts[0])?.rollUpDepth ?? defaultDepth
  const ids: string[] = []
  for (let n = parts.length; n >= Math.min(depth, parts.length); n--)
    ids.push(parts.slice(0, n).join('/'))
  return ids
}
