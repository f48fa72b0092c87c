/**
 * mdast -> blocks: each block-level node of the Markdown tree becomes a block
 * of raw text (line breaks kept, escapes resolved, markup removed) whose every
 * character knows its source offset. Later stages cut blocks into units.
 */
import type {List, ListItem, PhrasingContent, Root} from 'mdast'
import {toString as textOf} from 'mdast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import {emptyMapped, MappedTextBuilder, type MappedText} from './mapped-text.js'

export type BlockKind = 'paragraph' | 'heading' | 'code' | 'listItem' | 'break'

export interface Block {
  kind: BlockKind
  text: MappedText
  /** Source offsets of the node. */
  start: number
  end: number
  /** Text of a bold run the block opens with ("**Purpose**"), a heading in some renderings. */
  leadStrong: string | null
  /** Heading depth, 0 for other blocks. */
  depth: number
}

/** Underline markup that whitehouse.gov pages use for section headings. */
const underlineOpen = /^<(?:u|span\b(?=[^>]*text-decoration:\s*underline)[^>]*)>$/i
const spanOpen = /^<(?:u|span)\b[^>]*>$/i
const spanClose = /^<\/(?:u|span)\s*>$/i
const lineBreakTag = /^<br\s*\/?>$/i
/** An HTML tag or a GPO typesetting code (`<GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>`, `<Clinton1>`). */
const tagAt = /<\/?[A-Za-z][^<>\n]{0,120}>/y
const asciiPunctuation = /[!-/:-@[-`{-~]/

/**
 * Walk inline content into the builder. A hand walk, not unist-util-visit: emphasis and
 * underline marks close after their children, and visit calls nothing on the way out.
 */
function addInline(
  nodes: PhrasingContent[],
  b: MappedTextBuilder,
  source: string,
  spans: boolean[]
): void {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        b.pushAligned(node.value, source, start, end)
        break
      case 'emphasis':
      case 'strong':
        b.openMark()
        addInline(node.children, b, source, spans)
        b.closeMark()
        break
      case 'break':
        b.pushChar('\n', start)
        break
      case 'html': {
        const tag = node.value.trim()
        if (lineBreakTag.test(tag)) b.pushChar('\n', start)
        else if (spanOpen.test(tag)) {
          const underline = underlineOpen.test(tag)
          spans.push(underline)
          if (underline) b.openMark()
        } else if (spanClose.test(tag)) {
          if (spans.pop()) b.closeMark()
        }
        break
      }
      case 'link':
        // Scraped breadcrumbs are links to nowhere ("[Parent]()"): not text of the document.
        if (node.url === '') break
        addInline(node.children, b, source, spans)
        break
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break
      default:
        if ('children' in node) addInline(node.children as PhrasingContent[], b, source, spans)
    }
  }
}

/** Raw source taken as text: backslash escapes resolved, tags and typesetting codes dropped. */
function addRaw(b: MappedTextBuilder, source: string, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const ch = source[i]!
    if (ch === '\\' && i + 1 < end && asciiPunctuation.test(source[i + 1]!)) continue
    if (ch === '<') {
      tagAt.lastIndex = i
      const m = tagAt.exec(source)
      if (m && i + m[0].length <= end) {
        i += m[0].length - 1
        continue
      }
    }
    b.pushChar(ch, i)
  }
}

function leadStrongOf(children: PhrasingContent[]): string | null {
  const first = children.find((c) => !(c.type === 'text' && c.value.trim() === ''))
  return first && first.type === 'strong' ? textOf(first).trim() : null
}

export interface BlocksOptions {
  /** Nodes ending before this offset (an unblanked front matter) are skipped. */
  bodyStart?: number
}

/** The ordered marker of a list item ("1.", "4)"): a label of the document, unlike a bullet. */
function listLabel(item: ListItem, source: string): {text: string; offset: number} | undefined {
  const start = item.position?.start.offset ?? 0
  const end = item.position?.end.offset ?? start
  const marker = source.slice(start, item.children[0]?.position?.start.offset ?? end).trim()
  return /^\d+[.)]$/.test(marker) ? {text: marker, offset: start} : undefined
}

/** Words a page's breadcrumb trail ends in: where the reader is. */
const breadcrumbEnd = /^(?:current|current page|you are here)$/i

/** A short list of links ending in "Current": a web page's navigation, left in the saved text. */
function isBreadcrumbs(list: List): boolean {
  if (list.children.length < 2 || list.children.length > 6) return false
  return list.children.every((item, i) => {
    const [only, ...rest] = item.children
    if (!only || rest.length > 0 || only.type !== 'paragraph') return false
    const content = only.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
    if (i === list.children.length - 1) return breadcrumbEnd.test(textOf(only).trim())
    return content.length === 1 && content[0]!.type === 'link'
  })
}

export function mdastToBlocks(root: Root, source: string, options: BlocksOptions = {}): Block[] {
  const blocks: Block[] = []
  const bodyStart = options.bodyStart ?? 0

  // Leaf blocks are read whole (SKIP); lists, quotations and any other container are entered.
  visit(root, (node, index, parent) => {
    if (node.type === 'root') return
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    if (end <= bodyStart) return SKIP
    // A list item's ordered marker opens the text of its first block.
    const prefix =
      index === 0 && parent?.type === 'listItem' ? listLabel(parent, source) : undefined
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const b = new MappedTextBuilder()
        if (prefix) for (const ch of prefix.text) b.pushChar(ch, prefix.offset)
        if (prefix) b.pushChar(' ', prefix.offset)
        addInline(node.children, b, source, [])
        blocks.push({
          kind: node.type,
          text: b.build(),
          start,
          end,
          leadStrong: leadStrongOf(node.children),
          depth: node.type === 'heading' ? node.depth : 0
        })
        return SKIP
      }
      case 'code':
      case 'html': {
        const b = new MappedTextBuilder()
        if (prefix) for (const ch of `${prefix.text} `) b.pushChar(ch, prefix.offset)
        addRaw(b, source, start, end)
        blocks.push({kind: 'code', text: b.build(), start, end, leadStrong: null, depth: 0})
        return SKIP
      }
      case 'listItem': {
        // An empty item with an ordered marker is a block of its marker alone.
        const label = node.children.length === 0 ? listLabel(node, source) : undefined
        if (label) {
          const b = new MappedTextBuilder()
          for (const ch of label.text) b.pushChar(ch, start)
          blocks.push({kind: 'listItem', text: b.build(), start, end, leadStrong: null, depth: 0})
        }
        return
      }
      case 'list':
        // A page's breadcrumb trail ("1. [Parent]()" / "2. Current") is navigation, not a finding.
        return isBreadcrumbs(node) ? SKIP : undefined
      case 'thematicBreak':
        blocks.push({kind: 'break', text: emptyMapped, start, end, leadStrong: null, depth: 0})
        return SKIP
      default:
        return
    }
  })
  return blocks
}
