/**
 * The page of a statute section or an instrument: what it is and where its authoritative text is,
 * the documents of the corpus holding its text, its standing, the chain of actions on it in date
 * order, a timeline of the documents citing it, and every citing provision grouped by document,
 * newest first, the sentence around the citation marked.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {kindOfPrefix} from '../data/citation-kinds.js'
import {documentHeading, documentName} from '../query/resolve.js'
import type {Consolidation} from '../consolidate/model.js'
import type {Edge} from '../supersede/graph.js'
import type {CitingRow} from './citing.js'
import {endingEdge} from './document-page.js'
import {page} from './layout.js'
import {actedOnBy, siteLink, sourceLink, type LinkContext} from './links.js'
import {siteLinkOf, type SiteModel} from './model.js'
import {actionDone, idName, longDate} from './names.js'
import {citedPage, documentPage} from './paths.js'
import {textOnDateSection} from './text-on-date.js'
import {timeline} from './timeline.js'

export interface CitedPageOptions {
  /** Most citing documents listed on the page (default 300); the search lists them all. */
  maxDocuments?: number
  /** The instrument's text through time (`consolidated/`), shown as "Text on date"; none by default. */
  consolidation?: Consolidation | null
}

function chain(context: LinkContext, pageId: string, edges: readonly Edge[]): Element {
  return h('table.chain', [
    h('caption', `Actions on ${idName(pageId)} and its provisions, in order of effect`),
    h('thead', [
      h('tr', [
        h('th', {scope: 'col'}, 'Effective'),
        h('th', {scope: 'col'}, 'Action'),
        h('th', {scope: 'col'}, 'On'),
        h('th', {scope: 'col'}, 'By'),
        h('th', {scope: 'col'}, 'Text')
      ])
    ]),
    h(
      'tbody',
      edges.map((e) =>
        h('tr', {'data-action': e.action}, [
          h('td', [
            h('time', {dateTime: e.date ?? undefined}, longDate(e.date)),
            ...(e.signed && e.signed !== e.date ? [` (signed ${longDate(e.signed)})`] : [])
          ]),
          h(
            'td',
            `${actionDone[e.action] ?? e.action}${e.partial ? ' in part' : ''}${e.confidence === 'low' ? ' (possibly)' : ''}`
          ),
          h('td', [siteLink(context, siteLinkOf(context.model, e.to), idName(e.to))]),
          h('td', actedOnBy(context, e).slice(1, 2)),
          h('td.quote', e.text)
        ])
      )
    )
  ])
}

function citing(context: LinkContext, rows: readonly CitingRow[], max: number): ElementContent[] {
  const groups: CitingRow[][] = []
  for (const r of rows) {
    const last = groups[groups.length - 1]
    if (last && last[0]!.document === r.document) last.push(r)
    else groups.push([r])
  }
  const shown = groups.slice(0, max)
  return [
    h(
      'ol.citing',
      shown.map((group) => {
        const doc = group[0]!.document
        return h('li', [
          h('h3', [siteLink(context, documentPage(doc.id), documentHeading(doc))]),
          h('p.when', longDate(doc.signedDate ?? doc.date)),
          h(
            'ul',
            group.map((r) =>
              h('li', [
                siteLink(context, `${documentPage(doc.id)}#${r.anchor}`, r.unit),
                ' cites ',
                r.exact.map(idName).join(', '),
                h('blockquote', [
                  r.sentences[0]!.before,
                  h('mark', r.sentences[0]!.cited),
                  r.sentences[0]!.after
                ])
              ])
            )
          )
        ])
      })
    ),
    ...(groups.length > max
      ? [h('p', `${groups.length - max} more documents cite it: search for it to see them all.`)]
      : [])
  ]
}

export function citedPageTree(
  model: SiteModel,
  pageId: string,
  rows: readonly CitingRow[],
  options: CitedPageOptions = {}
): Root {
  const {maxDocuments = 300, consolidation = null} = options
  const path = citedPage(pageId)
  const context: LinkContext = {model, path}
  const name = idName(pageId)
  const source = sourceLink(pageId)
  const held = model.holders.get(pageId) ?? []
  const edges = model.edgesOn.get(pageId) ?? []
  const documents = [...new Set(rows.map((r) => r.document))]
  const chart = timeline(
    documents.map((d) => d.signedDate ?? d.date),
    name
  )
  const standingOf = held[0]?.status
  const ending =
    standingOf && standingOf !== 'in force' ? endingEdge(edges, pageId, standingOf) : null
  const main: ElementContent[] = [
    h('header', [
      h('p.kind', kindOfPrefix(pageId.split('/')[0])?.name ?? 'Cited'),
      h('h1', name),
      h('dl.meta', [
        ...(source ? [h('dt', 'Authoritative text'), h('dd', [source])] : []),
        ...(held.length
          ? [
              h('dt', 'Text in the corpus'),
              h(
                'dd',
                held.flatMap((d, i) => [
                  ...(i ? [', '] : []),
                  siteLink(context, documentPage(d.id), documentName(d))
                ])
              )
            ]
          : []),
        ...(held.length
          ? [
              h('dt', 'Status'),
              h('dd', ending ? actedOnBy(context, ending) : [standingOf ?? 'in force'])
            ]
          : []),
        h('dt', 'Cited by'),
        h(
          'dd',
          `${documents.length} document${documents.length === 1 ? '' : 's'}, ${rows.length} provision${rows.length === 1 ? '' : 's'}`
        )
      ])
    ]),
    ...(edges.length
      ? [
          h('section', {'aria-labelledby': 'chain'}, [
            h('h2#chain', 'Chain of actions'),
            chain(context, pageId, edges)
          ])
        ]
      : []),
    ...[textOnDateSection(context, consolidation)].filter((s) => s !== null),
    ...(chart
      ? [
          h('section', {'aria-labelledby': 'over-time'}, [
            h('h2#over-time', 'Citing documents over time'),
            chart
          ])
        ]
      : []),
    ...(rows.length
      ? [
          h('section', {'aria-labelledby': 'citing'}, [
            h('h2#citing', 'Citing provisions, newest first'),
            ...citing(context, rows, maxDocuments)
          ])
        ]
      : [])
  ]
  return page({path, title: name, main})
}
