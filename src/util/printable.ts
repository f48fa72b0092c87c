/**
 * Text from documents and file names made safe to print. A terminal obeys escape sequences (to move the cursor,
 * retitle the window, rewrite what was printed) and a CI runner obeys workflow commands at the start of any line
 * (`::error`, `::add-mask::`): printed raw, a stranger's file could do either.
 */

/** Our own colours (SGR: ESC [ digits m) pass; every other control character is shown, not obeyed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const control = /\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]/g

/** The visible stand-in of a control character: `\x1b`, `\u0085`. */
const shown = (ch: string) => {
  const code = ch.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Lines of output as they may be printed: line breaks kept, other control characters shown. */
export function printable(text: string): string {
  return text.replace(control, shown)
}

/** A value printed within one line (a file name, a title): its line breaks shown too, so it cannot start a line. */
export function printableLine(text: string): string {
  return printable(text).replace(/[\n\u2028\u2029]/g, shown)
}
