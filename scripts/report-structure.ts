/**
 * A census of structural defects: parse every document and count those whose tree
 * disagrees with what its own text shows, by class.
 *
 *   npm run report:structure [-- DIR...] [--list] [--class NAME]
 *
 * Default DIRs: proclamations/ and ../shared/bulk/whitehouse. Only proclamations, executive
 * orders and memoranda are counted (a notice or a message has no sections to find). Classes:
 *
 * - sections-missed: the text opens paragraphs with "Sec. N." headings (after markup is taken
 *   off), but some N is no top-level provision "Sec. N".
 * - formula-missed: the text holds "NOW, THEREFORE, I" but the tree's formula is not that one
 *   (or there is none), or it opens a paragraph with "By the authority vested in me" and the
 *   tree has no formula.
 * - unlabeled-before-labeled: a top-level provision without a label stands before a labelled one
 *   (preamble text read as operative).
 * - zero-provisions: a proclamation or order with no provision at all.
 * - duplicate-labels: two siblings with the same label.
 * - out-of-sequence: siblings of one kind whose labels do not run on by one ("Sec. 2" after
 *   "Sec. 4", "(c)" after "(a)").
 * - witness-missed: "IN WITNESS WHEREOF" in the text, but no witness clause in the tree.
 * - signature-missed: a president's name printed at the end of the text, but no signature in the
 *   tree (many pages print no name: that is no defect).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {listDocumentFiles} from '../src/corpus/walk.js'
import type {DocumentJson, ProvisionJson} from '../src/document/types.js'
import {parseFile} from '../src/pipeline/parse-document.js'
import {requireShared} from './shared-data.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {list: {type: 'boolean', default: false}, class: {type: 'string'}}
})
const dirs = positionals.length > 0 ? positionals : ['proclamations', '../shared/bulk/whitehouse']
requireShared('report:structure', ...dirs)

/** The source as plain lines: front matter, tags, emphasis and escapes taken off. */
function plainSource(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^<>\n]*(?:\n[^<>\n]*)?>/g, '')
    .replace(/[*_]+/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&nbsp;|\u00a0/g, ' ')
}

/** Section numbers that open a paragraph of the text ("Sec. 2.", "Section 2.", "SEC. 2."). */
function sectionHeadings(plain: string): Set<string> {
  const numbers = new Set<string>()
  for (const m of plain.matchAll(
    /^[ \t>#]*(?:Sec(?:tion)?|SEC(?:TION)?)\.?\s*(\d{1,3})[ \t]*\.(?=\s)/gm
  ))
    numbers.add(m[1]!)
  return numbers
}

/** A label's place in its series: "Sec. 3" 3, "(c)" 3, "(iv)" 4, "(bb)" 28; null if not plain. */
function ordinal(label: string): {kind: string; n: number} | null {
  const section = /^Sec\. (\d+)$/.exec(label)
  if (section) return {kind: 'section', n: Number(section[1])}
  const inner = /^\((.+)\)$/.exec(label)?.[1]
  if (!inner) return null
  if (/^\d+$/.test(inner)) return {kind: 'number', n: Number(inner)}
  const roman = romanValue(inner)
  if (roman !== null) return {kind: inner === inner.toLowerCase() ? 'roman' : 'Roman', n: roman}
  if (/^([a-z])\1*$/.test(inner))
    return {kind: 'lower', n: (inner.length - 1) * 26 + inner.charCodeAt(0) - 96}
  if (/^([A-Z])\1*$/.test(inner))
    return {kind: 'upper', n: (inner.length - 1) * 26 + inner.charCodeAt(0) - 64}
  return null
}

function romanValue(text: string): number | null {
  if (!/^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i.test(text) || text === '') return null
  const values: Record<string, number> = {i: 1, v: 5, x: 10}
  let total = 0
  const t = text.toLowerCase()
  for (let i = 0; i < t.length; i++) {
    const v = values[t[i]!]!
    const next = values[t[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/** Letters that read both ways ("(i)" after "(h)"): counted in sequence if either reading is. */
function inSequence(prev: string, next: string): boolean {
  const a = ordinal(prev)
  const b = ordinal(next)
  if (!a || !b) return true
  if (a.kind === b.kind && b.n === a.n + 1) return true
  const asLetter = (l: string): number | null => {
    const inner = /^\(([a-zA-Z])\1*\)$/.exec(l)
    return inner ? (l.length - 3) * 26 + inner[1]!.toLowerCase().charCodeAt(0) - 96 : null
  }
  const la = asLetter(prev)
  const lb = asLetter(next)
  return la !== null && lb !== null && lb === la + 1
}

type Check = (doc: DocumentJson, plain: string) => string | null

/** A president's name as signatures print it (many pages print none: that is no defect). */
const signedName =
  /\b(?:DONALD J\. TRUMP|JOSEPH R\. BIDEN(?: JR\.)?|BARACK OBAMA|GEORGE W\. BUSH|WILLIAM J\. CLINTON)\b/i

function walk(list: ProvisionJson[], visit: (siblings: ProvisionJson[]) => void): void {
  visit(list)
  for (const p of list) walk(p.provisions, visit)
}

const checks: Record<string, Check> = {
  'sections-missed': (doc, plain) => {
    const top = new Set(doc.provisions.map((p) => p.label))
    const missed = [...sectionHeadings(plain)].filter((n) => !top.has(`Sec. ${n}`))
    return missed.length > 0 ? `Sec. ${missed.join(', ')}` : null
  },
  'formula-missed': (doc, plain) => {
    // A proclamation's formula is the "NOW, THEREFORE" one, wherever else authority is claimed.
    const proclaims = doc.type === 'proclamation' && /\bNOW,?\s+THEREFORE,?\s+I\b/.test(plain)
    if (proclaims)
      return /^NOW,?\s+THEREFORE/i.test(doc.formula?.text ?? '') ? null : 'NOW, THEREFORE'
    return !doc.formula && /^[ \t>]*By the authority vested in me\b/im.test(plain)
      ? 'By the authority'
      : null
  },
  'unlabeled-before-labeled': (doc) => {
    const first = doc.provisions.findIndex((p) => p.label !== null)
    const before = doc.provisions.slice(0, Math.max(first, 0)).filter((p) => p.label === null)
    return first > 0 && before.length > 0
      ? `${before.length} before ${doc.provisions[first]!.label}`
      : null
  },
  'zero-provisions': (doc) =>
    doc.type !== 'memorandum' && doc.provisions.length === 0 ? doc.type : null,
  'duplicate-labels': (doc) => {
    const found: string[] = []
    walk(doc.provisions, (siblings) => {
      const seen = new Set<string>()
      for (const p of siblings) {
        if (p.label === null) continue
        if (seen.has(p.label)) found.push(p.label)
        seen.add(p.label)
      }
    })
    return found.length > 0 ? found.slice(0, 4).join(' ') : null
  },
  'out-of-sequence': (doc) => {
    const found: string[] = []
    walk(doc.provisions, (siblings) => {
      const labelled = siblings.filter((p) => p.label !== null)
      for (let i = 1; i < labelled.length; i++) {
        const prev = labelled[i - 1]!.label!
        const next = labelled[i]!.label!
        if (!inSequence(prev, next)) found.push(`${prev}->${next}`)
      }
    })
    return found.length > 0 ? found.slice(0, 4).join(' ') : null
  },
  'witness-missed': (doc, plain) =>
    !doc.closing.witness && /^[ \t]*IN WITNESS WHEREOF/m.test(plain) ? 'witness in text' : null,
  'signature-missed': (doc, plain) =>
    !doc.closing.signature && signedName.test(plain.slice(-400)) ? 'name printed' : null
}

const counted = new Set(['proclamation', 'executive_order', 'memorandum'])
for (const dir of dirs) {
  const {files} = await listDocumentFiles([dir])
  const hits = new Map<string, string[]>(Object.keys(checks).map((k) => [k, []]))
  let documents = 0
  let clean = 0
  for (const file of files) {
    const result = await parseFile(file)
    const doc = result.json
    if (!doc || !counted.has(doc.type)) continue
    documents++
    const plain = plainSource(readFileSync(file, 'utf8'))
    let any = false
    for (const [name, check] of Object.entries(checks)) {
      const found = check(doc, plain)
      if (found === null) continue
      any = true
      hits.get(name)!.push(`${path.basename(file)} [${doc.type}]: ${found}`)
    }
    if (!any) clean++
  }
  console.log(
    `\n## ${dir}: ${documents} proclamations, orders and memoranda; ${clean} with no defect`
  )
  for (const [name, list] of hits) {
    console.log(`${name}: ${list.length}`)
    if (values.list || values.class === name) for (const l of list) console.log(`    ${l}`)
  }
}
