/**
 * Where each page of the site is, and the links between them: every path and anchor is made from a
 * canonical id or a document's file id (checked), never from a document's text.
 */
import {labelSegments} from '../document/label-path.js'
import {citedPath, fileSegment} from './client/ids.js'

/** A document's file id as the corpus checks it (`readDocument`): safe as a file name. */
const fileId = /^[a-z0-9][a-z0-9._-]*$/

/** The page of a document of the corpus: `d/{id}.html`. */
export function documentPage(id: string): string {
  if (!fileId.test(id) || id.includes('..')) throw new Error(`not a document id: ${id}`)
  return `d/${id}.html`
}

/** The page of a statute section or instrument (a page id, see `pageIdOf`): `c/usc/19/1862.html`. */
export const citedPage = (pageId: string): string => `${citedPath(pageId)}.html`

/** The search shard of a page id: `search/c/usc/19/1862.json` (and `.1.json`... for more sentences). */
export const shardFile = (pageId: string, chunk = 0): string =>
  `search/${citedPath(pageId)}${chunk ? `.${chunk}` : ''}.json`

/**
 * A link from one page of the site to another (both paths from the site's root), relative so the
 * site can live anywhere: a page in the same folder by its name, else up to the root and down.
 */
export function hrefFrom(from: string, to: string): string {
  const hash = to.indexOf('#')
  const target = hash === -1 ? to : to.slice(0, hash)
  const fragment = hash === -1 ? '' : to.slice(hash)
  if (!target) return fragment
  const slash = from.lastIndexOf('/')
  const folder = from.slice(0, slash + 1)
  if (folder && target.startsWith(folder) && !target.includes('/', folder.length))
    return `${target.slice(folder.length)}${fragment}`
  let depth = 0
  for (let i = 0; i < from.length; i++) if (from[i] === '/') depth++
  return `${'../'.repeat(depth)}${target}${fragment}`
}

/**
 * The anchor of a unit of a document: `formula`, `f-2` (finding 2), `p-2-a` (Sec. 2(a) or clause
 * (2)(a)); null for a unit with no label (the page numbers those itself).
 */
export function unitAnchor(unit: string): string | null {
  if (unit === 'formula') return 'formula'
  const finding = /^finding (.+)$/.exec(unit)
  if (finding) return `f-${fileSegment(finding[1]!)}`
  if (unit === 'provision' || unit.startsWith('finding')) return null
  return provisionAnchor(labelSegments(unit))
}

/** The anchor of a provision path of an id (proc/9705/2/a -> 2, a): `p-2-a`. */
export const provisionAnchor = (segments: readonly string[]): string =>
  `p-${segments.map((s) => fileSegment(s.toLowerCase())).join('-')}`

/** Only web links leave the site: an `http:` or `https:` URL, else null (`javascript:`, `data:`...). */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}
