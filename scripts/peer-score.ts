/**
 * Scoring citation extractors on the peer vectors of ../shared/peer: their
 * expectations mapped onto our canonical ids, our extractor and
 * unitedstates/citation (npm `citation`) run on the same texts.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {extractCitations} from '../src/cite/extract.js'
import type {CitationType} from '../src/document/types.js'

export interface Vector {
  id: string
  type: string
  text: string
  scope: string[]
  options?: {parents?: boolean}
  expected: Array<{type: string; id: string}>
  negative?: boolean
  ambiguous_range?: boolean
  note?: string
}

/** The peer's types and the types of ours that answer them. */
const scopeTypes: Record<string, CitationType[]> = {
  usc: ['usc'],
  cfr: ['cfr'],
  law: ['pl'],
  stat: ['stat'],
  fedreg: ['fr'],
  usconst: ['const']
}

const constParts: Record<string, string> = {
  article: 'art',
  section: 'sec',
  paragraph: 'sec',
  clause: 'cl',
  amendment: 'amend'
}

/** A peer id as our canonical id (shared/peer/README.md). */
export function peerIdToOurs(id: string): string {
  const [kind, ...rest] = id.split('/')
  switch (kind) {
    case 'usc':
      return ['usc', ...rest.flatMap((p) => (p.endsWith('-app') ? [p.slice(0, -4), 'app'] : [p]))]
        .filter((p) => p !== 'et-seq')
        .join('/')
    case 'us-law':
      return [rest[0] === 'private' ? 'privl' : 'pl', ...rest.slice(1)].join('/')
    case 'fedreg':
      return ['fr', ...rest].join('/')
    case 'usconst':
      return [
        'const',
        ...rest.flatMap((p) => {
          const m = /^([a-z]+)-(\d+)$/.exec(p)
          return m ? [constParts[m[1]!] ?? m[1]!, m[2]!] : [p]
        })
      ].join('/')
    default:
      return id
  }
}

export function loadVectors(peerDir: string): Vector[] {
  const read = (f: string) => JSON.parse(readFileSync(path.join(peerDir, f), 'utf8')) as Vector[]
  return [
    ...read('unitedstates-citation-vectors.json'),
    ...read('reporters-db-federal-vectors.json')
  ]
}

export function loadProbes(
  peerDir: string,
  expectedFile: string
): Array<{id: string; text: string; expected: string[]}> {
  const probes = JSON.parse(
    readFileSync(path.join(peerDir, 'presidential-probes.json'), 'utf8')
  ) as Array<[string, string]>
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, string[]>
  return probes.map(([id, text]) => ({id, text, expected: expected[id] ?? []}))
}

/** Our ids for a text, within the peer's scope (all types when scope is undefined). */
export function oursFor(text: string, scope?: string[]): string[] {
  const types = scope ? new Set(scope.flatMap((s) => scopeTypes[s] ?? [])) : undefined
  // The tree's text is normalised the same way: white space folded.
  return (
    extractCitations(text.replace(/\s+/g, ' '))
      .filter((c) => !types || types.has(c.type))
      // The peer has no id for a chapter of the Code ("46 U.S.C. Chapters 701, 3306" is a negative vector of
      // its: no section cited): ours (`usc/46/ch/701`) are outside what it can be compared on.
      .filter((c) => !uscChapter.test(c.id))
      .map((c) => c.id)
  )
}

const uscChapter = /^usc\/[^/]+\/ch\//

interface PeerCitation {
  type: string
  [key: string]: unknown
}
let peerFind: ((text: string, options: object) => {citations: PeerCitation[]}) | undefined

/** unitedstates/citation's ids for a text, mapped to ours. */
export function peerFor(text: string, scope: string[]): string[] {
  if (!peerFind) {
    const require = createRequire(import.meta.url)
    peerFind = (require('citation') as {find: typeof peerFind}).find
  }
  const result = peerFind!(text, {types: scope})
  return result.citations
    .map((c) => (c[c.type] as {id?: string} | undefined)?.id)
    .filter((id): id is string => typeof id === 'string')
    .map(peerIdToOurs)
}

export function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a)
  const y = new Set(b)
  return x.size === y.size && [...x].every((v) => y.has(v))
}

export interface VectorScore {
  vector: Vector
  expected: string[]
  ours: string[]
  peer: string[]
  oursPass: boolean
  peerPass: boolean
}

export function scoreVector(v: Vector): VectorScore {
  const expected = v.expected.map((e) => peerIdToOurs(e.id))
  const ours = oursFor(v.text, v.scope)
  const peer = peerFor(v.text, v.scope)
  // An ambiguous hyphen: the peer lists every reading; the first is the real one: find it, and no reading outside the list.
  // A noted vector encodes a known gap of the peer ("§§ 8344 and 8468" yields only 8344): finding more is right.
  const oursPass = v.ambiguous_range
    ? ours.includes(expected[0]!) && ours.every((id) => expected.includes(id))
    : v.note
      ? expected.every((id) => ours.includes(id))
      : sameSet(ours, expected)
  return {vector: v, expected, ours, peer, oursPass, peerPass: sameSet(peer, expected)}
}
