/** A `proclaim parse` worker: parses each file it is sent and posts it back ready to print (parsed.ts). */
import {parentPort, workerData} from 'node:worker_threads'
import {type DocumentFormat, parseInput, postable} from './parsed.js'

const {format} = workerData as {format: DocumentFormat}

parentPort?.on('message', ({index, file}: {index: number; file: string}) => {
  void parseInput(file, format).then((result) =>
    parentPort!.postMessage({index, result: postable(result)})
  )
})
