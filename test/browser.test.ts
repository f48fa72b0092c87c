/**
 * The site in a real browser: Debian's chromium driven by playwright-core (never a browser
 * download), over `proclaim serve`. A lawyer's paths through it (search by citation, narrow to a
 * subsection, follow a citation, see who revoked an order, read an amendment chain), the hostile
 * document inert, axe-core's serious and critical findings none, and screenshots of each kind of
 * page in test/screenshots/ to look at. Skipped, saying so, only where no chromium is installed.
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import type {Server} from 'node:http'
import path from 'node:path'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveSite} from '../src/site/serve.js'
import {root} from './helpers.js'
import {buildSiteFixture, hostileId} from './site-fixture.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveChromium = existsSync(executablePath)
if (!haveChromium)
  console.warn(
    `browser tests skipped: no chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH)`
  )

const screenshots = path.join(root, 'test', 'screenshots')
const axeSource = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

let browser: Browser
let server: Server
let base: string

beforeAll(async () => {
  if (!haveChromium) return
  const {site} = await buildSiteFixture()
  ;({server, url: base} = await serveSite(site, {port: 0}))
  browser = await chromium.launch({executablePath, args: ['--no-sandbox']})
  mkdirSync(screenshots, {recursive: true})
}, 180_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
})

/** A new page; every request it makes and every dialog it opens is recorded. */
async function open(
  url: string,
  options: {javaScript?: boolean; width?: number} = {}
): Promise<{page: Page; requests: string[]; dialogs: string[]}> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: {width: options.width ?? 1000, height: 1300}
  })
  const page = await context.newPage()
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.goto(new URL(url, base).href)
  return {page, requests, dialogs}
}

/** Type a query as a person does, and wait for its answer. */
async function search(page: Page, query: string): Promise<void> {
  await page.waitForSelector('body[data-ready]')
  const before = await page.evaluate(() => Number(document.body.dataset.searches ?? 0))
  await page.fill('#q', query)
  await page.waitForFunction((n) => Number(document.body.dataset.searches ?? 0) > n, before)
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({content: axeSource})
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{violations: Array<{id: string; impact: string; nodes: unknown[]}>}>
        }
      }
    ).axe
    return (await axe.run()).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length
    }))
  })
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`)
}

describe.skipIf(!haveChromium)('the site in chromium', () => {
  it('finds the critical-minerals proclamation by "19 U.S.C. 1862", then narrows to a subsection', async () => {
    const {page} = await open('index.html')
    await search(page, '19 U.S.C. 1862')
    const minerals = page.locator('#results a', {
      hasText: 'Adjusting Imports of Processed Critical Minerals'
    })
    await expect(minerals.count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('#status').textContent()).resolves.toMatch(
      /^\d+ provisions in \d+ documents cite 19 U\.S\.C\. 1862/
    )
    // Marked in its sentence.
    await expect(page.locator('#results mark').first().textContent()).resolves.toMatch(/1862|232/)
    await page.screenshot({path: path.join(screenshots, 'search.png')})
    const all = Number((await page.locator('#status').textContent())!.match(/^\d+/)![0])
    const before = Number(await page.evaluate(() => document.body.dataset.searches))
    await page.selectOption('#narrow', 'usc/19/1862/c')
    await page.waitForFunction((n) => Number(document.body.dataset.searches) > n, before)
    const status = (await page.locator('#status').textContent())!
    expect(status).toMatch(/cite 19 U\.S\.C\. 1862\(c\)/)
    expect(Number(status.match(/^\d+/)![0])).toBeLessThan(all)
    for (const cites of await page.locator('#results li li').allTextContents())
      expect(cites).toMatch(/1862\(c\)/)
    // Each with the sentence citing the subsection, marked.
    for (const mark of await page.locator('#results mark').allTextContents())
      expect(mark).toMatch(/\(c\)/)
    await page.screenshot({path: path.join(screenshots, 'search-narrowed.png')})
    // A subsection typed is narrowed to at once; a short form is read as the corpus reads it.
    await search(page, 'section 232(c)')
    await expect(page.locator('#narrow').inputValue()).resolves.toBe('usc/19/1862/c')
    await page.context().close()
  })

  it('finds words, a phrase in quotes', async () => {
    const {page} = await open('index.html')
    await search(page, '"price floors"')
    await expect(
      page.locator('#results a', {hasText: 'Processed Critical Minerals'}).count()
    ).resolves.toBeGreaterThan(0)
    await expect(page.locator('#results mark').first().textContent()).resolves.toMatch(
      /price|floors/i
    )
    // The hit links to the provision holding the words, not only to the document.
    const unit = page
      .locator('#results li.doc', {hasText: 'Processed Critical Minerals'})
      .locator('a.unit-link')
      .first()
    await page.screenshot({path: path.join(screenshots, 'search-words.png')})
    const href = await unit.getAttribute('href')
    expect(href).toMatch(/\/d\/2026-01-14-critical-minerals-232\.html#[a-z0-9-]+$/)
    await unit.click()
    await page.waitForURL(/#[a-z0-9-]+$/)
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1))
    await expect(page.locator(`[id="${anchor}"]`).textContent()).resolves.toMatch(/price floors/i)
    await page.context().close()
  })

  it("follows a citation from the proclamation's text to the statute's page", async () => {
    const {page} = await open('d/2026-01-14-critical-minerals-232.html')
    await page.screenshot({path: path.join(screenshots, 'document.png')})
    await page.locator('#p-1 a.cite').first().click()
    await page.waitForURL(/\/c\/usc\/19\/1862\.html$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('19 U.S.C. 1862')
    await expect(page.locator('svg.chart').count()).resolves.toBe(1)
    await expect(
      page.locator('ol.citing a', {hasText: 'Processed Critical Minerals'}).count()
    ).resolves.toBeGreaterThan(0)
    await page.screenshot({path: path.join(screenshots, 'statute.png')})
    await page.context().close()
  })

  it('shows who revoked an executive order, and the link leads to the revoking provision', async () => {
    const {page} = await open('d/2017-01-30-govinfo-eo-13771-reducing-regulation.html')
    const status = page.locator('dl.meta dt:text-is("Status") + dd')
    await expect(status.textContent()).resolves.toMatch(
      /^revoked by Executive Order 13992, Sec\. 2 on January 20, 2021/
    )
    await status.locator('a').click()
    await page.waitForURL(/2021-01-20-biden-revocation-regulatory-eos\.html#p-2$/)
    await expect(page.locator('#p-2').textContent()).resolves.toMatch(/13771.*revoked/s)
    // And back: the revoking provision says what it revokes.
    await expect(
      page.locator('#p-2 li.acts', {hasText: 'revokes Executive Order 13771'}).count()
    ).resolves.toBe(1)
    await page.context().close()
  })

  it("shows Proclamation 9705's amendment chain in date order", async () => {
    const {page} = await open('c/proc/9705.html')
    const rows = page.locator('table.chain tbody tr')
    await expect(rows.count()).resolves.toBeGreaterThan(10)
    const dates = await page
      .locator('table.chain tbody time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))
    expect([...dates].sort()).toEqual(dates)
    const first = await rows.first().textContent()
    expect(first).toMatch(/amended.*clause 2 of Proclamation 9705.*Proclamation 10328/s)
    await page.screenshot({path: path.join(screenshots, 'instrument.png')})
    await rows.first().locator('a', {hasText: 'Proclamation 10328'}).click()
    await page.waitForURL(/2021-12-27-steel-232-eu-trq\.html#p-2$/)
    await page.context().close()
  })

  it('keeps the hostile document inert: no dialog, no script run, no request beyond its own page and stylesheet', async () => {
    const {page, requests, dialogs} = await open(`d/${hostileId}.html`)
    await page.waitForLoadState('networkidle')
    expect(dialogs).toEqual([])
    const own = new URL(base).origin
    expect(requests.filter((r) => !r.startsWith(own))).toEqual([])
    expect(requests.map((r) => new URL(r).pathname).sort()).toEqual(
      ['/assets/site.css', `/d/${hostileId}.html`].sort()
    )
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script, iframe, img, svg, object, embed').length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)
      ),
      links: [...document.querySelectorAll('[href], [src]')]
        .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '')
        .filter((h) => /^\s*(?:javascript|data|vbscript):/i.test(h))
    }))
    expect(dom).toEqual({scripts: 0, handlers: [], links: []})
    await expect(page.locator('h1').textContent()).resolves.toContain(
      "<script>alert('title')</script>"
    )
    await page.screenshot({path: path.join(screenshots, 'hostile.png')})
    // Found by a word search, it is shown as text there too.
    const searchPage = await page.context().newPage()
    const seen: string[] = []
    searchPage.on('dialog', (d) => {
      seen.push(d.message())
      void d.dismiss()
    })
    await searchPage.goto(new URL('index.html', base).href)
    await search(searchPage, 'stolen')
    await expect(searchPage.locator('#results h2').first().textContent()).resolves.toContain(
      '<script>'
    )
    expect(seen).toEqual([])
    await page.context().close()
  })

  it('reads without JavaScript, and says that search needs it', async () => {
    const {page} = await open('d/2026-01-14-critical-minerals-232.html', {javaScript: false})
    await expect(page.locator('#p-1').textContent()).resolves.toMatch(/price floors/)
    await page.goto(new URL('index.html', base).href)
    await expect(page.locator('noscript').count()).resolves.toBe(1)
    await expect(page.locator('p.notice').isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('fits a phone', async () => {
    const {page} = await open('d/2026-01-14-critical-minerals-232.html', {width: 390})
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({path: path.join(screenshots, 'document-phone.png')})
    await page.context().close()
  })

  it('has no serious or critical accessibility violations (axe-core) on each kind of page', async () => {
    const pages = [
      'index.html?q=19%20U.S.C.%201862',
      'd/2026-01-14-critical-minerals-232.html',
      'd/2017-01-30-govinfo-eo-13771-reducing-regulation.html',
      'c/usc/19/1862.html',
      'c/proc/9705.html',
      'documents.html',
      'statutes.html'
    ]
    for (const url of pages) {
      const {page} = await open(url)
      if (url.startsWith('index')) await page.waitForSelector('body[data-searches]')
      expect(await seriousViolations(page), url).toEqual([])
      await page.context().close()
    }
  })
})
