/**
 * One input of `proclaim parse` made ready to print: its diagnostics, its line of the text table,
 * and the document as the chosen format prints it. Made where the document was parsed (a worker
 * thread, see parse-worker.ts), so that the thread printing only prints.
 */
import {diagnosticsToJson} from '../document/diagnostics.js'
import type {DiagnosticJson, DocumentJson, DocumentType} from '../document/types.js'
import {type ParseResult, parseFile} from '../pipeline/parse-document.js'
import {jsonPieces} from '../util/json-pieces.js'

/** text: one line per document and a summary; json: one array of documents; jsonl: one document a line. */
export const documentFormats = ['text', 'json', 'jsonl'] as const
export type DocumentFormat = (typeof documentFormats)[number]

/** What the text table shows of a document. */
export interface DocumentRow {
  id: string
  type: DocumentType
  number: string | null
  signedDate: string | null
  findings: number
  provisions: number
  citations: number
}

export interface ParsedInput {
  /** Its problems (warnings and errors; not infos), in the file's order. */
  diagnostics: DiagnosticJson[]
  /** Null when the document could not be parsed. */
  row: DocumentRow | null
  /**
   * json: the document as an element of the array `JSON.stringify(documents, null, 2)` prints
   * (indented by one level, without its comma), in pieces of whole lines, each printed as a line (util/json-pieces.ts:
   * a large document is never one string); jsonl: its JSON on one line, one piece; text: absent.
   */
  printed?: string[]
}

/** Provisions at every depth. */
export function countProvisions(list: DocumentJson['provisions']): number {
  return list.reduce((n, p) => n + 1 + countProvisions(p.provisions), 0)
}

/** How `format` prints one document (see `ParsedInput.printed`). */
export function printDocument(doc: DocumentJson, format: DocumentFormat): string[] | undefined {
  if (format === 'jsonl') return [JSON.stringify(doc)]
  // JSON strings hold no raw line breaks: every break is between two lines of the layout.
  if (format === 'json') return jsonPieces(doc, {indent: '  '})
  return undefined
}

export function toParsedInput(result: ParseResult, format: DocumentFormat): ParsedInput {
  const diagnostics = (result.json?.diagnostics ?? diagnosticsToJson(result.file)).filter(
    (d) => d.severity !== 'info'
  )
  const doc = result.json
  if (!doc) return {diagnostics, row: null}
  const row: DocumentRow = {
    id: doc.id,
    type: doc.type,
    number: doc.number,
    signedDate: doc.signedDate,
    findings: doc.findings.length,
    provisions: countProvisions(doc.provisions),
    citations: doc.citations.length
  }
  const printed = printDocument(doc, format)
  return printed === undefined ? {diagnostics, row} : {diagnostics, row, printed}
}

/** Read, parse and make ready to print one file. */
export async function parseInput(file: string, format: DocumentFormat): Promise<ParsedInput> {
  return toParsedInput(await parseFile(file, {keepMarkdown: false}), format)
}
