/**
 * One canonical Markdown form for a document: the front matter kept as written (key order, quoting and
 * comments are the author's), the body parsed with remark-parse, made canonical (prose out of code blocks,
 * meaningful NBSPs only) and written by remark-stringify with one set of choices.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify, {type Options as StringifyOptions} from 'remark-stringify'
import {unified} from 'unified'
import {readFrontMatter} from '../parse/front-matter.js'
import {canonicaliseSpaces} from './canonical-spaces.js'
import {proseFromCode} from './prose-code.js'

/** remark-stringify's choices: the forms whitehouse.gov and Federal Register Markdown use most. */
export const stringifyOptions: Readonly<StringifyOptions> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true
}

const processor = unified()
  .use(remarkParse)
  .use(() => (tree: Root, file) => {
    proseFromCode(tree, String(file))
    canonicaliseSpaces(tree, String(file))
  })
  .use(remarkStringify, stringifyOptions)

/** A document's text in the canonical form. Text without front matter is formatted whole. */
export function formatDocument(text: string): string {
  const {bodyStart} = readFrontMatter(text)
  const head = text.slice(0, bodyStart)
  const body = String(processor.processSync(text.slice(bodyStart)))
  return head + (head === '' || head.endsWith('\n\n') ? '' : '\n') + body
}
