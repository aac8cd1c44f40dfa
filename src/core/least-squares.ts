/**
 * The lowest total squared error that any weights and bias can reach with a linear neuron
 * (p = w·x + b) on a data set: ordinary least squares, solved from the normal equations.
 * The race uses it as the unclipped neuron's floor: a straight line cannot pass through the
 * article's four devices, so its loss can approach this value but never zero.
 */
export function leastSquaresLoss(
  inputs: readonly (readonly number[])[],
  labels: readonly number[],
): number {
  const rows = inputs.map((x) => [...x, 1]);
  const size = rows[0]?.length ?? 0;
  if (size === 0 || rows.length !== labels.length) {
    throw new RangeError('least squares needs as many labels as input rows, and at least one row');
  }
  // Normal equations (XᵀX) β = Xᵀy, as one augmented matrix.
  const system = Array.from({ length: size }, (_, i) => {
    const row = Array.from({ length: size }, (_, j) =>
      rows.reduce((sum, r) => sum + (r[i] as number) * (r[j] as number), 0),
    );
    row.push(rows.reduce((sum, r, k) => sum + (r[i] as number) * (labels[k] as number), 0));
    return row;
  });
  const beta = solve(system);
  return rows.reduce((sum, r, k) => {
    const prediction = r.reduce((p, value, j) => p + value * (beta[j] as number), 0);
    const error = (labels[k] as number) - prediction;
    return sum + error * error;
  }, 0);
}

/** Gauss–Jordan elimination with partial pivoting; a singular system keeps 0 for free unknowns. */
function solve(augmented: readonly (readonly number[])[]): number[] {
  const n = augmented.length;
  const m: Float64Array[] = augmented.map((row) => Float64Array.from(row));
  const at = (r: number, c: number) => (m[r] as Float64Array)[c] as number;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(at(r, col)) > Math.abs(at(pivot, col))) pivot = r;
    if (Math.abs(at(pivot, col)) < 1e-15) continue;
    const lead: Float64Array = m[pivot] as Float64Array;
    m[pivot] = m[col] as Float64Array;
    m[col] = lead;
    const divisor = lead[col] as number;
    lead.forEach((value, c) => (lead[c] = value / divisor));
    for (let r = 0; r < n; r++) {
      const row = m[r] as Float64Array;
      if (r === col) continue;
      const factor = row[col] as number;
      row.forEach((value, c) => (row[c] = value - factor * (lead[c] as number)));
    }
  }
  return m.map((row, i) => (Math.abs(row[i] as number) < 1e-15 ? 0 : (row[n] as number)));
}
