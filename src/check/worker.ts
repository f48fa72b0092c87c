/** A `proclaim check` worker: parses each file it is sent and checks it against the document rules. */
import {parentPort, workerData} from 'node:worker_threads'
import {parseFile} from '../pipeline/parse-document.js'
import {documentProblems, type Found} from './check-document.js'
import {type CheckConfig, ConfigFinder} from './config.js'

const {config} = workerData as {config: CheckConfig | null}
const finder = new ConfigFinder()

parentPort?.on('message', ({index, file}: {index: number; file: string}) => {
  void parseFile(file).then((result) => {
    const path = result.file.path ?? file
    let found: Found
    try {
      found = documentProblems(result, config ?? finder.forFile(path))
    } catch (error) {
      // A configuration error is the run's: the main thread reports it and exits 2.
      parentPort!.postMessage({index, result: {error: (error as Error).message}})
      return
    }
    parentPort!.postMessage({
      index,
      result: {path, found, json: result.json, source: String(result.file.value ?? '')}
    })
  })
})
