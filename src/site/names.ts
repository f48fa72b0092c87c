/**
 * What a canonical id is called on a page: "19 U.S.C. 1862(c)", "clause 2 of Proclamation 9705",
 * "section 3(b) of Executive Order 14257". Built from the id alone, never from a document's text.
 */

/** "(c)(3)": designators as lawyers print them after a section. */
const designated = (path: readonly string[]): string => path.map((p) => `(${p})`).join('')

/** A provision path of an order or proclamation: 3, b -> "3(b)". */
const provisionPath = ([head, ...rest]: readonly string[]): string =>
  `${head ?? ''}${designated(rest)}`

/** How each kind of id reads, by its prefix; an id of a prefix not listed reads as itself. */
const namers: Readonly<Record<string, (parts: readonly string[]) => string | null>> = {
  usc([title, section, ...rest]) {
    if (section === 'ch') return `chapter ${rest[0]} of title ${title}, U.S.C.`
    if (section === 'app') return `${title} U.S.C. App.`
    if (rest[0] === 'note') return `${title} U.S.C. ${section} note`
    return `${title} U.S.C. ${section}${designated(rest)}`
  },
  cfr: ([title, unit, ...rest]) =>
    `${title} CFR ${unit?.includes('.') ? '' : 'part '}${unit}${designated(rest)}`,
  pl: ([congress, number, ...rest]) =>
    `Public Law ${congress}-${number}${rest.length ? `, section ${provisionPath(rest)}` : ''}`,
  privl: ([congress, number]) => `Private Law ${congress}-${number}`,
  stat: ([volume, page]) => `${volume} Stat. ${page}`,
  fr: ([volume, page]) => `${volume} FR ${page}`,
  eo: (parts) => instrument('Executive Order', 'section', parts),
  proc: (parts) => instrument('Proclamation', 'clause', parts),
  nsm: ([n]) => `National Security Memorandum ${n}`,
  nspm: ([n]) => `NSPM-${n}`,
  ppd: ([n]) => `PPD-${n}`,
  nspd: ([n]) => `NSPD-${n}`,
  hspd: ([n]) => `HSPD-${n}`,
  pdd: ([n]) => `PDD-${n}`,
  nsd: ([n]) => `NSD-${n}`,
  nsdd: ([n]) => `NSDD-${n}`,
  nssm: ([n]) => `NSSM-${n}`,
  psd: ([n]) => `PSD-${n}`,
  htsus: ([a, b, ...subs]) =>
    a === 'ch'
      ? `HTSUS chapter ${b}`
      : a === 'gn'
        ? `HTSUS general note ${b}${subs.map((s) => `(${s})`).join('')}`
        : `HTSUS heading ${a}`,
  const(parts) {
    if (parts[0] === 'amend') return `Amendment ${parts[1]} to the Constitution`
    const [, article, , section, , clause] = parts
    return `Article ${article}${section ? `, section ${section}` : ''}${clause ? `, clause ${clause}` : ''} of the Constitution`
  },
  act: ([slug, section, ...rest]) =>
    `section ${section}${designated(rest)} of the ${(slug ?? '').replace(/-/g, ' ')}`,
  doc: ([id]) => `the document ${id}`
}

/** "Executive Order 14257", "section 3(b) of Executive Order 14257", "the Executive Order of 2025-02-01". */
function instrument(name: string, part: string, parts: readonly string[]): string {
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(parts[0] ?? '')
  const whole = dated ? `the ${name} of ${parts[0]}` : `${name} ${parts[0]}`
  const path = parts.slice(dated ? 2 : 1)
  return path.length ? `${part} ${provisionPath(path)} of ${whole}` : whole
}

/** The name of an id as a page prints it. */
export function idName(id: string): string {
  const [prefix, ...parts] = id.split('/')
  const namer = prefix ? namers[prefix] : undefined
  return (namer && parts.length > 0 && namer(parts)) || id
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/** An ISO date as people read it: 2025-06-03 -> "June 3, 2025"; anything else as it is. */
export function longDate(iso: string | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '')
  const month = m ? months[Number(m[2]) - 1] : undefined
  if (!m || !month) return iso ?? 'undated'
  return `${month} ${Number(m[3])}, ${m[1]}`
}

/** What each action did, as a status line says it ("amended by ..."). */
export const actionDone: Readonly<Record<string, string>> = {
  revoke: 'revoked',
  supersede: 'superseded',
  amend: 'amended',
  suspend: 'suspended',
  reinstate: 'reinstated',
  terminate: 'terminated',
  modify: 'modified',
  continue: 'continued'
}

/** What each action does, as the acting provision says it ("amends ..."). */
export const actionDoes: Readonly<Record<string, string>> = {
  revoke: 'revokes',
  supersede: 'supersedes',
  amend: 'amends',
  suspend: 'suspends',
  reinstate: 'reinstates',
  terminate: 'terminates',
  modify: 'modifies',
  continue: 'continues'
}
