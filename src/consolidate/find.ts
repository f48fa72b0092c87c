/**
 * Words an instruction quotes, found in a provision as a reader finds them: the quotation marks, dashes and
 * spacing of the instruction's printing set aside ("“March 4, 2025”" in a Federal Register printing is
 * ``March 4, 2025'' in another), the letters and their case as printed.
 */

/** Characters read as one another: each class stands for any of its members. */
const alike: ReadonlyArray<readonly [RegExp, string]> = [
  [/[“”"]/, "(?:[“”\"]|``|'')"],
  [/[‘’']/, "[‘’']"],
  [/[‐‑‒–—-]/, '[‐‑‒–—-]']
]

/** A pattern finding the words wherever they stand, spacing and quotation marks aside. */
export function wordsPattern(words: string): RegExp {
  // Federal Register plain text quotes ``so''.
  const source = [...words.trim().replace(/``/g, '“').replace(/''/g, '”')]
    .map((ch) => {
      if (/\s/.test(ch)) return '\\s+'
      const klass = alike.find(([re]) => re.test(ch))
      return klass ? klass[1] : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    })
    .join('')
    .replace(/(?:\\s\+)+/g, '\\s+')
  // "striking “the Secretary of Transportation” wherever it appears" reaches "The Secretary of Transportation is ...".
  const first = source[0] ?? ''
  const cased = /\p{L}/u.test(first)
    ? `[${first.toLowerCase()}${first.toUpperCase()}]${source.slice(1)}`
    : source
  return new RegExp(cased, 'g')
}

/** Every place the words stand in the text, in order. */
export function findWords(text: string, words: string): Array<{start: number; end: number}> {
  if (words.trim() === '') return []
  return [...text.matchAll(wordsPattern(words))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length
  }))
}

/** "each place it appears", "wherever it appears": the instruction changes every place, not the first. */
export const everyPlace =
  /\b(?:each\s+place|wherever|every\s+place|all\s+places|each\s+time|each\s+instance|everywhere)\b/i
