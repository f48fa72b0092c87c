import {trimEndOf} from './trim-end.js'

/**
 * An end-anchored expression (`...$`) matched against the end of a text only: its last `window` characters before
 * any trailing spaces, the cut moved forward past a word it would split. Searched over a whole text, such an
 * expression is tried at every place and reads on to the end from each (quadratic, or worse where its parts
 * overlap), while the phrase it looks for is short. The match's `index` is in `text`.
 */
export function execAtEnd(pattern: RegExp, text: string, window: number): RegExpExecArray | null {
  const end = trimEndOf(text, /\s/).length
  if (end <= window) return pattern.exec(text)
  let cut = end - window
  while (cut < end && /\w/.test(text[cut - 1]!) && /\w/.test(text[cut]!)) cut++
  const m = pattern.exec(text.slice(cut))
  if (m) m.index += cut
  return m
}
