/** Open a built corpus for a command, report a missing one as the command's error, and always close it. */
import {CorpusError, openCorpus, type Corpus} from '../query/corpus.js'
import type {CommandIo} from './io.js'

export async function withCorpus(dir: string, command: string, io: CommandIo, run: (corpus: Corpus) => Promise<number> | number): Promise<number> {
  let corpus: Corpus
  try {
    corpus = openCorpus(dir)
  } catch (error) {
    if (error instanceof CorpusError) {
      io.err(`proclaim ${command}: ${error.message}`)
      return 1
    }
    throw error
  }
  try {
    return await run(corpus)
  } finally {
    corpus.close()
  }
}
