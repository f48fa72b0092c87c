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

/**
 * A text with the characters of a set and whole words of a list taken off its end, in any order and as often as they
 * come ("x, and by " -> "x"), read from the end once: `/(?:[\s,]|\band\b|\bby\b)*$/` is quadratic as above.
 */
export function trimEndOfWords(text: string, chars: RegExp, words: readonly string[]): string {
  const wordChar = /\w/
  let end = text.length
  for (;;) {
    while (end > 0 && chars.test(text[end - 1]!)) end--
    const word = words.find(
      (w) =>
        end >= w.length &&
        text.endsWith(w, end) &&
        (end === w.length || !wordChar.test(text[end - w.length - 1]!)) &&
        (end === text.length || !wordChar.test(text[end]!))
    )
    if (!word) break
    end -= word.length
  }
  return end === text.length ? text : text.slice(0, end)
}
