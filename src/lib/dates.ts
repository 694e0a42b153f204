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
