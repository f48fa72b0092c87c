/**
 * The rate a tariff action sets, as its sentence prints it ("are modified to increase the respective tariff
 * rates from an additional 25 percent ad valorem to an additional 50 percent ad valorem"; "shall be reduced
 * to 10 percent in lieu of 25 percent"; "shall instead be subject to an additional ad valorem rate of duty of
 * 10 percent"): what a reader of an instrument's history wants next to each modification.
 */

export interface RateChange {
  /** The rate before, where the sentence says it ("25 percent"). */
  from?: string
  /** The rate set ("50 percent"). */
  to: string
}

const percent = String.raw`(\d+(?:\.\d+)?)\s*(?:percent|%)`
/** Words that may stand between "from"/"to" and the figure. */
const lead = String.raw`(?:an\s+)?(?:additional\s+)?`

/** The forms, each with the group numbers of its rates; tried in order, the first that matches wins. */
const forms: ReadonlyArray<{pattern: RegExp; from?: number; to: number}> = [
  {
    pattern: new RegExp(String.raw`\bfrom\s+${lead}${percent}[^.;]{0,40}?\bto\s+${lead}${percent}`),
    from: 1,
    to: 2
  },
  {
    pattern: new RegExp(
      String.raw`\bto\s+${lead}${percent}[^.;]{0,30}?\bin\s+lieu\s+of\s+${lead}${percent}`
    ),
    from: 2,
    to: 1
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:increase[ds]?|reduce[ds]?|raise[ds]?|lower(?:ed|s)?|decrease[ds]?)\b[^.;]{0,80}?\bto\s+${lead}${percent}`
    ),
    to: 1
  },
  {
    pattern: new RegExp(
      String.raw`\bsubject\s+to\s+${lead}(?:ad\s+valorem\s+)?(?:rate\s+of\s+duty\s+of\s+|tariff\s+of\s+|duty\s+of\s+)?${lead}${percent}`
    ),
    to: 1
  },
  {pattern: new RegExp(String.raw`\bat\s+a\s+rate\s+of\s+${lead}${percent}`), to: 1}
]

/** The rate change a sentence prints, or null when it prints none. */
export function rateChange(sentence: string): RateChange | null {
  for (const form of forms) {
    const m = form.pattern.exec(sentence)
    if (!m) continue
    const to = `${m[form.to]} percent`
    return form.from === undefined ? {to} : {from: `${m[form.from]} percent`, to}
  }
  return null
}

/** "rate 25% -> 50%", "rate to 10%". */
export function describeRate(change: RateChange): string {
  const short = (rate: string) => rate.replace(' percent', '%')
  return change.from
    ? `rate ${short(change.from)} -> ${short(change.to)}`
    : `rate to ${short(change.to)}`
}
