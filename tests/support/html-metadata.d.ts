/** html-metadata (Wikimedia) ships no types: the parts the metadata test uses. */
declare module 'html-metadata' {
  type Meta = Record<string, string | string[]>;
  const htmlMetadata: {
    /** Every standard it finds, keyed by name; a standard the page lacks is absent. */
    loadFromString(html: string): Promise<{ highwirePress?: Meta; dublinCore?: Meta; openGraph?: Meta; twitter?: Meta; jsonLd?: unknown }>;
  };
  export default htmlMetadata;
}
