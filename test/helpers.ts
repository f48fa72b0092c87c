/** Shared test helpers: the bundled corpus and its hand-made source table. */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseFile, type DocumentJson, type ProvisionJson} from '../src/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const corpusDir = path.join(root, 'proclamations')

export function corpusFiles(): string[] {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').sort()
}

/** The `Files` table of proclamations/SOURCES.md: file -> {type, number, date, title}. */
export function sourcesTable(): Map<string, {type: string; number: string; date: string; title: string}> {
  const table = new Map<string, {type: string; number: string; date: string; title: string}>()
  const text = readFileSync(path.join(corpusDir, 'SOURCES.md'), 'utf8')
  const section = text.slice(text.indexOf('## Files'), text.indexOf('## Files with notable quirks'))
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    const file = cells[1]?.replace(/`/g, '')
    if (!file?.endsWith('.md')) continue
    table.set(file, {type: cells[2]!, number: cells[3]!, date: cells[4]!, title: cells[5]!})
  }
  return table
}

export async function parseCorpusFile(name: string): Promise<DocumentJson> {
  const result = await parseFile(path.join(corpusDir, name))
  if (!result.json) throw new Error(`${name} did not parse: ${result.file.messages.map(String).join('; ')}`)
  return result.json
}

export function flatten(provisions: ProvisionJson[]): ProvisionJson[] {
  return provisions.flatMap((p) => [p, ...flatten(p.provisions)])
}
