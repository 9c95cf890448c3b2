// The linear span of vectors of one length: which sums of withheld figures a set of published sums gives
// away (a sum is given away when its vector is a combination of the published ones). Gaussian
// elimination in floating point, which is exact enough for the 0/1 vectors of the reports' tables.

const EPSILON = 1e-9;

export class LinearSpan {
  /** Each vector of the basis is 1 at its pivot and 0 at the pivots of the vectors before it. */
  private readonly basis: { pivot: number; vector: Float64Array }[] = [];

  constructor(private readonly size: number) {}

  get rank(): number {
    return this.basis.length;
  }

  /** Adds a vector to the span (nothing changes when it is already in it). */
  add(vector: readonly number[]): void {
    const rest = this.reduce(vector);
    let pivot = -1;
    for (let i = 0; i < this.size; i++) if (Math.abs(rest[i]!) > EPSILON && (pivot < 0 || Math.abs(rest[i]!) > Math.abs(rest[pivot]!))) pivot = i;
    if (pivot < 0) return;
    const scale = rest[pivot]!;
    for (let i = 0; i < this.size; i++) rest[i] = rest[i]! / scale;
    this.basis.push({ pivot, vector: rest });
  }

  /** Whether the vector is a linear combination of the vectors added. */
  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((value) => Math.abs(value) <= EPSILON);
  }

  private reduce(vector: readonly number[]): Float64Array {
    if (vector.length !== this.size) throw new Error(`vector of ${vector.length}, span of ${this.size}`);
    const rest = Float64Array.from(vector);
    for (const { pivot, vector: base } of this.basis) {
      const factor = rest[pivot]!;
      if (factor === 0) continue;
      for (let i = 0; i < this.size; i++) rest[i] = rest[i]! - factor * base[i]!;
    }
    return rest;
  }
}
