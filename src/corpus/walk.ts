/** Expand files and folders given by the user into the document files to read. */
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

export async function listDocumentFiles(inputs: readonly string[], options: WalkOptions = {}): Promise<WalkResult> {
  const extensions = options.extensions ?? defaultExtensions
  const ignore = new Set((options.ignore ?? defaultIgnore).map((n) => n.toLowerCase()))
  const recursive = options.recursive ?? true
  const files: string[] = []
  const missing: string[] = []

  const isDocument = (name: string): boolean => {
    const ext = path.extname(name).toLowerCase()
    const stem = path.basename(name, path.extname(name)).toLowerCase()
    return extensions.includes(ext) && !ignore.has(stem) && !name.startsWith('.') && !name.startsWith('_')
  }

  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, {withFileTypes: true})
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (recursive && !entry.name.startsWith('.') && !entry.name.startsWith('_') && entry.name !== 'node_modules') await walk(full)
      } else if (entry.isFile() && isDocument(entry.name)) files.push(full)
    }
  }

  for (const input of inputs) {
    let info
    try {
      info = await stat(input)
    } catch {
      missing.push(input)
      continue
    }
    if (info.isDirectory()) await walk(input)
    else files.push(input)
  }
  return {files, missing}
}
