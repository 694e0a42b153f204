/**
 * Old address → new address, for every published page that moved or was merged (paths without the base).
 * Astro writes a redirect page at each old address. Ids are meant never to change, so keep this list short.
 */
export const redirects: Record<string, string> = {};
