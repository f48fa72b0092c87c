/** Authoritative links for canonical ids, made as the id's kind says (data/citation-kinds.ts). */
import {kindOfPrefix} from '../data/citation-kinds.js'

export function linkFor(id: string): string | null {
  const [prefix, ...parts] = id.split('/')
  return kindOfPrefix(prefix)?.link?.(parts) ?? null
}
