/** What a command may do to the outside world, so tests can run commands in-process. */
export interface CommandIo {
  out: (line: string) => void
  err: (line: string) => void
  /** Redraw the progress line; only where there is a terminal to draw on (never in a pipe or CI). */
  progress?: (line: string) => void
  /** Colour diagnostics' severities (a terminal, or FORCE_COLOR; see `color.ts`). Default: false. */
  color?: boolean
  /** Standard input, read whole, for the input `-`. Absent: `-` is a usage error. */
  stdin?: () => Promise<Uint8Array>
}

/** Bad usage: the CLI prints the message and where to read the command's usage, and exits 2. */
export class UsageError extends Error {}
