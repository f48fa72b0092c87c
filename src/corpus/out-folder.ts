/**
 * The folder a build writes, the corpus folder: it is replaced whole, so it must be a folder a build made
 * (or a new or empty one), never a file, the root, the documents read, or a folder of the user's. A refusal
 * is an `OutFolderError` with a `code` a caller can word for its own users (the CLI names `--out`). The new
 * corpus is made in a versioned folder beside it (`.corpus.v-<stamp>`) and the corpus path is a symbolic link
 * to it, replaced by one rename: a reader never sees half a corpus, and a build killed at any moment leaves
 * the old one or the new one in place, never none (the next build clears what it left).
 */
import {
  lstatSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync
} from 'node:fs'
import {readdir, rename, rm, stat} from 'node:fs/promises'
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
    `The corpus folder ${e.path} is a folder that is not a corpus (${notACorpus(e)}), and a build replaces its folder whole: give options.out a new or empty folder, or a corpus`
}

/** Why a folder is no corpus: what it lacks, or what it holds that no build wrote. */
export const notACorpus = (e: OutFolderError): string =>
  e.foreign.length > 0
    ? `it holds ${e.foreign.slice(0, 3).join(', ')}${e.foreign.length > 3 ? ` and ${e.foreign.length - 3} more` : ''}, which no build wrote`
    : 'no index.json'

/**
 * What a build writes in a corpus folder, and nothing else: a folder holding anything more is the user's (their
 * notes beside an index.json), and replacing it whole would delete what they put there.
 */
const corpusEntries = new Set([
  'index.json',
  'citations.json',
  'graph.json',
  'documents',
  'consolidated',
  'corpus.sqlite',
  'corpus.sqlite-wal',
  'corpus.sqlite-shm',
  'corpus.sqlite-journal'
])

export class OutFolderError extends Error {
  override readonly name = 'OutFolderError'
  readonly code: OutFolderCode
  /** The folder as given. */
  readonly path: string
  /** For `out-holds-input`: the input inside the folder, as given. */
  readonly input: string | null
  /** For `out-not-a-corpus`: what the folder holds that no build wrote (empty: it has no index.json). */
  readonly foreign: readonly string[]

  constructor(
    code: OutFolderCode,
    folder: string,
    input: string | null = null,
    foreign: readonly string[] = []
  ) {
    super()
    this.code = code
    this.path = folder
    this.input = input
    this.foreign = foreign
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
    if (entries.length > 0) {
      const foreign = entries.filter((e) => !corpusEntries.has(e)).sort()
      if (!entries.includes('index.json') || foreign.length > 0)
        throw new OutFolderError('out-not-a-corpus', out, null, foreign)
    }
  }
  return resolved
}

/** The folders a build keeps beside the corpus (in its parent, named after it). */
export interface Beside {
  /** Parsed documents, kept from build to build. */
  cacheDir: string
  /** The new corpus: a version folder, made whole before the corpus path is pointed at it. */
  fresh: string
  /** This build's mark on its folders: a build killed midway leaves them for the next to clear. */
  stamp: string
}

/**
 * Where a build writes besides the corpus itself: the new corpus's version folder beside the old;
 * the cache, or without it a folder of the same shape for this build alone.
 */
export function besideCorpus(out: string, cached: boolean): Beside {
  const parent = path.dirname(out)
  const base = path.basename(out)
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  return {
    cacheDir: cached
      ? path.join(parent, `.${base}.cache`)
      : path.join(parent, `.${base}.nocache-${stamp}`),
    fresh: path.join(parent, `.${base}.v-${stamp}`),
    stamp
  }
}

/**
 * Symbolic links where the platform gives them to anyone (not Windows, where making one needs a
 * privilege): there the swap is two renames, and a build killed between them has the next build put the
 * old corpus back.
 */
const linked = process.platform !== 'win32'

/** The version folder the corpus path points at, as an entry of its parent; null when it is no link of ours. */
function currentVersion(out: string): string | null {
  try {
    const target = readlinkSync(out)
    return path.dirname(path.resolve(path.dirname(out), target)) === path.dirname(out)
      ? path.basename(target)
      : null
  } catch {
    return null
  }
}

/**
 * What an interrupted build left beside the corpus: half-written versions and links go, and so does any
 * version the corpus path no longer points at; a previous corpus set aside by a two-rename swap, when the
 * swap did not finish, comes back.
 */
export async function clearLeftovers(out: string, cacheDir: string): Promise<void> {
  const parent = path.dirname(out)
  const base = path.basename(out)
  const leftovers = (await readdir(parent)).sort()
  const setAside = leftovers.filter((e) => e.startsWith(`.${base}.old-`))
  if (!lstatOrNull(out) && setAside.length > 0) {
    await rename(path.join(parent, setAside.pop()!), out)
  }
  const current = currentVersion(out)
  const stale = (e: string): boolean =>
    e.startsWith(`.${base}.building-`) ||
    e.startsWith(`.${base}.link-`) ||
    (e.startsWith(`.${base}.v-`) && e !== current) ||
    (e.startsWith(`.${base}.nocache-`) && !cacheDir.endsWith(e))
  for (const entry of [...leftovers.filter(stale), ...setAside]) {
    await rm(path.join(parent, entry), {recursive: true, force: true})
  }
}

function lstatOrNull(file: string): ReturnType<typeof lstatSync> | null {
  try {
    return lstatSync(file)
  } catch {
    return null
  }
}

/**
 * The new corpus in the place of the old, in one step: a link to the new version is made beside the
 * corpus path and renamed over it (a rename replaces its target atomically), then the old version goes.
 * A corpus path that is still a real folder (made by an earlier version, or an empty folder given) is set
 * aside first: two renames, once.
 */
export async function swapIn(fresh: string, out: string, stamp: string): Promise<void> {
  const parent = path.dirname(out)
  const base = path.basename(out)
  const existing = lstatOrNull(out)
  const before = existing?.isSymbolicLink() ? currentVersion(out) : null
  const old = path.join(parent, `.${base}.old-${stamp}`)
  if (!linked) {
    if (existing) renameSync(out, old)
    renameSync(fresh, out)
    if (existing) removeCorpus(old)
    return
  }
  const link = path.join(parent, `.${base}.link-${stamp}`)
  symlinkSync(path.basename(fresh), link, 'dir')
  // Back to back, no turn of the event loop between them: a folder set aside is without a corpus path
  // for one system call (and a build stopped there has the folder put back by the next).
  if (existing && !existing.isSymbolicLink()) renameSync(out, old)
  renameSync(link, out)
  if (existing && !existing.isSymbolicLink()) removeCorpus(old)
  if (before && before !== path.basename(fresh)) removeCorpus(path.join(parent, before))
}

/**
 * Remove a corpus folder: its documents with one unlink each (rmSync looks at every entry before
 * removing it, which costs as much again), then whatever else it holds. Synchronously: thousands of
 * promises cost more than the calls.
 */
function removeCorpus(dir: string): void {
  const documents = path.join(dir, 'documents')
  try {
    for (const name of readdirSync(documents)) unlinkSync(`${documents}${path.sep}${name}`)
  } catch {
    // Anything but a plain file (or no documents folder): rmSync takes what is left.
  }
  rmSync(dir, {recursive: true, force: true})
}
