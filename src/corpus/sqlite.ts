/**
 * corpus.sqlite: the built corpus in an embedded database, so queries need no full JSON
 * load: documents, citing units (rolled up, with the exact id cited), provision text under
 * FTS5, and the supersession edges. The JSON stays the interchange format.
 *
 * Written in two steps: the rows (from the build's data, in this thread), then the full-text
 * index and the indexes (from the rows alone, most of the time), which a build runs on a
 * worker thread while it writes the JSON.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {getOrCreate} from '../util/get-or-create.js'
import Database from 'better-sqlite3'
import type {Edge} from '../supersede/graph.js'
import type {CitingUnit, IndexRow} from './build.js'
import type {DocumentSummary} from './summary.js'

export const schemaSql = `
create table documents (
  id text primary key, file text, type text, number text, number_source text, title text, date text,
  signed_date text, signer text, source_url text, status text, duplicate_of text
);
create table units (
  id integer primary key, document text not null, unit text not null, kind text not null, text text not null,
  line integer, col integer
);
create virtual table units_fts using fts5(text, content='units', content_rowid='id', tokenize='porter unicode61');
create table citations (
  id text not null, document text not null, unit text not null, cites text not null, text text not null,
  line integer, col integer, offset integer, resolved_from text, url text,
  -- The units row the citation stands in (a label can repeat in a document): searches group by it.
  unit_id integer
);
create table edges (
  "from" text, from_provision text, from_document text, action text, "to" text, scope text, date text,
  confidence text, partial integer, text text, signed text
);
`

/** Indexes, made once the rows are in (cheaper than keeping them up to date row by row). */
export const indexSql = `
create index units_place on units(document, unit);
create index citations_id on citations(id);
create index edges_to on edges("to");
`

/** A database being built: no journal, no syncing (a build that stops is dropped whole, never read). */
function openForBuild(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  return db
}

/** Make the database with its rows; `indexSqlite` makes it searchable. */
export function writeSqliteRows(
  file: string,
  docs: readonly DocumentSummary[],
  index: IndexRow[],
  citations: Record<string, CitingUnit[]>,
  edges: Edge[]
): void {
  const db = openForBuild(file)
  try {
    db.exec(schemaSql)
    const insertDoc = db.prepare(
      'insert into documents values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    )
    const insertUnit = db.prepare(
      'insert into units (document, unit, kind, text, line, col) values (?, ?, ?, ?, ?, ?)'
    )
    const insertCitation = db.prepare(
      'insert into citations values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    )
    const insertEdge = db.prepare('insert into edges values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    // Units and citations go in in the order searches list them (date, document, place), so that a search
    // reads them by rowid and stops at its limit instead of sorting every match.
    const dateOf = new Map(docs.map((d) => [d.id, d.signedDate ?? d.date ?? '']))
    const byDate = (a: string, b: string): number => {
      const da = dateOf.get(a) ?? ''
      const db_ = dateOf.get(b) ?? ''
      return da < db_ ? -1 : da > db_ ? 1 : a < b ? -1 : a > b ? 1 : 0
    }
    db.transaction(() => {
      for (const r of index) {
        insertDoc.run(
          r.id,
          r.file,
          r.type,
          r.number,
          r.numberSource,
          r.title,
          r.date,
          r.signedDate,
          r.signer,
          r.sourceUrl,
          r.status,
          r.duplicateOf
        )
      }
      // Each document's units by label, in text order, with their rowids: where its citations stand.
      const unitsOf = new Map<string, Map<string, UnitPlace[]>>()
      for (const doc of [...docs].sort((a, b) => byDate(a.id, b.id))) {
        const byLabel = getOrCreate(unitsOf, doc.id, () => new Map<string, UnitPlace[]>())
        for (const u of doc.units) {
          const {lastInsertRowid} = insertUnit.run(doc.id, u.unit, u.kind, u.text, u.line, u.col)
          getOrCreate(byLabel, u.unit, () => []).push({
            line: u.line,
            col: u.col,
            id: Number(lastInsertRowid)
          })
        }
      }
      for (const id of Object.keys(citations).sort()) {
        const rows = [...citations[id]!].sort(
          (a, b) =>
            byDate(a.document, b.document) || a.position.start.offset - b.position.start.offset
        )
        for (const c of rows) {
          insertCitation.run(
            id,
            c.document,
            c.unit,
            c.cites,
            c.text,
            c.position.start.line,
            c.position.start.column,
            c.position.start.offset,
            c.resolvedFrom ?? null,
            c.url,
            unitIdAt(
              unitsOf.get(c.document)?.get(c.unit),
              c.position.start.line,
              c.position.start.column
            )
          )
        }
      }
      for (const e of edges)
        insertEdge.run(
          e.from,
          e.fromProvision,
          e.fromDocument,
          e.action,
          e.to,
          e.scope,
          e.date,
          e.confidence,
          e.partial ? 1 : 0,
          e.text,
          e.signed
        )
    })()
  } finally {
    db.close()
  }
}

/** A unit's start and its rowid. */
interface UnitPlace {
  line: number
  col: number
  id: number
}

/** The unit a citation at (line, col) stands in: the last of its label starting before it. */
function unitIdAt(units: UnitPlace[] | undefined, line: number, col: number): number | null {
  let found: number | null = null
  for (const u of units ?? []) if (u.line < line || (u.line === line && u.col <= col)) found = u.id
  return found
}

/** Build the full-text index and the indexes of a database `writeSqliteRows` made. */
export function indexSqlite(file: string): void {
  const db = openForBuild(file)
  try {
    db.transaction(() => {
      db.exec(`insert into units_fts(units_fts) values ('rebuild')`)
      db.exec(indexSql)
    })()
  } finally {
    db.close()
  }
}

const workerFile = fileURLToPath(new URL('./sqlite-worker.js', import.meta.url))

/**
 * `indexSqlite` on a worker thread, so that the caller can go on meanwhile; in this thread where no
 * compiled worker exists (running from TypeScript sources).
 */
export function indexSqliteInWorker(file: string): Promise<void> {
  if (!existsSync(workerFile)) return Promise.resolve().then(() => indexSqlite(file))
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {workerData: {file}})
    let failure: Error | null = null
    worker.on('message', (message: {error?: string}) => {
      if (message.error) failure = new Error(message.error)
    })
    worker.on('error', (error) => {
      failure = error
    })
    worker.on('exit', (code) =>
      failure || code !== 0
        ? reject(failure ?? new Error(`indexing ${file} stopped (exit code ${code})`))
        : resolve()
    )
  })
}
