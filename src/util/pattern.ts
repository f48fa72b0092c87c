/**
 * Regular expressions composed from named pieces. A piece is the source of part of an expression,
 * typed with the names of the groups it captures: those it always captures and those it captures
 * only on some matches (inside `optional`, `many` or `oneOf`). A match's groups are then known to
 * the type checker, `m.groups.title` rather than `m[1]!`. Composing is string concatenation at
 * load time: the expressions, their flags and their speed are what they would be written by hand.
 */

declare const captures: unique symbol

/** The source of part of an expression; `R` and `O` name the groups it captures (types only). */
export interface Piece<R extends string = never, O extends string = never> {
  readonly source: string
  readonly [captures]?: {always: R; sometimes: O}
}

/** A piece, or the source of one that captures nothing. */
export type Part = string | Piece<string, string>

type Always<P> = P extends Piece<infer R, string> ? R : never
type Sometimes<P> = P extends Piece<string, infer O> ? O : never

/** An expression composed of pieces. */
export type Pattern<R extends string = never, O extends string = never> = RegExp & Piece<R, O>

/** A match of a pattern: its groups by name, those captured only sometimes possibly undefined. */
export interface Match<R extends string = never, O extends string = never> {
  /** Where the match starts. */
  readonly index: number
  /** The text matched. */
  readonly 0: string
  readonly groups: {readonly [K in R]: string} & {readonly [K in O]?: string}
}

const sourceOf = (part: Part): string => (typeof part === 'string' ? part : part.source)

/** Pieces one after another. */
export function seq<const P extends readonly Part[]>(
  ...parts: P
): Piece<Always<P[number]>, Sometimes<P[number]>> {
  return {source: parts.map(sourceOf).join('')}
}

/** A named group: `(?<name>...)`. */
export function group<const N extends string, const P extends readonly Part[]>(
  name: N,
  ...parts: P
): Piece<N | Always<P[number]>, Sometimes<P[number]>> {
  return {source: `(?<${name}>${parts.map(sourceOf).join('')})`}
}

/** Pieces that may be absent: `(?:...)?`. */
export function optional<const P extends readonly Part[]>(
  ...parts: P
): Piece<never, Always<P[number]> | Sometimes<P[number]>> {
  return {source: `(?:${parts.map(sourceOf).join('')})?`}
}

/** Pieces repeated any number of times, none included: `(?:...)*`. */
export function many<const P extends readonly Part[]>(
  ...parts: P
): Piece<never, Always<P[number]> | Sometimes<P[number]>> {
  return {source: `(?:${parts.map(sourceOf).join('')})*`}
}

/** One of several alternatives: `(?:a|b)`. */
export function oneOf<const P extends readonly Part[]>(
  ...alternatives: P
): Piece<never, Always<P[number]> | Sometimes<P[number]>> {
  return {source: `(?:${alternatives.map(sourceOf).join('|')})`}
}

/** The expression of pieces, with flags (`y` to read at a position, `g` to find them all). */
export function pattern<const P extends readonly Part[]>(
  flags: string,
  ...parts: P
): Pattern<Always<P[number]>, Sometimes<P[number]>> {
  return new RegExp(parts.map(sourceOf).join(''), flags)
}

/** The first match of a pattern in `text` (from `lastIndex` for a global or sticky one). */
export function search<R extends string, O extends string>(
  re: Pattern<R, O>,
  text: string
): Match<R, O> | null {
  return re.exec(text) as Match<R, O> | null
}

/** Run a sticky pattern at `at`. */
export function readAt<R extends string, O extends string>(
  re: Pattern<R, O>,
  text: string,
  at: number
): Match<R, O> | null {
  re.lastIndex = at
  return re.exec(text) as Match<R, O> | null
}

/** Every match of a global pattern in `text`. */
export function matchesIn<R extends string, O extends string>(
  re: Pattern<R, O>,
  text: string
): IterableIterator<Match<R, O>> {
  return text.matchAll(re) as IterableIterator<Match<R, O>>
}

/** A text as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
