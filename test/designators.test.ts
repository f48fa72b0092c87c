/** Designations relative to a scope, as both the citation and the supersession stage read them. */
import {describe, expect, it} from 'vitest'
import {sameKind, trailingDesignators, under} from '../src/util/designators.js'

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

describe('trailingDesignators', () => {
  it.each([
    ['section 232(c)(3)', 'section 232', ['c', '3']],
    ['section 232 (b)', 'section 232', ['b']],
    ['section 232', 'section 232', []],
    ['(a)(i)', '', ['a', 'i']],
    // Not designators at its end: a parenthesis closed twice, an empty one.
    ['the Act (as (amended))', 'the Act (as (amended))', []],
    ['section 2()', 'section 2()', []]
  ])('%j is %j and %j', (text, name, designators) => {
    expect(trailingDesignators(text)).toEqual({name, designators})
  })

  it('reads a long run of spaces and parentheses in one pass, as the expression it replaced did', () => {
    const text = `${' '.repeat(5000)}x${'('.repeat(5000)}(a)(b)`
    const expected = /^(.*?)\s*((?:\([^()]+\))*)$/.exec(text)!
    const got = trailingDesignators(text)
    expect(got.name).toBe(expected[1])
    expect(got.designators).toEqual(['a', 'b'])
  })
})
