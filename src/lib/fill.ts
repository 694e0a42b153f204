/** Fills `{name}` placeholders in interface text read from the page (the browser-side half of `t()`). */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
