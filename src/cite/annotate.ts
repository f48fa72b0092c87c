/**
 * Write a document back with every citation a Markdown link to its source,
 * and nothing else changed: links are spliced into the original text at the
 * citations' positions, so untouched bytes stay untouched (remark-stringify
 * would re-serialise the whole file: escapes, bullets, wrapping).
 */
import type {Root} from 'mdast'
import {outsideCharacterReference} from '../parse/character-reference.js'
import {parseMarkdown} from '../parse/markdown.js'
import {visit} from 'unist-util-visit'
import type {CitationJson, DocumentJson} from '../document/types.js'

export interface AnnotateResult {
  /** The annotated Markdown. */
  text: string
  /** Citations made links. */
  linked: number
  /** Citations left as text, and why. */
  skipped: Array<{id: string; line: number; reason: string}>
}

/** Ranges where a Markdown link would not be one: code, raw HTML, existing links. */
function unlinkable(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  visit(tree, (node) => {
    if (
      (node.type === 'code' ||
        node.type === 'inlineCode' ||
        node.type === 'html' ||
        node.type === 'link' ||
        node.type === 'definition') &&
      node.position
    ) {
      ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0])
    }
  })
  return ranges
}

/** Markup that must not be cut in two by a link's brackets. */
function balanced(slice: string): boolean {
  const stars = slice.match(/\*+/g) ?? []
  const unders = slice.match(/(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g) ?? []
  return stars.length % 2 === 0 && unders.length % 2 === 0 && !/[[\]<>`]/.test(slice)
}

function escapeUrl(url: string): string {
  return url.replace(/[()\s]/g, (c) => encodeURIComponent(c))
}

/**
 * Annotate `source` (the file as read, front matter included) with the citations of its
 * parsed document. `bodyStart` is where the front matter ends.
 */
export function annotateSource(source: string, doc: DocumentJson, bodyStart = 0): AnnotateResult {
  const blanked = source.slice(0, bodyStart).replace(/[^\n]/g, ' ') + source.slice(bodyStart)
  const blocked = unlinkable(parseMarkdown(blanked))
  const citations = [...doc.citations].sort(
    (a, b) => a.position.start.offset - b.position.start.offset
  )
  const skipped: AnnotateResult['skipped'] = []
  const pieces: string[] = []
  let cursor = 0
  let linked = 0
  const skip = (c: CitationJson, reason: string) =>
    skipped.push({id: c.id, line: c.position.start.line, reason})

  for (const c of citations) {
    // A link's brackets never cut a character reference (`&#41;`) in two.
    const start = outsideCharacterReference(source, c.position.start.offset, false)
    let end = outsideCharacterReference(source, c.position.end.offset, true)
    if (!c.url) {
      skip(c, 'no authoritative link for this kind')
      continue
    }
    if (start < cursor) {
      skip(c, 'overlaps the citation before it')
      continue
    }
    if (blocked.some(([s, e]) => start < e && end > s)) {
      skip(c, 'inside code, HTML or a link, where Markdown links do not render')
      continue
    }
    // A closing emphasis marker right after the citation belongs inside the link ("*et seq*").
    while (!balanced(source.slice(start, end)) && source[end] === '*') end++
    if (!balanced(source.slice(start, end))) {
      skip(c, 'crosses Markdown markup')
      continue
    }
    pieces.push(
      source.slice(cursor, start),
      '[',
      source.slice(start, end),
      '](',
      escapeUrl(c.url),
      ')'
    )
    cursor = end
    linked++
  }
  pieces.push(source.slice(cursor))
  return {text: pieces.join(''), linked, skipped}
}
