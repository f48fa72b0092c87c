import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {citationReaders} from '../src/cite/extract.js'
import {citationKinds, citationTypes, idPrefixes, kindOfPrefix} from '../src/data/citation-kinds.js'
import {group, many, oneOf, optional, pattern, readAt, search} from '../src/util/pattern.js'
import {rollUp, spanned} from '../src/cite/roll-up.js'
import {linkFor} from '../src/index.js'
import type {CitationJson, DocumentJson} from '../src/index.js'
import {corpusFiles, flatten, parseCorpusFile, root} from './helpers.js'

/** Every citation of a parsed document, with the file it is in. */
function citationsOf(file: string, doc: DocumentJson): Array<CitationJson & {file: string}> {
  const units = [...doc.findings, ...(doc.formula ? [doc.formula] : []), ...flatten(doc.provisions)]
  return units.flatMap((u) => u.citations.map((c) => ({...c, file})))
}

let cited: Array<CitationJson & {file: string}> = []

beforeAll(async () => {
  const files = corpusFiles()
  const docs = await Promise.all(files.map((f) => parseCorpusFile(f)))
  cited = docs.flatMap((doc, i) => citationsOf(files[i]!, doc))
}, 120_000)

function citation(file: string, id: string): CitationJson {
  const c = cited.find((x) => x.file === file && x.id === id)
  if (!c) throw new Error(`${file} does not cite ${id}`)
  return c
}

describe('citation kinds: one table', () => {
  it('gives every citation of the bundled documents a kind, whose type it carries', () => {
    expect(cited.length).toBeGreaterThan(1000)
    const strays = cited.filter((c) => kindOfPrefix(c.id.split('/')[0]) === undefined)
    expect(strays.map((c) => `${c.file}: ${c.id}`)).toEqual([])
    const mistyped = cited.filter((c) => kindOfPrefix(c.id.split('/')[0])?.type !== c.type)
    expect(mistyped.map((c) => `${c.file}: ${c.id} is ${c.type}`)).toEqual([])
    // Every kind but private laws and the directives of earlier administrations (cited in the bulk corpora: HSPD-9,
    // NSPD-52, NSD-42) is cited somewhere in the bundled documents (an HSPD is, in the 2025 preparedness order).
    const seen = new Set(cited.map((c) => c.id.split('/')[0]))
    expect(idPrefixes.filter((p) => !seen.has(p))).toEqual([
      'privl',
      'nspd',
      'pdd',
      'nsd',
      'nsdd',
      'nssm',
      'psd'
    ])
  })

  it('makes each citation link as its kind says', () => {
    for (const c of cited) expect(c.url, `${c.file}: ${c.id}`).toBe(linkFor(c.id))
    const htsus = '2021-12-23-modify-htsus.md'
    expect(citation(htsus, 'pl/100/418').url).toBe(
      'https://www.govinfo.gov/link/plaw/100/public/418'
    )
    expect(citation(htsus, 'stat/102/1107').url).toBe(
      'https://www.govinfo.gov/link/statute/102/1107'
    )
    expect(citation(htsus, 'fr/82/40213').url).toBe(
      'https://www.federalregister.gov/citation/82-FR-40213'
    )
    expect(citation(htsus, 'htsus/ch/98').url).toBe(
      'https://hts.usitc.gov/search?query=chapter%2098'
    )
    const civilService = '2021-05-14-biden-revocation-technical-amendment-legacy-frontmatter.md'
    expect(citation(civilService, 'cfr/5/6.2').url).toBe(
      'https://www.ecfr.gov/current/title-5/section-6.2'
    )
    expect(citation(civilService, 'cfr/5/302').url).toBe(
      'https://www.ecfr.gov/current/title-5/part-302'
    )
    const censorship = '2020-05-28-govinfo-eo-13925-online-censorship.md'
    expect(citation(censorship, 'const/amend/1').url).toBe(
      'https://constitution.congress.gov/browse/amendment-1'
    )
    expect(citation(censorship, 'act/communications-decency-act/230/c').url).toBeNull()
    expect(citation('2021-02-01-aluminum-232-uae.md', 'proc/9704').url).toBe(
      'https://www.govinfo.gov/link/cpd/proclamation/9704'
    )
    // govinfo's presidential documents start in 2009: an older proclamation has no link.
    expect(citation(htsus, 'proc/6763').url).toBeNull()
    expect(citation('2025-03-14-additional-rescissions.md', 'nsm/3').url).toBeNull()
  })

  it('rolls an id up to the instrument its kind names', () => {
    for (const c of cited) {
      const ids = rollUp(c.id)
      const parts = c.id.split('/')
      const depth = kindOfPrefix(parts[0])?.rollUpDepth ?? 0
      expect(ids[0]).toBe(c.id)
      expect(ids.at(-1)).toBe(parts.slice(0, Math.min(depth, parts.length)).join('/'))
    }
    const order = '2006-05-12-fr-md-eo-13403-amendments-revocation.md'
    expect(rollUp(citation(order, 'eo/13381/6/b').id)).toEqual([
      'eo/13381/6/b',
      'eo/13381/6',
      'eo/13381'
    ])
    expect(rollUp(citation(order, 'act/federal-register-act/5/a').id)).toEqual([
      'act/federal-register-act/5/a',
      'act/federal-register-act/5'
    ])
    expect(rollUp('cfr/5/6.2')).toEqual(['cfr/5/6.2'])
  })

  it('spans a range where the order of its sections can be told', () => {
    const bearsEars = '2026-07-13-modifying-bears-ears.md'
    const eagle = citation(bearsEars, 'usc/16/668')
    expect(eagle.through).toBe('usc/16/668d')
    expect(citation(bearsEars, 'usc/16/668d').through).toBeUndefined()
    expect(spanned(eagle.id, eagle.through!)).toEqual(['usc/16/668a', 'usc/16/668b', 'usc/16/668c'])
    const fossils = citation(bearsEars, 'usc/16/470aaa')
    expect(fossils.through).toBe('usc/16/470aaa-11')
    expect(spanned(fossils.id, fossils.through!)).toHaveLength(10)
    expect(spanned('usc/16/470aa', 'usc/16/470mm').slice(0, 2)).toEqual([
      'usc/16/470bb',
      'usc/16/470cc'
    ])
    expect(spanned('usc/5/552a/b/1', 'usc/5/552a/b/4')).toEqual([
      'usc/5/552a/b/2',
      'usc/5/552a/b/3'
    ])
    // Roman numerals and ends of different provisions: no order told.
    expect(spanned('eo/14144/4/d/ii', 'eo/14144/4/d/iv')).toEqual([])
    expect(spanned('usc/16/668', 'usc/17/668d')).toEqual([])
  })

  it('knows no kind for a prefix outside the table', () => {
    expect(kindOfPrefix('constructor')).toBeUndefined()
    expect(kindOfPrefix('toString')).toBeUndefined()
    expect(linkFor('constructor/1')).toBeNull()
    expect(rollUp('xyz/1/2')).toEqual(['xyz/1/2', 'xyz/1'])
  })
})

describe('citation kinds: the JSON Schema agrees with the table', () => {
  const schema = JSON.parse(
    readFileSync(path.join(root, 'schema', 'document.schema.json'), 'utf8')
  ) as {definitions: {citation: {properties: {id: {pattern: string}; type: {enum: string[]}}}}}
  const {id, type} = schema.definitions.citation.properties

  it('lists the citation types of the table, in its order', () => {
    expect(type.enum).toEqual([...citationTypes])
  })

  it('allows the id prefixes of the table, in its order', () => {
    expect(id.pattern).toBe(`^(?:${idPrefixes.join('|')})/`)
    expect(Object.keys(citationKinds)).toEqual(idPrefixes)
  })
})

describe('citation expressions from named pieces', () => {
  it('spells the expression of its pieces, with their groups named', () => {
    const uscCitation = pattern(
      'g',
      group('title', String.raw`\d{1,2}`),
      String.raw`\s*U\.S\.C\.\s*`,
      optional(group('app', 'App\\.\\s*')),
      group('section', String.raw`\d+`),
      many(oneOf(', ', ' and '), String.raw`\d+`)
    )
    expect(uscCitation.source).toBe(
      String.raw`(?<title>\d{1,2})\s*U\.S\.C\.\s*(?:(?<app>App\.\s*))?(?<section>\d+)(?:(?:, | and )\d+)*`
    )
    expect(uscCitation.flags).toBe('g')
    const text = readFileSync(
      path.join(root, 'proclamations', '2021-02-01-aluminum-232-uae.md'),
      'utf8'
    )
    const m = search(uscCitation, text)
    expect(m?.[0]).toBe('19 U.S.C. 1862')
    expect(m?.groups).toEqual({title: '19', app: undefined, section: '1862'})
    const sticky = pattern('y', group('section', String.raw`\d+`))
    expect(readAt(sticky, text, (m?.index ?? 0) + 10)?.groups.section).toBe('1862')
    expect(readAt(sticky, text, m?.index ?? 0)?.groups.section).toBe('19')
  })

  it('keeps the trigger of every reader free of capturing groups, which route a match to its reader', () => {
    for (const reader of citationReaders) {
      const groups = new RegExp(`${reader.trigger}|`).exec('')?.length
      expect(groups, reader.name).toBe(1)
    }
  })
})
