/** Open a built corpus for a command, report a missing one as the command's error, and always close it. */
import {CorpusError, openCorpus, type Corpus} from '../query/corpus.js'
import {QueryError} from '../query/resolve.js'
import {UsageError, type CommandIo} from './io.js'

/**
 * Resolves to what `run` gives, or to exit status 2 when there is no corpus to open (an error,
 * as ripgrep's 2: 1 is kept for "nothing found"). A query naming nothing is a usage error.
 */
export async function withCorpus<T = number>(
  dir: string,
  command: string,
  io: CommandIo,
  run: (corpus: Corpus) => Promise<T> | T
): Promise<T | 2> {
  let corpus: Corpus
  try {
    corpus = openCorpus(dir)
  } catch (error) {
    if (error instanceof CorpusError) {
      // The library's error, worded for the command line.
      io.err(
        `proclaim ${command}: no corpus at ${error.dir} (no corpus.sqlite): run \`proclaim build --out ${error.dir}\` first`
      )
      return 2
    }
    throw error
  }
  try {
    return await run(corpus)
  } catch (error) {
    if (error instanceof QueryError) throw new UsageError(error.message)
    throw error
  } finally {
    corpus.close()
  }
}
