/** Places of what rules report: a front matter key's line, a range of a unit's normalised text. */
import type {Position} from 'unist'
import type {UnitFields} from '../document/types.js'
import type {RuleContext} from './types.js'
import {escapeRegExp} from '../util/pattern.js'

/** The line of `key:` in the front matter block; the block's first line when the key is absent. */
export function frontMatterKeyPlace(context: RuleContext, key: string): Position {
  const block = context.source.slice(0, context.frontMatter.bodyStart)
  const m = new RegExp(`^${escapeRegExp(key)}\\s*:`, 'm').exec(block)
  if (!m) return context.at(0, block.indexOf('\n') === -1 ? block.length : block.indexOf('\n'))
  const end = block.indexOf('\n', m.index)
  return context.at(m.index, end === -1 ? block.length : end)
}

/** The source range of [start, end) of a unit's text, through its offsets; the unit's own place without them. */
export function textPlace(
  context: RuleContext,
  unit: UnitFields,
  start: number,
  end: number
): Position {
  const offsets = unit.data?.offsets
  if (!offsets || offsets.length === 0) return unit.position
  const from = offsets.offsetAt(Math.min(start, offsets.length - 1))!
  const to = offsets.offsetAt(Math.min(Math.max(end - 1, start), offsets.length - 1))! + 1
  return context.at(from, to)
}

/** A node's first line only: where a provision's label stands, not the whole of its text. */
export function firstLine(context: RuleContext, position: Position): Position {
  const from = position.start.offset ?? 0
  const newline = context.source.indexOf('\n', from)
  const lineEnd = newline === -1 ? context.source.length : newline
  const end = Math.min(lineEnd, position.end.offset ?? lineEnd)
  return context.at(from, Math.max(end, from))
}
