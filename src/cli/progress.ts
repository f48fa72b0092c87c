/** A progress bar for a terminal: done/total, percent, elapsed and an estimate of what is left. */

const width = 30

const clock = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** The line to draw for `done` of `total` items, `elapsed` seconds in. */
export function progressLine(done: number, total: number, elapsed: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(ratio * width)
  const left = done > 0 && done < total ? ` ~${clock((elapsed / done) * (total - done))} left` : ''
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${Math.floor(ratio * 100)}% ${clock(elapsed)}${left}`
}
