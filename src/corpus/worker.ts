/** A build worker: parses the files it is sent and posts back each document's JSON or its errors. */
import {readFile} from 'node:fs/promises'
import {parentPort} from 'node:worker_threads'
import {diagnosticsToJson} from '../document/to-json.js'
import {parseDocument} from '../parse/parse-document.js'
import type {ParsedFile} from './pool.js'

parentPort?.on('message', async (file: string) => {
  let result: ParsedFile
  try {
    const bytes = await readFile(file)
    const parsed = parseDocument(bytes, file)
    result = parsed.json
      ? {file, json: parsed.json, errors: []}
      : {file, json: null, errors: diagnosticsToJson(parsed.file).filter((d) => d.severity === 'error')}
  } catch (error) {
    result = {file, json: null, errors: [{ruleId: 'unreadable-file', source: 'proclaim', severity: 'error', message: `Cannot read file: ${(error as Error).message}`, file, line: null, column: null}]}
  }
  parentPort!.postMessage(result)
})
