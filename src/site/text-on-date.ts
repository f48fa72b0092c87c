/**
 * "Text on date" on an instrument's page: each version of its text the consolidation knows (`consolidated/`),
 * newest first, folded, with what made it and what could not be applied. Text is set as text, never markup.
 */
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Consolidation} from '../consolidate/model.js'
import {plainText, textOn} from '../consolidate/on-date.js'
import type {LinkContext} from './links.js'
import {siteLink} from './links.js'
import {longDate} from './names.js'
import {documentPage} from './paths.js'

/** The section, or null when no operation changed the instrument's words. */
export function textOnDateSection(
  context: LinkContext,
  consolidation: Consolidation | null
): Element | null {
  if (!consolidation || consolidation.versions.length === 0) return null
  if (!consolidation.versions.some((v) => v.operations.length > 0)) return null
  const {operations} = consolidation
  const versions = [...consolidation.versions].reverse()
  const refused = consolidation.diagnostics.length
  return h('section', {'aria-labelledby': 'text-on-date'}, [
    h('h2#text-on-date', 'Text on date'),
    h(
      'p',
      `${consolidation.versions.length} version${consolidation.versions.length === 1 ? '' : 's'} of the text, built from ${consolidation.original ? 'its original' : 'the provisions amendments gave in full (the original is not in the corpus)'} and ${operations.length} amending operation${operations.length === 1 ? '' : 's'}${refused ? `, ${refused} of them not applied (the text may differ there: \`proclaim text\` lists why)` : ''}.`
    ),
    ...versions.map((version, i): Element => {
      const on = version.date ?? ''
      const text = textOn(consolidation, consolidation.id, on)
      const makers = [...new Set(version.operations.map((o) => operations[o]!.document))]
      const summary = `From ${longDate(version.date)}${i === 0 ? ' (the latest)' : ''}${version.known === 'part' ? ': the provisions known' : ''}`
      return h('details', i === 0 ? {open: true} : {}, [
        h('summary', summary),
        ...(makers.length
          ? [
              h('p.made-by', [
                'Made by ',
                ...makers.flatMap((d, k) => [
                  ...(k ? [', '] : []),
                  siteLink(context, documentPage(d), d)
                ])
              ])
            ]
          : []),
        ...plainText(text)
          .split('\n\n')
          .filter((p) => p.trim() !== '')
          .map((p) => h('p.version-text', p))
      ])
    })
  ])
}
