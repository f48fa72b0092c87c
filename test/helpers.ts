/** Shared test helpers: the bundled corpus and its hand-made source table. */
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll} from 'vitest'
import {parseFile, type DocumentJson, type ProvisionJson} from '../src/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const corpusDir = path.join(root, 'proclamations')

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort()
}

/** The `Files` table of proclamations/SOURCES.md: file -> {type, number, date, title}. */
export function sourcesTable(): Map<
  string,
  {type: string; number: string; date: string; title: string}
> {
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
  if (!result.json)
    throw new Error(`${name} did not parse: ${result.file.messages.map(String).join('; ')}`)
  return result.json
}

export function flatten(provisions: ProvisionJson[]): ProvisionJson[] {
  return provisions.flatMap((p) => [p, ...flatten(p.provisions)])
}

const madeDirs: string[] = []

/** A new folder under the system's temporary folder (`proclaim-<name>-XXXXXX`), removed once the test file's tests are done. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `proclaim-${name}-`))
  madeDirs.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** The rows of a case table (test/fixtures/cases/NAME, tab-separated, header first), each as its cells. */
export function caseTable(name: string): string[][] {
  const [, ...rows] = readFileSync(path.join(root, 'test/fixtures/cases', name), 'utf8')
    .split('\n')
    .filter(Boolean)
  return rows.map((row) => row.split('\t'))
}
