/** Text laid out for a terminal: paragraphs wrapped, one-line fields cut, at the output's width. */

/** The terminal's width, or 80 when the output is not a terminal (a pipe, a file, a test). */
export function outputWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80
}

/**
 * `text` broken at spaces into lines of at most `width` characters, each starting with `indent`
 * (the first with `first`, default `indent`); a word longer than a line stands on its own.
 * Spaces within a line stay as written (aligned columns stay aligned); a line break is a space.
 */
export function wrap(text: string, width: number, indent = '', first = indent): string[] {
  const lines: string[] = []
  let line = first
  let empty = true
  // Words, each with the spaces written before it.
  for (const [, space, word] of text
    .replace(/\n/g, ' ')
    .trim()
    .matchAll(/(\s*)(\S+)/gy)) {
    if (!empty && line.length + space!.length + word!.length > width) {
      lines.push(line)
      line = indent
      empty = true
    }
    line += empty ? word : `${space}${word}`
    empty = false
  }
  lines.push(line.trimEnd())
  return lines
}

/** `text` cut to `width` characters, an ellipsis marking the cut. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1)).trimEnd()}…`
}
