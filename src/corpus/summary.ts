/**
 * What a build keeps of each document once its tree is written: the head, counts, the
 * units with their text and citations (for the citation index and full-text search),
 * and what the supersession graph reads. Made where the document is parsed (a worker),
 * so the build's main thread never holds or copies whole trees.
 */
import {createHash} from 'node:crypto'
import {provisionsWithPaths} from '../document/label-path.js'
import type {
  CitationJson,
  DocumentHead,
  DocumentJson,
  PositionJson,
  SupersessionJson
} from '../document/types.js'

/** A citation as the corpus indexes it. */
export type IndexedCitation = Pick<CitationJson, 'id' | 'type' | 'text' | 'url'> & {
  position: PositionJson
  resolvedFrom?: string
  parallel?: string[]
  through?: string
}

/** A finding, the formula or a provision, as searched. */
export interface SummaryUnit {
  /** "finding 3", "formula", or a provision's label path ("Sec. 2(a)"). */
  unit: string
  kind: 'finding' | 'formula' | 'provision'
  /** Text as searched (a provision's heading first). */
  text: string
  line: number
  col: number
  citations: IndexedCitation[]
}

/** A citation the graph reads: instruments with their printed date and title, statutes a document rests on. */
type GraphCitation = Pick<CitationJson, 'id' | 'type'> &
  Partial<Pick<CitationJson, 'date' | 'title'>>

export interface DocumentSummary extends DocumentHead {
  counts: {findings: number; provisions: number; citations: number; supersessions: number}
  warnings: number
  /** Hash of title, date and body text: the same document posted twice has the same one. */
  bodyHash: string
  units: SummaryUnit[]
  /** Cited orders and proclamations that print a date or title (how others identify a document). */
  citations: GraphCitation[]
  /** U.S. Code citations of the findings and formula (the authority a document rests on). */
  findings: Array<{citations: GraphCitation[]}>
  formula: {citations: GraphCitation[]} | null
  supersessions: SupersessionJson[]
}

const graphCitation = (c: CitationJson): GraphCitation => ({
  id: c.id,
  type: c.type,
  ...(c.date ? {date: c.date} : {}),
  ...(c.title ? {title: c.title} : {})
})
const statute = (c: CitationJson): boolean => c.type === 'usc'

export function summarize(doc: DocumentJson): DocumentSummary {
  const provisions = provisionsWithPaths(doc.provisions)
  const indexed = (c: CitationJson): IndexedCitation => ({
    id: c.id,
    type: c.type,
    text: c.text,
    url: c.url,
    position: c.position,
    ...(c.resolvedFrom ? {resolvedFrom: c.resolvedFrom} : {}),
    ...(c.parallel ? {parallel: c.parallel} : {}),
    ...(c.through ? {through: c.through} : {})
  })
  const units: SummaryUnit[] = [
    ...doc.findings.map(
      (f, i): SummaryUnit => ({
        unit: `finding ${f.label ?? i + 1}`,
        kind: 'finding',
        text: f.text,
        line: f.position.start.line,
        col: f.position.start.column,
        citations: f.citations.map(indexed)
      })
    ),
    ...(doc.formula
      ? [
          {
            unit: 'formula',
            kind: 'formula' as const,
            text: doc.formula.text,
            line: doc.formula.position.start.line,
            col: doc.formula.position.start.column,
            citations: doc.formula.citations.map(indexed)
          }
        ]
      : []),
    ...provisions.map(
      ({unit, provision: p}): SummaryUnit => ({
        unit,
        kind: 'provision',
        text: p.heading ? `${p.heading}. ${p.text}` : p.text,
        line: p.position.start.line,
        col: p.position.start.column,
        citations: p.citations.map(indexed)
      })
    )
  ]
  // Text only: the same body behind different front matter has other positions. Hashed a unit at a time, never
  // joined into one string (a 50 MB document's body is 100 MB of two-byte text, and hashing a string copies it):
  // the hash of the title, the date and every unit's text, one a line.
  const bodyHash = createHash('sha256').update(`${doc.title ?? ''}\n${doc.date ?? ''}\n`)
  let lines = 0
  const line = (...parts: string[]): void => {
    if (lines++ > 0) bodyHash.update('\n')
    for (const part of parts) bodyHash.update(part)
  }
  for (const f of doc.findings) line(f.text)
  line(doc.formula?.text ?? '')
  for (const {unit, provision} of provisions) line(unit, ' ', provision.text)
  return {
    id: doc.id,
    file: doc.file,
    type: doc.type,
    number: doc.number,
    title: doc.title,
    date: doc.date,
    signedDate: doc.signedDate,
    signer: doc.signer,
    sourceUrl: doc.sourceUrl,
    provenance: doc.provenance,
    counts: {
      findings: doc.findings.length,
      provisions: provisions.length,
      citations: doc.citations.length,
      supersessions: doc.supersessions.length
    },
    warnings: doc.diagnostics.filter((d) => d.severity === 'warning').length,
    bodyHash: bodyHash.digest('hex'),
    units,
    citations: doc.citations
      .filter((c) => (c.type === 'eo' || c.type === 'proc') && (c.date || c.title))
      .map(graphCitation),
    findings: doc.findings.map((f) => ({
      citations: f.citations.filter(statute).map(graphCitation)
    })),
    formula: doc.formula
      ? {citations: doc.formula.citations.filter(statute).map(graphCitation)}
      : null,
    supersessions: doc.supersessions
  }
}
