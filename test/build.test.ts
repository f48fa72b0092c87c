/** `proclaim build`: the corpus files, their schemas, byte-identical rebuilds, atomic replacement. */
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Ajv from 'ajv'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildCorpus, rollUp} from '../src/corpus/build.js'
import {corpusDir, root} from './helpers.js'

const schema = (name: string) => JSON.parse(readFileSync(path.join(root, 'schema', name), 'utf8'))
const ajv = new Ajv({allErrors: true, strict: false})
ajv.addSchema(schema('document.schema.json'))
const read = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'))

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8')
    }
  }
  walk(dir)
  return files
}

let out: string
beforeAll(async () => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'proclaim-build-')), 'corpus')
  await buildCorpus([corpusDir], {out, buildDate: '2026-11-28'})
}, 120_000)

describe('proclaim build', () => {
  it('writes every output, each valid against its schema', () => {
    const index = read(out, 'index.json')
    expect(ajv.validate(schema('index.schema.json'), index), JSON.stringify(ajv.errors)).toBe(true)
    expect(index.documents).toHaveLength(129)
    expect(ajv.validate(schema('citations.schema.json'), read(out, 'citations.json')), JSON.stringify(ajv.errors?.slice(0, 2))).toBe(true)
    expect(ajv.validate(schema('graph.schema.json'), read(out, 'graph.json')), JSON.stringify(ajv.errors?.slice(0, 2))).toBe(true)
    const validateDocument = ajv.getSchema('https://proclaim.dev/schema/document.schema.json')!
    for (const row of index.documents) expect(validateDocument(read(out, `documents/${row.id}.json`)), row.id).toBe(true)
  })

  it('indexes documents with numbers, how they were established, and status', () => {
    const rows = read(out, 'index.json').documents as Array<Record<string, unknown>>
    expect(rows.find((r) => r.id === '2025-03-15-alien-enemies-act-tren-de-aragua')).toMatchObject({number: '10903', numberSource: 'cited', type: 'proclamation'})
    expect(rows.find((r) => r.id === '2017-06-15-govinfo-eo-13801-apprenticeships')).toMatchObject({number: '13801', status: 'revoked'})
    expect(rows.find((r) => r.id === '2021-05-14-biden-revocation-technical-amendment-legacy-frontmatter')).toMatchObject({duplicateOf: '2021-05-14-biden-revocation-technical-amendment'})
  })

  it('rolls the citation index up the hierarchy, marking the exact id cited', () => {
    const citations = read(out, 'citations.json')
    const section = citations['usc/19/1862'] as Array<{cites: string; document: string; unit: string}>
    expect(section.some((c) => c.cites === 'usc/19/1862/c/3/A/i' && c.document === '2026-01-14-critical-minerals-232' && c.unit === '(1)')).toBe(true)
    expect(section.length).toBeGreaterThan(citations['usc/19/1862/d'].length)
    expect(rollUp('usc/19/1862/c/3/A/i')).toEqual(['usc/19/1862/c/3/A/i', 'usc/19/1862/c/3/A', 'usc/19/1862/c/3', 'usc/19/1862/c', 'usc/19/1862'])
    expect(rollUp('proc/9705/2')).toEqual(['proc/9705/2', 'proc/9705'])
  })

  it('gives byte-identical output for identical input', async () => {
    const again = path.join(path.dirname(out), 'again')
    await buildCorpus([corpusDir], {out: again, buildDate: '2026-11-28'})
    expect(snapshot(again)).toEqual(snapshot(out))
  }, 120_000)

  it('refuses an --out that is a file, and writes nothing there', async () => {
    const file = path.join(path.dirname(out), 'a-file')
    writeFileSync(file, 'mine')
    await expect(buildCorpus([corpusDir], {out: file})).rejects.toThrow(/is a file/)
    expect(readFileSync(file, 'utf8')).toBe('mine')
  })

  it('leaves the previous corpus whole when a build is killed at any moment', async () => {
    const before = snapshot(out)
    const cli = path.join(root, 'dist/src/cli/main.js')
    for (const delay of [150, 600, 1200, 2000]) {
      const child = spawn(process.execPath, [cli, 'build', corpusDir, '--out', out, '--build-date', '2026-11-28', '--quiet'], {stdio: 'ignore'})
      await new Promise((resolve) => setTimeout(resolve, delay))
      child.kill('SIGKILL')
      await new Promise((resolve) => child.on('exit', resolve))
      // Either the old corpus or the whole new one (identical here): never a half.
      expect(existsSync(path.join(out, 'index.json'))).toBe(true)
      expect(snapshot(out)).toEqual(before)
    }
  }, 120_000)
})
