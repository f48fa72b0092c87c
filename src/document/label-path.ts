/** Provision labels as lawyers write a path of them: ["Sec. 2", "(b)", "(i)"] -> "Sec. 2(b)(i)". */
import type {ProvisionJson} from './types.js'

export function labelPath(path: string[]): string | null {
  if (path.length === 0) return null
  return path.map((l, i) => (i === 0 || l.startsWith('(') ? l : ` ${l}`)).join('')
}

/** Every provision at every depth, in document order, with its printed label path ("provision" when unlabelled). */
export function provisionsWithPaths(
  list: ProvisionJson[],
  prefix: string[] = []
): Array<{unit: string; provision: ProvisionJson}> {
  return list.flatMap((p) => {
    const here = p.label === null ? prefix : [...prefix, p.label]
    return [
      {unit: labelPath(here) ?? 'provision', provision: p},
      ...provisionsWithPaths(p.provisions, here)
    ]
  })
}

/**
 * A label path's designations as an id's segments: "Sec. 3(a)(ii)" -> 3, a, ii; "(3)(a)" -> 3, a; "Sec. 1-501(c)"
 * -> 1-501, c. Lower-cased, as ids compare.
 */
export function labelSegments(label: string): string[] {
  const rest = label.replace(/^(?:Sec(?:tion)?\.?|Clause|Part|Article)\s*/i, '')
  return [...rest.matchAll(/\(([^()]+)\)|([^\s()]+)/g)].map((m) =>
    (m[1] ?? m[2]!).replace(/\.$/, '').toLowerCase()
  )
}

/** Whether a document whose provisions have these label paths holds the provision `segments` names (3, a). */
export function holdsProvision(labels: readonly string[], segments: readonly string[]): boolean {
  const wanted = segments.map((s) => s.toLowerCase())
  return labels.some((label) => {
    const have = labelSegments(label)
    return wanted.length <= have.length && wanted.every((s, i) => have[i] === s)
  })
}
