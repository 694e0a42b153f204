/** Display of dates known to the year, month or day. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2019` → "2019", `2019-11` → "November 2019", `2019-11-05` → "5 November 2019". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Period of a data point for display: `2022-Q1` → "Q1 2022", ranges joined with an en dash. */
export function formatPeriod(period: string): string {
  return period
    .split('/')
    .map((p) => {
      const q = /^(\d{4})-([QH]\d)$/.exec(p);
      return q ? `${q[2]} ${q[1]}` : formatPartialDate(p);
    })
    .join(' – ');
}

/** Month a period piece (`2021`, `2021-Q2`, `2021-H1`, `2021-04`) starts or ends in, as a sortable `YYYY-MM`. */
function pieceMonth(piece: string, edge: 'start' | 'end'): string {
  const [y, part] = piece.split('-') as [string, string | undefined];
  const n = part ? Number(part.replace(/^[QH]/, '')) : 0;
  const span = part?.startsWith('Q') ? 3 : part?.startsWith('H') ? 6 : part ? 1 : 12;
  const month = part && span === 1 ? n : edge === 'start' ? (part ? (n - 1) * span + 1 : 1) : part ? n * span : 12;
  return `${y}-${String(month).padStart(2, '0')}`;
}

/** The whole span a set of periods covers, for display: "2019 – 2021", or just "2021" when they all share one. */
export function formatPeriodSpan(periods: string[]): string {
  const pieces = periods.map((p) => p.split('/'));
  if (!pieces.length) return '';
  const first = pieces.map((p) => p[0]!).sort((a, b) => pieceMonth(a, 'start').localeCompare(pieceMonth(b, 'start')))[0]!;
  const last = pieces.map((p) => p.at(-1)!).sort((a, b) => pieceMonth(b, 'end').localeCompare(pieceMonth(a, 'end')))[0]!;
  return first === last ? formatPeriod(first) : formatPeriod(`${first}/${last}`);
}
