/**
 * One build at a time on one corpus folder. A second build on the same `--out` would clear the first one's
 * folders beside the corpus as leftovers of a killed build (an ENOENT in the middle of it): it is refused
 * instead, at once, with the process that holds the corpus. A lock whose process is gone (a killed build) is
 * taken over.
 */
import {closeSync, openSync, readFileSync, unlinkSync, writeSync} from 'node:fs'
import path from 'node:path'

export class CorpusLockedError extends Error {
  override readonly name = 'CorpusLockedError'
  readonly code = 'corpus-locked'
  /** The process building the corpus. */
  readonly holder: number
  readonly out: string

  constructor(out: string, holder: number) {
    super(
      `Another build (process ${holder}) is writing the corpus folder ${out}: wait for it to finish, or give another folder`
    )
    this.out = out
    this.holder = holder
  }
}

/** The lock file of a corpus folder: beside it, named after it. */
export const lockPath = (out: string): string =>
  path.join(path.dirname(out), `.${path.basename(out)}.lock`)

/** Whether a process is running (signal 0 tests without sending). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Builds of this process, by lock file: a second build in the same process is refused as another's. */
const held = new Set<string>()

/** Take the corpus folder's lock; the function returned gives it back. */
export function lockCorpus(out: string): () => void {
  const file = lockPath(out)
  if (held.has(file)) throw new CorpusLockedError(out, process.pid)
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      try {
        writeSync(fd, `${process.pid}\n`)
      } finally {
        closeSync(fd)
      }
      held.add(file)
      return () => {
        held.delete(file)
        try {
          unlinkSync(file)
        } catch {
          // Already gone: nothing to give back.
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10)
      if (Number.isInteger(holder) && holder > 0 && alive(holder))
        throw new CorpusLockedError(out, holder)
      // Its build was killed: the lock is stale.
      unlinkSync(file)
    }
  }
}
