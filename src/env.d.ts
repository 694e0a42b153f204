declare namespace App {
  interface Locals {
    /** The interface language of the page being rendered; set by src/middleware.ts from its address. */
    locale: import('./i18n').Locale;
    /** The numbered notes of the page being rendered; set by the entity page, read by <Cite>. */
    notes?: import('./lib/notes').Note[];
  }
}
