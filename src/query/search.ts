/**
 * Search a built corpus by citation (any form the extractor reads, or an id; subsections
 * included unless exact) or by full text, with filters; the same queries the CLI runs.
 */
import {getOrCreate} from '../util/get-or-create.js'
import {extractCitations} from '../cite/extract.js'
import type {Statement} from 'better-sqlite3'
import type {Corpus} from './corpus.js'

export interface SearchFilters {
  type?: string
  from?: string
  to?: string
  /** Substring of the signer's name, any case. */
  signer?: string
  /** Only documents in force on the build date. */
  inForce?: boolean
  limit?: number
}

export interface SearchHit {
  document: string
  date: string | null
  type: string
  title: string | null
  unit: string
  /** The id cited (for citation searches). */
  cites: string | null
  /** The sentence around the citation, or a snippet around the words found. */
  context: string
  line: number
  column: number
  /** The citation's authoritative link, or where the document was published. */
  link: string | null
}

/** Resolve what the user typed to a canonical id: an id, a citation, or a short form the corpus resolved. */
export function resolveQuery(corpus: Corpus, query: string): string | null {
  const trimmed = query.trim()
  if (/^[a-z]+\/\S+$/.test(trimmed)) return trimmed
  const found = extractCitations(trimmed)[0]
  if (found) return found.id
  // "section 232": how the corpus's documents resolved that short form, most often.
  const row = corpus.db
    .prepare(
      `select cites from citations where lower(resolved_from) = lower(?) group by cites order by count(*) desc limit 1`
    )
    .get(trimmed.replace(/\s*\(.*$/, '')) as {cites: string} | undefined
  return row ? row.cites.split('/').slice(0, 3).join('/') : null
}

function where(filters: SearchFilters, params: unknown[]): string {
  const clauses: string[] = []
  if (filters.type) {
    clauses.push('d.type = ?')
    params.push(filters.type)
  }
  if (filters.from) {
    clauses.push('coalesce(d.signed_date, d.date) >= ?')
    params.push(filters.from)
  }
  if (filters.to) {
    clauses.push('coalesce(d.signed_date, d.date) <= ?')
    params.push(filters.to)
  }
  if (filters.signer) {
    clauses.push('lower(d.signer) like ?')
    params.push(`%${filters.signer.toLowerCase()}%`)
  }
  if (filters.inForce) clauses.push(`coalesce(d.status, 'in force') = 'in force'`)
  clauses.push('d.duplicate_of is null')
  return clauses.map((c) => ` and ${c}`).join('')
}

/** The sentence of `text` holding `needle`. */
export function sentenceAround(text: string, needle: string): string {
  const at = Math.max(0, text.indexOf(needle))
  // A full stop after an initial or an abbreviation ("Joseph R. Biden Jr.", "U.S.C.") ends no sentence.
  const stops = [
    ...text.matchAll(/(?<!\b[A-Z]|\bJr|\bSr|\bNo|\bSec|\bU\.S|\bU\.S\.C)\.(?=\s|$)|\n/g)
  ].map((m) => m.index!)
  const start = stops.filter((i) => i < at).pop()
  const end = stops.find((i) => i >= at + needle.length)
  return text
    .slice(start === undefined ? 0 : start + 1, end === undefined ? text.length : end + 1)
    .trim()
}

type Row = Record<string, string | number | null>

/** A prepared statement per query text, kept with the corpus: preparing costs as much as a small query. */
const statementsOf = new WeakMap<Corpus, Map<string, Statement>>()

function prepared(corpus: Corpus, sql: string): Statement {
  const statements = getOrCreate(statementsOf, corpus, () => new Map<string, Statement>())
  return getOrCreate(statements, sql, (s) => corpus.db.prepare(s))
}

const limitClause = (options: SearchFilters): string =>
  options.limit ? ` limit ${Math.max(1, Math.floor(options.limit))}` : ''

/** Each row made a hit (`specific` gives what differs by kind of search). */
function hits(
  rows: Row[],
  specific: (r: Row) => Pick<SearchHit, 'cites' | 'context' | 'link'>
): SearchHit[] {
  return rows.map((r) => ({
    document: String(r.document),
    date: (r.signed_date ?? r.date) as string | null,
    type: String(r.type),
    title: r.title as string | null,
    unit: String(r.unit),
    line: Number(r.line),
    column: Number(r.col),
    ...specific(r)
  }))
}

export function searchCitations(
  corpus: Corpus,
  id: string,
  options: SearchFilters & {exact?: boolean} = {}
): SearchHit[] {
  const params: unknown[] = [id]
  // Rows are stored in the order hits are listed (date, document, place): read by rowid, no sort, stop at the limit.
  let sql = `select c.document, c.unit, c.cites, c.text, c.line, c.col, c.url, c.offset, d.date, d.signed_date, d.type, d.title, d.source_url
    from citations c join documents d on d.id = c.document
    where c.id = ?`
  if (options.exact) sql += ' and c.cites = c.id'
  sql += where(options, params)
  sql += ' order by c.rowid'
  const limit = options.limit ? Math.max(1, Math.floor(options.limit)) : Infinity
  const rows: Row[] = []
  // One place cited twice ("sections 1862(a) and (b)" under usc/19/1862) is one hit.
  const seen = new Set<string>()
  for (const row of prepared(corpus, sql).iterate(...params) as IterableIterator<Row>) {
    const place = `${row.document}\0${row.offset}`
    if (seen.has(place)) continue
    seen.add(place)
    rows.push(row)
    if (rows.length >= limit) break
  }
  const unitText = prepared(corpus, 'select text from units where document = ? and unit = ?')
  return hits(rows, (r) => {
    const text = (unitText.get(r.document, r.unit) as {text: string} | undefined)?.text
    return {
      cites: String(r.cites),
      context: text ? sentenceAround(text, String(r.text)) : String(r.text),
      link: (r.url ?? r.source_url) as string | null
    }
  })
}

/** Full-text search over findings, formulas and provisions (FTS5; words, phrases in quotes, AND/OR). */
export function searchText(
  corpus: Corpus,
  query: string,
  options: SearchFilters = {}
): SearchHit[] {
  // Plain words are a phrase; FTS5 syntax is passed through only when the user writes it.
  const match = /["()*:]|\b(?:AND|OR|NOT|NEAR)\b/.test(query)
    ? query
    : `"${query.replace(/"/g, '""')}"`
  const params: unknown[] = [match]
  // Units are stored in the order hits are listed: FTS5 hands them over by rowid, no sort.
  let sql = `select u.document, u.unit, u.line, u.col, snippet(units_fts, 0, '', '', '…', 24) as snip,
      d.date, d.signed_date, d.type, d.title, d.source_url
    from units_fts join units u on u.id = units_fts.rowid join documents d on d.id = u.document
    where units_fts match ?`
  sql += where(options, params)
  sql += ` order by units_fts.rowid${limitClause(options)}`
  return hits(prepared(corpus, sql).all(...params) as Row[], (r) => ({
    cites: null,
    context: String(r.snip),
    link: r.source_url as string | null
  }))
}
