/** Open a built corpus for a command, report a missing one as the command's error, and always close it. */
import {CorpusError, openCorpus, type Corpus} from '../query/corpus.js'
import type {CommandIo} from './io.js'

/** Resolves to what `run` gives, or to exit status 1 when there is no corpus to open. */
export async function withCorpus<T = number>(
  dir: string,
  command: string,
  io: CommandIo,
  run: (corpus: Corpus) => Promise<T> | T
): Promise<T | 1> {
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
