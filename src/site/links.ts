/**
 * The pieces of pages that link: a citation in running text (to its page on the site and to its
 * authoritative source), and an action between instruments, told from either end. Every href is
 * made from a canonical id or a file id; document text is only ever a text node.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {linkFor} from '../cite/links.js'
import {documentName} from '../query/resolve.js'
import type {Edge} from '../supersede/graph.js'
import {pageLinkOf, siteLinkOf, type SiteModel} from './model.js'
import {actionDone, actionDoes, idName, longDate} from './names.js'
import {documentPage, hrefFrom, unitAnchor, webUrl} from './paths.js'
import type {PlacedCitation} from './units.js'

/** What a link is made in: the model, and the page it is on (links are relative to it). */
export interface LinkContext {
  model: SiteModel
  path: string
}

/** A link to a page of the site, or the text alone when there is no page. */
export function siteLink(
  context: LinkContext,
  to: string | null,
  content: string | ElementContent[]
): ElementContent {
  if (!to) return typeof content === 'string' ? {type: 'text', value: content} : h('span', content)
  return h('a', {href: hrefFrom(context.path, to)}, content)
}

/** The authoritative source of an id as a link naming its host: "19 U.S.C. 1862 at www.govinfo.gov". */
export function sourceLink(id: string): ElementContent | null {
  const url = webUrl(linkFor(id))
  return url
    ? h('a', {href: url, rel: 'external noopener'}, `${idName(id)} at ${new URL(url).host}`)
    : null
}

/** The authoritative source of an id (docs/citation-ids.md), as a small link after its text. */
export function sourceMark(id: string): ElementContent | null {
  const url = webUrl(linkFor(id))
  return url
    ? h(
        'a.src',
        {href: url, rel: 'external noopener', 'aria-label': `${idName(id)} at its official source`},
        '↗'
      )
    : null
}

/** A unit's text with each citation a link to its page, and a link to its source after it. */
export function citedText(
  context: LinkContext,
  text: string,
  placed: readonly PlacedCitation[],
  mark?: (c: PlacedCitation) => boolean
): ElementContent[] {
  const out: ElementContent[] = []
  let cursor = 0
  for (const p of placed) {
    if (p.at < cursor) continue
    if (p.at > cursor) out.push({type: 'text', value: text.slice(cursor, p.at)})
    const printed = text.slice(p.at, p.at + p.citation.text.length)
    const to = pageLinkOf(context.model, p.citation.id)
    const link = to
      ? h(
          'a.cite',
          {
            href: hrefFrom(context.path, to),
            title: `${idName(p.citation.id)}: documents citing it`
          },
          printed
        )
      : h('span.cite', printed)
    const source = sourceMark(p.citation.id)
    const cited = source ? h('span.cited', [link, source]) : link
    out.push(mark?.(p) ? h('mark', [cited]) : cited)
    cursor = p.at + p.citation.text.length
  }
  if (cursor < text.length) out.push({type: 'text', value: text.slice(cursor)})
  return out
}

/** The acting document's name: "Proclamation 10947", or its title when it has no number. */
export function actorName(context: LinkContext, e: Edge): string {
  const row = context.model.byId.get(e.fromDocument)
  if (!row) return e.from
  return row.number ? documentName(row) : (row.title ?? row.id)
}

/** Where the acting provision is: its document's page, at the provision. */
export function actorLink(context: LinkContext, e: Edge): string | null {
  if (!context.model.byId.has(e.fromDocument)) return null
  const anchor = e.fromProvision ? unitAnchor(e.fromProvision) : null
  return `${documentPage(e.fromDocument)}${anchor ? `#${anchor}` : ''}`
}

/** "amended by Proclamation 10947, clause (2), on June 3, 2025 (signed ...)": an action seen from what it acted on. */
export function actedOnBy(context: LinkContext, e: Edge): ElementContent[] {
  const by = `${actorName(context, e)}${e.fromProvision ? `, ${e.fromProvision}` : ''}`
  return [
    `${actionDone[e.action] ?? e.action}${e.partial ? ' in part' : ''} by `,
    siteLink(context, actorLink(context, e), by),
    ` on ${longDate(e.date)}`,
    ...(e.signed && e.signed !== e.date ? [` (signed ${longDate(e.signed)})`] : []),
    ...(e.confidence === 'low' ? [' (possibly, to the extent inconsistent)'] : [])
  ].map((c) => (typeof c === 'string' ? {type: 'text', value: c} : c))
}

/** "amends clause 2 of Proclamation 9705": an action seen from the provision taking it. */
export function actsOn(context: LinkContext, e: Edge): ElementContent[] {
  return [
    {type: 'text', value: `${actionDoes[e.action] ?? e.action}${e.partial ? ' in part' : ''} `},
    siteLink(context, siteLinkOf(context.model, e.to), idName(e.to)),
    ...(e.date ? [{type: 'text' as const, value: `, effective ${longDate(e.date)}`}] : [])
  ]
}
