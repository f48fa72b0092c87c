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

/** A generator of whole numbers below n, the same sequence for the same seed (a linear congruential one). */
function seededRandom(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
}

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

  it("reads a body from its line as the file with its front matter blanked, positions the file's", () => {
    const bodies = [
      ...corpusFiles().map((name) => readFileSync(path.join(corpusDir, name), 'utf8')),
      '---\ntitle: x\n---\n    code first\n\ntext',
      '---\ntitle: x\n---\n\n\n- item\n',
      '---\ntitle: x\n---\n'
    ]
    for (const text of bodies) {
      const bodyStart = text.indexOf('\n---\n', 3) + 5
      expect(bodyStart).toBeGreaterThan(4)
      const line = text.slice(0, bodyStart).split('\n').length - 1
      const blanked = `${text.slice(0, bodyStart).replace(/[^\n]/g, ' ')}${text.slice(bodyStart)}`
      for (const chunks of [undefined, {minLength: 0, chunkLength: 1}]) {
        const ours = parseMarkdown(text.slice(bodyStart), {
          from: {offset: bodyStart, line},
          ...(chunks ? {chunks} : {})
        })
        const whole = parseMarkdown(blanked, chunks ? {chunks} : {})
        expect(isDeepStrictEqual(ours, whole), text.slice(0, 200)).toBe(true)
      }
    }
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
      'a\n\n    x\n    \n    \n\nb',
      'a\n\n    x\n      \n\nb',
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
      'a  \nb',
      'x\\\ny',
      'a\n\\\nb',
      'two backslashes\\\\\nnext',
      '   three spaces  \n  next   \nlast  ',
      'a \\\nb'
    ]
    for (const text of cases) expect(parseMarkdown(text)).toEqual(remark.parse(text))
  })

  it('reads underline tags, plain emphasis, brackets and ampersands as remark does, and leaves the rest to it', () => {
    const cases = [
      '<span style="text-decoration: underline">Sec. 2. </span> <span\nstyle="text-decoration: underline">Policy.</span>  It is the policy',
      '<u>Sec</u>. <u>3</u>.  <u>Harnessing\nR&D</u>.  (a)  Within 180 days',
      '<span style="text-decoration: underline">Sec. 1.</span>\n',
      'text\n<span style="text-decoration: underline">alone on a later line</span>\nmore',
      '<u>\nan HTML block: the tag alone on the first line',
      'a <span   \nstyle="text-decoration: underline">trailing spaces in a tag</span>',
      'the *Federal Register*.  \n**Sec. 4.  Identifying Methods.**  (a)  The Director',
      '50 U.S.C. 1701 *et seq.*) (IEEPA), and *Revolving Door Ban*.',
      '<span style="text-decoration: underline">General Provisions</span>*.*\n (a)  Nothing',
      'nested **strong *and emphasis***, and *unclosed, and closer* without* opener',
      'a * b and a*b*c and ***three***',
      '*a  \nb*',
      '*a\n  b* c',
      'x</span> \n*b*',
      '[a link](https://example.com) and [brackets] and [no closing one',
      '[Federal Register Volume 65, Number 188 (Wednesday, September 27, 2000)]\n[Presidential Documents]\n[FR Doc No: 00-24978]',
      '[FR Doc. 00-24978\nFiled 9-26-00; 8:45 am]\nBilling code 3195-01-P\n\n[Presidential Documents]\n\n[Presidential Documents]: https://example.com',
      'an ampersand & another &amp; a reference &#42; and AT&T;',
      'Executive Order 13279);[ Executive Order 13280',
      '<a href="x">other html</a> and <span class="other">x</span>',
      'a `code` span',
      'snake_case and _emphasis_'
    ]
    for (const text of cases) expect(parseMarkdown(text), text).toEqual(remark.parse(text))
  })

  it("gives remark-parse's tree on thousands of generated paragraphs of the inline forms it reads", () => {
    // A seeded generator of paragraphs made of the pieces the reader handles, and their near misses.
    const random = seededRandom(7)
    const pieces = [
      'word',
      'Sec.',
      '4\\.',
      '1701',
      '(a)',
      'U.S.C.',
      '“quoted”',
      '—',
      'et seq.',
      ',',
      '.',
      ')',
      '(',
      ':',
      ';',
      '’s',
      'é',
      '\u00a0',
      ' ',
      ' ',
      ' ',
      '  ',
      '*',
      '*',
      '**',
      '***',
      '\\*',
      '\\',
      '<span style="text-decoration: underline">',
      '<span\nstyle="text-decoration: underline">',
      '</span>',
      '<u>',
      '</u>',
      '<span>',
      '[',
      ']',
      '](x)',
      '[a](b)',
      '![',
      ']: /u',
      '&',
      '&amp;',
      '\n',
      '\n',
      '  \n',
      ' \n',
      '\\\n',
      '\n   ',
      '\n    ',
      '#',
      '>',
      '-',
      '1.',
      '=',
      '_'
    ]
    for (let n = 0; n < 4000; n++) {
      const length = 1 + random(14)
      let paragraph = ' '.repeat(random(4))
      for (let i = 0; i < length; i++) paragraph += pieces[random(pieces.length)]
      const text = `Before.\n\n${paragraph}\n\nAfter.\n`
      expect(parseMarkdown(text), JSON.stringify(paragraph)).toEqual(remark.parse(text))
    }
  })

  it("gives remark-parse's tree on thousands of generated documents of lines of every kind of block", () => {
    // Fences and HTML blocks left open, lists, quotations, setext underlines, code, runs of blank lines: where a cut
    // is safe and where it is not.
    const random = seededRandom(11)
    const lines = [
      'plain text line',
      'Sec. 2. *Policy*.  The',
      '<u>Sec</u>. 3.',
      'another line  ',
      '    code line',
      '      deeper code',
      '    ',
      '      ',
      '  ',
      '',
      '',
      '',
      '',
      ' ',
      '- item',
      '* item',
      '1. item',
      '  continuation',
      '> quote',
      '```',
      '~~~',
      '# Heading',
      'Title',
      '====',
      '----',
      '<div>',
      '</div>',
      '<!-- open',
      '<span style="text-decoration: underline">x</span>',
      '[[Page 3]]',
      '[Presidential Documents]',
      '_______',
      '\\',
      'text\\',
      '   three',
      '\tTab',
      '[ref]: http://x',
      '[ref] and [Page 2]',
      'see [a](b) here',
      '> [ref]: /x'
    ]
    for (let n = 0; n < 3000; n++) {
      const count = 1 + random(18)
      const text =
        Array.from({length: count}, () => lines[random(lines.length)]).join('\n') +
        (random(2) ? '\n' : '')
      expect(parseMarkdown(text), JSON.stringify(text)).toEqual(remark.parse(text))
    }
  })
})
