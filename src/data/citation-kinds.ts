/**
 * Citation kinds, by the prefix of their canonical ids (docs/citation-ids.md): the `type` a
 * citation of the kind carries, where its authoritative link points, and how far its ids roll up.
 * The one place a kind is defined: `CitationType`, `linkFor`, `rollUp` and the enums of the JSON
 * Schemas (tested against this table) all read it.
 */

/** What one kind of citation is; `parts` are the id's parts after the prefix. */
export interface CitationKind {
  /** What it cites, for people. */
  readonly name: string
  /** The citation's `type`: several prefixes may share one (`pl` and `privl` are both laws). */
  readonly type: string
  /**
   * Parts of an id naming the instrument cited (prefix included): `rollUp` lists an id and its
   * parents down to this many parts (`usc/19/1862/c` -> `usc/19/1862`; `eo/14257/3` -> `eo/14257`).
   */
  readonly rollUpDepth: number
  /** The authoritative link (docs/citation-ids.md, "Authoritative links"); null where none is. */
  readonly link: ((parts: readonly string[]) => string | null) | null
}

/** govinfo's Compilation of Presidential Documents links start in 2009 (Proclamation 8343). */
const firstLinkedProclamation = 8343

/** Law links differ in one word: `public` or `private`. */
const lawLink =
  (which: 'public' | 'private') =>
  ([congress, number]: readonly string[]): string | null =>
    number ? `https://www.govinfo.gov/link/plaw/${congress}/${which}/${number}` : null

/** Every kind, keyed by id prefix, in the order of the schemas' enums. */
export const citationKinds = {
  usc: {
    name: 'U.S. Code',
    type: 'usc',
    // Title and section; a chapter (usc/44/ch/35) is thus listed under usc/44/ch too, as it always was.
    rollUpDepth: 3,
    link([title, section, chapter]) {
      if (!title || !section) return null
      if (section === 'ch')
        return chapter
          ? `https://www.law.cornell.edu/uscode/text/${title}/chapter-${chapter}`
          : null
      if (section === 'app') return `https://www.law.cornell.edu/uscode/text/${title}a`
      return `https://www.govinfo.gov/link/uscode/${title}/${section}`
    }
  },
  act: {
    name: 'named act section (not in the table of popular names)',
    type: 'act',
    rollUpDepth: 3,
    link: null
  },
  cfr: {
    name: 'Code of Federal Regulations',
    type: 'cfr',
    rollUpDepth: 3,
    link([title, unit]) {
      if (!title || !unit) return null
      // "10.1" is a section, "705" a part.
      return unit.includes('.')
        ? `https://www.ecfr.gov/current/title-${title}/section-${unit}`
        : `https://www.ecfr.gov/current/title-${title}/part-${unit}`
    }
  },
  pl: {name: 'Public Law', type: 'pl', rollUpDepth: 3, link: lawLink('public')},
  privl: {name: 'Private Law', type: 'pl', rollUpDepth: 3, link: lawLink('private')},
  stat: {
    name: 'Statutes at Large',
    type: 'stat',
    rollUpDepth: 2,
    link: ([volume, page]) => `https://www.govinfo.gov/link/statute/${volume}/${page}`
  },
  fr: {
    name: 'Federal Register',
    type: 'fr',
    rollUpDepth: 2,
    link: ([volume, page]) => `https://www.federalregister.gov/citation/${volume}-FR-${page}`
  },
  eo: {
    name: 'Executive Order',
    type: 'eo',
    rollUpDepth: 2,
    // An order known only by date and title (eo/2026-02-20/{slug}) has no number to link by.
    link: ([number]) =>
      /^\d+$/.test(number ?? '')
        ? `https://www.federalregister.gov/executive-order/${number}`
        : null
  },
  proc: {
    name: 'Proclamation',
    type: 'proc',
    rollUpDepth: 2,
    link: ([number]) =>
      /^\d+$/.test(number ?? '') && Number(number) >= firstLinkedProclamation
        ? `https://www.govinfo.gov/link/cpd/proclamation/${number}`
        : null
  },
  nsm: {name: 'National Security Memorandum', type: 'memo', rollUpDepth: 2, link: null},
  nspm: {
    name: 'National Security Presidential Memorandum',
    type: 'memo',
    rollUpDepth: 2,
    link: null
  },
  ppd: {name: 'Presidential Policy Directive', type: 'memo', rollUpDepth: 2, link: null},
  // (ours) The numbered directives of earlier administrations, as the scheme numbers PPDs.
  nspd: {
    name: 'National Security Presidential Directive',
    type: 'memo',
    rollUpDepth: 2,
    link: null
  },
  hspd: {
    name: 'Homeland Security Presidential Directive',
    type: 'memo',
    rollUpDepth: 2,
    link: null
  },
  pdd: {name: 'Presidential Decision Directive', type: 'memo', rollUpDepth: 2, link: null},
  nsd: {name: 'National Security Directive', type: 'memo', rollUpDepth: 2, link: null},
  nsdd: {name: 'National Security Decision Directive', type: 'memo', rollUpDepth: 2, link: null},
  nssm: {name: 'National Security Study Memorandum', type: 'memo', rollUpDepth: 2, link: null},
  psd: {name: 'Presidential Study Directive', type: 'memo', rollUpDepth: 2, link: null},
  pm: {name: 'presidential memorandum, by date', type: 'memo', rollUpDepth: 2, link: null},
  pd: {name: 'Presidential Determination', type: 'memo', rollUpDepth: 2, link: null},
  htsus: {
    name: 'Harmonized Tariff Schedule',
    type: 'htsus',
    rollUpDepth: 2,
    link: ([heading, number]) =>
      heading === 'ch' || heading === 'gn'
        ? `https://hts.usitc.gov/search?query=${encodeURIComponent(`${heading === 'ch' ? 'chapter' : 'general note'} ${number}`)}`
        : `https://hts.usitc.gov/search?query=${heading}`
  },
  const: {
    name: 'Constitution',
    type: 'const',
    rollUpDepth: 2,
    link: ([unit, number]) =>
      unit === 'amend'
        ? `https://constitution.congress.gov/browse/amendment-${number}`
        : `https://constitution.congress.gov/browse/article-${number}`
  }
} as const satisfies Record<string, CitationKind>

/** The prefix of a canonical id: `usc`, `eo`, `nspm` ... */
export type IdPrefix = keyof typeof citationKinds

/** Kinds of citation: the `type` of a citation, one for several prefixes where they cite alike. */
export type CitationType = (typeof citationKinds)[IdPrefix]['type']

/** Id prefixes, in table order. */
export const idPrefixes = Object.keys(citationKinds) as IdPrefix[]

/** Citation types, each once, in table order. */
export const citationTypes: readonly CitationType[] = [
  ...new Set(idPrefixes.map((prefix) => citationKinds[prefix].type))
]

/** The citation type of the kind `prefix` names: what readers give a citation whose id they build with it. */
export function typeOf<P extends IdPrefix>(prefix: P): (typeof citationKinds)[P]['type'] {
  return citationKinds[prefix].type
}

/** The kind an id's prefix names, or undefined for a prefix no kind has. */
export function kindOfPrefix(prefix: string | undefined): CitationKind | undefined {
  return prefix !== undefined && Object.hasOwn(citationKinds, prefix)
    ? citationKinds[prefix as IdPrefix]
    : undefined
}
