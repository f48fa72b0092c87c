/** Designations relative to a scope, as both the citation and the supersession stage read them. */
import {describe, expect, it} from 'vitest'
import {sameKind, under} from '../src/util/designators.js'

describe('under', () => {
  it.each([
    [['1'], ['a', 'i'], '1/a/i'],
    [['2', 'b'], ['vi'], '2/b/vi'],
    [['2', 'b'], ['c'], '2/c'],
    [['2', 'a', 'iii'], ['iv'], '2/a/iv'],
    // A single "v" after roman numerals is the next of them, not a letter under them.
    [['2', 'a', 'iv'], ['v'], '2/a/v'],
    [['2', 'a', 'iv'], ['A'], '2/a/iv/A'],
    [['3'], ['4'], '3/4']
  ])('%j + %j is %s', (scope, relative, expected) => {
    expect(under(scope, relative).join('/')).toBe(expected)
  })
})

describe('sameKind', () => {
  it('reads a lone i, v or x as a letter among letters and as a numeral among numerals', () => {
    expect(sameKind('h', 'i')).toBe(true)
    expect(sameKind('iv', 'v')).toBe(true)
    expect(sameKind('iv', 'b')).toBe(false)
    expect(sameKind('A', 'a')).toBe(false)
    expect(sameKind('II', 'III')).toBe(true)
  })
})
