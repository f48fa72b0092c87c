/**
 * The provision tree of a version: made from a document's provisions, walked by designation (the path of an id:
 * `eo/14324/2/a` is 2, a), cloned from version to version, and printed as text.
 */
import {labelSegments} from '../document/label-path.js'
import type {ProvisionJson} from '../document/types.js'
import type {VersionProvision} from './model.js'

/** A label's designation as ids spell it: "Sec. 2" -> "2", "(ii)" -> "ii"; "" for none. */
export function keyOf(label: string | null): string {
  return label === null ? '' : labelSegments(label).join('/')
}

/** A document's provisions as the first version's tree. */
export function treeOf(list: readonly ProvisionJson[], file: string): VersionProvision[] {
  return list.map((p) => ({
    key: keyOf(p.label),
    label: p.label,
    heading: p.heading,
    text: p.text,
    at: {file, line: p.position.start.line, column: p.position.start.column},
    provisions: treeOf(p.provisions, file)
  }))
}

/** Where a provision stands: the list holding it, its index there, and the provisions enclosing it. */
export interface Located {
  node: VersionProvision
  list: VersionProvision[]
  index: number
  ancestors: VersionProvision[]
}

/**
 * The provision a path names, looking through unlabelled paragraphs (which take no part in ids); null when the
 * tree has none. A label of two designations ("Sec. 3(a)") answers both.
 */
export function locate(
  list: VersionProvision[],
  path: readonly string[],
  ancestors: VersionProvision[] = []
): Located | null {
  if (path.length === 0) return null
  for (let index = 0; index < list.length; index++) {
    const node = list[index]!
    if (node.key === '') {
      const inner = locate(node.provisions, path, [...ancestors, node])
      if (inner) return inner
      continue
    }
    const segments = node.key.split('/')
    if (!segments.every((s, i) => path[i] === s)) continue
    if (segments.length === path.length) return {node, list, index, ancestors}
    const inner = locate(node.provisions, path.slice(segments.length), [...ancestors, node])
    if (inner) return inner
  }
  return null
}

/** The deepest provision of the path the tree has (what a refusal marks uncertain); null when none. */
export function nearest(
  list: VersionProvision[],
  path: readonly string[]
): VersionProvision | null {
  for (let n = path.length; n > 0; n--) {
    const found = locate(list, path.slice(0, n))
    if (found) return found.node
  }
  return null
}

/** Every provision in document order, with its path of designations. */
export function* walk(
  list: readonly VersionProvision[],
  prefix: readonly string[] = []
): Generator<{node: VersionProvision; path: string[]}> {
  for (const node of list) {
    const path = node.key === '' ? [...prefix] : [...prefix, ...node.key.split('/')]
    yield {node, path}
    yield* walk(node.provisions, path)
  }
}

export const cloneTree = (list: readonly VersionProvision[]): VersionProvision[] =>
  structuredClone(list) as VersionProvision[]

/** A provision's first line as printed: its label, its heading, its own text. */
export function headLine(node: VersionProvision): string {
  const heading = node.heading ? `${node.heading.replace(/\.$/, '')}.` : ''
  const label = node.label
    ? /^sec/i.test(node.label)
      ? `${node.label.replace(/\.$/, '')}.`
      : node.label
    : ''
  return [label, heading, node.text].filter(Boolean).join(' ')
}

/** A provision and everything inside it as text: a paragraph a provision, as the documents print them. */
export function renderProvision(node: VersionProvision): string[] {
  const head = headLine(node)
  return [...(head ? [head] : []), ...node.provisions.flatMap(renderProvision)]
}

export const renderTree = (list: readonly VersionProvision[]): string =>
  list.flatMap(renderProvision).join('\n\n')

/** Text compared as the fixtures compare it: every run of spaces one space. */
export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim()
