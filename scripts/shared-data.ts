/** The project's shared data beside the repository (../shared): scripts only, never tests. */
import {existsSync} from 'node:fs'

/**
 * The data a script needs beside the repository (../shared): when it is absent
 * (a user's clone), says so plainly and exits 0, since there is nothing to measure.
 */
export function requireShared(script: string, ...paths: string[]): void {
  const absent = paths.filter((p) => !existsSync(p))
  if (absent.length === 0) return
  console.log(
    `${script}: skipped: ${absent.join(', ')} not found (this script needs the project's shared data beside the repository; pass other paths as options)`
  )
  process.exit(0)
}
