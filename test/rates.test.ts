import {describe, expect, it} from 'vitest'
import {describeRate, rateChange} from '../src/supersede/rates.js'
import {caseTable} from './helpers.js'

const cases = caseTable('rate-changes.tsv') as Array<[string, string]>

describe('rate changes', () => {
  it.each(cases)('%s -> %s', (sentence, expected) => {
    const change = rateChange(sentence)
    expect(change ? describeRate(change) : '-').toBe(expected)
  })
})
