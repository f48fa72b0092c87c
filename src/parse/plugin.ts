/**
 * remarkProclaim: a unified plugin that turns the mdast of a presidential
 * document into its document tree (`presidentialDocument` root with findings,
 * formula, provisions and closing). Usable in any
 * `unified().use(remarkParse).use(remarkProclaim)` pipeline.
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {pointLocator} from '../document/position.js'
import type {DocumentMeta, DocumentType, PresidentialDocument} from '../document/types.js'
import {mdastToBlocks} from './blocks.js'
import {daysBetween} from '../document/dates.js'
import {documentId} from './document-id.js'
import {readFrontMatter, type FrontMatter} from './front-matter.js'
import {report} from '../document/diagnostics.js'
import {buildStructure} from './structure.js'
import {blocksToUnits} from './units.js'

export interface RemarkProclaimOptions {
  /** Document id; default: derived from the file name (`documentId`). */
  id?: string
}

declare module 'vfile' {
  interface DataMap {
    /** Front matter already read by the caller (`parseDocument` sets it); read from the file otherwise. */
    frontMatter: FrontMatter
  }
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/

/** Whether YYYY-MM-DD names a day of the calendar (not 2025-02-30). */
function isCalendarDay(day: string): boolean {
  const time = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(time.getTime()) && time.toISOString().slice(0, 10) === day
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return null
  const t = value.replace(/[\s\u00a0]+/g, ' ').trim()
  return t === '' ? null : t
}

const remarkProclaim: Plugin<[RemarkProclaimOptions?], Root, PresidentialDocument> =
  (options = {}) =>
  (tree: Root, file: VFile): PresidentialDocument => {
    const source = String(file.value ?? '')
    const frontMatter = file.data.frontMatter ?? readFrontMatter(source)
    const toPoint = pointLocator(file)

    const fm = frontMatter.data
    const title = text(fm.title)
    const fmType = text(fm.document_type) as DocumentType | null
    let date = text(fm.date)
    if (date !== null && !(isoDay.test(date) && isCalendarDay(date))) {
      report(
        file,
        'invalid-front-matter-date',
        `Front matter date \`${date}\` is not a YYYY-MM-DD day of the calendar`,
        {
          line: 2,
          column: 1
        }
      )
      date = null
    }
    const blocks = mdastToBlocks(tree, source, {bodyStart: frontMatter.bodyStart})
    const units = blocksToUnits(blocks, source)
    const structure = buildStructure(units, {
      toPoint,
      title,
      date,
      frontMatterType: fmType,
      frontMatterNumber: text(fm.number)
    })
    for (const p of structure.problems) {
      report(file, p.ruleId, p.message, p.offset === null ? undefined : toPoint(p.offset))
    }

    if (date && structure.signedDate && Math.abs(daysBetween(date, structure.signedDate)) > 7) {
      report(
        file,
        'signed-date-far-from-date',
        `Document is dated ${structure.signedDate}, front matter says ${date}`
      )
    }
    if (!structure.presidential) {
      report(
        file,
        'not-presidential-document',
        'No heading, enacting formula, witness clause, dateline or signature found: not a presidential document',
        toPoint(frontMatter.bodyStart)
      )
    }

    const firstTitle = structure.children.find((c) => c.type === 'preface' && c.role === 'title')
    const meta: DocumentMeta = {
      id: options.id ?? documentId(file.path ?? 'document'),
      file: file.path ?? '',
      type: structure.type,
      number: structure.number,
      title: title ?? firstTitle?.text ?? null,
      date,
      signedDate: structure.signedDate,
      signer: structure.signer,
      // Only a web address becomes the document's link (a `javascript:` URL in front matter is no source).
      sourceUrl: webAddress(text(fm.source_url) ?? text(fm.permalink)),
      frontMatter: fm,
      provenance: structure.provenance
    }
    return {
      type: 'presidentialDocument',
      children: structure.children,
      data: {meta},
      position: {start: toPoint(0), end: toPoint(source.length)}
    }
  }

export default remarkProclaim

/** An http(s) URL as given, else null. */
function webAddress(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null
  } catch {
    return null
  }
}
