/** Atomic writes: a temporary file beside the target, then a rename, so a reader never sees half a file. */
import {randomBytes} from 'node:crypto'
import {renameSync, rmSync, writeFileSync} from 'node:fs'
import {rename, rm, writeFile} from 'node:fs/promises'
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
