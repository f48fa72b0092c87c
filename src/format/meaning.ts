/**
 * What a document says, as the toolkit reads it: its JSON less where things stand (positions), what the
 * file's form provoked (diagnostics) and how its text is spaced. Formatting must leave it unchanged.
 */
import type {DocumentJson} from '../document/types.js'

/** Keys that say where or how, not what. */
const formKeys = new Set(['position', 'diagnostics', 'file'])

const whitespace = /[\s\u00a0]+/g

/** A position: `{start, end}` points with lines. */
function isPosition(value: object): boolean {
  const {start, end} = value as {start?: {line?: unknown}; end?: {line?: unknown}}
  return typeof start?.line === 'number' && typeof end?.line === 'number'
}

function strip(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(whitespace, ' ').trim()
  if (Array.isArray(value)) return value.map(strip)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([key, inner]) =>
            !formKeys.has(key) && !(inner && typeof inner === 'object' && isPosition(inner))
        )
        .map(([key, inner]) => [key, strip(inner)])
    )
  return value
}

/** The meaning of a parsed document, comparable with `isDeepStrictEqual`. */
export function documentMeaning(json: DocumentJson): unknown {
  return strip(json)
}
