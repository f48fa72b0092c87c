/** A worker that makes a corpus database searchable (full-text index, indexes) while the build writes the JSON. */
import {parentPort, workerData} from 'node:worker_threads'
import {indexSqlite} from './sqlite.js'

try {
  indexSqlite((workerData as {file: string}).file)
} catch (error) {
  parentPort?.postMessage({error: (error as Error).message})
}
