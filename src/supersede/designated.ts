/**
 * Designations an instrument made, told in the findings ("In Presidential Proclamation 7350 of October 2, 2000, the
 * President designated Ethiopia, the Republic of Guinea (Guinea), and the Republic of Mali (Mali) as beneficiary
 * sub-Saharan African countries for purposes of ..."), and the one a termination ends ("The designation of Ethiopia,
 * Guinea, and Mali as beneficiary sub-Saharan African countries ... is terminated"): the same role, a country in both.
 */

/** A designation made: who, in what role, by which instrument. */
export interface Designation {
  /** Names of the designated, each with its short form ("Republic of Guinea", "Guinea"). */
  readonly who: ReadonlySet<string>
  /** The role, its articles and plural taken off ("beneficiary sub-Saharan African country"). */
  readonly role: string
  readonly id: string
}

/** The role runs to "for purposes", "pursuant", "under" or a punctuation mark. */
const roleEnd = String.raw`(?=\s+(?:for\s+purposes|pursuant|under|effective)\b|[,;.])`

/** "In Proclamation 7350 ..., the President designated A, B (B), and C as beneficiary ... countries". */
const designatedIn = new RegExp(
  String.raw`\b(?<kind>Proclamation|Executive\s+Order)\s+(?:No\.\s*)?(?<number>\d{3,5})\b[^.;]{0,120}?\bdesignated\s+(?<who>[A-Z][^;.]{1,300}?)\s+as\s+(?<role>(?:an?\s+|the\s+)?[a-z][^,;.()]{3,80}?)${roleEnd}`,
  'g'
)

/** "The designation(s) of A, B, and C as beneficiary ... countries" in a subject. */
const designationOf = new RegExp(
  String.raw`\bdesignations?\s+of\s+(?<who>[A-Z][^;.]{1,300}?)\s+as\s+(?<role>(?:an?\s+|the\s+)?[a-z][^,;.()]{3,80}?)${roleEnd}`
)

/** "beneficiary sub-Saharan African countries" -> "beneficiary sub-saharan african country". */
function roleOf(printed: string): string {
  return printed
    .toLowerCase()
    .replace(/^(?:an?|the)\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/ies$/, 'y')
    .replace(/s$/, '')
}

/** "Ethiopia, the Republic of Guinea (Guinea), and Mali" -> Ethiopia, Republic of Guinea, Guinea, Mali. */
function namesOf(printed: string): Set<string> {
  const names = new Set<string>()
  for (const item of printed.split(/,\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+/)) {
    const short = /\(([^()]+)\)\s*$/.exec(item)?.[1]
    const name = item
      .replace(/\([^()]*\)/g, '')
      .replace(/^the\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim()
    if (name) names.add(name)
    if (short) names.add(short.trim())
  }
  return names
}

/** The designations the texts tell an instrument made. */
export function designationsIn(texts: Iterable<string>): Designation[] {
  const made: Designation[] = []
  for (const text of texts)
    for (const {groups} of text.matchAll(designatedIn))
      made.push({
        who: namesOf(groups!.who!),
        role: roleOf(groups!.role!),
        id: `${groups!.kind!.startsWith('P') ? 'proc' : 'eo'}/${groups!.number}`
      })
  return made
}

/** The instruments that made the designation a subject names ("The designation of ... as ..."), if any. */
export function madeDesignation(subject: string, made: readonly Designation[]): string[] {
  const m = designationOf.exec(subject)
  if (!m || made.length === 0) return []
  const role = roleOf(m.groups!.role!)
  const who = namesOf(m.groups!.who!)
  return made
    .filter((d) => d.role === role && [...who].some((name) => d.who.has(name)))
    .map((d) => d.id)
}
