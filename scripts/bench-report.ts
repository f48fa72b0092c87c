/**
 * What every benchmark prints around its figures: when and where it ran (date,
 * Node.js, processor, load), the machine's own reference speed (single-thread
 * bare remark-parse on the same texts, since this machine's speed drifts by a
 * quarter within minutes and figures are only comparable through it), and each
 * target met or MISSED, with exit code 1 when one is missed.
 */
import {cpus, loadavg, totalmem} from 'node:os'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

/** One line: date, Node.js, processor and cores, memory, load averages. */
export function machineLine(): string {
  const cpu = cpus()
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node.js ${process.versions.node}, ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown processor'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${load}`
}

/** Single-thread bare `unified().use(remarkParse).parse` over the texts, in MB/s (one warm-up, best of `rounds`). */
export function bareRemarkMbPerSecond(texts: readonly string[], rounds = 2): number {
  const parser = unified().use(remarkParse)
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
  const once = (): number => {
    const start = performance.now()
    for (const t of texts) parser.parse(t)
    return (performance.now() - start) / 1000
  }
  once()
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < rounds; i++) best = Math.min(best, once())
  return mb / best
}

/** Targets a benchmark checks; `report` prints them and sets the exit code. */
export class Targets {
  readonly #results: Array<{name: string; met: boolean; text: string}> = []

  /** `value` against `limit`: `at-most` (times, ratios of cost) or `at-least` (speeds). */
  check(
    name: string,
    value: number,
    bound: 'at-most' | 'at-least',
    limit: number,
    unit = ''
  ): boolean {
    const met = bound === 'at-most' ? value <= limit : value >= limit
    // Three significant digits, whole numbers as they are (1024 MB, not 1020).
    const shown = (n: number) =>
      `${Math.abs(n) >= 100 ? Math.round(n) : Number(n.toPrecision(3))}${unit}`
    this.#results.push({
      name,
      met,
      text: `${shown(value)} (target ${bound === 'at-most' ? '<=' : '>='} ${shown(limit)})`
    })
    return met
  }

  /** Prints every target, met or MISSED; exit code 1 when one was missed. */
  report(): void {
    const missed = this.#results.filter((r) => !r.met)
    console.log(
      `\ntargets: ${this.#results.length - missed.length} of ${this.#results.length} met${missed.length ? `; MISSED: ${missed.length}` : ''}`
    )
    for (const r of this.#results)
      console.log(`  ${r.met ? 'met   ' : 'MISSED'} ${r.name}: ${r.text}`)
    if (missed.length) process.exitCode = 1
  }
}
