/**
 * The pages that lead into the corpus: the search page (a form with labelled controls; the search
 * itself needs JavaScript, and says so), the list of every document by date, and the list of the
 * statute sections and instruments with pages, most cited first. Both lists read without JavaScript.
 */
import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {ListedDocument} from '../query/listing.js'
import {documentHeading} from '../query/resolve.js'
import {presidentOf} from './document-page.js'
import {page} from './layout.js'
import {siteLink, type LinkContext} from './links.js'
import type {SiteModel} from './model.js'
import {idName, longDate} from './names.js'
import {citedPage, documentPage} from './paths.js'

const typeNames: ReadonlyArray<readonly [string, string]> = [
  ['proclamation', 'Proclamations'],
  ['executive_order', 'Executive orders'],
  ['memorandum', 'Memoranda'],
  ['other', 'Other documents']
]

/** A labelled control: its label, then the control. */
const field = (id: string, label: string, control: ElementContent): ElementContent =>
  h('div.field', [h('label', {for: id}, label), control])

export function searchPageTree(model: SiteModel): Root {
  const path = 'index.html'
  const presidents = [...new Set(model.documents.flatMap((d) => presidentOf(d) ?? []))].sort()
  const dated = model.documents.flatMap((d) => d.signedDate ?? d.date ?? [])
  const main: ElementContent[] = [
    h('h1', 'Search presidential documents'),
    h('form#search', {role: 'search', action: '', 'aria-describedby': 'search-help'}, [
      field(
        'q',
        'Citation or words',
        h('input#q', {
          type: 'search',
          name: 'q',
          autocomplete: 'off',
          placeholder: '19 U.S.C. 1862, section 232, Proclamation 9705, "price floors"'
        })
      ),
      h('p#search-help.help', [
        'A citation in any form finds every provision citing it, subsections included; words find provisions holding them ("a phrase" in quotes).'
      ]),
      h('fieldset.filters', [
        h('legend', 'Filters'),
        field(
          'narrow',
          'Narrow to',
          h('select#narrow', {name: 'narrow', disabled: true}, [
            h('option', {value: ''}, 'all subsections')
          ])
        ),
        field(
          'type',
          'Type',
          h('select#type', {name: 'type'}, [
            h('option', {value: ''}, 'any type'),
            ...typeNames.map(([value, name]) => h('option', {value}, name))
          ])
        ),
        field(
          'president',
          'President',
          h('select#president', {name: 'president'}, [
            h('option', {value: ''}, 'any president'),
            ...presidents.map((p) => h('option', {value: p}, p))
          ])
        ),
        field(
          'from',
          'Signed from',
          h('input#from', {type: 'date', name: 'from', min: dated[0], max: dated[dated.length - 1]})
        ),
        field(
          'to',
          'Signed to',
          h('input#to', {type: 'date', name: 'to', min: dated[0], max: dated[dated.length - 1]})
        ),
        h('div.field.check', [
          h('input#in-force', {type: 'checkbox', name: 'inForce'}),
          h('label', {for: 'in-force'}, 'In force only')
        ])
      ]),
      h('button', {type: 'submit'}, 'Search')
    ]),
    h('noscript', [
      h('p.notice', [
        'Searching needs JavaScript. Every page reads without it: browse the ',
        h('a', {href: 'documents.html'}, 'documents'),
        ' or the ',
        h('a', {href: 'statutes.html'}, 'statutes and instruments'),
        '.'
      ])
    ]),
    h('p#status.status', {role: 'status', 'aria-live': 'polite'}),
    h('div#results', {'aria-label': 'Results'})
  ]
  return page({
    path,
    title: 'Search',
    main,
    scripts: ['assets/search.js'],
    body: {'data-depths': JSON.stringify(model.depths)}
  })
}

function documentItem(context: LinkContext, d: ListedDocument): ElementContent {
  return h('li', [
    h('time', {dateTime: d.signedDate ?? d.date ?? undefined}, longDate(d.signedDate ?? d.date)),
    ' ',
    siteLink(context, documentPage(d.id), documentHeading(d)),
    ...(d.number && d.status && d.status !== 'in force'
      ? [h('span.standing', ` (${d.status})`)]
      : [])
  ])
}

export function documentsPageTree(model: SiteModel): Root {
  const path = 'documents.html'
  const context: LinkContext = {model, path}
  const newest = [...model.documents].filter((d) => !d.duplicateOf).reverse()
  return page({
    path,
    title: 'Documents',
    main: [
      h('h1', `Documents (${newest.length})`),
      h(
        'p',
        'Every document of the corpus, newest first; second printings are listed under the first.'
      ),
      h(
        'ol.documents',
        newest.map((d) => documentItem(context, d))
      )
    ]
  })
}

export function statutesPageTree(model: SiteModel, counts: ReadonlyMap<string, number>): Root {
  const path = 'statutes.html'
  const context: LinkContext = {model, path}
  const pages = [...model.pages].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b)
  )
  return page({
    path,
    title: 'Statutes and instruments',
    main: [
      h('h1', 'Statutes and instruments'),
      h('p', 'Every statute section and instrument the corpus cites or holds, most cited first.'),
      h('table.pages', [
        h('caption', 'Cited statutes and instruments'),
        h('thead', [
          h('tr', [h('th', {scope: 'col'}, 'Cited'), h('th', {scope: 'col'}, 'Citing provisions')])
        ]),
        h(
          'tbody',
          pages.map((id) =>
            h('tr', [
              h('td', [siteLink(context, citedPage(id), idName(id))]),
              h('td', String(counts.get(id) ?? 0))
            ])
          )
        )
      ])
    ]
  })
}
