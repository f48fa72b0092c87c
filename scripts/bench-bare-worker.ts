/** Worker of `bench:build`: bare remark-parse over the files it is given, to measure what both cores give. */
import {readFileSync} from 'node:fs'
import {parentPort, workerData} from 'node:worker_threads'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const bare = unified().use(remarkParse)
for (const f of workerData as string[]) bare.parse(readFileSync(f, 'utf8'))
parentPort!.postMessage('done')
