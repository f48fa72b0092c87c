/**
 * Presidents whose documents the toolkit meets, with the name as printed in
 * signature blocks and their terms (inauguration day to the next one).
 * Data, not logic: used to recognise signature lines and to name the signer
 * where a printing leaves only a placeholder ("(Presidential Sig.)").
 */
export interface President {
  /** Name as printed in the signature block. */
  readonly name: string
  /** Other printed spellings of the signature. */
  readonly variants: readonly string[]
  /** Surname, as in typesetting placeholders (`<Clinton1>`, `Trump.EPS`). */
  readonly surname: string
  /** Terms as [first day, last day] ISO dates, inclusive. */
  readonly terms: ReadonlyArray<readonly [string, string]>
}

export const presidents: readonly President[] = [
  {name: 'RONALD REAGAN', variants: [], surname: 'Reagan', terms: [['1981-01-20', '1989-01-19']]},
  {
    name: 'GEORGE BUSH',
    variants: ['GEORGE H. W. BUSH'],
    surname: 'Bush',
    terms: [['1989-01-20', '1993-01-19']]
  },
  {
    name: 'WILLIAM J. CLINTON',
    variants: ['BILL CLINTON'],
    surname: 'Clinton',
    terms: [['1993-01-20', '2001-01-19']]
  },
  {name: 'GEORGE W. BUSH', variants: [], surname: 'Bush', terms: [['2001-01-20', '2009-01-19']]},
  {name: 'BARACK OBAMA', variants: [], surname: 'Obama', terms: [['2009-01-20', '2017-01-19']]},
  {
    name: 'DONALD J. TRUMP',
    variants: ['DONALD TRUMP'],
    surname: 'Trump',
    terms: [
      ['2017-01-20', '2021-01-19'],
      ['2025-01-20', '2029-01-19']
    ]
  },
  {
    name: 'JOSEPH R. BIDEN JR.',
    variants: ['JOSEPH R. BIDEN, JR.', 'JOSEPH R. BIDEN'],
    surname: 'Biden',
    terms: [['2021-01-20', '2025-01-19']]
  }
]

/** The president in office on an ISO date; inauguration day belongs to the incoming one. */
export function presidentOn(date: string): President | undefined {
  return presidents.find((p) => p.terms.some(([from, to]) => date >= from && date <= to))
}

const byName = new Map<string, President>()
for (const p of presidents) for (const n of [p.name, ...p.variants]) byName.set(n, p)

/** Look a printed signature name up ("JOSEPH R. BIDEN, JR." -> Biden). */
export function presidentByName(name: string): President | undefined {
  return byName.get(name.toUpperCase().replace(/\s+/g, ' ').replace(/\.$/, '.').trim())
}

/** Look a surname up, preferring the president in office on `date` when two share it. */
export function presidentBySurname(surname: string, date?: string): President | undefined {
  const all = presidents.filter((p) => p.surname.toLowerCase() === surname.toLowerCase())
  if (date) {
    const inOffice = presidentOn(date)
    if (inOffice && all.includes(inOffice)) return inOffice
  }
  return all[all.length - 1]
}
