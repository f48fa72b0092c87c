/**
 * `proclaim site` and `proclaim serve` without a browser: the pages a real corpus gives (anchors,
 * citation links, statuses linked both ways, the chain of actions), the hostile document rendered
 * inert, the search shards, the folder swapped whole, and the server kept inside its folder.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {request} from 'node:http'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {buildSite, SiteError} from '../src/site/build.js'
import {readCitation} from '../src/site/client/ids.js'
import {idName} from '../src/site/names.js'
import {unitStarts} from '../src/site/render.js'
import {documentUnits} from '../src/site/units.js'
import {unitAnchor} from '../src/site/paths.js'
import {fileFor, serveSite} from '../src/site/serve.js'
import {parseCorpusFile, root, tempDir} from './helpers.js'
import {buildSiteFixture, hostileId, type SiteFixture} from './site-fixture.js'

let fixture: SiteFixture
const read = (file: string): string => readFileSync(path.join(fixture.site, file), 'utf8')

beforeAll(async () => {
  fixture = await buildSiteFixture({words: false})
}, 120_000)

describe('typed citations', () => {
  it.each([
    ['19 U.S.C. 1862', 'usc/19/1862', []],
    ['19 USC § 1862(c)(3)', 'usc/19/1862', ['c', '3']],
    ['50 USC 1701', 'usc/50/1701', []],
    ['50 U.S.C. 1701 et seq.', 'usc/50/1701', []],
    ['section 301 of title 3, United States Code', 'usc/3/301', []],
    ['15 CFR part 705', 'cfr/15/705', []],
    ['Pub. L. 115-232', 'pl/115/232', []],
    ['90 FR 9115', 'fr/90/9115', []],
    ['Proclamation 9705', 'proc/9705', []],
    ['EO 14148', 'eo/14148', []],
    ['Executive Order No. 13771', 'eo/13771', []],
    ['clause 2 of Proclamation 9705', 'proc/9705', ['2']],
    ['section 3(b) of Executive Order 14257', 'eo/14257', ['3', 'b']],
    ['usc/19/1862/c', 'usc/19/1862/c', []]
  ])('%s -> %s %j', (typed, id, subsections) => {
    expect(readCitation(typed)).toEqual({id, subsections})
  })

  it('leaves words, and the forms only the corpus names, to the names table', () => {
    expect(readCitation('price floors')).toBeNull()
    expect(readCitation('section 232')).toBeNull()
    const names = JSON.parse(read('search/names.json')) as Record<string, string>
    expect(names['section 232']).toBe('usc/19/1862')
    expect(names['section 232 of trade expansion act of 1962']).toBe('usc/19/1862')
  })

  it('names ids as lawyers print them', () => {
    expect(idName('usc/19/1862/c/3/A/i')).toBe('19 U.S.C. 1862(c)(3)(A)(i)')
    expect(idName('proc/9705/2')).toBe('clause 2 of Proclamation 9705')
    expect(idName('eo/14257/3/b')).toBe('section 3(b) of Executive Order 14257')
    expect(unitAnchor('Sec. 2(a)')).toBe('p-2-a')
    expect(unitAnchor('(2)')).toBe('p-2')
    expect(unitAnchor('finding 3')).toBe('f-3')
  })
})

describe('document pages', () => {
  it('lay the critical-minerals proclamation out with anchors, and link each citation to its page and its source', () => {
    const html = read('d/2026-01-14-critical-minerals-232.html')
    for (const id of ['f-1', 'formula', 'p-1', 'p-2', 'p-4']) expect(html).toContain(`id="${id}"`)
    expect(html).toContain('href="../c/usc/19/1862.html"')
    expect(html).toContain('href="https://www.govinfo.gov/link/uscode/19/1862"')
    expect(html).toContain(
      'href="https://www.whitehouse.gov/presidential-actions/2026/01/adjusting-imports-of-processed-critical-minerals-and-their-derivative-products-into-the-united-states/"'
    )
    expect(html).toMatch(/<dt>Signed<\/dt><dd>January 14, 2026/)
  })

  it('say who revoked an order, with a link to the provision that did', () => {
    const html = read('d/2017-01-30-govinfo-eo-13771-reducing-regulation.html')
    expect(html).toContain(
      '<dt>Status</dt><dd>revoked by <a href="2021-01-20-biden-revocation-regulatory-eos.html#p-2">Executive Order 13992, Sec. 2</a> on January 20, 2021'
    )
    expect(read('d/2021-01-20-biden-revocation-regulatory-eos.html')).toContain(
      '<section class="provision" id="p-2">'
    )
  })

  it('say at the amending provision what it amends, linked to the amended instrument', () => {
    const html = read('d/2021-12-27-steel-232-eu-trq.html')
    const at = html.indexOf('id="p-2"')
    expect(at).toBeGreaterThan(-1)
    expect(html.slice(at)).toMatch(
      /<li class="acts" data-action="amend">amends <a href="..\/c\/proc\/9705.html">clause 2 of Proclamation 9705<\/a>/
    )
  })

  it('render the hostile document inert: no script, no handler, no javascript: link', () => {
    const html = read(`d/${hostileId}.html`)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<(?:img|svg|iframe)\b/i)
    expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i)
    expect(html).not.toMatch(/(?:href|src)\s*=\s*"?\s*javascript:/i)
    // The text is there, as text.
    expect(html).toContain('&#x3C;script>alert(')
    // And its citations are still links.
    expect(html).toContain('href="../c/usc/50/1701.html"')
    expect(html).toContain(
      'href="../c/usc/19/1862.html" title="19 U.S.C. 1862(c): documents citing it"'
    )
    // Pages that list it print its title as text; the search data holds it as a string the browser sets as text.
    for (const file of ['documents.html', 'c/usc/19/1862.html', 'c/usc/50/1701.html']) {
      const text = read(file)
      expect(text, file).not.toMatch(/<script>alert/)
      expect(text, file).not.toMatch(/javascript:alert\('source'\)/)
    }
  })
})

describe('statute and instrument pages', () => {
  it("give Proclamation 9705's chain of amendments in date order, each linked to its provision", () => {
    const html = read('c/proc/9705.html')
    const dates = [...html.matchAll(/<time datetime="([\d-]+)">/g)].map((m) => m[1]!)
    expect(dates.length).toBeGreaterThan(10)
    expect([...dates].sort()).toEqual(dates)
    expect(html).toContain(
      '<a href="../../d/2021-12-27-steel-232-eu-trq.html#p-2">Proclamation 10328, (2)</a>'
    )
    expect(html).toMatch(/<td>amended<\/td><td><a href="[^"]+">clause 2 of Proclamation 9705<\/a>/)
  })

  it("show Proclamation 9705's text on each date its consolidation knows, the latest open", () => {
    const html = read('c/proc/9705.html')
    const section = html.slice(html.indexOf('<section aria-labelledby="text-on-date">'))
    expect(section).toMatch(
      /^<section aria-labelledby="text-on-date"><h2 id="text-on-date">Text on date<\/h2>/
    )
    const summaries = [...section.matchAll(/<summary>From ([^<]+)<\/summary>/g)].map((m) => m[1]!)
    expect(summaries[0]).toBe('February 10, 2025 (the latest): the provisions known')
    expect(summaries.length).toBeGreaterThan(3)
    expect(section).toMatch(/^[\s\S]*?<details open><summary>From February 10, 2025/)
    // The clause as the 2025 proclamation gave it whole, linked to the document that made it.
    expect(section).toContain('href="../../d/2025-02-10-steel-232-restoring-25pct.html"')
    expect(section).toContain(
      'shall be subject to an additional 25 percent ad valorem rate of duty'
    )
    // An instrument whose words no operation changed has no such section.
    expect(read('c/usc/19/1862.html')).not.toContain('text-on-date')
  })

  it('chart the documents citing 19 U.S.C. 1862 over time and list the citing provisions, newest first', () => {
    const html = read('c/usc/19/1862.html')
    expect(html).toMatch(
      /<svg[^>]+role="img"[^>]+aria-label="\d+ citing documents of 19 U.S.C. 1862, \d{4} to 2026"/
    )
    expect(html).toContain('href="../../../d/2026-01-14-critical-minerals-232.html#p-1"')
    const dates = [...html.matchAll(/<p class="when">([^<]+)<\/p>/g)].map((m) => Date.parse(m[1]!))
    expect(dates.length).toBeGreaterThan(10)
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
  })
})

describe('search data', () => {
  it('shards the citation index by section: one file for 19 U.S.C. 1862 with every citing unit and its exact ids', () => {
    const shard = JSON.parse(read('search/c/usc/19/1862.json')) as {
      docs: string[][]
      rows: Array<[number, string, string, string[]]>
      sentences: string[][][]
    }
    const minerals = shard.docs.findIndex((d) => d[0] === '2026-01-14-critical-minerals-232')
    expect(minerals).toBeGreaterThan(-1)
    expect(shard.rows).toContainEqual([minerals, '(1)', 'p-1', ['usc/19/1862/c/3/A/i']])
    expect(shard.sentences[0]![0]![1]!.length).toBeGreaterThan(0)
  })
})

describe('the site folder', () => {
  it('is replaced whole, and a folder holding something else is refused', async () => {
    const out = path.join(tempDir('site-out'), 'site')
    await buildSite(fixture.corpus, {out, words: false})
    writeFileSync(path.join(out, 'stale.html'), 'old')
    await buildSite(fixture.corpus, {out, words: false})
    expect(existsSync(path.join(out, 'stale.html'))).toBe(false)
    expect(readdirSync(path.dirname(out))).toEqual(['site'])
    const other = tempDir('site-other')
    writeFileSync(path.join(other, 'notes.txt'), 'mine')
    await expect(buildSite(fixture.corpus, {out: other, words: false})).rejects.toThrow(SiteError)
    expect(readdirSync(other)).toEqual(['notes.txt'])
  })

  it('says plainly when there is no corpus or no site', async () => {
    const io = () => {
      const out: string[] = []
      const err: string[] = []
      return {
        out,
        err,
        io: {out: (l: string) => out.push(l), err: (l: string) => err.push(l), color: false}
      }
    }
    const a = io()
    const missing = path.join(tempDir('site-none'), 'nothing')
    expect(await main(['site', missing, '--out', path.join(missing, 'site')], a.io)).toBe(2)
    expect(a.err[0]).toMatch(/^proclaim site: no corpus at .*: run `proclaim build --out/)
    const b = io()
    expect(await main(['serve', missing], b.io)).toBe(2)
    expect(b.err[0]).toMatch(/^proclaim serve: no site at /)
  })
})

describe('the site made on worker threads', () => {
  it('is the same, file for file, as the site made in one thread', () => {
    // The compiled command (npm test builds it) makes the document pages on workers.
    const cli = path.join(root, 'dist', 'src', 'cli', 'main.js')
    if (!existsSync(cli)) return
    const out = path.join(tempDir('site-workers'), 'site')
    const run = spawnSync(
      process.execPath,
      [cli, 'site', fixture.corpus, '--out', out, '--no-words'],
      {
        encoding: 'utf8'
      }
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const listing = (dir: string) =>
      readdirSync(dir, {recursive: true, withFileTypes: true})
        .filter((e) => e.isFile() && !path.relative(dir, e.parentPath).startsWith('pagefind'))
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort()
    const files = listing(fixture.site)
    expect(listing(out)).toEqual(files)
    for (const file of files)
      expect(readFileSync(path.join(out, file), 'utf8'), file).toBe(
        readFileSync(path.join(fixture.site, file), 'utf8')
      )
  })
})

describe('proclaim serve', () => {
  it('maps paths to files inside the site only', () => {
    const root = fixture.site
    expect(fileFor(root, '/')).toBe(path.join(root, 'index.html'))
    expect(fileFor(root, '/d/2026-01-14-critical-minerals-232.html?x=1')).toBe(
      path.join(root, 'd', '2026-01-14-critical-minerals-232.html')
    )
    for (const bad of [
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/d/..%2f..%2f..%2fx',
      '/%00',
      '/..\\x'
    ])
      expect(fileFor(root, bad), bad).toBeNull()
  })

  it('serves the site on loopback, compressed, and nothing outside it', async () => {
    const outside = path.join(path.dirname(fixture.site), 'secret.txt')
    writeFileSync(outside, 'secret')
    mkdirSync(path.join(path.dirname(fixture.site), 'x'), {recursive: true})
    const {server, url} = await serveSite(fixture.site, {port: 0})
    try {
      const get = (p: string, method = 'GET', headers: Record<string, string> = {}) =>
        new Promise<{status: number; headers: Record<string, unknown>; body: string}>(
          (resolve, reject) => {
            const req = request(`${url.replace(/\/$/, '')}${p}`, {method, headers}, (res) => {
              let body = ''
              res.on('data', (c) => {
                body += c
              })
              res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body}))
            })
            req.on('error', reject)
            req.end()
          }
        )
      const home = await get('/')
      expect(home.status).toBe(200)
      expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(home.body).toContain('<label for="q">Citation or words</label>')
      expect(
        (await get('/search/names.json', 'GET', {'accept-encoding': 'gzip'})).headers[
          'content-encoding'
        ]
      ).toBe('gzip')
      expect((await get('/../secret.txt')).status).toBe(404)
      expect((await get('/%2e%2e/secret.txt')).status).toBe(404)
      expect((await get('/', 'POST')).status).toBe(405)
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    } finally {
      server.close()
    }
    await expect(serveSite(fixture.site, {host: '0.0.0.0', port: 0})).rejects.toThrow(/loopback/)
  })
})

describe('where a word hit falls', () => {
  it("gives each unit the index of its first word in the word record's content", async () => {
    const doc = await parseCorpusFile('2026-01-14-critical-minerals-232.md')
    const {units} = documentUnits(doc)
    const title = doc.title ?? ''
    const texts = units.map((u) => u.text)
    const words = [title, ...texts].join('\n\n').split(/\s+/).filter(Boolean)
    const starts = JSON.parse(unitStarts(texts, units, title)) as Array<[string, string, number]>
    expect(starts).toHaveLength(units.length)
    for (const [i, [anchor, name, start]] of starts.entries()) {
      expect([anchor, name]).toEqual([units[i]!.anchor, units[i]!.unit])
      const first = texts[i]!.split(/\s+/).filter(Boolean)[0]
      if (first) expect(words[start]).toBe(first)
    }
  })
})
