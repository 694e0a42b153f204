/**
 * The document `<title>`: the page's own title first and whole, then the site's name when it fits. Search engines
 * show about 60 to 70 characters of a title and cut the rest; a long site-name suffix would push the page's own words
 * past that point on every long page, so a shorter name stands in, or none. The page's own title is never cut: it
 * is often an official name (a law, a document) that a shortened form would misquote.
 */

/** The longest `<title>` that fits where search results show titles (html-validate's `long-title` default). */
export const TITLE_MAX = 70;

/** Characters as a reader counts them (code points, so a character outside the BMP counts once). */
export const titleLength = (s: string): number => [...s].length;

/**
 * `title · name` with the first of `names` (longest first: the site's name, then its short name) that keeps the whole
 * within `max` characters; the title alone when none fits, or when it is itself one of the names (the home page).
 */
export function documentTitle(title: string, names: readonly string[], max = TITLE_MAX): string {
  if (names.includes(title)) return title;
  return names.map((name) => `${title} · ${name}`).find((full) => titleLength(full) <= max) ?? title;
}
