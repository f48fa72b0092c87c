/** What a command may do to the outside world, so tests can run commands in-process. */
export interface CommandIo {
  out: (line: string) => void
  err: (line: string) => void
}

/** Bad usage: the CLI prints the message and the command's help and exits 2. */
export class UsageError extends Error {}
