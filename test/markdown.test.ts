/** parseMarkdown: remark-parse's own tree, with indented code blocks and plain paragraphs read without micromark. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../src/parse/markdown.js'
import {corpusDir, corpusFiles} from './helpers.js'

const remark = unified().use(remarkParse)

describe('parseMarkdown', () => {
  it('gives the tree remark-parse gives, on every bundled document', () => {
    let withCode = 0
    for (const name of corpusFiles()) {
      const text = readFileSync(path.join(corpusDir, name), 'utf8')
      const ours = parseMarkdown(text)
      expect(isDeepStrictEqual(ours, remark.parse(text)), name).toBe(true)
      if (ours.children.some((c) => c.type === 'code')) withCode++
    }
    // The Federal Register texts among them are mostly indented code.
    expect(withCode).toBeGreaterThanOrEqual(5)
  })

  it('reads the whole text where cutting a block out could change the reading', () => {
    const cases = [
      '- item\n\n    continuation of the item\n',
      '> quoted\n\n    code after a quotation',
      '```\n\n    inside a fence\n```',
      '<pre>\n\n    inside html\n</pre>',
      'paragraph\n    lazy continuation\n\n    code\n    more\n  \n      \nend',
      'text\n\n\t    a tab in the indent',
      '    code at the very end\n      ',
      // Paragraphs read without micromark must be plain (hard breaks and escapes made as remark makes them): these
      // are not, or stand where a cut could change them.
      '- item\n\nplain after a list\n',
      '<pre>\n\nplain inside html\n</pre>',
      '```\n\nplain inside a fence\n```',
      'a *star* and a _line_ \nwith `code`',
      'a hard break  \nnext line',
      'Title\n=====\n\ntext\n---\n\n# heading\n\n> quote\nlazy',
      'trailing spaces   \ncontinued   \n\n  indented start\n\n1. one\n\nplain again   ',
      'escaped 4\\. and a\\ backslash\nat the end\\\nnext\n\nlast line ends in \\',
      'a  \nb', 'x\\\ny', 'a\n\\\nb', 'two backslashes\\\\\nnext', '   three spaces  \n  next   \nlast  ', 'a \\\nb'
    ]
    for (const text of cases) expect(parseMarkdown(text)).toEqual(remark.parse(text))
  })
})
