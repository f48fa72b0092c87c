/**
 * A text with the characters of a set taken off its end, read from the end once. `text.replace(/[\s,;]+$/, '')`
 * is quadratic: the engine tries every place where a run of those characters begins, and reads the run to
 * its end from each, only to find more text after it.
 */
export function trimEndOf(text: string, chars: RegExp): string {
  let end = text.length
  while (end > 0 && chars.test(text[end - 1]!)) end--
  return end === text.length ? text : text.slice(0, end)
}
