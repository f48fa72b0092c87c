/**
 * Designators of provisions, as paths of an id: their kinds (digits, roman numerals, letters) and a designation
 * relative to a scope. Read alike by the citation stage ("subsection (a)(i)" in an amending item) and the supersession
 * stage (an amendment's operations).
 */
import {trimEndOf} from './trim-end.js'

/** The kind of a designator, to tell a sibling from a child: digits, roman numerals, letters. */
function kindOf(d: string): string {
  if (/^\d/.test(d)) return 'digit'
  if (/^[ivxl]+$/.test(d) && (d.length > 1 || 'ivx'.includes(d))) return 'roman'
  if (/^[IVXL]{2,}$/.test(d)) return 'upper-roman'
  return /^[a-z]/.test(d) ? 'lower' : 'upper'
}

/** Designators of one kind; a single "i", "v" or "x" may be a letter among letters ("(h)", "(i)", "(j)"). */
export const sameKind = (a: string, b: string): boolean =>
  kindOf(a) === kindOf(b) || (/^[a-z]$/.test(a) && /^[a-z]$/.test(b))

/**
 * A designation relative to a scope: "(vi)" in section 2(b) is 2/b/vi; "(c)" in section 2(b) is its
 * sibling 2/c (a designator of the kind the scope ends with replaces it).
 */
export function under(scope: readonly string[], relative: readonly string[]): string[] {
  const last = scope[scope.length - 1]
  if (last !== undefined && scope.length > 1 && sameKind(last, relative[0]!))
    return [...scope.slice(0, -1), ...relative]
  return [...scope, ...relative]
}

/**
 * A name and the designators printed right after it, at its end: "section 232(c)(3)" -> "section 232" and c, 3. Read
 * back from the end once (`/^(.*?)\s*((?:\([^()]+\))*)$/` tries every length of the name and reads on from each).
 */
export function trailingDesignators(text: string): {name: string; designators: string[]} {
  const designators: string[] = []
  let end = text.length
  while (end > 0 && text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 2)
    const inner = open === -1 ? '' : text.slice(open + 1, end - 1)
    if (inner === '' || inner.includes(')')) break
    designators.unshift(inner.trim())
    end = open
  }
  return {name: trimEndOf(text.slice(0, end), /\s/), designators}
}
