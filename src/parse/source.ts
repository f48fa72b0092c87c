/**
 * Decode a file's bytes into text the parser can read, reporting (and
 * repairing where safe) BOMs, CRLF line endings, NUL bytes and binary content.
 */
import type {RuleId} from '../document/rules.js'

export interface SourceProblem {
  ruleId: RuleId
  message: string
  line: number | null
}

export interface DecodedSource {
  /** The text, LF line endings, no BOM, no NUL; undefined when not decodable. */
  text: string | undefined
  problems: SourceProblem[]
}

// ignoreBOM keeps the mark in the text, so it can be reported.
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Share of NUL bytes above which a file is taken for binary rather than text with stray NULs. */
const binaryNulShare = 0.01

/** 1-based line of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

export function decodeSource(input: string | Uint8Array): DecodedSource {
  const problems: SourceProblem[] = []
  let text: string
  if (typeof input === 'string') text = input
  else {
    try {
      text = decoder.decode(input)
    } catch {
      return {
        text: undefined,
        problems: [{ruleId: 'binary-file', message: 'File is not valid UTF-8 text', line: null}]
      }
    }
  }

  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
    problems.push({ruleId: 'byte-order-mark', message: 'UTF-8 byte order mark ignored', line: 1})
  }

  const firstNul = text.indexOf('\0')
  if (firstNul !== -1) {
    let count = 0
    for (let i = firstNul; i !== -1; i = text.indexOf('\0', i + 1)) count++
    if (count / text.length > binaryNulShare) {
      return {
        text: undefined,
        problems: [
          {
            ruleId: 'binary-file',
            message: `File holds ${count} NUL bytes: binary, not text`,
            line: lineOf(text, firstNul)
          }
        ]
      }
    }
    problems.push({
      ruleId: 'nul-bytes',
      message: `${count} NUL byte${count === 1 ? '' : 's'} removed`,
      line: lineOf(text, firstNul)
    })
    text = text.replaceAll('\0', '')
  }

  const firstCr = text.indexOf('\r')
  if (firstCr !== -1) {
    problems.push({
      ruleId: 'crlf-line-endings',
      message: 'CRLF line endings read as LF',
      line: lineOf(text, firstCr)
    })
    text = text.replace(/\r\n?/g, '\n')
  }

  if (text.trim() === '') {
    problems.push({ruleId: 'empty-file', message: 'File is empty', line: 1})
  }
  return {text, problems}
}
