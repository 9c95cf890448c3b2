// Linear algebra for the confidentiality audit (./suppression.ts): whether a sum of unknowns can be
// derived from published sums of unknowns. Each sum is given as the list of the unknowns it adds up
// (columns 0…width-1); Gaussian elimination over the reals, in floating point (the entries are small).

const EPSILON = 1e-9;

/** The published sums, reduced: a target lies in their span when it reduces to nothing. */
export type Basis = { width: number; rows: { pivot: number; values: Float64Array }[] };

function dense(columns: readonly number[], width: number): Float64Array {
  const values = new Float64Array(width);
  for (const column of columns) values[column] = 1;
  return values;
}

/** Removes from `values` its part along the basis rows; what is left is not derivable. */
function reduce(basis: Basis, values: Float64Array): Float64Array {
  for (const row of basis.rows) {
    const factor = values[row.pivot]!;
    if (Math.abs(factor) < EPSILON) continue;
    for (let i = 0; i < basis.width; i++) values[i] = values[i]! - factor * row.values[i]!;
  }
  return values;
}

export function basisOf(sums: readonly (readonly number[])[], width: number): Basis {
  const basis: Basis = { width, rows: [] };
  for (const sum of sums) {
    const values = reduce(basis, dense(sum, width));
    let pivot = -1;
    for (let i = 0; i < width; i++) if (Math.abs(values[i]!) > EPSILON && (pivot < 0 || Math.abs(values[i]!) > Math.abs(values[pivot]!))) pivot = i;
    if (pivot < 0) continue;
    const scale = values[pivot]!;
    for (let i = 0; i < width; i++) values[i] = values[i]! / scale;
    // Keep the basis reduced: the new pivot column is cleared from the earlier rows.
    for (const row of basis.rows) {
      const factor = row.values[pivot]!;
      if (Math.abs(factor) < EPSILON) continue;
      for (let i = 0; i < width; i++) row.values[i] = row.values[i]! - factor * values[i]!;
    }
    basis.rows.push({ pivot, values });
  }
  return basis;
}

/** Whether the sum of these unknowns follows from the published sums. */
export function derivable(basis: Basis, target: readonly number[]): boolean {
  if (target.length === 0) return false;
  return reduce(basis, dense(target, basis.width)).every((value) => Math.abs(value) < EPSILON);
}
