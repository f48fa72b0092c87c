import {visit} from 'unist-util-visit'
import type {Rule} from '../types.js'

/**
 * Tags the documents' printings use for what they mean (underlined headings, line breaks, annex tables,
 * emphasis); any other tag is markup a renderer may hide text behind or swallow text into.
 */
const printedTags = new Set([
  'span',
  'br',
  'u',
  'em',
  'strong',
  'i',
  'b',
  'sup',
  'sub',
  'p',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'colgroup',
  'col',
  'figure',
  'figcaption'
])

const tag = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/g
const comment = /^<!--[\s\S]*-->$/

/** HTML other than the printings' own: a `<div>` left from a page, a `<script>`, an unknown tag. */
const rule: Rule = {
  meta: {
    id: 'markdown-stray-html',
    description:
      'HTML in a document is only what printings use (underline spans, line breaks, emphasis, annex tables) or an HTML comment; the `allow` option adds tags.',
    rationale:
      'Renderers drop unknown tags, hide what is inside some (`<script>`, `<style>`, `<template>`) and let an unclosed one swallow the text after it: what a reader sees is then not what the document says, and not what the toolkit reads.',
    severity: 'warning',
    fixable: false,
    category: 'markdown',
    examples: {
      bad: '<div class="body-content">\n\nSec. 2.  Implementation.',
      good: '<span style="text-decoration: underline">Sec. 2.  Implementation.</span>'
    },
    options: {
      allow: 'Further tag names to accept (an array): `{"allow": ["div"]}`.'
    }
  },
  check(context) {
    const allowed = Array.isArray(context.options.allow)
      ? new Set(context.options.allow.map((t) => String(t).toLowerCase()))
      : new Set<string>()
    visit(context.markdown(), 'html', (node) => {
      if (comment.test(node.value.trim())) return
      const start = node.position?.start.offset ?? 0
      tag.lastIndex = 0
      for (let m = tag.exec(node.value); m !== null; m = tag.exec(node.value)) {
        const name = m[1]!.toLowerCase()
        if (printedTags.has(name) || allowed.has(name)) continue
        const at = context.source.indexOf(m[0], start)
        context.report({
          message: `Stray HTML tag <${m[1]}>: renderers may hide or swallow the text around it`,
          place: at === -1 ? node.position! : context.at(at, at + m[0].length)
        })
      }
    })
  }
}

export default rule
