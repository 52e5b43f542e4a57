/**
 * The widest cell of each given column of a table (`widths[j]` of a row: its cell's width plus
 * padding), kept up as rows come and go: how many rows have each width, per column. A repeat of
 * KeyedTable in which a few rows changed then adjusts a few counts instead of reading every row.
 */
export class WidthCounts {
  private counts: number[][] = [];
  private max: number[] = [];
  valid = false;

  constructor(private readonly columns: readonly number[]) {}

  reset(): void {
    this.counts = this.columns.map(() => []);
    this.max = this.columns.map(() => 0);
    this.valid = true;
  }

  add(row: { readonly widths: readonly number[] }): void {
    const { columns, counts, max } = this;
    for (let k = 0; k < columns.length; k++) {
      const w = row.widths[columns[k] as number] as number;
      const count = counts[k] as number[];
      count[w] = (count[w] ?? 0) + 1;
      if (w > (max[k] as number)) max[k] = w;
    }
  }

  /** `row` stands where `old` stood. */
  replace(old: { readonly widths: readonly number[] }, row: { readonly widths: readonly number[] }): void {
    const { columns, counts, max } = this;
    for (let k = 0; k < columns.length; k++) {
      const j = columns[k] as number;
      const was = old.widths[j] as number;
      const w = row.widths[j] as number;
      if (w === was) continue;
      const count = counts[k] as number[];
      count[was] = (count[was] as number) - 1;
      count[w] = (count[w] ?? 0) + 1;
      if (w > (max[k] as number)) max[k] = w;
    }
  }

  /** The widest width of the k-th column, at least `min`. */
  widest(k: number, min: number): number {
    const count = this.counts[k] as number[];
    let w = this.max[k] as number;
    while (w > min && !count[w]) w--;
    this.max[k] = w;
    return Math.max(w, min);
  }
}
