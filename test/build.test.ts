/** `proclaim build`: the corpus files, their schemas, byte-identical rebuilds, atomic replacement (queries: query.test.ts). */
import {spawn} from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import {beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {buildCorpus, rollUp} from '../src/corpus/build.js'
import {corpusDir, root, tempDir} from './helpers.js'

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
  out = path.join(tempDir('build'), 'corpus')
  await buildCorpus([corpusDir], {out, buildDate: '2026-11-28'})
}, 120_000)

describe('proclaim build', () => {
  it('writes every output, each valid against its schema', () => {
    const index = read(out, 'index.json')
    expect(ajv.validate(schema('index.schema.json'), index), JSON.stringify(ajv.errors)).toBe(true)
    expect(index.documents).toHaveLength(129)
    expect(
      ajv.validate(schema('citations.schema.json'), read(out, 'citations.json')),
      JSON.stringify(ajv.errors?.slice(0, 2))
    ).toBe(true)
    expect(
      ajv.validate(schema('graph.schema.json'), read(out, 'graph.json')),
      JSON.stringify(ajv.errors?.slice(0, 2))
    ).toBe(true)
    // An amended instrument's text through time.
    const consolidated = read(out, 'consolidated/eo/14324.json')
    expect(
      ajv.validate(schema('consolidated.schema.json'), consolidated),
      JSON.stringify(ajv.errors?.slice(0, 2))
    ).toBe(true)
    expect(consolidated.original.document).toBe('2025-07-30-de-minimis-suspension')
    expect(consolidated.versions.map((v: {date: string}) => v.date)).toEqual([
      '2025-07-30',
      '2026-02-24'
    ])
    const validateDocument = ajv.getSchema('https://proclaim.dev/schema/document.schema.json')!
    for (const row of index.documents)
      expect(validateDocument(read(out, `documents/${row.id}.json`)), row.id).toBe(true)
  })

  it('lands an action on an order named by date and title on the document signed that day under that title', () => {
    // "Regarding the Executive Order of February 1, 2025 (Imposing Duties ... China), the following shall replace
    // subsection (g) of section 2": the document keeps the id as printed; the graph's edge is EO 14195's.
    const amendment = read(out, 'documents/2025-02-05-ieepa-duties-china-amendment.json')
    expect(amendment.supersessions[0].targets).toEqual([
      'eo/2025-02-01/imposing-duties-to-address-the-synthetic-opioid-supply-chain-in-the-peoples-republic-of-china/2/g'
    ])
    const edges = read(out, 'graph.json').edges as Array<{fromDocument: string; to: string}>
    expect(
      edges
        .filter((e) => e.fromDocument === '2025-02-05-ieepa-duties-china-amendment')
        .map((e) => e.to)
    ).toEqual(['eo/14195/2/g'])
  })

  it('indexes documents with numbers, how they were established, and status', () => {
    const rows = read(out, 'index.json').documents as Array<Record<string, unknown>>
    expect(rows.find((r) => r.id === '2025-03-15-alien-enemies-act-tren-de-aragua')).toMatchObject({
      number: '10903',
      numberSource: 'cited',
      type: 'proclamation'
    })
    expect(rows.find((r) => r.id === '2017-06-15-govinfo-eo-13801-apprenticeships')).toMatchObject({
      number: '13801',
      status: 'revoked'
    })
    expect(
      rows.find(
        (r) => r.id === '2021-05-14-biden-revocation-technical-amendment-legacy-frontmatter'
      )
    ).toMatchObject({duplicateOf: '2021-05-14-biden-revocation-technical-amendment'})
  })

  it('rolls the citation index up the hierarchy, marking the exact id cited', () => {
    const citations = read(out, 'citations.json')
    const section = citations['usc/19/1862'] as Array<{
      cites: string
      document: string
      unit: string
    }>
    expect(
      section.some(
        (c) =>
          c.cites === 'usc/19/1862/c/3/A/i' &&
          c.document === '2026-01-14-critical-minerals-232' &&
          c.unit === '(1)'
      )
    ).toBe(true)
    expect(section.length).toBeGreaterThan(citations['usc/19/1862/d'].length)
    expect(rollUp('usc/19/1862/c/3/A/i')).toEqual([
      'usc/19/1862/c/3/A/i',
      'usc/19/1862/c/3/A',
      'usc/19/1862/c/3',
      'usc/19/1862/c',
      'usc/19/1862'
    ])
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

  it('never replaces a folder it did not build, the folder of the documents, or an unwritable place', async () => {
    const work = tempDir('out')
    const mine = path.join(work, 'notes')
    mkdirSync(mine)
    writeFileSync(path.join(mine, 'todo.txt'), 'mine')
    await expect(buildCorpus([corpusDir], {out: mine})).rejects.toThrow(/not a corpus/)
    expect(readdirSync(mine)).toEqual(['todo.txt'])
    await expect(buildCorpus([corpusDir], {out: path.dirname(corpusDir)})).rejects.toThrow(
      /holds the documents/
    )
    await expect(buildCorpus([corpusDir], {out: '/'})).rejects.toThrow(/root of the file system/)
    const err: string[] = []
    expect(
      await main(['build', corpusDir, '--out', '/proc/proclaim-nowhere/corpus', '--quiet'], {
        out: () => {},
        err: (l) => err.push(l)
      })
    ).toBe(1)
    expect(err.join('\n')).toMatch(
      /^\/proc\/proclaim-nowhere\/corpus {2}error {2}.+ {2}build-failed$/
    )
    expect(readdirSync(work)).toEqual(['notes'])
  })

  it('leaves the previous corpus whole when a build is killed at any moment', async () => {
    const before = snapshot(out)
    const cli = path.join(root, 'dist/src/cli/main.js')
    for (const delay of [150, 600, 1200, 2000]) {
      const child = spawn(
        process.execPath,
        [cli, 'build', corpusDir, '--out', out, '--build-date', '2026-11-28', '--quiet'],
        {stdio: 'ignore'}
      )
      // Listened for from the start: a build that ends before the kill has already exited.
      const exited = new Promise((resolve) => child.on('exit', resolve))
      await new Promise((resolve) => setTimeout(resolve, delay))
      child.kill('SIGKILL')
      await exited
      // Either the old corpus or the whole new one (identical here): never a half.
      expect(existsSync(path.join(out, 'index.json'))).toBe(true)
      expect(snapshot(out)).toEqual(before)
    }
  }, 120_000)
})

describe('incremental rebuilds', () => {
  it('a file touched but not changed is not parsed again; two files of one name get two ids', async () => {
    const {cpSync, mkdirSync: mkdir, statSync, utimesSync} = await import('node:fs')
    const work = tempDir('touch')
    const docs = path.join(work, 'docs')
    const names = [
      '2025-05-01-loyalty-day-law-day.md',
      '2017-06-15-govinfo-eo-13801-apprenticeships.md'
    ]
    mkdir(path.join(docs, 'again'), {recursive: true})
    for (const name of names) cpSync(path.join(corpusDir, name), path.join(docs, name))
    // The same file name in a sub-folder: a second document with the same id stem.
    cpSync(path.join(corpusDir, names[0]!), path.join(docs, 'again', names[0]!))
    const target = path.join(work, 'corpus')
    await buildCorpus([docs], {out: target, buildDate: '2026-11-28'})
    const ids = (
      read(target, 'index.json').documents as Array<{id: string; duplicateOf: string | null}>
    )
      .map((r) => r.id)
      .sort()
    expect(ids).toEqual([
      '2017-06-15-govinfo-eo-13801-apprenticeships',
      '2025-05-01-loyalty-day-law-day',
      '2025-05-01-loyalty-day-law-day-2'
    ])
    expect(read(target, 'documents/2025-05-01-loyalty-day-law-day-2.json').id).toBe(
      '2025-05-01-loyalty-day-law-day-2'
    )
    const inode = (name: string) => statSync(path.join(target, 'documents', name)).ino
    const before = inode('2017-06-15-govinfo-eo-13801-apprenticeships.json')
    // Touched: a new mtime, the same bytes. The parse from the cache serves (the same file, linked again).
    const file = path.join(docs, names[1]!)
    utimesSync(file, new Date(), new Date(Date.now() + 60_000))
    await buildCorpus([docs], {out: target, buildDate: '2026-11-28'})
    expect(inode('2017-06-15-govinfo-eo-13801-apprenticeships.json')).toBe(before)
    // Changed: parsed again, a new file.
    writeFileSync(file, readFileSync(file, 'utf8').replace('apprenticeship', 'Apprenticeship'))
    await buildCorpus([docs], {out: target, buildDate: '2026-11-28'})
    expect(inode('2017-06-15-govinfo-eo-13801-apprenticeships.json')).not.toBe(before)
  }, 120_000)

  it('a build whose every outcome is as last time takes the corpus-wide files of the last corpus, byte for byte', async () => {
    const {cpSync, mkdirSync: mkdir} = await import('node:fs')
    const work = tempDir('reuse')
    const docs = path.join(work, 'docs')
    const names = [
      '2025-05-01-loyalty-day-law-day.md',
      '2017-06-15-govinfo-eo-13801-apprenticeships.md',
      '2025-02-10-steel-232-restoring-25pct.md'
    ]
    mkdir(path.join(docs, 'again'), {recursive: true})
    for (const name of names) cpSync(path.join(corpusDir, name), path.join(docs, name))
    cpSync(path.join(corpusDir, names[0]!), path.join(docs, 'again', names[0]!))
    const target = path.join(work, 'corpus')
    const stagesOf = async (out: string, cache = true): Promise<string[]> => {
      const stages: string[] = []
      await buildCorpus([docs], {
        out,
        buildDate: '2026-11-28',
        cache,
        onStage: (name) => stages.push(name)
      })
      return stages
    }
    expect(await stagesOf(target)).toContain('sqlite')
    // A line added at the end changes the bytes, not what the corpus-wide files are made of.
    const file = path.join(docs, names[2]!)
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`)
    const resultLines = () =>
      readFileSync(path.join(work, '.corpus.cache', 'results.ndjson'), 'utf8')
        .trim()
        .split('\n').length
    const before = resultLines()
    const reused = await stagesOf(target)
    expect(reused).not.toContain('sqlite')
    // The file parsed again is kept in the cache's results, so the next full build need not parse it.
    expect(resultLines()).toBe(before + 1)
    const clean = path.join(work, 'clean')
    await stagesOf(clean, false)
    expect(snapshot(target)).toEqual(snapshot(clean))
    // A new build date, or a real edit, makes them again.
    writeFileSync(file, readFileSync(file, 'utf8').replace('25 percent', '50 percent'))
    expect(await stagesOf(target)).toContain('sqlite')
    await stagesOf(clean, false)
    expect(snapshot(target)).toEqual(snapshot(clean))
    const stages: string[] = []
    await buildCorpus([docs], {
      out: target,
      buildDate: '2026-11-29',
      onStage: (name) => stages.push(name)
    })
    expect(stages).toContain('sqlite')
    expect(read(target, 'index.json').buildDate).toBe('2026-11-29')
  }, 120_000)

  it('--no-cache reads every file and leaves no cache behind', async () => {
    const {cpSync} = await import('node:fs')
    const work = tempDir('nocache')
    const docs = path.join(work, 'docs')
    cpSync(
      path.join(corpusDir, '2025-05-01-loyalty-day-law-day.md'),
      path.join(docs, '2025-05-01-loyalty-day-law-day.md')
    )
    const lines: string[] = []
    expect(
      await main(
        [
          'build',
          docs,
          '--out',
          path.join(work, 'corpus'),
          '--no-cache',
          '--quiet',
          '--build-date',
          '2026-11-28'
        ],
        {out: (l) => lines.push(l), err: () => {}}
      )
    ).toBe(0)
    expect(lines[0]).toMatch(/^built .*corpus for 2026-11-28: 1 documents/)
    // Beside the corpus path, only the version folder it points at: no cache, no leftovers.
    const entries = readdirSync(work).sort()
    expect(entries.filter((e) => !e.startsWith('.'))).toEqual(['corpus', 'docs'])
    expect(entries.filter((e) => e.startsWith('.'))).toEqual([
      readlinkSync(path.join(work, 'corpus'))
    ])
  }, 60_000)

  it('swaps a corpus in with one rename of a link, keeping one version beside it', async () => {
    const {cpSync} = await import('node:fs')
    const work = tempDir('swap')
    const docs = path.join(work, 'docs')
    cpSync(
      path.join(corpusDir, '2025-05-01-loyalty-day-law-day.md'),
      path.join(docs, '2025-05-01-loyalty-day-law-day.md')
    )
    const target = path.join(work, 'corpus')
    // A corpus folder as an earlier version wrote it (a real folder) is taken over.
    mkdirSync(target)
    const versions = () => readdirSync(work).filter((e) => e.startsWith('.corpus.v-'))
    for (const date of ['2026-11-28', '2026-11-29', '2026-11-30']) {
      await buildCorpus([docs], {out: target, buildDate: date})
      expect(lstatSync(target).isSymbolicLink()).toBe(true)
      expect(versions()).toEqual([readlinkSync(target)])
      expect(read(target, 'index.json').buildDate).toBe(date)
    }
    // A version left by a killed build goes with the next build; the one pointed at stays.
    mkdirSync(path.join(work, '.corpus.v-999-killed', 'documents'), {recursive: true})
    await buildCorpus([docs], {out: target, buildDate: '2026-12-01'})
    expect(versions()).toEqual([readlinkSync(target)])
  }, 60_000)

  it('a cache whose results file is lost parses again what it no longer knows', async () => {
    const {cpSync, rmSync} = await import('node:fs')
    const work = tempDir('lost')
    const docs = path.join(work, 'docs')
    for (const name of [
      '2025-05-01-loyalty-day-law-day.md',
      '2017-06-15-govinfo-eo-13801-apprenticeships.md'
    ])
      cpSync(path.join(corpusDir, name), path.join(docs, name))
    const target = path.join(work, 'corpus')
    await buildCorpus([docs], {out: target, buildDate: '2026-11-28'})
    rmSync(path.join(work, '.corpus.cache', 'results.ndjson'))
    // A new build date: the corpus-wide files must be made again, from outcomes the cache no longer holds.
    await buildCorpus([docs], {out: target, buildDate: '2026-11-29'})
    const clean = path.join(work, 'clean')
    await buildCorpus([docs], {out: clean, buildDate: '2026-11-29', cache: false})
    expect(snapshot(target)).toEqual(snapshot(clean))
    expect((read(target, 'index.json').documents as unknown[]).length).toBe(2)
  }, 120_000)

  it('reuses unchanged documents from the content-hash cache and re-reads a changed one', async () => {
    const {cpSync} = await import('node:fs')
    const work = tempDir('incremental')
    const docs = path.join(work, 'docs')
    cpSync(corpusDir, docs, {recursive: true})
    const target = path.join(work, 'corpus')
    await buildCorpus([docs], {out: target, buildDate: '2026-11-28'})
    const cacheDir = path.join(work, '.corpus.cache')
    expect(readdirSync(path.join(cacheDir, 'documents'))).toHaveLength(129)
    const first = snapshot(target)
    // A second build from the cache is the same corpus.
    await buildCorpus([docs], {out: target, buildDate: '2026-11-28'})
    expect(snapshot(target)).toEqual(first)
    // Touch one document: its entry is replaced, the others stay, and the change shows.
    const file = path.join(docs, '2025-05-01-loyalty-day-law-day.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('Loyalty Day', 'Loyalty Day Observed'))
    await buildCorpus([docs], {out: target, buildDate: '2026-11-28'})
    expect(readdirSync(path.join(cacheDir, 'documents'))).toHaveLength(129)
    const after = snapshot(target)
    const changed = Object.keys(after).filter((k) => after[k] !== first[k])
    expect(changed).toContain('documents/2025-05-01-loyalty-day-law-day.json')
    expect(changed.filter((k) => k.startsWith('documents/'))).toEqual([
      'documents/2025-05-01-loyalty-day-law-day.json'
    ])
  }, 120_000)
})
