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
