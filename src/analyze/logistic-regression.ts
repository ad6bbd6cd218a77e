import { IcpError } from "../errors.js";

/*
 * L2-regularised logistic regression fitted by Newton's method (IRLS) with step halving. The
 * models here have a handful of rule features (at most a few hundred one-hot columns for a
 * baseline), so an exact Newton step with a Cholesky solve converges in a few iterations and is
 * deterministic, with no learning rate to tune. No numeric library is used: the whole optimiser is
 * this file, which keeps `icpfit/analyze` dependency-free (see docs/guides/best-customers-to-icp.md).
 */

/** Options for {@link fitLogistic}.
 *
 * @example
 * ```ts
 * import type { LogisticOptions } from "icpfit/analyze";
 * const options: LogisticOptions = { l2: 1, maxIterations: 50 };
 * ```
 */
export interface LogisticOptions {
  /**
   * Ridge penalty λ on the coefficients (not the intercept), in units of the summed log-likelihood:
   * the fit minimises `−logLik + λ/2 · Σβ²`.
   * @default 1
   */
  readonly l2?: number;
  /**
   * Newton iterations before giving up (`converged: false`).
   * @default 100
   */
  readonly maxIterations?: number;
  /**
   * Stop when no coefficient moves by more than this.
   * @default 1e-8
   */
  readonly tolerance?: number;
}

/** A fitted logistic regression: `P(y = 1) = 1 / (1 + exp(−(intercept + Σ coefficients · x)))`.
 *
 * @example
 * ```ts
 * import { fitLogistic, type LogisticFit } from "icpfit/analyze";
 * const fit: LogisticFit = fitLogistic([[0], [1], [0], [1]], [false, true, true, true]);
 * fit.coefficients.length; // 1
 * ```
 */
export interface LogisticFit {
  /** Log-odds of `y = 1` when every feature is 0 (not penalised). */
  readonly intercept: number;
  /** One coefficient per feature, in column order: the change in log-odds per unit of the feature. */
  readonly coefficients: readonly number[];
  /** Mean negative log-likelihood on the fitted data (no penalty term). */
  readonly logLoss: number;
  /** Newton iterations run. */
  readonly iterations: number;
  /** True when the last step moved no coefficient by more than `tolerance` (or no step could improve the fit); false at the iteration limit or on a singular system. */
  readonly converged: boolean;
  /** The ridge penalty λ used. */
  readonly l2: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves a symmetric positive-definite system in place by Cholesky; null when it is singular. */
function choleskySolve(matrix: Float64Array, size: number, rhs: Float64Array): Float64Array | null {
  const l = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j] ?? 0;
      for (let k = 0; k < j; k++) sum -= (l[i * size + k] ?? 0) * (l[j * size + k] ?? 0);
      if (i === j) {
        if (!(sum > 1e-12)) return null;
        l[i * size + i] = Math.sqrt(sum);
      } else {
        l[i * size + j] = sum / (l[j * size + j] ?? 1);
      }
    }
  }
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = rhs[i] ?? 0;
    for (let k = 0; k < i; k++) sum -= (l[i * size + k] ?? 0) * (y[k] ?? 0);
    y[i] = sum / (l[i * size + i] ?? 1);
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i] ?? 0;
    for (let k = i + 1; k < size; k++) sum -= (l[k * size + i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (l[i * size + i] ?? 1);
  }
  return x;
}

function linearPredictor(columns: readonly Float64Array[], beta: Float64Array, n: number): Float64Array {
  const eta = new Float64Array(n).fill(beta[0] ?? 0);
  columns.forEach((column, j) => {
    const b = beta[j + 1] ?? 0;
    if (b !== 0) for (let i = 0; i < n; i++) eta[i] = (eta[i] ?? 0) + b * (column[i] ?? 0);
  });
  return eta;
}

function objective(eta: Float64Array, y: Float64Array, beta: Float64Array, l2: number): { loss: number; penalised: number } {
  let loss = 0;
  for (let i = 0; i < eta.length; i++) {
    const z = eta[i] ?? 0;
    // log(1 + e^z) − y·z, computed without overflow.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - (y[i] ?? 0) * z;
  }
  let ridge = 0;
  for (let j = 1; j < beta.length; j++) ridge += (beta[j] ?? 0) ** 2;
  return { loss, penalised: loss + (l2 / 2) * ridge };
}

/** Column-major IRLS used by the analysis functions; `columns[j][i]` is feature j of row i. */
export function fitLogisticColumns(columns: readonly Float64Array[], y: Float64Array, options: LogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-8;
  const n = y.length;
  const size = columns.length + 1;
  const beta = new Float64Array(size);
  const mean = y.reduce((sum, value) => sum + value, 0) / Math.max(1, n);
  beta[0] = Math.log(Math.min(1 - 1e-6, Math.max(1e-6, mean)) / (1 - Math.min(1 - 1e-6, Math.max(1e-6, mean))));
  let eta = linearPredictor(columns, beta, n);
  let current = objective(eta, y, beta, l2);
  const column = (j: number): Float64Array | undefined => (j === 0 ? undefined : columns[j - 1]);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const weight = new Float64Array(n);
    const residual = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta[i] ?? 0);
      weight[i] = p * (1 - p);
      residual[i] = (y[i] ?? 0) - p;
    }
    const hessian = new Float64Array(size * size);
    const gradient = new Float64Array(size);
    for (let a = 0; a < size; a++) {
      const xa = column(a);
      let g = 0;
      for (let i = 0; i < n; i++) g += (xa === undefined ? 1 : (xa[i] ?? 0)) * (residual[i] ?? 0);
      gradient[a] = g - (a === 0 ? 0 : l2 * (beta[a] ?? 0));
      for (let b = 0; b <= a; b++) {
        const xb = column(b);
        let h = 0;
        for (let i = 0; i < n; i++) h += (weight[i] ?? 0) * (xa === undefined ? 1 : (xa[i] ?? 0)) * (xb === undefined ? 1 : (xb[i] ?? 0));
        if (a === b) h += a === 0 ? 1e-9 : l2 + 1e-9;
        hessian[a * size + b] = h;
        hessian[b * size + a] = h;
      }
    }
    const step = choleskySolve(hessian, size, gradient);
    if (step === null) break;
    let scale = 1;
    let accepted = false;
    for (let halving = 0; halving < 30; halving++) {
      const candidate = beta.map((value, j) => value + scale * (step[j] ?? 0));
      const candidateEta = linearPredictor(columns, candidate, n);
      const next = objective(candidateEta, y, candidate, l2);
      if (next.penalised <= current.penalised + 1e-12) {
        const largest = step.reduce((max, value) => Math.max(max, Math.abs(value * scale)), 0);
        beta.set(candidate);
        eta = candidateEta;
        current = next;
        accepted = true;
        converged = largest < tolerance;
        break;
      }
      scale /= 2;
    }
    if (!accepted) converged = true;
  }
  return { intercept: beta[0] ?? 0, coefficients: [...beta.slice(1)], logLoss: current.loss / Math.max(1, n), iterations, converged, l2 };
}

/**
 * Fits an L2-regularised logistic regression by Newton's method (IRLS). `rows[i]` holds the
 * features of record i, all rows the same length. Deterministic: the same input gives the same fit.
 * Throws `INVALID_OPTIONS` on mismatched lengths or non-finite features.
 *
 * @example
 * ```ts
 * import { fitLogistic, predictLogistic } from "icpfit/analyze";
 * const fit = fitLogistic([[1, 0], [1, 1], [0, 1], [0, 0]], [1, 1, 0, 0], { l2: 0.1 });
 * predictLogistic(fit, [1, 0]) > 0.5; // true
 * ```
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  outcomes: readonly (boolean | 0 | 1)[],
  options: LogisticOptions = {},
): LogisticFit {
  if (rows.length !== outcomes.length) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["outcomes"], message: `expected one outcome per row (${rows.length}), got ${outcomes.length}` }]);
  }
  const width = rows[0]?.length ?? 0;
  const columns = Array.from({ length: width }, () => new Float64Array(rows.length));
  rows.forEach((row, i) => {
    if (row.length !== width) throw new IcpError("INVALID_OPTIONS", [{ path: ["rows", i], message: `expected ${width} features, got ${row.length}` }]);
    row.forEach((value, j) => {
      if (!Number.isFinite(value)) throw new IcpError("INVALID_OPTIONS", [{ path: ["rows", i, j], message: `expected a finite number, got ${value}` }]);
      (columns[j] as Float64Array)[i] = value;
    });
  });
  const y = Float64Array.from(outcomes, (outcome) => (outcome === true || outcome === 1 ? 1 : 0));
  return fitLogisticColumns(columns, y, options);
}

/**
 * The probability a fitted model gives one row of features.
 *
 * @example
 * ```ts
 * import { fitLogistic, predictLogistic } from "icpfit/analyze";
 * const fit = fitLogistic([[0], [1], [1], [0]], [0, 1, 1, 1]);
 * predictLogistic(fit, [1]); // about 0.8
 * ```
 */
export function predictLogistic(fit: LogisticFit, row: readonly number[]): number {
  let z = fit.intercept;
  fit.coefficients.forEach((coefficient, j) => {
    z += coefficient * (row[j] ?? 0);
  });
  return sigmoid(z);
}
