/** Atomic writes: a temporary file beside the target, then a rename, so a reader never sees half a file. */
import {randomBytes} from 'node:crypto'
import {closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync} from 'node:fs'
import {mkdir, stat} from 'node:fs/promises'
import path from 'node:path'

/**
 * Write a file whole or not at all, its mode set at creation. Synchronous: the build's workers have
 * nothing else to do, and one synchronous write costs less than the calls of an asynchronous one.
 * `data` may come in chunks, so a large file need not be one string in memory.
 */
export function writeFileAtomic(
  target: string,
  data: string | Uint8Array | Iterable<string>,
  mode = 0o666
): void {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(temp, data, {mode})
    else {
      const fd = openSync(temp, 'w', mode)
      try {
        for (const chunk of data) writeSync(fd, chunk)
      } finally {
        closeSync(fd)
      }
    }
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, {force: true})
    throw error
  }
}

/**
 * Write a new file whose name says what it holds (the cache's documents, named by the hash of what made them): one
 * create, no temporary file. A file of that name left by a build that stopped half-way (no build ever read it: its
 * outcome is recorded only after the write) is replaced whole as `writeFileAtomic` does, never rewritten in place,
 * since a corpus may link to it.
 */
export function writeFileOnce(
  target: string,
  data: string | Uint8Array | Iterable<string>,
  mode = 0o666
): void {
  let fd: number
  try {
    fd = openSync(target, 'wx', mode)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    writeFileAtomic(target, data, mode)
    return
  }
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(fd, data)
    else for (const chunk of data) writeSync(fd, chunk)
  } catch (error) {
    // Not a half-written file under a name that says what it holds.
    closeSync(fd)
    rmSync(target, {force: true})
    throw error
  }
  closeSync(fd)
}

/**
 * Make a folder and the folders above it that are missing, one level at a time: Node's own
 * recursive mkdir loops without end where a parent cannot be made (under /proc, seen on Node 20).
 */
export async function ensureDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null)
  if (info?.isDirectory()) return
  if (info) throw Object.assign(new Error(`${dir} is a file, not a folder`), {code: 'ENOTDIR'})
  const parent = path.dirname(dir)
  if (parent !== dir) await ensureDir(parent)
  await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
}
