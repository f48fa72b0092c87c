import {describe, expect, it} from 'vitest'
import {effectiveWhen} from '../src/supersede/effective.js'
import {caseTable, parseCorpusFile} from './helpers.js'

/** Sentence, date, the document's date days are counted from ("-" or none: unknown), the phrase counted from. */
const cases = caseTable('effective-dates.tsv') as Array<[string, string, string?, string?]>

describe('effective dates in a sentence', () => {
  it.each(cases)('%s -> %s', (sentence, expected, signed, phrase) => {
    const when = effectiveWhen(sentence, signed && signed !== '-' ? signed : null)
    expect(when?.date ?? '-').toBe(expected)
    expect(when?.phrase ?? '-').toBe(phrase ?? '-')
  })
})

/** Each entry's provision, action, first target and effective date, for the entries on `target`. */
async function datesOn(file: string, target: string) {
  const doc = await parseCorpusFile(file)
  return doc.supersessions
    .filter((s) => s.targets.includes(target))
    .map((s) => ({provision: s.provision, action: s.action, effective: s.effective ?? null}))
}

describe('effective dates set by another sentence of the document', () => {
  it("dates an action from the section it points to ('as of the effective dates specified in section 7')", async () => {
    // Sec. 7: "Schedule 8 is effective January 1, 2026. The other schedules ... are effective on the first day of the
    // first applicable pay period beginning on or after January 1, 2026."
    expect(await datesOn('2025-12-18-adjustments-rates-of-pay.md', 'eo/14132')).toEqual([
      {provision: 'Sec. 8', action: 'supersede', effective: '2026-01-01'}
    ])
  })

  it("dates a clause from a later clause naming it ('made by clause 1 of this proclamation')", async () => {
    expect(await datesOn('2025-06-03-aluminum-steel-232-50pct.md', 'proc/9705')).toEqual([
      {provision: '(1)', action: 'modify', effective: '2025-06-04'}
    ])
  })

  it("dates a section's actions from its own sentence ('The modifications set out in this section')", async () => {
    const doc = await parseCorpusFile('2026-02-20-de-minimis-continuing.md')
    const dated = doc.supersessions.filter((s) => s.action === 'amend' && s.effective)
    expect(dated.length).toBeGreaterThan(0)
    expect(new Set(dated.map((s) => s.effective))).toEqual(new Set(['2026-02-24']))
  })

  it("counts days from the document's date, keeping the phrase ('3 days after the date of this order')", async () => {
    const doc = await parseCorpusFile('2025-09-05-reciprocal-tariff-scope.md')
    expect(doc.signedDate).toBe('2025-09-05')
    expect(doc.supersessions.map((s) => [s.action, s.effective, s.effectivePhrase])).toEqual([
      ['amend', '2025-09-08', '3 days after the date of this order']
    ])
  })

  it("does not date the document from a clause's own date ('effective January 1, 2026, general note 16(a) ... is modified as set forth in Annex I to this proclamation')", async () => {
    const doc = await parseCorpusFile('2026-05-19-implement-consolidated-appropriations-act.md')
    const general = doc.supersessions.filter((s) => s.scope === 'general')
    expect(general.length).toBe(1)
    expect(general[0]!.effective).toBeUndefined()
  })

  it("leaves undated a change 'as of the date of publication of the Federal Register notice', though another section dates its own", async () => {
    // Sec. 2(d): "The tariffs set forth in subsection (a) of this section shall apply retroactively to products of
    // Japan entered ... on or after 12:01 a.m. eastern daylight time on August 7, 2025."
    expect(await datesOn('2025-09-04-us-japan-agreement-eo.md', 'proc/10908')).toEqual([
      {provision: 'Sec. 4(a)', action: 'modify', effective: null}
    ])
    expect((await datesOn('2025-09-04-us-japan-agreement-eo.md', 'eo/14257'))[0]).toEqual({
      provision: 'Sec. 2(a)',
      action: 'modify',
      effective: '2025-08-07'
    })
  })

  it("dates the whole order from 'This order shall apply retroactively to all entries ... made on or after'", async () => {
    expect(await datesOn('2025-04-29-tariff-stacking-eo.md', 'proc/9705')).toEqual([
      {provision: 'Sec. 3(a)(i)', action: 'modify', effective: '2025-03-04'},
      {provision: 'Sec. 3(a)(ii)', action: 'modify', effective: '2025-03-04'}
    ])
  })
})
