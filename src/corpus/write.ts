/** Atomic writes: a temporary file beside the target, then a rename, so a reader never sees half a file. */
import {randomBytes} from 'node:crypto'
import {renameSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, data)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, {force: true})
    throw error
  }
}

/** The same, synchronously (for workers, where a synchronous write is the cheaper one), with the file's mode set at creation. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array, mode = 0o666): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    writeFileSync(temp, data, {mode})
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, {force: true})
    throw error
  }
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
