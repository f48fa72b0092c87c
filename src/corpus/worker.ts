/** A build worker: parses the files it is sent and posts back each document's JSON or its errors. */
import {parentPort} from 'node:worker_threads'
import {parseOne} from './pool.js'

parentPort?.on('message', async (file: string) => {
  parentPort!.postMessage(await parseOne(file))
})
