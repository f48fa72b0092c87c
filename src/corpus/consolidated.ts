/**
 * consolidated/<id>.json: for each instrument the corpus's documents amend, its text through time (src/consolidate/),
 * from the oldest document holding its original text (read from the parse cache: only those documents' trees are
 * loaded) and every operation on it.
 */
import {readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {type ConsolidationDocument, consolidateDocuments} from '../consolidate/consolidate.js'
import type {Consolidation} from '../consolidate/model.js'
import type {DocumentJson, SupersessionJson} from '../document/types.js'

/** What the build knows of a document: its id, file, key, date and actions (dated targets resolved). */
export interface ConsolidationInput {
  id: string
  file: string
  date: string | null
  supersessions: readonly SupersessionJson[]
}

/** The consolidations of every instrument amended by an operation of the documents, by instrument id. */
export function consolidationsOf(
  docs: readonly ConsolidationInput[],
  keys: ReadonlyMap<string, string>,
  /** The tree of a document of the corpus, by id (the build reads it from its cache). */
  readTree: (id: string) => DocumentJson
): Map<string, Consolidation> {
  const acting: ConsolidationDocument[] = docs.map((d) => ({
    id: d.id,
    file: d.file,
    key: keys.get(d.id) ?? `doc/${d.id}`,
    date: d.date,
    supersessions: d.supersessions
  }))
  return consolidateDocuments(acting, (holder) => readTree(holder.id).provisions)
}

/** A segment of an id as a file name, or null when it cannot be one (ids are checked, never used as given). */
const safeSegment = (s: string): boolean => /^[a-z0-9][a-z0-9._-]*$/i.test(s) && !s.includes('..')

/** The file of an instrument's consolidation under a corpus: consolidated/eo/14324.json; null for an unsafe id. */
export function consolidatedFile(corpus: string, instrument: string): string | null {
  const parts = instrument.split('/')
  if (parts.length < 2 || !parts.every(safeSegment)) return null
  return `${path.join(corpus, 'consolidated', ...parts)}.json`
}

/** Write each consolidation (into the fresh corpus folder, swapped in whole with the rest). */
export async function writeConsolidated(
  fresh: string,
  consolidations: ReadonlyMap<string, Consolidation>
): Promise<void> {
  for (const [id, c] of consolidations) {
    const file = consolidatedFile(fresh, id)
    if (!file) continue
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, `${JSON.stringify(c, null, 2)}\n`)
  }
}

/** A consolidation from a built corpus; null when the instrument has none (nothing amends its words). */
export function readConsolidated(corpus: string, instrument: string): Consolidation | null {
  const file = consolidatedFile(corpus, instrument)
  if (!file) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Consolidation
  } catch {
    return null
  }
}
