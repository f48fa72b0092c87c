/**
 * A document's page, laid out as the document is: heading, findings, enacting formula, provisions
 * (nested, each with its anchor), closing; every citation a link; each provision with what acted on
 * it and what it does to others, linked both ways; the document's number and how it was
 * established, its standing, and where it was published.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {DocumentJson, ProvisionJson} from '../document/types.js'
import {presidentOn} from '../data/presidents.js'
import type {ListedDocument} from '../query/listing.js'
import {documentHeading, documentName, keyOf} from '../query/resolve.js'
import type {Edge} from '../supersede/graph.js'
import {endingStanding} from '../supersede/status.js'
import {page} from './layout.js'
import {
  actedOnBy,
  actorLink,
  actorName,
  actsOn,
  citedText,
  siteLink,
  type LinkContext
} from './links.js'
import {pageLinkOf, type SiteModel} from './model.js'
import {longDate} from './names.js'
import {documentPage, provisionAnchor, webUrl} from './paths.js'
import {documentUnits, placeCitations, type DocumentUnits, type PageUnit} from './units.js'
import {labelSegments} from '../document/label-path.js'

/** Most general clauses listed as possibly reaching a document: the rest are counted. */
const maxPossibly = 25

/** Children of an element: text or elements. */
type Content = Array<string | ElementContent>

/** How a number was established, as the index's `number_source` says it. */
const numberSources: Readonly<Record<string, string>> = {
  text: 'printed in the text',
  title: 'read from the title',
  frontMatter: 'given in the front matter',
  printing: 'from another printing of the same document',
  cited: "inferred from other documents' citations of it"
}

/** Whose standing an edge ends (`revoked`...), for the document's standing line. */
export function endingEdge(edges: readonly Edge[], key: string, standing: string): Edge | null {
  const ending = edges.filter(
    (e) => e.to === key && !e.partial && endingStanding[e.action] === standing
  )
  return ending[ending.length - 1] ?? null
}

/** A president's name as people write it: "DONALD J. TRUMP" -> "Donald J. Trump". */
export const personName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/(^|[\s.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())

/** The president in office on the document's date (the signer as printed where no term holds it). */
export function presidentOf(
  row: Pick<ListedDocument, 'signedDate' | 'date' | 'signer'>
): string | null {
  const date = row.signedDate ?? row.date
  const president = date ? presidentOn(date) : undefined
  return president ? personName(president.name) : row.signer ? personName(row.signer) : null
}

interface Rendering {
  context: LinkContext
  key: string
  units: DocumentUnits
  /** Actions on each provision of this document's instrument, by the provision's unit. */
  onUnit: Map<PageUnit, Edge[]>
  /** Actions this document takes, by the acting provision's name. */
  byProvision: Map<string, Edge[]>
}

function notes(r: Rendering, unit: PageUnit): ElementContent[] {
  const on = r.onUnit.get(unit) ?? []
  const by = r.byProvision.get(unit.unit) ?? []
  if (on.length === 0 && by.length === 0) return []
  return [
    h('ul.status', {'aria-label': `Status of ${unit.unit}`}, [
      ...on.map((e) => h('li.acted-on', {'data-action': e.action}, actedOnBy(r.context, e))),
      ...by.map((e) => h('li.acts', {'data-action': e.action}, actsOn(r.context, e)))
    ])
  ]
}

function provision(r: Rendering, p: ProvisionJson): Element {
  const unit = r.units.ofProvision.get(p)!
  return h('section.provision', {id: unit.anchor}, [
    h('p', [
      ...(p.label ? [h('a.label', {href: `#${unit.anchor}`}, p.label), ' '] : []),
      ...(p.heading
        ? [
            h(
              'strong.heading',
              // Citations printed in the heading (those the text does not hold) are links there.
              citedText(
                r.context,
                p.heading,
                placeCitations(
                  p.heading,
                  p.citations.filter((c) => !unit.placed.some((u) => u.citation === c))
                )
              )
            ),
            ' '
          ]
        : []),
      ...citedText(r.context, unit.text, unit.placed)
    ]),
    ...notes(r, unit),
    ...p.provisions.map((child) => provision(r, child))
  ])
}

/** The standing on the build date, with who ended it and a link to them. */
function standing(r: Rendering, row: ListedDocument): Content {
  if (row.duplicateOf)
    return [
      'a second printing of ',
      siteLink(r.context, documentPage(row.duplicateOf), row.duplicateOf)
    ]
  if (!row.status) return ['in force (it has no number, so no action in the corpus can name it)']
  if (row.status === 'in force') {
    const changes = (r.context.model.edgesOn.get(r.key) ?? []).filter(
      (e) => e.action === 'amend' || e.action === 'modify'
    )
    return [
      `in force${changes.length ? `, amended or modified ${changes.length} time${changes.length === 1 ? '' : 's'}` : ''}`
    ]
  }
  const by = endingEdge(r.context.model.edgesOn.get(r.key) ?? [], r.key, row.status)
  return by ? actedOnBy(r.context, by) : [row.status]
}

function meta(r: Rendering, row: ListedDocument, json: DocumentJson): Element {
  const source = webUrl(row.sourceUrl)
  const president = presidentOf(row)
  const instrumentPage = pageLinkOf(r.context.model, r.key)
  const entries: Array<[string, Content]> = [
    ['Document', [documentName(row)]],
    [
      'Number',
      row.number
        ? [
            row.number,
            ` (${numberSources[row.numberSource ?? ''] ?? row.numberSource ?? 'source unknown'})`
          ]
        : ['none printed or inferred']
    ],
    [
      'Signed',
      [
        `${longDate(row.signedDate ?? row.date)}${json.provenance.signedDate ? ` (from the ${json.provenance.signedDate})` : ''}`
      ]
    ],
    ...(president ? ([['President', [president]]] as Array<[string, Content]>) : []),
    ['Status', standing(r, row)],
    ...(instrumentPage
      ? ([
          [
            'Actions and citations',
            [siteLink(r.context, instrumentPage, `the page of ${documentName(row)}`)]
          ]
        ] as Array<[string, Content]>)
      : []),
    ...(source
      ? ([['Source', [h('a', {href: source, rel: 'external noopener'}, source)]]] as Array<
          [string, Content]
        >)
      : [])
  ]
  return h(
    'dl.meta',
    entries.flatMap(([term, value]) => [
      h('dt', term),
      h(
        'dd',
        value.map((v) => (typeof v === 'string' ? {type: 'text' as const, value: v} : v))
      )
    ])
  )
}

/** Edges on the instrument: on the whole (the header says them), or on a provision (placed on the nearest unit). */
function placeEdges(r: Rendering, edges: readonly Edge[]): Edge[] {
  const byAnchor = new Map(r.units.units.map((u) => [u.anchor, u]))
  const whole: Edge[] = []
  for (const e of edges) {
    const path = e.to.split('/').slice(r.key.split('/').length)
    let unit: PageUnit | undefined
    for (let n = path.length; n > 0 && !unit; n--)
      unit = byAnchor.get(provisionAnchor(path.slice(0, n)))
    if (!unit) {
      whole.push(e)
      continue
    }
    const list = r.onUnit.get(unit)
    if (list) list.push(e)
    else r.onUnit.set(unit, [e])
  }
  return whole
}

/** `units`: the document's units, when the caller has them already (`documentUnits(json)`). */
export function documentPageTree(
  model: SiteModel,
  row: ListedDocument,
  json: DocumentJson,
  units: DocumentUnits = documentUnits(json)
): Root {
  const path = documentPage(row.id)
  const context: LinkContext = {model, path}
  const key = keyOf(row)
  const byProvision = new Map<string, Edge[]>()
  for (const e of model.edgesBy.get(row.id) ?? []) {
    if (e.scope === 'general') continue
    const name = e.fromProvision ?? ''
    const list = byProvision.get(name)
    if (list) list.push(e)
    else byProvision.set(name, [e])
  }
  const r: Rendering = {context, key, units, onUnit: new Map(), byProvision}
  const edgesOn = row.duplicateOf ? [] : (model.edgesOn.get(key) ?? [])
  // A general clause of a later document ("inconsistent provisions are superseded") may reach this
  // one: said apart, as the corpus can only suspect it.
  const possibly = edgesOn.filter((e) => e.confidence === 'low')
  const onWhole = placeEdges(
    r,
    edgesOn.filter((e) => e.confidence !== 'low')
  )
  const heading = documentHeading(row)
  const {closing} = json
  const main: ElementContent[] = [
    h('article.document', {}, [
      h('header', [
        h('p.kind', documentName(row)),
        h('h1', row.title ?? heading),
        meta(r, row, json),
        ...(onWhole.length
          ? [
              h('section.actions', {'aria-labelledby': 'acted-on'}, [
                h('h2#acted-on', 'Actions on this document'),
                h(
                  'ul',
                  onWhole.map((e) => h('li', {'data-action': e.action}, actedOnBy(context, e)))
                )
              ])
            ]
          : []),
        ...(possibly.length
          ? [
              h('details.possibly', [
                h(
                  'summary',
                  `Possibly superseded to the extent inconsistent, by the general clauses of ${possibly.length} later provision${possibly.length === 1 ? '' : 's'}`
                ),
                h('ul', [
                  ...possibly
                    .slice(0, maxPossibly)
                    .map((e) => h('li', {'data-action': e.action}, actedOnBy(context, e))),
                  ...(possibly.length > maxPossibly
                    ? [h('li', `and ${possibly.length - maxPossibly} more`)]
                    : [])
                ])
              ])
            ]
          : []),
        ...((byProvision.get('') ?? []).length
          ? [
              h(
                'ul.status',
                (byProvision.get('') ?? []).map((e) => h('li.acts', actsOn(context, e)))
              )
            ]
          : [])
      ]),
      ...(units.findings.length
        ? [
            h(
              'section.findings',
              {'aria-label': 'Findings'},
              units.findings.map((f, i) =>
                h('p.finding', {id: f.anchor}, [
                  ...(json.findings[i]?.label
                    ? [h('a.label', {href: `#${f.anchor}`}, `${json.findings[i]!.label}.`), ' ']
                    : []),
                  ...citedText(context, f.text, f.placed)
                ])
              )
            )
          ]
        : []),
      ...(units.formula
        ? [
            h(
              'p.formula',
              {id: units.formula.anchor},
              citedText(context, units.formula.text, units.formula.placed)
            )
          ]
        : []),
      ...(json.provisions.length
        ? [
            h(
              'section.provisions',
              {'aria-label': 'Provisions'},
              json.provisions.map((p) => provision(r, p))
            )
          ]
        : []),
      h('footer.closing', [
        ...(closing.witness ? [h('p.witness', closing.witness.text)] : []),
        ...(closing.dateline ? [h('p.dateline', closing.dateline.text)] : []),
        ...(closing.signature ? [h('p.signature', closing.signature.text)] : [])
      ])
    ])
  ]
  return page({path, title: heading, main})
}

/** The anchor a provision id has on its document's page (proc/9705/2 -> p-2), for tests and links. */
export const anchorOfLabel = (label: string): string => provisionAnchor(labelSegments(label))
export {actorLink, actorName}
