/** A build worker: reads, parses and stores the files it is sent, and posts back each one's summary or errors. */
import {parentPort, workerData} from 'node:worker_threads'
import {readAndStore, type StoreContext} from './pool.js'

const {code, documents, known} = workerData as {code: string; documents: string; known: string[]}
const context: StoreContext = {code, documents, known: new Set(known)}

parentPort?.on('message', ({index, file}: {index: number; file: string}) => {
  parentPort!.postMessage({index, result: readAndStore(file, context)})
})
