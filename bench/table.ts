export interface FigureRow {
  figure: string;
  small: string;
  large: string;
  /** large / small, when the figure scales. */
  ratio?: string;
}

export function printTable(title: string, rows: readonly FigureRow[]): void {
  const header: FigureRow = {
    figure: 'figure',
    small: 'small',
    large: 'large',
    ratio: 'large/small',
  };
  const all = [header, ...rows];
  const width = (pick: (row: FigureRow) => string) =>
    Math.max(...all.map((row) => pick(row).length));
  const widths = [
    width((row) => row.figure),
    width((row) => row.small),
    width((row) => row.large),
    width((row) => row.ratio ?? ''),
  ];
  const line = (row: FigureRow) =>
    [
      row.figure.padEnd(widths[0] ?? 0),
      row.small.padStart(widths[1] ?? 0),
      row.large.padStart(widths[2] ?? 0),
      (row.ratio ?? '').padStart(widths[3] ?? 0),
    ].join('  ');
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
export const mb = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(1)} MB`);
export const kb = (value: number | null) =>
  value === null
    ? 'n/a'
    : value < 10_240
      ? `${Math.round(value)} B`
      : `${(value / 1024).toFixed(1)} KB`;
export const ratio = (large: number | null, small: number | null) =>
  large === null || small === null || small === 0 ? '' : `${(large / small).toFixed(1)}x`;
