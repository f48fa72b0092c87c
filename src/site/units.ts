/**
 * A document's units (findings, formula, provisions at every depth) as its page shows them: each
 * with the name the corpus gives it (`finding 2`, `Sec. 2(a)`), its anchor on the page, and where
 * each of its citations stands in its text.
 */
import type {CitationJson, DocumentJson, ProvisionJson} from '../document/types.js'
import {labelPath} from '../document/label-path.js'
import {unitAnchor} from './paths.js'

export interface PageUnit {
  /** The unit's name in the corpus: `finding 2`, `formula`, `Sec. 2(a)`, `provision` (unlabelled). */
  unit: string
  /** Its anchor on the document's page, unique there. */
  anchor: string
  text: string
  /** Its citations, each where its text stands in the unit's text (in order; one not found is left out). */
  placed: PlacedCitation[]
}

export interface PlacedCitation {
  citation: CitationJson
  /** Offset of the citation's text in the unit's text. */
  at: number
}

export interface DocumentUnits {
  units: PageUnit[]
  /** The unit of each provision object, for the renderer walking the tree. */
  ofProvision: Map<ProvisionJson, PageUnit>
  findings: PageUnit[]
  formula: PageUnit | null
}

/** Each citation's text found in order in the unit's text (citations are listed in text order). */
export function placeCitations(text: string, citations: readonly CitationJson[]): PlacedCitation[] {
  const placed: PlacedCitation[] = []
  let cursor = 0
  const sorted = [...citations].sort((a, b) => a.position.start.offset - b.position.start.offset)
  for (const citation of sorted) {
    const at = text.indexOf(citation.text, cursor)
    if (at === -1 || citation.text.length === 0) continue
    placed.push({citation, at})
    cursor = at + citation.text.length
  }
  return placed
}

export function documentUnits(json: DocumentJson): DocumentUnits {
  const used = new Set<string>()
  let unnamed = 0
  const anchorFor = (unit: string): string => {
    let anchor = unitAnchor(unit) ?? `u-${++unnamed}`
    if (used.has(anchor)) {
      let n = 2
      while (used.has(`${anchor}-${n}`)) n++
      anchor = `${anchor}-${n}`
    }
    used.add(anchor)
    return anchor
  }
  const make = (unit: string, text: string, citations: readonly CitationJson[]): PageUnit => ({
    unit,
    anchor: anchorFor(unit),
    text,
    placed: placeCitations(text, citations)
  })
  const units: PageUnit[] = []
  const findings = json.findings.map((f, i) =>
    make(`finding ${f.label ?? i + 1}`, f.text, f.citations)
  )
  units.push(...findings)
  const formula = json.formula ? make('formula', json.formula.text, json.formula.citations) : null
  if (formula) units.push(formula)
  const ofProvision = new Map<ProvisionJson, PageUnit>()
  const walk = (list: readonly ProvisionJson[], prefix: string[]): void => {
    for (const p of list) {
      const here = p.label === null ? prefix : [...prefix, p.label]
      const unit = make(labelPath(here) ?? 'provision', p.text, p.citations)
      ofProvision.set(p, unit)
      units.push(unit)
      walk(p.provisions, here)
    }
  }
  walk(json.provisions, [])
  return {units, ofProvision, findings, formula}
}
