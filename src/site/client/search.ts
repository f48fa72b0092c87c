/// <reference lib="dom" />
/**
 * The search page in the browser, with no server: a citation is read here (`ids.ts`), its
 * section's shard fetched (one small JSON file, cached), filtered and narrowed in place; words go
 * to Pagefind's index, fetched in fragments. Every piece of text is set as text, never as markup.
 */
// A type only: erased, so the browser's script loads nothing of the builder.
import type {ShardDocument} from '../search-data.js'
import {citedPath, nameKey, pageIdOf, readCitation, splitSubsections} from './ids.js'

interface Shard {
  id: string
  name: string
  page: string
  docs: ShardDocument[]
  rows: Array<[number, string, string, string[]]>
  sentences: Sentences[]
  /** The first row of each file of sentences. */
  chunks: number[]
}
/** A row's sentences, one for each id it cites exactly: before, citation, after. */
type Sentences = Array<[string, string, string]>
interface Filters {
  type: string
  president: string
  from: string
  to: string
  inForce: boolean
  narrow: string
}

/** Documents shown at first, and added by each "more". */
const pageSize = 20
/** Quiet time after typing before a search runs: the answer's time counts from the last key. */
const debounceMs = 30

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
const form = $<HTMLFormElement>('search')
const input = $<HTMLInputElement>('q')
const narrow = $<HTMLSelectElement>('narrow')
const statusLine = $<HTMLParagraphElement>('status')
const results = $<HTMLDivElement>('results')
const depths = JSON.parse(document.body.dataset.depths ?? '{}') as Record<string, number>
const root = new URL('.', document.baseURI)

/** An element with attributes and children; strings become text nodes. */
function el(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElement {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v)
  for (const child of children) node.append(child)
  return node
}

async function fetchJson<T>(file: string): Promise<T | null> {
  const response = await fetch(new URL(file, root))
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`${file}: ${response.status}`)
  return (await response.json()) as T
}

let names: Promise<Record<string, string>> | null = null
const shards = new Map<string, Promise<Shard | null>>()
const chunks = new Map<string, Promise<Sentences[]>>()

/** The id a query names: read in the typed forms, else looked up in the names the corpus prints. */
async function citationOf(query: string): Promise<string | null> {
  const typed = readCitation(query)
  if (typed) return [typed.id, ...typed.subsections].join('/')
  if (!/\d|^[A-Z]{3,}$/.test(query.trim())) return null
  names ??= fetchJson<Record<string, string>>('search/names.json').then((n) => n ?? {})
  const table = await names
  const {name, subsections} = splitSubsections(query)
  const id = table[nameKey(name)]
  return id ? [id, ...subsections].join('/') : null
}

function shardOf(pageId: string): Promise<Shard | null> {
  let shard = shards.get(pageId)
  if (!shard) {
    shard = fetchJson<Shard>(`search/${citedPath(pageId)}.json`)
    shards.set(pageId, shard)
  }
  return shard
}

async function sentencesOf(shard: Shard, row: number): Promise<Sentences> {
  let chunk = shard.chunks.length - 1
  while (chunk > 0 && shard.chunks[chunk]! > row) chunk--
  if (chunk === 0) return shard.sentences[row] ?? []
  const key = `${shard.id}.${chunk}`
  let list = chunks.get(key)
  if (!list) {
    list = fetchJson<Sentences[]>(`search/${citedPath(shard.id)}.${chunk}.json`).then(
      (l) => l ?? []
    )
    chunks.set(key, list)
  }
  return (await list)[row - shard.chunks[chunk]!] ?? []
}

function filters(): Filters {
  const value = (id: string) => ($<HTMLInputElement>(id).value ?? '').trim()
  return {
    type: value('type'),
    president: value('president'),
    from: value('from'),
    to: value('to'),
    inForce: $<HTMLInputElement>('in-force').checked,
    narrow: narrow.disabled ? '' : narrow.value
  }
}

function documentPasses(d: ShardDocument, f: Filters): boolean {
  const [, type, , date, president, standing] = d
  if (f.type && type !== f.type) return false
  if (f.president && president !== f.president) return false
  if (f.from && (!date || date < f.from)) return false
  if (f.to && (!date || date > f.to)) return false
  if (f.inForce && standing !== 'in force') return false
  return true
}

/** "1862(c)(3)" for usc/19/1862/c/3 under the page of 19 U.S.C. 1862. */
function subName(shard: Shard, id: string): string {
  const rest = id.split('/').slice(shard.id.split('/').length)
  if (rest.length === 0) return shard.name
  const designated = rest.map((p) => `(${p})`).join('')
  // An order's or proclamation's provision after a comma: "Proclamation 9705, (2)"; a section's subsection close up.
  return /^(?:eo|proc)\//.test(shard.id)
    ? `${shard.name}, ${designated}`
    : `${shard.name}${designated}`
}

/** The subsections cited, with counts, as the "narrow to" choices; the one asked for chosen. */
function fillNarrow(shard: Shard, wanted: string): void {
  const counts = new Map<string, number>()
  for (const [, , , exact] of shard.rows)
    for (const id of exact) {
      const parts = id.split('/')
      // Each level down from the page: 1862(c) and 1862(c)(3) are both choices.
      for (let n = shard.id.split('/').length + 1; n <= parts.length; n++) {
        const at = parts.slice(0, n).join('/')
        counts.set(at, (counts.get(at) ?? 0) + 1)
      }
    }
  if (wanted && !counts.has(wanted)) counts.set(wanted, 0)
  narrow.replaceChildren(el('option', {value: ''}, `all of ${shard.name}`))
  for (const id of [...counts.keys()].sort())
    narrow.append(el('option', {value: id}, `only ${subName(shard, id)} (${counts.get(id)})`))
  narrow.disabled = counts.size === 0
  narrow.value = wanted
  narrow.dataset.page = shard.id
}

let generation = 0
let shownDocuments = pageSize

async function showCitation(shard: Shard, started: number, run: number): Promise<void> {
  const f = filters()
  const matching = shard.rows
    .map((row, i) => ({row, i}))
    .filter(
      ({row}) =>
        documentPasses(shard.docs[row[0]]!, f) &&
        (!f.narrow || row[3].some((id) => id === f.narrow || id.startsWith(`${f.narrow}/`)))
    )
  const groups: Array<{doc: number; rows: typeof matching}> = []
  for (const m of matching) {
    const last = groups[groups.length - 1]
    if (last && last.doc === m.row[0]) last.rows.push(m)
    else groups.push({doc: m.row[0], rows: [m]})
  }
  const list = el('ol', {class: 'hits'})
  for (const group of groups.slice(0, shownDocuments)) {
    const [id, , , date, , standing, heading] = shard.docs[group.doc]!
    const page = new URL(`d/${id}.html`, root).href
    const items = el('ul')
    for (const {row, i} of group.rows) {
      const sentences = await sentencesOf(shard, i)
      if (run !== generation) return
      // The sentence of the subsection narrowed to, else of the first id cited.
      const which = f.narrow
        ? row[3].findIndex((id) => id === f.narrow || id.startsWith(`${f.narrow}/`))
        : 0
      const [before, cited, after] = sentences[Math.max(0, which)] ?? ['', '', '']
      items.append(
        el(
          'li',
          {},
          el('a', {href: `${page}#${row[2]}`}, row[1]),
          ` cites ${row[3].map((x) => subName(shard, x)).join(', ')}`,
          el('blockquote', {}, before, el('mark', {}, cited), after)
        )
      )
    }
    list.append(
      el(
        'li',
        {class: 'doc'},
        el('h2', {}, el('a', {href: page}, heading)),
        el(
          'p',
          {class: 'when'},
          `${date ?? 'undated'}${standing && standing !== 'in force' ? ` · ${standing}` : ''}`
        ),
        items
      )
    )
  }
  if (run !== generation) return
  const what = f.narrow ? subName(shard, f.narrow) : shard.name
  statusLine.replaceChildren(
    `${matching.length} provision${matching.length === 1 ? '' : 's'} in ${groups.length} document${groups.length === 1 ? '' : 's'} cite `,
    el('a', {href: new URL(shard.page, root).href}, what),
    groups.length > shownDocuments ? ` (newest ${shownDocuments} documents shown)` : ''
  )
  const more =
    groups.length > shownDocuments
      ? [el('button', {type: 'button', id: 'more'}, `Show ${pageSize} more documents`)]
      : []
  results.replaceChildren(list, ...more)
  more[0]?.addEventListener('click', () => {
    shownDocuments += pageSize
    void search(false)
  })
  done(started)
}

interface PagefindResult {
  data(): Promise<{
    url: string
    excerpt: string
    meta: Record<string, string>
    locations?: number[]
  }>
}

/**
 * The unit holding a word hit's first match, from the record's `units` (`[[anchor, name, first word], ...]`): its
 * anchor and name, or null when the record says none.
 */
function unitOfHit(
  units: string | undefined,
  locations: readonly number[] | undefined
): [string, string] | null {
  const first = locations?.[0]
  if (!units || first === undefined) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(units)
  } catch {
    return null
  }
  if (!Array.isArray(parsed)) return null
  let found: [string, string] | null = null
  for (const entry of parsed) {
    if (!Array.isArray(entry) || typeof entry[2] !== 'number' || entry[2] > first) break
    // Anchors the site makes are letters, digits and hyphens only: nothing else is put into a link.
    if (typeof entry[0] === 'string' && /^[a-z0-9-]+$/.test(entry[0]))
      found = [entry[0], String(entry[1])]
  }
  return found
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>
  search(
    q: string,
    o: Record<string, unknown>
  ): Promise<{results: PagefindResult[]; unfilteredResultCount: number}>
}
let pagefind: Promise<Pagefind> | null = null

/** Pagefind's excerpt with its <mark> kept and everything else as text. */
function excerpt(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html')
  const out: Node[] = []
  for (const node of parsed.body.firstChild?.childNodes ?? []) {
    const text = node.textContent ?? ''
    out.push(node.nodeName === 'MARK' ? el('mark', {}, text) : document.createTextNode(text))
  }
  return out
}

async function showWords(query: string, started: number, run: number): Promise<void> {
  const f = filters()
  pagefind ??= import(new URL('pagefind/pagefind.js', root).href).then(async (p: Pagefind) => {
    await p.options({baseUrl: '/'})
    return p
  })
  const engine = await pagefind
  const wanted: Record<string, string> = {}
  if (f.type) wanted.type = f.type
  if (f.president) wanted.president = f.president
  if (f.inForce) wanted.status = 'in force'
  const found = await engine.search(query, {filters: wanted, sort: {date: 'desc'}})
  const list = el('ol', {class: 'hits'})
  // Each result's data is a fragment of its own: those shown are fetched together (more when a date
  // range must be checked on them).
  const dated = Boolean(f.from || f.to)
  const wantedData = found.results.slice(0, dated ? 3 * shownDocuments : shownDocuments)
  const data = await Promise.all(wantedData.map((r) => r.data()))
  if (run !== generation) return
  let shown = 0
  for (const d of data) {
    if (shown >= shownDocuments) break
    const date = d.meta.date ?? ''
    if ((f.from && date < f.from) || (f.to && date > f.to)) continue
    shown++
    const href = new URL(d.url.replace(/^\//, ''), root).href
    // The provision holding the words, linked to its anchor on the page.
    const unit = unitOfHit(d.meta.units, d.locations)
    list.append(
      el(
        'li',
        {class: 'doc'},
        el('h2', {}, el('a', {href}, d.meta.title ?? d.url)),
        el('p', {class: 'when'}, date),
        ...(unit
          ? [
              el(
                'p',
                {class: 'unit'},
                'in ',
                el('a', {href: `${href}#${unit[0]}`, class: 'unit-link'}, unit[1])
              )
            ]
          : []),
        el('blockquote', {}, ...excerpt(d.excerpt))
      )
    )
  }
  if (run !== generation) return
  statusLine.replaceChildren(
    `${found.results.length} document${found.results.length === 1 ? ' holds' : 's hold'} ${query}${found.results.length > shown ? ` (${shown} shown)` : ''}`
  )
  results.replaceChildren(list)
  done(started)
}

function done(started: number): void {
  document.body.dataset.searchMs = (performance.now() - started).toFixed(1)
  document.body.dataset.searches = String(Number(document.body.dataset.searches ?? 0) + 1)
}

async function search(fresh: boolean, started = performance.now()): Promise<void> {
  const run = ++generation
  const query = input.value.trim()
  if (fresh) shownDocuments = pageSize
  const url = new URL(location.href)
  if (query) url.searchParams.set('q', query)
  else url.searchParams.delete('q')
  history.replaceState(null, '', url)
  if (!query) {
    statusLine.replaceChildren()
    results.replaceChildren()
    return
  }
  try {
    const id = await citationOf(query)
    if (run !== generation) return
    if (id) {
      const pageId = pageIdOf(id, depths)
      const shard = await shardOf(pageId)
      if (run !== generation) return
      if (!shard) {
        statusLine.replaceChildren(`No document of the corpus cites ${query}.`)
        results.replaceChildren()
        narrow.disabled = true
        done(started)
        return
      }
      if (fresh || narrow.dataset.page !== shard.id) fillNarrow(shard, id === pageId ? '' : id)
      await showCitation(shard, started, run)
      return
    }
    narrow.disabled = true
    narrow.dataset.page = ''
    await showWords(query, started, run)
  } catch (error) {
    if (run === generation) statusLine.replaceChildren(`Search failed: ${(error as Error).message}`)
  }
}

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  clearTimeout(timer)
  const typed = performance.now()
  // A citation in the forms read here is asked for at once, while the typing settles.
  const citation = readCitation(input.value)
  if (citation) void shardOf(pageIdOf(citation.id, depths)).catch(() => null)
  timer = setTimeout(() => void search(true, typed), debounceMs)
})
form.addEventListener('submit', (event) => {
  event.preventDefault()
  clearTimeout(timer)
  void search(true)
})
for (const id of ['type', 'president', 'from', 'to', 'in-force'])
  $(id).addEventListener('change', () => void search(false))
narrow.addEventListener('change', () => void search(false))

const initial = new URL(location.href).searchParams.get('q')
if (initial) {
  input.value = initial
  void search(true)
}
document.body.dataset.ready = 'true'
