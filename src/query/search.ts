/**
 * Search a built corpus by citation (any form the extractor reads, a document, an id, or a short
 * form the corpus resolved; subsections included unless exact) or by full text, with filters; the
 * same queries the CLI runs. A hit is a unit (finding, formula, provision), listed once with every
 * id it cites; results count every hit, whatever the limit.
 */
import type {Statement} from 'better-sqlite3'
import type {DocumentType} from '../document/types.js'
import {trailingDesignators} from '../util/designators.js'
import {getOrCreate} from '../util/get-or-create.js'
import type {Corpus} from './corpus.js'
import {QueryError, resolveReference} from './resolve.js'

export interface SearchFilters {
  type?: DocumentType
  /** Signed on or after this date, YYYY-MM-DD. */
  from?: string
  /** Signed on or before this date, YYYY-MM-DD. */
  to?: string
  /** Substring of the signer's name, any case. */
  signer?: string
  /** Only documents in force on the build date (the index's status; see `indexedStatus`). */
  inForce?: boolean
  /** At most this many hits (default: all). */
  limit?: number
}

/** One unit (finding, formula, provision) of a document that matches. */
export interface SearchHit {
  document: string
  /** The document's number, printed or inferred. */
  number: string | null
  date: string | null
  type: DocumentType
  title: string | null
  unit: string
  /** The ids cited in the unit that the search matched, each once (empty for text searches). */
  cites: string[]
  /** The sentences around the citations, or a snippet around the words found. */
  context: string
  line: number
  column: number
  /** The citation's authoritative link, or where the document was published. */
  link: string | null
}

export interface SearchResult {
  /** The hits, in date order, up to the limit. */
  hits: SearchHit[]
  /** How many hits there are without the limit. */
  total: number
}

/**
 * Resolve what the user typed to a canonical id: a document (file id, number, "EO 14148"), an id,
 * a citation, or a short form the corpus resolved ("section 232(b)": how its documents read
 * "section 232", with the subsection kept).
 */
export function resolveQuery(corpus: Corpus, query: string): string | null {
  const trimmed = query.trim()
  const reference = resolveReference(corpus, trimmed)
  if (reference) return reference.id
  const {name, designators} = trailingDesignators(trimmed)
  // "section 232": how the corpus's documents resolved that short form, most often.
  const row = corpus.db
    .prepare(
      `select cites from citations where lower(resolved_from) = lower(?) group by cites order by count(*) desc limit 1`
    )
    .get(name) as {cites: string} | undefined
  if (!row) return null
  return [...row.cites.split('/').slice(0, 3), ...designators].join('/')
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
  // A document without a number has a null status: nothing can name it, so it stands (`indexedStatus`).
  if (filters.inForce) clauses.push(`coalesce(d.status, 'in force') = 'in force'`)
  clauses.push('d.duplicate_of is null')
  return clauses.map((c) => ` and ${c}`).join('')
}

/** Words written with a full stop that ends no sentence: "Joseph R. Biden Jr.", "19 U.S.C. 1862", "76 Stat. 872". */
const abbreviations = [
  'Jr',
  'Sr',
  'No',
  'Nos',
  'Sec',
  'U.S',
  'U.S.C',
  'Stat',
  'Pub',
  'Proc',
  'Art',
  'Ch',
  'Pt',
  'Vol'
]

/** A full stop ending a sentence (not after an initial or an abbreviation), or a line break. */
const sentenceEnd = new RegExp(
  `(?<!\\b[A-Z]|${abbreviations.map((a) => `\\b${a.replace(/\./g, '\\.')}`).join('|')})\\.(?=\\s|$)|\\n`,
  'g'
)

/** The sentence of `text` holding the `length` characters at `at`. */
export function sentenceAt(text: string, at: number, length: number): string {
  const stops = [...text.matchAll(sentenceEnd)].map((m) => m.index!)
  const start = stops.filter((i) => i < at).pop()
  const end = stops.find((i) => i >= at + length)
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

/** What every hit takes from its document's row. */
function documentFields(
  r: Row
): Pick<SearchHit, 'document' | 'number' | 'date' | 'type' | 'title'> {
  return {
    document: String(r.document),
    number: r.number as string | null,
    date: (r.signed_date ?? r.date) as string | null,
    type: r.type as DocumentType,
    title: r.title as string | null
  }
}

/** The `nth` (from 0) place of `needle` in `text`, or -1. */
function nthIndex(text: string, needle: string, nth: number): number {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) break
  }
  return at
}

interface UnitRow {
  id: number
  text: string
  line: number
  col: number
}

/** A unit citing the id: its citations' rowids, in text order. */
interface UnitHit {
  document: string
  unit: string
  rowids: number[]
  /** The units table's row of the unit (null: none found). */
  unitId: number | null
}

export function searchCitations(
  corpus: Corpus,
  id: string,
  options: SearchFilters & {exact?: boolean} = {}
): SearchResult {
  const params: unknown[] = [id]
  // Rows are stored in the order hits are listed (date, document, place): read by rowid, no sort.
  // The places of the hits shown are read up to the limit, then those hits in full; SQLite counts them all.
  let matching = 'from citations c join documents d on d.id = c.document where c.id = ?'
  if (options.exact) matching += ' and c.cites = c.id'
  matching += where(options, params)
  const sql = `select c.rowid as rowid, c.document, c.unit, c.offset, c.unit_id ${matching} order by c.rowid`
  // A hit is a unit: a row of the units table (or, where none was found, a label of a document).
  const counted = `select count(distinct coalesce(c.unit_id, c.document || char(0) || c.unit)) ${matching}`
  const total = Number(
    prepared(corpus, counted)
      .pluck()
      .get(...params)
  )
  const limit = options.limit ? Math.max(1, Math.floor(options.limit)) : Number.POSITIVE_INFINITY
  // One hit per unit: a unit's citations are a run of rows (its text is one stretch of the document), and each
  // row names its unit's row (a label can repeat in a document: unlabelled provisions).
  const units: UnitHit[] = []
  const places = new Set<string>()
  for (const row of prepared(corpus, sql).iterate(...params) as IterableIterator<Row>) {
    // One place cited twice ("sections 1862(a) and (b)" under usc/19/1862) counts once.
    const place = `${row.document}\0${row.offset}`
    if (places.has(place)) continue
    places.add(place)
    const unitId = row.unit_id === null ? null : Number(row.unit_id)
    const last = units[units.length - 1]
    if (
      last &&
      last.document === row.document &&
      last.unit === row.unit &&
      last.unitId === unitId
    ) {
      last.rowids.push(Number(row.rowid))
      continue
    }
    if (units.length === limit) break
    units.push({
      document: String(row.document),
      unit: String(row.unit),
      unitId,
      rowids: [Number(row.rowid)]
    })
  }
  // The shown hits' rows and units, each read by one statement (a statement run costs more than its rows).
  const rowsOf = prepared(
    corpus,
    `select c.rowid as rowid, c.document, c.unit, c.cites, c.text, c.line, c.col, c.url,
      d.number, d.date, d.signed_date, d.type, d.title, d.source_url
    from citations c join documents d on d.id = c.document
    where c.rowid in (select value from json_each(?)) order by c.rowid`
  )
  const unitsOf = prepared(
    corpus,
    'select id, text, line, col from units where id in (select value from json_each(?))'
  )
  const rowById = new Map<number, Row>()
  for (const r of rowsOf.all(JSON.stringify(units.flatMap((u) => u.rowids))) as Row[])
    rowById.set(Number(r.rowid), r)
  const unitById = new Map<number, UnitRow>()
  const unitIds = units.flatMap((u) => (u.unitId === null ? [] : [u.unitId]))
  for (const u of unitsOf.all(JSON.stringify(unitIds)) as UnitRow[]) unitById.set(Number(u.id), u)
  const hits = units.map(({rowids, unitId}): SearchHit => {
    const rows = rowids.map((rowid) => rowById.get(rowid)!)
    const first = rows[0]!
    const unit = unitId === null ? undefined : unitById.get(unitId)
    // The sentence of each citation: the nth "section 232" of the unit is the nth place it is printed.
    const sentences = new Set<string>()
    const seenText = new Map<string, number>()
    for (const r of rows) {
      const text = String(r.text)
      const nth = seenText.get(text) ?? 0
      seenText.set(text, nth + 1)
      const place = unit ? nthIndex(unit.text, text, nth) : -1
      sentences.add(unit && place !== -1 ? sentenceAt(unit.text, place, text.length) : text)
    }
    return {
      ...documentFields(first),
      unit: String(first.unit),
      cites: [...new Set(rows.map((r) => String(r.cites)))],
      context: [...sentences].join(' … '),
      line: Number(unit?.line ?? first.line),
      column: Number(unit?.col ?? first.col),
      link: (first.url ?? first.source_url) as string | null
    }
  })
  return {hits, total}
}

/**
 * Bounds on what one full-text query may cost: FTS5 reads one list of places per term, and a prefix
 * (`s*`) the lists of every word it begins.
 */
export const ftsLimits = {
  /** Characters of a query. */
  maxLength: 1000,
  /** Words, phrases and prefixes in a query. */
  maxTerms: 32,
  /** Letters or digits before a prefix's `*` (with `--fts`). */
  minPrefix: 3
} as const

/** Options of a text search: the filters, and how the query is read. */
export interface TextSearchOptions extends SearchFilters {
  /**
   * Read the query as FTS5's own syntax (AND, OR, NOT, NEAR(...), prefix*, ^first) instead of words and
   * "phrases" (default false). A syntax error is a `QueryError` saying so.
   */
  fts?: boolean
}

function tooLong(query: string): void {
  if (query.length > ftsLimits.maxLength)
    throw new QueryError(
      `the query has ${query.length} characters; at most ${ftsLimits.maxLength} are searched`
    )
}

function tooMany(terms: number): void {
  if (terms > ftsLimits.maxTerms)
    throw new QueryError(
      `the query has ${terms} terms; at most ${ftsLimits.maxTerms} are searched at once`
    )
}

/**
 * A query in FTS5's syntax, within bounds: no more terms than `ftsLimits.maxTerms`, no prefix shorter
 * than `ftsLimits.minPrefix` (`s*` would read the lists of every word beginning with s).
 */
export function checkFtsSyntax(query: string): string {
  tooLong(query)
  const operators = new Set(['AND', 'OR', 'NOT', 'NEAR'])
  const terms = [...query.matchAll(/"[^"]*"?|[^\s()"{}:,^+]+\*?/g)]
    .map((m) => m[0])
    .filter((t) => !operators.has(t) && !/^\d+$/.test(t))
  tooMany(terms.length)
  for (const t of terms) {
    if (!t.endsWith('*')) continue
    const stem = t.slice(0, -1).replace(/^"|"$/g, '')
    if ((stem.match(/[\p{L}\p{N}]/gu) ?? []).length < ftsLimits.minPrefix)
      throw new QueryError(
        `the prefix \`${t}\` is too short: give at least ${ftsLimits.minPrefix} letters before the *`
      )
  }
  return query
}

/**
 * The user's words as an FTS5 query: each word, and each "quoted phrase", a phrase of its own
 * (all must occur); `OR` between two of them is kept. Nothing else of FTS5's syntax is read, so
 * no input is an FTS5 syntax error. Null when no word is left.
 */
export function ftsQuery(words: string): string | null {
  tooLong(words)
  const terms: string[] = []
  for (const [, phrase, word] of words.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    if (word === 'OR') {
      if (terms.length > 0 && terms[terms.length - 1] !== 'OR') terms.push('OR')
      continue
    }
    const text = (phrase ?? word ?? '').trim()
    // A term of punctuation alone has no token to match.
    if (/[\p{L}\p{N}]/u.test(text)) terms.push(`"${text}"`)
  }
  while (terms[terms.length - 1] === 'OR') terms.pop()
  tooMany(terms.filter((t) => t !== 'OR').length)
  return terms.length > 0 ? terms.join(' ') : null
}

/** Full-text search over findings, formulas and provisions (FTS5, stemmed: every word, or "a phrase"; a OR b). */
export function searchText(
  corpus: Corpus,
  query: string,
  options: TextSearchOptions = {}
): SearchResult {
  const match = options.fts ? checkFtsSyntax(query) : ftsQuery(query)
  if (!match) throw new QueryError(`\`${query}\` has no word to search for`)
  try {
    return textHits(corpus, match, options)
  } catch (error) {
    // FTS5's own refusal of a query (only with --fts: words are never syntax).
    if ((error as {code?: string}).code?.startsWith('SQLITE_'))
      throw new QueryError(
        `\`${query}\` is not an FTS5 query (${(error as Error).message}); without --fts the words are searched as written`
      )
    throw error
  }
}

function textHits(corpus: Corpus, match: string, options: SearchFilters): SearchResult {
  const params: unknown[] = [match]
  const from = `from units_fts join units u on u.id = units_fts.rowid join documents d on d.id = u.document
    where units_fts match ?${where(options, params)}`
  const {total} = prepared(corpus, `select count(*) as total ${from}`).get(...params) as {
    total: number
  }
  // Units are stored in the order hits are listed: FTS5 hands them over by rowid, no sort.
  const sql = `select u.document, u.unit, u.line, u.col, snippet(units_fts, 0, '', '', '…', 24) as snip,
      d.number, d.date, d.signed_date, d.type, d.title, d.source_url
    ${from} order by units_fts.rowid${limitClause(options)}`
  const hits = (prepared(corpus, sql).all(...params) as Row[]).map(
    (r): SearchHit => ({
      ...documentFields(r),
      unit: String(r.unit),
      cites: [],
      context: String(r.snip),
      line: Number(r.line),
      column: Number(r.col),
      link: r.source_url as string | null
    })
  )
  return {hits, total}
}
