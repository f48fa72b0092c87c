/** A built corpus opened for queries: the SQLite database, read-only; documents read from their JSON on demand. */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type {DocumentJson} from '../document/types.js'

export interface Corpus {
  dir: string
  db: Database.Database
  close(): void
}

/** No built corpus where one was asked for: `dir` holds no corpus.sqlite (build one there with `buildCorpus`). */
export class CorpusError extends Error {
  readonly code = 'no-corpus'
  constructor(readonly dir: string) {
    super(`no corpus at ${dir}: it holds no corpus.sqlite (build one there with buildCorpus)`)
    this.name = 'CorpusError'
  }
}

export function openCorpus(dir = 'corpus'): Corpus {
  const file = path.join(dir, 'corpus.sqlite')
  if (!existsSync(file)) throw new CorpusError(dir)
  const db = new Database(file, {readonly: true, fileMustExist: true})
  return {dir, db, close: () => db.close()}
}

/** A document's full tree, as the build wrote it. Ids are checked, never used as paths as given. */
export function readDocument(corpus: Corpus, id: string): DocumentJson | null {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id) || id.includes('..')) return null
  const file = path.join(corpus.dir, 'documents', `${id}.json`)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DocumentJson) : null
}
