declare namespace App {
  interface Locals {
    /** The interface language of the page being rendered; set by src/middleware.ts from its address. */
    locale: import('./i18n').Locale;
    /** The numbered notes of the page being rendered; set by the entity page, read by <Cite>. */
    notes?: import('./lib/notes').Note[];
  }
}

/** subset-font ships no types: it takes a font and the text to keep, and returns the smaller font. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[]; variationAxes?: Record<string, number> },
  ): Promise<Buffer>;
}
