// @ts-check
// html-validate's rules for every page of the build (tests/site/html-validate.test.ts; or by hand:
// `npx html-validate dist-test`). The recommended preset, less two rules and with one tuned, each for the reason beside it. Only a
// style preference or a false positive may be turned off here; a real defect is fixed in the source.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Style: HTML's doctype is case-insensitive. Astro writes its redirect pages with `<!doctype html>` and the
    // rendered pages with `<!DOCTYPE html>`; both are the same doctype.
    'doctype-style': 'off',
    // Tuned by tests/site/titles.test.ts instead: a `<title>` stays within 70 characters unless the page's own title
    // is longer, and that title (often a law's or a document's official name) is never cut, so the whole title is
    // the right one there. This rule cannot make that exception.
    'long-title': 'off',
    // False positive: the search filters are a group of checkboxes sharing one name (`kind`), which the form submits
    // as `?kind=terms&kind=crimes`, HTML's way to send a set. The rule shares names among radio buttons and buttons
    // by default; checkboxes are added, and any other control with a repeated name still fails.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});
