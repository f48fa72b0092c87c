/**
 * The inputs a command is given, as the shell would have them: a quoted glob pattern
 * (`'proclamations/2025-*.md'`) is expanded here (tinyglobby), files and folders stay as they are
 * (folders are walked later, as always), and `-` stands for standard input.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

/** The input that reads standard input. */
export const stdinInput = '-'

export interface ExpandedInputs {
  /** Each input in the order given, a pattern replaced by the files it matches (sorted). */
  paths: string[]
  /** Patterns that match no file. */
  unmatched: string[]
}

/**
 * Expand the glob patterns among `inputs`. A path that exists is never a pattern, even with `*` or
 * `[` in its name; matches are files only, dot-files left out, as a shell leaves them.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const paths: string[] = []
  const unmatched: string[] = []
  for (const input of inputs) {
    if (input === stdinInput || existsSync(input) || !isDynamicPattern(input)) {
      paths.push(input)
      continue
    }
    const matches = await glob(input, {
      onlyFiles: true,
      expandDirectories: false,
      absolute: path.isAbsolute(input)
    })
    if (matches.length === 0) unmatched.push(input)
    // By code unit, as folders are walked (walk.ts): the same files in the same order either way.
    paths.push(...matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  }
  return {paths, unmatched}
}
