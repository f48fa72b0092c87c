/** A build worker: reads, parses and stores the files it is sent, and posts back each one's summary or errors. */
import {parentPort, workerData} from 'node:worker_threads'
import {readAndStore, type StoreContext} from './pool.js'

const {code, documents, known} = workerData as {code: string; documents: string; known: string[]}
const context: StoreContext = {code, documents, known: new Set(known)}

parentPort?.on('message', ({index, file}: {index: number; file: string}) => {
  // A large file's progress, at most ten times a second: the main thread draws it (proclaim build).
  let told = 0
  const {outcome, ...result} = readAndStore(file, context, (progress) => {
    const now = performance.now()
    if (progress.stage === 'markdown' && progress.done > 0 && now - told < 100) return
    told = now
    parentPort!.postMessage({index, progress})
  })
  // The outcome as its JSON alone, bytes handed over (transferred, not copied): cheaper than the objects.
  const json = result.outcomeJson
  parentPort!.postMessage(
    {index, result: json === undefined ? {...result, outcome} : result},
    json ? json.map((piece) => piece.buffer as ArrayBuffer) : []
  )
})
