/**
 * proclaimCite: a unified plugin for the document tree (after remarkProclaim)
 * that fills every finding, formula and provision with its citations, placed
 * in the original file, and the tree's root with what it could not resolve.
 */
import type {Plugin} from 'unified'
import type {Node, Point} from 'unist'
import {visitParents} from 'unist-util-visit-parents'
import type {VFile} from 'vfile'
import type {
  Citation,
  DocumentContent,
  PresidentialDocument,
  Provision,
  SourceOffsets
} from '../document/types.js'
import {type Amending, CitationContext} from './context.js'
import {extractCitations} from './extract.js'
import type {FoundCitation} from './found.js'
import {linkFor} from './links.js'
import {findReferences} from './references.js'
import {report} from '../document/diagnostics.js'
import {pointLocator} from '../document/position.js'

type CitedNode = Extract<DocumentContent, {type: 'finding' | 'enactingFormula' | 'provision'}>

const isCited = (node: Node): node is CitedNode =>
  node.type === 'finding' || node.type === 'enactingFormula' || node.type === 'provision'

interface CitedUnit {
  unit: CitedNode
  section: string | null
  /** The unit it stands in, if any. */
  parent: CitedNode | null
}

/** Units that carry citations, in document order (a provision before its sub-provisions), with their section. */
function citedUnits(tree: PresidentialDocument): CitedUnit[] {
  const units: CitedUnit[] = []
  visitParents(tree, isCited, (unit, ancestors) => {
    // The section a provision stands in: the outermost provision, when it is a section.
    const top = ([...ancestors, unit] as Node[]).find((n): n is Provision => n.type === 'provision')
    const parent = [...ancestors].reverse().find(isCited) ?? null
    units.push({unit, section: top?.kind === 'section' ? top.label : null, parent})
  })
  return units
}

/**
 * What an item of an amending instruction opens with: what it does ("striking", "Amending section 1 to read"), perhaps
 * after where ("In section 1-408, adding at the end:").
 */
const instructionVerbs = [
  'adding',
  'amending',
  'deleting',
  'inserting',
  'redesignating',
  'removing',
  'renumbering',
  'replacing',
  'revising',
  'striking',
  'substituting'
]
const instructionItem = new RegExp(
  `^(?:in\\s+(?:sub)?(?:section|paragraph|clause)\\s+[\\w().-]{1,20}(?:,\\s+(?:by\\s+)?(?:${instructionVerbs.join('|')})\\b|\\s*:\\s*$)|(?:by\\s+)?(?:${instructionVerbs.join('|')})\\b)`,
  'i'
)

export function toCitation(
  found: FoundCitation,
  text: string,
  offsets: SourceOffsets | undefined,
  toPoint: (offset: number) => Point
): Citation {
  const start = offsets?.offsetAt(found.start) ?? 0
  const end = (offsets?.offsetAt(found.end - 1) ?? start) + 1
  const c: Citation = {
    id: found.id,
    type: found.type,
    text: text.slice(found.start, found.end),
    position: {start: toPoint(start), end: toPoint(end)},
    url: linkFor(found.id)
  }
  if (found.resolvedFrom) c.resolvedFrom = found.resolvedFrom
  if (found.parallel) c.parallel = found.parallel
  if (found.etSeq) c.etSeq = true
  if (found.through) c.through = found.through
  if (found.date) c.date = found.date
  if (found.title) c.title = found.title
  return c
}

declare module 'vfile' {
  interface DataMap {
    /** Acts cited that the table of popular names does not know (slugs). */
    unknownActs: string[]
  }
}

const proclaimCite: Plugin<[], PresidentialDocument> =
  () =>
  (tree: PresidentialDocument, file: VFile): void => {
    const toPoint = pointLocator(file)
    const ctx = new CitationContext()
    // Units whose amending instruction runs to their end ("... is hereby amended by:"), and the instrument.
    const open = new Map<CitedNode, Amending>()
    for (const {unit, section, parent} of citedUnits(tree)) {
      const offsets = unit.data?.offsets
      unit.references = findReferences(unit.text).map((r) => ({
        target: r.relative && section ? [section, ...r.target] : r.target,
        text: unit.text.slice(r.start, r.end),
        position: {
          start: toPoint(offsets?.offsetAt(r.start) ?? 0),
          end: toPoint((offsets?.offsetAt(r.end - 1) ?? 0) + 1)
        }
      }))
      // A provision's heading ("Sec. 2. Amendments to Proclamation 9705.") cites too, read before its text.
      const headingOffsets = unit.type === 'provision' ? unit.data?.headingOffsets : undefined
      const inHeading =
        unit.type === 'provision' && unit.heading && headingOffsets
          ? extractCitations(unit.heading, ctx).map((f) =>
              toCitation(f, unit.heading!, headingOffsets, toPoint)
            )
          : []
      const amended = parent ? open.get(parent) : undefined
      const inherited = amended && instructionItem.test(unit.text) ? amended : null
      ctx.inheritedAmending = inherited
      const found = extractCitations(unit.text, ctx)
      if (ctx.openAmending) open.set(unit, ctx.openAmending)
      // "(a) in subsection 1(f):" over its own items ("(i) by striking ..."): they are the same instruction's.
      else if (inherited && /:\s*$/.test(unit.text)) open.set(unit, inherited)
      // After the text's own: their places in the text are read in order (supersede/place.ts).
      unit.citations = [
        ...found.map((f) => toCitation(f, unit.text, offsets, toPoint)),
        ...inHeading
      ]
      for (const c of unit.citations) {
        if (c.type === 'act')
          report(
            file,
            'unknown-act',
            `\`${c.text}\` cites an act the table of popular names does not know (${c.id})`,
            c.position.start
          )
      }
    }
    file.data.unknownActs = [...ctx.unknownActs].sort()
  }

export default proclaimCite
