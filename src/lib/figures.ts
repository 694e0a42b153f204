/** The fields of a data point every export repeats (API JSON, CSV/JSON downloads): empty ones are null, never guessed. */
export interface FigureSource {
  series?: string;
  period: string;
  label?: string;
  value: number | null;
  unit?: string;
  printed?: string;
  quality: string;
  note?: string;
}

export function figureFields(p: FigureSource, datasetUnit: string) {
  return {
    series: p.series ?? null,
    period: p.period,
    label: p.label ?? null,
    value: p.value,
    unit: p.unit ?? datasetUnit,
    printed: p.printed ?? null,
    quality: p.quality,
    note: p.note ?? null,
  };
}
