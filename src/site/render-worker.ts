/**
 * A worker thread of `buildSite`: opens the corpus, reads the site's model as the main thread does,
 * and runs each task posted (a document's facts, a page written into the new site's folder),
 * posting back its result as JSON.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {openCorpus} from '../query/corpus.js'
import {siteModel} from './model.js'
import {consolidatedIds, runTask, SiteWriter, type TaskContext} from './tasks.js'

const {corpusDir, fresh, words, maxDocuments} = workerData as {
  corpusDir: string
  fresh: string
  words: boolean
  maxDocuments: number
}
const context: TaskContext = {
  model: siteModel(openCorpus(corpusDir)),
  words,
  maxDocuments,
  consolidated: consolidatedIds(corpusDir),
  writer: new SiteWriter(fresh)
}

parentPort!.on('message', ({index, task}: {index: number; task: string}) => {
  parentPort!.postMessage({index, result: JSON.stringify(runTask(context, JSON.parse(task)))})
})
