/**
 * The benchmarks' corpus of N documents: the real documents of ../shared/bulk, completed to N by
 * copies given fresh file names, numbers and titles (else a copy is reported as a duplicate).
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {listDocumentFiles} from '../src/corpus/walk.js'

/** Write `target` documents into `dir`; resolves to the bytes written. */
export async function writeBenchDocuments(
  bulk: string,
  dir: string,
  target: number
): Promise<number> {
  const {files} = await listDocumentFiles([bulk])
  const sources = files.map((f) => ({name: path.basename(f), text: readFileSync(f, 'utf8')}))
  let bytes = 0
  for (let i = 0; i < target; i++) {
    const src = sources[i % sources.length]!
    const round = Math.floor(i / sources.length)
    const name = round === 0 ? src.name : src.name.replace(/\.md$/, `-copy${round}.md`)
    const text =
      round === 0
        ? src.text
        : src.text
            .replace(
              /\b(Executive Order|Proclamation) (\d{4,5})\b/g,
              (_, kind: string, n: string) => `${kind} ${Number(n) + 20000 * round}`
            )
            .replace(
              /^title: *(["']?)(.*?)\1 *$/m,
              (_, quote: string, title: string) => `title: ${quote}${title} (copy ${round})${quote}`
            )
    writeFileSync(path.join(dir, name), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}
