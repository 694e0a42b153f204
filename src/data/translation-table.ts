/** The translation-status report's shape and its table: plain code, so the build's config can print it. */

export interface KindStatus {
  kind: string;
  pages: number;
  /** Pages whose main text is written in Chinese. */
  written: number;
  /** Entities with a Chinese edition (summary and names in Chinese) but no Chinese main text yet. */
  summaryOnly: string[];
  /** Entities with no Chinese edition at all. */
  untranslated: string[];
}

/** The share of a kind written in Chinese, in whole per cent (a kind with no pages counts as done). */
export const sharePct = (s: KindStatus): number => (s.pages ? Math.floor((100 * s.written) / s.pages) : 100);

/** The report as a Markdown table, as the README and the build log show it. */
export function statusTable(status: KindStatus[]): string {
  const rows = status.map((s) => `| ${s.kind} | ${s.written} / ${s.pages} | ${sharePct(s)}% |`);
  return ['| Kind | Main text in Chinese | Share |', '| --- | --- | --- |', ...rows].join('\n');
}
