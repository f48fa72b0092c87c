/**
 * One input of `proclaim parse` made ready to print: its diagnostics, its line of the text table,
 * and the document as the chosen format prints it. Made where the document was parsed (a worker
 * thread, see parse-worker.ts), so that the thread printing only prints.
 */
import {diagnosticsToJson} from '../document/diagnostics.js'
import type {DiagnosticJson, DocumentJson, DocumentType} from '../document/types.js'
import {type ParseResult, parseFile} from '../pipeline/parse-document.js'
import {eachJsonPiece} from '../util/json-pieces.js'

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
   * a large document is never one string), made one at a time as they are printed where the document was parsed
   * in this thread (a worker posts them as an array); jsonl: its JSON on one line, one piece; text: absent.
   */
  printed?: Iterable<string>
}

/** Provisions at every depth. */
export function countProvisions(list: DocumentJson['provisions']): number {
  return list.reduce((n, p) => n + 1 + countProvisions(p.provisions), 0)
}

/**
 * How `format` prints one document (see `ParsedInput.printed`): json's pieces made as they are asked for, so that
 * printing a large document holds one piece of its JSON at a time (a fair 50 MB document's is 280 MB of them).
 */
export function printDocument(
  doc: DocumentJson,
  format: DocumentFormat
): Iterable<string> | undefined {
  if (format === 'jsonl') return [JSON.stringify(doc)]
  // JSON strings hold no raw line breaks: every break is between two lines of the layout.
  if (format === 'json') return eachJsonPiece(doc, {indent: '  '})
  return undefined
}

/**
 * The input ready to print. Only the document's JSON outlives this call (in `printed`): the result's trees and
 * text, several times the JSON of a large document, are let go before any of it is printed.
 */
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

/** `input` as a worker posts it: its printed pieces made, in an array (a generator cannot be posted). */
export function postable(input: ParsedInput): ParsedInput {
  return input.printed === undefined || Array.isArray(input.printed)
    ? input
    : {...input, printed: [...input.printed]}
}
