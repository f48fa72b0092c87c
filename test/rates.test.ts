/** The rate a tariff action sets (src/supersede/rates.ts), one case a line. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {describeRate, rateChange} from '../src/supersede/rates.js'
import {root} from './helpers.js'

const cases = readFileSync(path.join(root, 'test/fixtures/cases/rate-changes.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(1)
  .map((line) => line.split('\t') as [string, string])

describe('rate changes', () => {
  it.each(cases)('%s -> %s', (sentence, expected) => {
    const change = rateChange(sentence)
    expect(change ? describeRate(change) : '-').toBe(expected)
  })
})
