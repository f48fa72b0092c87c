/**
 * Front matter keys the toolkit reads or the corpora it serves print (whitehouse.gov pages, Federal
 * Register exports): what `front-matter-unknown-key` accepts without an `allow` option.
 */
export const knownFrontMatterKeys: ReadonlySet<string> = new Set([
  'title',
  'date',
  'source_url',
  'published_time',
  'modified_time',
  'tags',
  'document_type',
  'number',
  'citation',
  'fr_document_number',
  'govinfo_text_url',
  'origin',
  'origin_format',
  'metadata_source'
])

/** Keys every document must give (1 CFR 19.1: a suitable title; a date and the source make it citable). */
export const requiredFrontMatterKeys: readonly string[] = ['title', 'date', 'source_url']
