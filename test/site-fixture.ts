/**
 * The site the site's tests read: the bundled documents and one hostile document (markup, event
 * handlers and `javascript:` links in its title, source URL and text), built into a corpus and
 * then a site in a temporary folder.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {buildCorpus} from '../src/corpus/build.js'
import {buildSite, type SiteOptions} from '../src/site/build.js'
import {corpusDir, tempDir} from './helpers.js'

export const hostileId = '2026-03-01-hostile'

/** Every way a document could try to run code or reach out, in its front matter and its text. */
export const hostileDocument = `---
title: "<script>alert('title')</script> Adjusting Imports <img src=x onerror=alert(1)>"
date: 2026-03-01
source_url: "javascript:alert('source')"
---

# <script>alert('heading')</script>

By the authority vested in me as President by the Constitution and the laws of the United States of America, including section 232 of the Trade Expansion Act of 1962, as amended (19 U.S.C. 1862), it is hereby ordered as follows:

Section 1. <img src=x onerror="alert('provision')"> The Secretary shall act under 19 U.S.C. 1862(c) <script>fetch('http://127.0.0.2/stolen')</script> and see [the rules](javascript:alert('link')).

Sec. 2. <a href="javascript:alert('anchor')" onclick="alert('click')">Click here</a> "><svg onload=alert('svg')> <iframe src="http://127.0.0.2/frame"></iframe> and 50 U.S.C. 1701.

DONALD J. TRUMP

THE WHITE HOUSE,
March 1, 2026.
`

export interface SiteFixture {
  corpus: string
  site: string
}

/** Build the corpus and the site (once per test file: call it in beforeAll). */
export async function buildSiteFixture(options: SiteOptions = {}): Promise<SiteFixture> {
  const dir = tempDir('site')
  const hostile = path.join(dir, 'hostile')
  mkdirSync(hostile)
  writeFileSync(path.join(hostile, `${hostileId}.md`), hostileDocument)
  const corpus = path.join(dir, 'corpus')
  await buildCorpus([corpusDir, hostile], {out: corpus, buildDate: '2026-11-28'})
  const site = path.join(dir, 'site')
  await buildSite(corpus, {...options, out: site})
  return {corpus, site}
}
