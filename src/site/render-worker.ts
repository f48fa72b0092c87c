/**
 * A worker thread of `buildSite`: opens the corpus, reads the site's model as the main thread does,
 * and for each document id posted writes its page into the new site's folder and posts back what
 * the rest of the site needs of it (its HTML only when the word index wants it).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {openCorpus} from '../query/corpus.js'
import {siteModel} from './model.js'
import {documentPage} from './paths.js'
import {renderDocument} from './render.js'

const {corpusDir, fresh, words} = workerData as {corpusDir: string; fresh: string; words: boolean}
const model = siteModel(openCorpus(corpusDir))
mkdirSync(path.join(fresh, 'd'), {recursive: true})

parentPort!.on('message', ({index, file: id}: {index: number; file: string}) => {
  const rendered = renderDocument(model, id)
  if (rendered) writeFileSync(path.join(fresh, documentPage(id)), rendered.html)
  parentPort!.postMessage({
    index,
    // The page is written here: only what the rest of the site needs goes back.
    result: rendered && {...rendered, html: '', record: words ? rendered.record : null}
  })
})
