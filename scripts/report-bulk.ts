/**
 * Parse every document of the bulk corpora and report what the parser made of
 * them: documents by detected type, agreement with each folder's INDEX.tsv
 * `kind_heuristic` (a guess, not gold), and the documents with no signer, no
 * signed date or no provisions.
 *
 *   npm run report:bulk [-- DIR...] [--list]
 *
 * Default DIRs: ../shared/bulk/whitehouse and ../shared/bulk/fr-eo-1994-2020.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {listDocumentFiles} from '../src/corpus/walk.js'
import {parseFile} from '../src/pipeline/parse-document.js'
import type {DocumentJson, DocumentType} from '../src/document/types.js'
import {requireShared} from './shared-data.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {list: {type: 'boolean', default: false}}
})
const dirs =
  positionals.length > 0
    ? positionals
    : ['../shared/bulk/whitehouse', '../shared/bulk/fr-eo-1994-2020']
requireShared('report:bulk', ...dirs)

function countProvisions(list: DocumentJson['provisions']): number {
  return list.reduce((n, p) => n + 1 + countProvisions(p.provisions), 0)
}

/** INDEX.tsv: file -> kind_heuristic, where the folder has one. */
function readIndex(dir: string): Map<string, string> {
  const index = new Map<string, string>()
  const file = path.join(dir, 'INDEX.tsv')
  if (!existsSync(file)) return index
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
  const header = lines.shift()!.split('\t')
  const kind = header.indexOf('kind_heuristic')
  const name = header.indexOf('file')
  if (kind === -1 || name === -1) return index
  for (const line of lines) {
    const cells = line.split('\t')
    index.set(cells[name]!, cells[kind]!)
  }
  return index
}

for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.log(`${dir}: not found, skipped`)
    continue
  }
  const index = readIndex(dir)
  const {files} = await listDocumentFiles([dir])
  const byType = new Map<string, number>()
  const failures = new Map<string, string[]>()
  const noSigner: string[] = []
  const noDate: string[] = []
  const noProvisions: string[] = []
  const disagree = new Map<string, string[]>()
  const warnings = new Map<string, number>()
  let agree = 0
  let compared = 0
  const started = performance.now()
  for (const file of files) {
    const result = await parseFile(file)
    const name = path.basename(file)
    const heuristic = index.get(name)
    if (!result.json) {
      const rule = result.file.messages.find((m) => m.fatal)?.ruleId ?? 'unknown'
      failures.set(rule, [
        ...(failures.get(rule) ?? []),
        `${name}${heuristic ? ` (${heuristic})` : ''}`
      ])
      continue
    }
    const doc = result.json
    byType.set(doc.type, (byType.get(doc.type) ?? 0) + 1)
    for (const d of doc.diagnostics)
      if (d.severity !== 'info') warnings.set(d.ruleId, (warnings.get(d.ruleId) ?? 0) + 1)
    const label = `${name} [${doc.type}${heuristic ? `; index: ${heuristic}` : ''}]`
    if (!doc.signer) noSigner.push(label)
    if (!doc.signedDate) noDate.push(label)
    if (countProvisions(doc.provisions) === 0) noProvisions.push(label)
    if (heuristic) {
      compared++
      const expected = heuristic.split(':')[0] as DocumentType
      if (expected === doc.type) agree++
      else {
        const key = `${expected} -> ${doc.type}`
        disagree.set(key, [...(disagree.get(key) ?? []), name])
      }
    }
  }
  const seconds = (performance.now() - started) / 1000
  const failed = [...failures.values()].reduce((n, l) => n + l.length, 0)
  console.log(
    `\n## ${dir}: ${files.length} files, ${files.length - failed} parsed, ${failed} not parsed, ${seconds.toFixed(1)} s`
  )
  console.log(
    `by type: ${[...byType]
      .sort()
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`
  )
  if (compared > 0) {
    console.log(`type agrees with INDEX.tsv kind_heuristic: ${agree}/${compared}`)
    for (const [k, l] of disagree)
      console.log(
        `  ${k}: ${l.length}${values.list ? `\n    ${l.join('\n    ')}` : ` (e.g. ${l.slice(0, 3).join(', ')})`}`
      )
  }
  for (const [rule, l] of failures)
    console.log(
      `not parsed (${rule}): ${l.length}${values.list ? `\n    ${l.join('\n    ')}` : ''}`
    )
  for (const [title, l] of [
    ['no signer', noSigner],
    ['no signed date', noDate],
    ['zero provisions', noProvisions]
  ] as const) {
    console.log(`${title}: ${l.length}${values.list ? `\n    ${l.join('\n    ')}` : ''}`)
  }
  console.log(`warnings: ${[...warnings].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`)
}
