export {
  buildSite,
  SiteError,
  siteMarker,
  type SiteOptions,
  type SitePhases,
  type SiteSummary
} from './build.js'
export {serveSite, type ServeOptions} from './serve.js'
