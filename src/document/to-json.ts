/** The document tree -> the JSON contract (see schema/document.schema.json). */
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {diagnosticsToJson} from './diagnostics.js'
import type {
  Citation,
  CitationJson,
  CrossReference,
  CrossReferenceJson,
  DocumentJson,
  PositionJson,
  PresidentialDocument,
  Provision,
  ProvisionJson
} from './types.js'

export function positionToJson(position: Position | undefined): PositionJson {
  const start = position?.start ?? {line: 1, column: 1}
  const end = position?.end ?? start
  return {
    start: {line: start.line, column: start.column, offset: start.offset ?? 0},
    end: {line: end.line, column: end.column, offset: end.offset ?? 0}
  }
}

function citationToJson(c: Citation): CitationJson {
  return {...c, position: positionToJson(c.position)}
}

function provisionToJson(p: Provision): ProvisionJson {
  return {
    label: p.label,
    heading: p.heading,
    text: p.text,
    position: positionToJson(p.position),
    citations: p.citations.map(citationToJson),
    provisions: p.children.map(provisionToJson)
  }
}

export function documentToJson(tree: PresidentialDocument, file: VFile): DocumentJson {
  const meta = tree.data.meta
  const findings = tree.children.filter((c) => c.type === 'finding')
  const formula = tree.children.find((c) => c.type === 'enactingFormula')
  const provisions = tree.children.filter((c) => c.type === 'provision')
  const witness = tree.children.find((c) => c.type === 'witnessClause')
  const dateline = tree.children.find((c) => c.type === 'dateline')
  const signature = tree.children.find((c) => c.type === 'signature')

  const citations: CitationJson[] = []
  const crossReferences: CrossReferenceJson[] = []
  const collect = (
    unit: {citations: Citation[]; references?: CrossReference[]},
    from: string[] | null
  ) => {
    for (const c of unit.citations) citations.push(citationToJson(c))
    for (const r of unit.references ?? [])
      crossReferences.push({
        from,
        target: r.target,
        text: r.text,
        position: positionToJson(r.position)
      })
  }
  for (const f of findings) collect(f, null)
  if (formula) collect(formula, null)
  // Each provision's label path: its parent's (met first, in preorder), and its own label.
  const paths = new Map<unknown, string[]>()
  visit(tree, 'provision', (p: Provision, _, parent) => {
    const above = paths.get(parent) ?? []
    const here = p.label === null ? above : [...above, p.label]
    paths.set(p, here)
    collect(p, here)
  })

  return {
    id: meta.id,
    file: meta.file,
    type: meta.type,
    number: meta.number,
    title: meta.title,
    date: meta.date,
    signedDate: meta.signedDate,
    signer: meta.signer,
    sourceUrl: meta.sourceUrl,
    provenance: meta.provenance,
    findings: findings.map((f) => ({
      label: f.label,
      text: f.text,
      position: positionToJson(f.position),
      citations: f.citations.map(citationToJson)
    })),
    formula: formula
      ? {
          text: formula.text,
          president: formula.president,
          authority: formula.authority,
          verb: formula.verb,
          position: positionToJson(formula.position),
          citations: formula.citations.map(citationToJson)
        }
      : null,
    provisions: provisions.map(provisionToJson),
    closing: {
      witness: witness
        ? {
            text: witness.text,
            date: witness.date,
            independenceYear: witness.independenceYear,
            position: positionToJson(witness.position)
          }
        : null,
      dateline: dateline
        ? {text: dateline.text, date: dateline.date, position: positionToJson(dateline.position)}
        : null,
      signature: signature
        ? {text: signature.text, name: signature.name, position: positionToJson(signature.position)}
        : null
    },
    citations,
    crossReferences,
    supersessions: (tree.data.supersessions ?? []).map(({operations, ...s}) => ({
      ...s,
      ...(operations
        ? {operations: operations.map((o) => ({...o, source: positionToJson(o.source)}))}
        : {}),
      position: positionToJson(s.position)
    })),
    diagnostics: diagnosticsToJson(file)
  }
}
