/** Month names, English, as printed in dates ("January 30, 2017"). */
export const months: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]

/** Number words: cardinals and ordinals up to nineteen, by value. */
const units: Record<string, number> = {}
const unitWords = [
  ['zero', 'zeroth'],
  ['one', 'first'],
  ['two', 'second'],
  ['three', 'third'],
  ['four', 'fourth'],
  ['five', 'fifth'],
  ['six', 'sixth'],
  ['seven', 'seventh'],
  ['eight', 'eighth'],
  ['nine', 'ninth'],
  ['ten', 'tenth'],
  ['eleven', 'eleventh'],
  ['twelve', 'twelfth'],
  ['thirteen', 'thirteenth'],
  ['fourteen', 'fourteenth'],
  ['fifteen', 'fifteenth'],
  ['sixteen', 'sixteenth'],
  ['seventeen', 'seventeenth'],
  ['eighteen', 'eighteenth'],
  ['nineteen', 'nineteenth']
] as const
unitWords.forEach((words, value) => {
  for (const w of words) units[w] = value
})

/** Tens words, cardinal and ordinal. */
const tens: Record<string, number> = {}
const tensWords = [
  ['twenty', 'twentieth'],
  ['thirty', 'thirtieth'],
  ['forty', 'fortieth'],
  ['fifty', 'fiftieth'],
  ['sixty', 'sixtieth'],
  ['seventy', 'seventieth'],
  ['eighty', 'eightieth'],
  ['ninety', 'ninetieth']
] as const
tensWords.forEach((words, i) => {
  for (const w of words) tens[w] = (i + 2) * 10
})

/** Multipliers. */
const scales: Record<string, number> = {
  hundred: 100,
  hundredth: 100,
  thousand: 1000,
  thousandth: 1000
}

/**
 * Read a number written in words, cardinal or ordinal: "fourteenth" -> 14,
 * "two thousand twenty-six" -> 2026, "nineteen hundred and ninety-five" -> 1995,
 * "two hundred and fiftieth" -> 250. Returns undefined for anything else.
 */
export function wordsToNumber(words: string): number | undefined {
  const tokens = words
    .toLowerCase()
    .split(/[\s\u00a0-]+/)
    .filter((t) => t && t !== 'and')
  if (tokens.length === 0) return undefined
  let total = 0
  let current = 0
  for (const token of tokens) {
    if (token in units) current += units[token]!
    else if (token in tens) current += tens[token]!
    else if (token in scales) {
      const scale = scales[token]!
      if (scale === 1000) {
        total += (current || 1) * 1000
        current = 0
      } else current = (current || 1) * scale
    } else return undefined
  }
  return total + current
}
