/** The site header's search box (SiteHeader), which a search's results page makes search as you type. */
export const siteSearchInputId = 'site-search'
