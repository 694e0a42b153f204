/**
 * The two licenses of this project: one for what it publishes (text, data, charts, citations), one for its code.
 * LICENSE at the repository root states both; the footer, the JSON exports and every page's JSON-LD name them.
 */
export interface License {
  /** SPDX identifier. */
  spdx: string;
  /** The short name readers know it by. */
  label: string;
  name: string;
  url: string;
}

/** Text, data, charts and citation files: Creative Commons Attribution 4.0 International. */
export const CONTENT_LICENSE: License = {
  spdx: 'CC-BY-4.0',
  label: 'CC BY 4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** The code that builds the site: the MIT License. */
export const CODE_LICENSE: License = {
  spdx: 'MIT',
  label: 'MIT',
  name: 'MIT License',
  url: 'https://opensource.org/license/mit',
};
