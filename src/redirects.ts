/**
 * Old address → new address, for every published page that moved or was merged (paths without the base).
 * Astro writes a redirect page at each old address. Ids are meant never to change, so keep this list short.
 */
export const redirects: Record<string, string> = {
  // Issue 11: glossary headwords that were machine-translation literalisms now use the term readers know.
  '/terms/inner-ghost/': '/terms/insider/',
  '/terms/financial-master/': '/terms/financial-backer/',
  '/terms/drainage/': '/terms/traffic-diversion/',
  '/terms/cat-pool/': '/terms/modem-pool/',
  '/campaigns/strike-the-cat-pool/': '/campaigns/strike-the-modem-pool/',
};
