/**
 * V8 settings for a build's batch of parses. V8's optimising compiler runs on background threads,
 * and while thousands of documents are parsed it compiles the same large functions again and again:
 * each new object shape an inlined callee meets throws away the whole compiled caller. Without
 * inlining, each recompile is a small function. Measured on the 10,000-file bench (two workers, two
 * cores): build CPU 63 s -> 53 s and the build 37 s -> 31 s. Flags are process-wide, so they are set
 * only while a build runs and put back after the last one ends, unless the process was started with them.
 */
import v8 from 'node:v8'

/** Each flag the build sets, and the flag that puts V8's default back. */
export const buildCompilerFlags: ReadonlyArray<{set: string; reset: string}> = [{set: '--no-turbo-inlining', reset: '--turbo-inlining'}]

let running = 0

/** Run `task` with the build's compiler flags set (nested and concurrent runs share one setting). */
export async function withBuildCompilerFlags<T>(task: () => Promise<T>): Promise<T> {
  const given = new Set(process.execArgv)
  const flags = buildCompilerFlags.filter((f) => !given.has(f.set) && !given.has(f.reset))
  if (running++ === 0) for (const f of flags) v8.setFlagsFromString(f.set)
  try {
    return await task()
  } finally {
    if (--running === 0) for (const f of flags) v8.setFlagsFromString(f.reset)
  }
}
