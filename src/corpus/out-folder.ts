/**
 * The folder a build writes: it is replaced whole, so it must be a folder a build made (or a new or
 * empty one), never a file, the root, the documents read, or a folder of the user's. A refusal is an
 * `OutFolderError` with a `code` a caller can word for its own users (the CLI names `--out`).
 */
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** Why a folder cannot be the corpus folder. */
export type OutFolderCode = 'out-is-file' | 'out-is-root' | 'out-holds-input' | 'out-not-a-corpus'

/** What a refusal says, for a library user (`options.out` is the folder given to `buildCorpus`). */
const messages: Readonly<Record<OutFolderCode, (error: OutFolderError) => string>> = {
  'out-is-file': (e) => `The corpus folder ${e.path} is a file, not a folder`,
  'out-is-root': (e) =>
    `The corpus folder ${e.path} is the root of the file system, and a build replaces its folder whole: give options.out a folder of its own`,
  'out-holds-input': (e) =>
    `The corpus folder ${e.path} holds the documents read (${e.input}), and a build replaces its folder whole: give options.out a folder of its own`,
  'out-not-a-corpus': (e) =>
    `The corpus folder ${e.path} is a folder that is not a corpus (no index.json), and a build replaces its folder whole: give options.out a new or empty folder, or a corpus`
}

export class OutFolderError extends Error {
  override readonly name = 'OutFolderError'
  readonly code: OutFolderCode
  /** The folder as given. */
  readonly path: string
  /** For `out-holds-input`: the input inside the folder, as given. */
  readonly input: string | null

  constructor(code: OutFolderCode, folder: string, input: string | null = null) {
    super()
    this.code = code
    this.path = folder
    this.input = input
    this.message = messages[code](this)
  }
}

/**
 * Refuse a folder the build may not replace; the folder, resolved, when it may. `out` is as given
 * (errors name it so), `inputs` the files and folders the build reads.
 */
export async function checkOutFolder(out: string, inputs: readonly string[]): Promise<string> {
  const resolved = path.resolve(out)
  const given = await stat(resolved).catch(() => null)
  if (given && !given.isDirectory()) throw new OutFolderError('out-is-file', out)
  if (path.dirname(resolved) === resolved) throw new OutFolderError('out-is-root', out)
  for (const input of inputs) {
    const inside = path.relative(resolved, path.resolve(input))
    if (!inside.startsWith('..') && !path.isAbsolute(inside))
      throw new OutFolderError('out-holds-input', out, input)
  }
  if (given) {
    const entries = await readdir(resolved)
    if (entries.length > 0 && !entries.includes('index.json'))
      throw new OutFolderError('out-not-a-corpus', out)
  }
  return resolved
}
