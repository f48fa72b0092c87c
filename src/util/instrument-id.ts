/**
 * The instrument part of a canonical id and the provision path after it. An instrument is named by its
 * number (`eo/14193`, two segments) or, where the text gives none, by its signing date and title
 * (`eo/2025-02-01/imposing-duties-to-address-the-synthetic-opioid-supply-chain-in-the-peoples-republic-of-china`,
 * three): `eo/2025-02-01/{slug}/2/g` is subsection (g) of section 2 of that order, as `eo/14195/2/g` is of 14195.
 */

/** A signing date as an id segment: `2025-02-01`. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Segments that name the instrument of an id: three for a dated id, else two. */
export function instrumentLength(id: string): number {
  const parts = id.split('/')
  return parts.length >= 3 && isoDate.test(parts[1]!) ? 3 : 2
}

/** An id cut into its instrument (`eo/14144`, `eo/2025-02-01/{slug}`) and the provision path after it. */
export function splitId(id: string): {instrument: string; kind: string; path: string[]} {
  const parts = id.split('/')
  const n = instrumentLength(id)
  return {instrument: parts.slice(0, n).join('/'), kind: parts[0]!, path: parts.slice(n)}
}

/** The instrument of an id, not a provision of it: eo/12866/4/a -> eo/12866; a dated id keeps its title. */
export const instrumentOf = (id: string): string => splitId(id).instrument

/** Whether an id names an instrument by date and title. */
export const isDatedId = (id: string): boolean => instrumentLength(id) === 3

/** A title as an id segment: lower case, apostrophes dropped, every other run of non-alphanumerics a hyphen. */
export function titleSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** The id of an instrument named by date and title: `eo/2025-02-01/{slug}`. */
export const datedId = (kind: string, date: string, title: string): string =>
  `${kind}/${date}/${titleSlug(title)}`
