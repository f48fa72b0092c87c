/** Reading the end of a text once: what end-anchored expressions did, without their quadratic search. */
import {describe, expect, it} from 'vitest'
import {execAtEnd} from '../src/util/at-end.js'
import {trimEndOf, trimEndOfWords} from '../src/util/trim-end.js'

describe('trimEndOf and trimEndOfWords', () => {
  it.each([
    ['striking “a”, and by', 'striking “a”'],
    ['section 2; and', 'section 2'],
    ['x by by , and ', 'x'],
    // Words only whole: "Abby" and "band" keep their letters.
    ['Abby', 'Abby'],
    ['a band', 'a band'],
    ['and', ''],
    ['', '']
  ])('%j -> %j', (text, expected) => {
    expect(trimEndOfWords(text, /[\s,;:]/, ['and', 'by'])).toBe(expected)
    expect(trimEndOfWords(text, /[\s,;:]/, ['and', 'by'])).toBe(
      text.replace(/(?:[\s,;:]|\band\b|\bby\b)*$/, '')
    )
  })

  it('trimEndOf takes only the characters of its set', () => {
    expect(trimEndOf('a.b.-.', /[.-]/)).toBe('a.b')
    expect(trimEndOf('abc', /[.-]/)).toBe('abc')
  })
})

describe('execAtEnd', () => {
  const scope = /[,;]\s*(?:and\s+)?in\s+section\s+\d+,?\s*(?:by\s*)?$/
  it('finds a phrase at the end of a long text, its index in the whole text', () => {
    const text = `${'striking the word “a”, '.repeat(400)}and in section 4, by `
    const m = execAtEnd(scope, text, 120)
    expect(m?.index).toBe(text.indexOf(', and in section 4'))
    expect(m?.index).toBe(scope.exec(text)?.index)
  })

  it('finds none where the whole text has none, and reads a short text whole', () => {
    expect(execAtEnd(scope, `${'a, '.repeat(1000)}in section x`, 120)).toBeNull()
    expect(execAtEnd(scope, ', in section 3', 120)?.index).toBe(0)
  })

  it('does not read part of a word its cut would split', () => {
    // Cut in the middle of "Proclamation", the window does not begin with "lamation": the word is left out whole.
    const text = `${'x'.repeat(200)} Proclamation`
    expect(execAtEnd(/\b\w+$/, text, 8)).toBeNull()
    expect(execAtEnd(/\b\w+$/, text, 20)?.[0]).toBe('Proclamation')
  })
})
