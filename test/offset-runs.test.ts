/** OffsetRuns: source offsets held as runs give every character the offset an array of them would. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  joinMapped,
  MappedTextBuilder,
  normalizeMapped,
  sliceMapped
} from '../src/parse/mapped-text.js'
import {type OffsetRuns, OffsetRunsBuilder} from '../src/parse/offset-runs.js'

/** Every offset of a view, by `offsetAt`, one past each end included. */
const read = (runs: OffsetRuns): Array<number | undefined> =>
  Array.from({length: runs.length + 2}, (_, i) => runs.offsetAt(i - 1))

/** What an array of the same offsets gives. */
const expected = (offsets: readonly number[]): Array<number | undefined> => [
  undefined,
  ...offsets,
  undefined
]

/** Stretches of offsets: each a start and a count (a count of 1 at a repeated offset breaks the step). */
const stretches = fc.array(fc.tuple(fc.integer({min: 0, max: 500}), fc.integer({min: 1, max: 6})), {
  maxLength: 40
})

function built(list: ReadonlyArray<readonly [number, number]>): {runs: OffsetRuns; flat: number[]} {
  const builder = new OffsetRunsBuilder()
  const flat: number[] = []
  for (const [offset, count] of list) {
    builder.pushRange(offset, count)
    for (let k = 0; k < count; k++) flat.push(offset + k)
  }
  expect(builder.length).toBe(flat.length)
  expect(builder.last).toBe(flat.at(-1))
  return {runs: builder.build(), flat}
}

describe('OffsetRuns', () => {
  it('gives each character the offset an array gives, in slices of slices too', () => {
    fc.assert(
      fc.property(stretches, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (list, a, b, c, d) => {
        const {runs, flat} = built(list)
        expect(read(runs)).toEqual(expected(flat))
        const s = a % (flat.length + 1)
        const e = s + (b % (flat.length - s + 1))
        const slice = runs.slice(s, e)
        expect(read(slice)).toEqual(expected(flat.slice(s, e)))
        const s2 = c % (e - s + 1)
        const e2 = s2 + (d % (e - s - s2 + 1))
        expect(read(slice.slice(s2, e2))).toEqual(expected(flat.slice(s, e).slice(s2, e2)))
      })
    )
  })

  it('finds the first offset at least a given one, as findIndex does', () => {
    fc.assert(
      fc.property(stretches, fc.nat(), fc.integer({min: -1, max: 520}), (list, a, at) => {
        const {runs, flat} = built(list)
        const s = a % (flat.length + 1)
        expect(runs.slice(s).firstAtLeast(at)).toBe(flat.slice(s).findIndex((o) => o >= at))
      })
    )
  })

  it('copies runs whole: pushFrom gives the same offsets as a push of each', () => {
    fc.assert(
      fc.property(stretches, fc.nat(), fc.nat(), (list, a, b) => {
        const {runs, flat} = built(list)
        const s = a % (flat.length + 1)
        const e = s + (b % (flat.length - s + 1))
        const copy = new OffsetRunsBuilder()
        copy.push(9999)
        copy.pushFrom(runs, s, e)
        expect(read(copy.build())).toEqual(expected([9999, ...flat.slice(s, e)]))
      })
    )
  })

  it('holds a text taken from consecutive source characters as one run, however long', () => {
    const source = 'word '.repeat(100_000)
    const builder = new MappedTextBuilder()
    builder.pushSource(source, 3, source.length)
    const text = builder.build()
    expect(text.offsets.length).toBe(source.length - 3)
    expect(text.offsets.runs).toBe(1)
    expect(text.offsets.offsetAt(250_000)).toBe(250_003)
    // Lines joined and normalised: a run for each line, not one for each character.
    const lines = Array.from({length: 1000}, (_, i) => {
      const line = new MappedTextBuilder()
      line.pushSource(source, i * 50, i * 50 + 40)
      return line.build()
    })
    const joined = normalizeMapped(joinMapped(lines, '\n'))
    expect(joined.offsets.runs).toBeLessThanOrEqual(2000)
    expect(joined.text.slice(35, 45)).toBe('word word ')
    expect(joined.offsets.offsetAt(39)).toBe(39)
    expect(joined.offsets.offsetAt(40)).toBe(50)
    expect(sliceMapped(joined, 40, 44).offsets.offsetAt(3)).toBe(53)
  })
})
