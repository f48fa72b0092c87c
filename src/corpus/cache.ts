/**
 * Content-hash cache of parsed documents: a document is parsed again only when its bytes,
 * its path or the parser's own code changed. Entries unused by a build are dropped.
 */
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ParsedFile} from './pool.js'
import {writeFileAtomic} from './write.js'

let fingerprint: Promise<string> | undefined

/** A hash of the toolkit's own code: a new parser invalidates every entry. */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const hash = createHash('sha256')
    const walk = async (dir: string): Promise<void> => {
      const entries = (await readdir(dir, {withFileTypes: true})).sort((a, b) => (a.name < b.name ? -1 : 1))
      for (const e of entries) {
        const full = path.join(dir, e.name)
        if (e.isDirectory()) await walk(full)
        else if (/\.(?:js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) hash.update(e.name).update(await readFile(full))
      }
    }
    await walk(root)
    return hash.digest('hex')
  })()
  return fingerprint
}

export class ParseCache {
  private used = new Set<string>()

  constructor(private readonly dir: string) {}

  async key(file: string): Promise<string | null> {
    try {
      const bytes = await readFile(file)
      return createHash('sha256').update(await codeFingerprint()).update('\0').update(path.resolve(file)).update('\0').update(bytes).digest('hex')
    } catch {
      return null
    }
  }

  /** A parse result, documents that could not be parsed included (they fail again the same way). */
  async get(key: string): Promise<ParsedFile | null> {
    try {
      const json = JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as ParsedFile
      this.used.add(key)
      return json
    } catch {
      return null
    }
  }

  async set(key: string, doc: ParsedFile): Promise<void> {
    await mkdir(this.dir, {recursive: true})
    await writeFileAtomic(path.join(this.dir, `${key}.json`), JSON.stringify(doc))
    this.used.add(key)
  }

  /** Drop what this build did not use. */
  async prune(): Promise<void> {
    const entries = await readdir(this.dir).catch(() => [] as string[])
    for (const e of entries) if (!this.used.has(e.replace(/\.json$/, ''))) await rm(path.join(this.dir, e), {force: true})
  }
}
