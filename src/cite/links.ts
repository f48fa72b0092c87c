/** Authoritative links for canonical ids, made as the id's kind says (kinds.ts). */
import {kindOfPrefix} from './kinds.js'

export function linkFor(id: string): string | null {
  const [prefix, ...parts] = id.split('/')
  return kindOfPrefix(prefix)?.link?.(parts) ?? null
}
