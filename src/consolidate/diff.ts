/**
 * A unified diff of two lists of lines (here, paragraphs), as `diff -u` prints one: the longest common
 * subsequence, then hunks with up to three lines of context.
 */

type Edit = {kind: ' ' | '-' | '+'; line: string; a: number; b: number}

function edits(a: readonly string[], b: readonly string[]): Edit[] {
  // Lengths of the longest common subsequence of every pair of suffixes.
  const n = a.length
  const m = b.length
  const lcs = Array.from({length: n + 1}, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const out: Edit[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) out.push({kind: ' ', line: a[i++]!, a: i, b: ++j})
    // What goes before what comes, as diff prints them.
    else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
      out.push({kind: '-', line: a[i++]!, a: i, b: j})
    else out.push({kind: '+', line: b[j++]!, a: i, b: j})
  }
  return out
}

/** The diff, with `---`/`+++` headers naming each side; empty when the two are the same. */
export function unifiedDiff(
  a: readonly string[],
  b: readonly string[],
  fromName: string,
  toName: string,
  context = 3
): string {
  const all = edits(a, b)
  const changed = all.flatMap((e, k) => (e.kind === ' ' ? [] : [k]))
  if (changed.length === 0) return ''
  const lines = [`--- ${fromName}`, `+++ ${toName}`]
  let k = 0
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context)
    let end = Math.min(all.length, changed[k]! + context + 1)
    while (k + 1 < changed.length && changed[k + 1]! - context <= end) {
      k++
      end = Math.min(all.length, changed[k]! + context + 1)
    }
    const hunk = all.slice(start, end)
    // Line numbers where the hunk starts on each side (1-based), and how many lines it spans there.
    const aStart = hunk.find((e) => e.kind !== '+')?.a ?? all[start]!.a + 1
    const bStart = hunk.find((e) => e.kind !== '-')?.b ?? all[start]!.b + 1
    const aCount = hunk.filter((e) => e.kind !== '+').length
    const bCount = hunk.filter((e) => e.kind !== '-').length
    lines.push(
      `@@ -${aCount ? aStart : aStart - 1},${aCount} +${bCount ? bStart : bStart - 1},${bCount} @@`
    )
    for (const e of hunk) lines.push(`${e.kind}${e.line}`)
    k++
  }
  return `${lines.join('\n')}\n`
}
