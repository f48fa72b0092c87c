/**
 * V8 settings for a build's batch of parses. V8's optimising compiler runs on background threads that
 * compete with the parse workers for the cores, and while thousands of documents are parsed it
 * compiles the same large functions again and again: each new object shape an inlined callee meets
 * throws away the whole compiled caller. Without inlining, a recompile is one function; with a larger
 * interrupt budget, a function is optimised once its feedback has settled rather than at its first
 * calls. Measured on the 10,000-file bench (two workers, two cores), alternating runs: no inlining
 * took the build's CPU from 63 to 53 s (build 37 -> 31 s), the larger budget then to 47 s (27 s).
 * And the heap grows by half of what a full collection leaves, not up to four times it (V8's default where
 * memory is plenty): a large document's parse makes garbage many times the size of what it keeps, all of it
 * held until the next full collection, which with the default came only once the heap was three times what
 * was live (a fair 50 MB document: 330 MB kept, 1.16 GB at peak; with the flag 0.88 GB).
 * Flags are process-wide, so they are set only while a build runs and put back after the last one
 * ends, and a flag the process was started with is left as it is. They were measured on Node.js 20's
 * V8 and are set on that V8 only: another may have renamed a flag (V8 prints an error for an unknown
 * one) or moved its default.
 */
import v8 from 'node:v8'

/** The V8 the flags were measured on (its version starts so). */
export const buildCompilerFlagsV8 = '11.3.'

/** Each flag a build sets, and the setting that puts V8's default (Node.js 20's) back. */
export const buildCompilerFlags: ReadonlyArray<{set: string; reset: string}> = [
  {set: '--no-turbo-inlining', reset: '--turbo-inlining'},
  {set: '--interrupt-budget=400000', reset: '--interrupt-budget=67584'},
  // 0 is V8's own factor, chosen at each collection.
  {set: '--heap-growing-percent=50', reset: '--heap-growing-percent=0'}
]

/** A flag's name whatever its form: `--no-turbo_inlining` and `--turbo-inlining` are both `turbo-inlining`. */
const flagName = (flag: string): string =>
  flag
    .replace(/^--(?:no-)?/, '')
    .split('=')[0]!
    .replaceAll('_', '-')

let running = 0
/** The flags the first of the running builds set, and the last to end puts back. */
let applied: typeof buildCompilerFlags = []

/** Run `task` with the build's compiler flags set (nested and concurrent runs share one setting). */
export async function withBuildCompilerFlags<T>(task: () => Promise<T>): Promise<T> {
  if (running++ === 0) {
    const given = new Set(process.execArgv.map(flagName))
    applied = process.versions.v8.startsWith(buildCompilerFlagsV8)
      ? buildCompilerFlags.filter((f) => !given.has(flagName(f.set)))
      : []
    for (const f of applied) v8.setFlagsFromString(f.set)
  }
  try {
    return await task()
  } finally {
    if (--running === 0) for (const f of applied) v8.setFlagsFromString(f.reset)
  }
}
