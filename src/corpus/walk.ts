/** Expand files and folders given by the user into the document files to read. */
import type {Stats} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

export interface WalkOptions {
  /** File endings read as documents. Default: `.md`, `.markdown`, `.txt`. */
  extensions?: readonly string[]
  /**
   * Names in a folder that are about the documents rather than documents
   * (matched case-insensitively). Default: README, SOURCES, LICENSE, CHANGELOG, INDEX.
   * Files named explicitly are always read.
   */
  ignore?: readonly string[]
  /** Descend into sub-folders. Default: true. */
  recursive?: boolean
}

const defaultExtensions = ['.md', '.markdown', '.txt']
const defaultIgnore = ['readme', 'sources', 'license', 'changelog', 'index']

export interface WalkResult {
  files: string[]
  /** Paths given that do not exist. */
  missing: string[]
}

export async function listDocumentFiles(
  inputs: readonly string[],
  options: WalkOptions = {}
): Promise<WalkResult> {
  const extensions = options.extensions ?? defaultExtensions
  const ignore = new Set((options.ignore ?? defaultIgnore).map((n) => n.toLowerCase()))
  const recursive = options.recursive ?? true
  const files: string[] = []
  const missing: string[] = []

  // A name, not a path: its ending and stem by its last dot (path.extname's way, without its cost per entry).
  const isDocument = (name: string): boolean => {
    const dot = name.lastIndexOf('.')
    if (dot <= 0 || name.startsWith('.') || name.startsWith('_')) return false
    return (
      extensions.includes(name.slice(dot).toLowerCase()) &&
      !ignore.has(name.slice(0, dot).toLowerCase())
    )
  }

  /** `dir` is normalised and has no trailing separator: a name is joined on with one (path.join per entry costs more than the listing). */
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, {withFileTypes: true})
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep
    for (const entry of entries) {
      const full = prefix + entry.name
      if (entry.isDirectory()) {
        if (
          recursive &&
          !entry.name.startsWith('.') &&
          !entry.name.startsWith('_') &&
          entry.name !== 'node_modules'
        )
          await walk(full)
      } else if (entry.isFile() && isDocument(entry.name)) files.push(full)
    }
  }

  for (const input of inputs) {
    let info: Stats
    try {
      info = await stat(input)
    } catch {
      missing.push(input)
      continue
    }
    if (info.isDirectory()) await walk(path.join(input))
    else files.push(input)
  }
  return {files, missing}
}
