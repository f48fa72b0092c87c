/**
 * The source offsets of a text, held as runs: a text's characters mostly come from consecutive characters of the
 * source, so a pair (index in the text, source offset) where the step breaks stands for all of them, not four bytes
 * a character (190 MB of typed arrays in a 50 MB document). A character's offset is found by binary search.
 */
import type {SourceOffsets} from '../document/types.js'

const empty = new Int32Array(0)

export class OffsetRuns implements SourceOffsets {
  /**
   * `starts[r]` is the index (in the whole, unsliced text) where run r begins, `values[r]` its source offset; a run
   * goes on with offsets one apart. This view covers indices [base, base + length) of the whole, runs
   * [firstRun, lastRun] of them.
   */
  private constructor(
    private readonly starts: Int32Array,
    private readonly values: Int32Array,
    private readonly base: number,
    readonly length: number,
    private readonly firstRun: number,
    private readonly lastRun: number
  ) {}

  static readonly empty = new OffsetRuns(empty, empty, 0, 0, 0, -1)

  /** Runs as a builder leaves them (`starts` ascending from 0), over `length` characters. */
  static of(starts: Int32Array, values: Int32Array, length: number): OffsetRuns {
    return length === 0
      ? OffsetRuns.empty
      : new OffsetRuns(starts, values, 0, length, 0, starts.length - 1)
  }

  /** How many runs this view spans: what it holds in memory, two numbers a run. */
  get runs(): number {
    return this.lastRun - this.firstRun + 1
  }

  /** The run holding whole index `at`, searched within this view's runs. */
  private runOf(at: number): number {
    let lo = this.firstRun
    let hi = this.lastRun
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= at) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** The source offset of character `index`; undefined outside the text, as an array's index would be. */
  offsetAt(index: number): number | undefined {
    if (!(index >= 0 && index < this.length)) return undefined
    const at = this.base + index
    const r = this.runOf(at)
    return this.values[r]! + at - this.starts[r]!
  }

  /** Characters [start, end) (clamped, as `subarray` does): a view sharing the runs. */
  slice(start: number, end = this.length): OffsetRuns {
    const s = Math.max(0, Math.min(start, this.length))
    const e = Math.max(s, Math.min(end, this.length))
    if (e === s) return OffsetRuns.empty
    if (s === 0 && e === this.length) return this
    const base = this.base + s
    return new OffsetRuns(
      this.starts,
      this.values,
      base,
      e - s,
      this.runOf(base),
      this.runOf(base + e - s - 1)
    )
  }

  /** The first index whose offset is at least `offset`, or -1 (`findIndex((o) => o >= offset)`). */
  firstAtLeast(offset: number): number {
    for (let r = this.firstRun; r <= this.lastRun; r++) {
      const from = Math.max(this.starts[r]!, this.base)
      const to = Math.min(
        r < this.lastRun ? this.starts[r + 1]! : Infinity,
        this.base + this.length
      )
      const first = this.values[r]! + from - this.starts[r]!
      const last = first + to - from - 1
      if (last >= offset) return from - this.base + Math.max(0, offset - first)
    }
    return -1
  }

  /** Calls `each(start, offset, count)` for each stretch of consecutive offsets of characters [start, end), in order. */
  forEachRun(
    each: (start: number, offset: number, count: number) => void,
    start = 0,
    end = this.length
  ): void {
    const s = this.base + Math.max(0, start)
    const e = this.base + Math.min(end, this.length)
    if (e <= s) return
    for (let r = this.runOf(s); r <= this.lastRun && this.starts[r]! < e; r++) {
      const from = Math.max(this.starts[r]!, s)
      const to = Math.min(r < this.lastRun ? this.starts[r + 1]! : e, e)
      each(from - this.base, this.values[r]! + from - this.starts[r]!, to - from)
    }
  }
}

/** Accumulates offsets, one character or a stretch at a time, into runs. */
export class OffsetRunsBuilder {
  private starts = new Int32Array(16)
  private values = new Int32Array(16)
  private runs = 0
  private used = 0
  /** The offset the next character would have to continue the last run. */
  private next = Number.NaN

  get length(): number {
    return this.used
  }

  /** The offset of the last character pushed; undefined when none is. */
  get last(): number | undefined {
    return this.used === 0 ? undefined : this.next - 1
  }

  /** `count` characters at consecutive offsets from `offset`. */
  pushRange(offset: number, count: number): void {
    if (count <= 0) return
    if (offset !== this.next) {
      if (this.runs === this.starts.length) {
        // Grown by half: a run list is small, and a doubling would leave up to half of it unused.
        const size = this.runs + (this.runs >> 1) + 16
        const starts = new Int32Array(size)
        const values = new Int32Array(size)
        starts.set(this.starts)
        values.set(this.values)
        this.starts = starts
        this.values = values
      }
      this.starts[this.runs] = this.used
      this.values[this.runs] = offset
      this.runs++
    }
    this.used += count
    this.next = offset + count
  }

  push(offset: number): void {
    this.pushRange(offset, 1)
  }

  /** The offsets of characters [start, end) of `from` (run by run where it is held as runs). */
  pushFrom(from: SourceOffsets, start = 0, end = from.length): void {
    if (from instanceof OffsetRuns)
      from.forEachRun((_, offset, count) => this.pushRange(offset, count), start, end)
    else for (let i = start; i < end; i++) this.push(from.offsetAt(i)!)
  }

  /** The runs so far, trimmed to their number. */
  build(): OffsetRuns {
    return OffsetRuns.of(
      this.starts.slice(0, this.runs),
      this.values.slice(0, this.runs),
      this.used
    )
  }
}
