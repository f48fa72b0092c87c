/** Authoritative links for canonical ids (shared/spec/citation-ids.md, "Authoritative links"). */

export function linkFor(id: string): string | null {
  const [kind, ...rest] = id.split('/')
  switch (kind) {
    case 'usc': {
      const [title, section] = rest
      if (!title || !section) return null
      if (section === 'ch')
        return rest[2]
          ? `https://www.law.cornell.edu/uscode/text/${title}/chapter-${rest[2]}`
          : null
      if (section === 'app') return `https://www.law.cornell.edu/uscode/text/${title}a`
      return `https://www.govinfo.gov/link/uscode/${title}/${section}`
    }
    case 'cfr': {
      const [title, unit] = rest
      if (!title || !unit) return null
      return unit.includes('.')
        ? `https://www.ecfr.gov/current/title-${title}/section-${unit}`
        : `https://www.ecfr.gov/current/title-${title}/part-${unit}`
    }
    case 'pl':
      return rest[1] ? `https://www.govinfo.gov/link/plaw/${rest[0]}/public/${rest[1]}` : null
    case 'privl':
      return rest[1] ? `https://www.govinfo.gov/link/plaw/${rest[0]}/private/${rest[1]}` : null
    case 'stat':
      return `https://www.govinfo.gov/link/statute/${rest[0]}/${rest[1]}`
    case 'fr':
      return `https://www.federalregister.gov/citation/${rest[0]}-FR-${rest[1]}`
    case 'eo':
      return `https://www.federalregister.gov/executive-order/${rest[0]}`
    case 'proc':
      // govinfo's Compilation of Presidential Documents links start in 2009 (Proclamation 8343).
      return Number(rest[0]) >= 8343
        ? `https://www.govinfo.gov/link/cpd/proclamation/${rest[0]}`
        : null
    case 'htsus':
      return rest[0] === 'ch'
        ? `https://hts.usitc.gov/search?query=${encodeURIComponent(`chapter ${rest[1]}`)}`
        : `https://hts.usitc.gov/search?query=${rest[0]}`
    case 'const':
      return rest[0] === 'amend'
        ? `https://constitution.congress.gov/browse/amendment-${rest[1]}`
        : `https://constitution.congress.gov/browse/article-${rest[1]}`
    default:
      return null
  }
}
