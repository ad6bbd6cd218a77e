import type { Candidate } from "./candidate-rules.js";
import { fitLogisticColumns, type LogisticFit } from "./logistic-regression.js";
import { chiSquarePValue } from "./statistics.js";

/*
 * Forward stepwise selection of candidate rules for a logistic model, one rule per step, chosen by
 * Rao's score test: the chi-square gain in likelihood a candidate would bring given the rules
 * already chosen, computed from the current fit without refitting per candidate. Only candidates
 * that raise the odds of a best outcome are taken, so every rule earns positive points and the
 * ICP's score orders leads as the fitted model does.
 */

export interface SelectionSettings {
  readonly maxRules: number;
  readonly minRules: number;
  readonly maxRulesPerField: number;
  /** Chi-square a rule must add once `minRules` are chosen. */
  readonly minStatistic: number;
  readonly l2: number;
}

export interface ChosenRule {
  readonly candidate: Candidate;
  /** Score-test chi-square when the rule entered. */
  readonly statistic: number;
  readonly pValue: number;
}

export interface Selection {
  readonly chosen: readonly ChosenRule[];
  readonly fit: LogisticFit;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function invert(matrix: Float64Array, size: number): Float64Array {
  // Gauss–Jordan on a small symmetric positive-definite matrix (at most maxRules + 1 rows).
  const a = Float64Array.from(matrix);
  const inverse = new Float64Array(size * size);
  for (let i = 0; i < size; i++) inverse[i * size + i] = 1;
  for (let col = 0; col < size; col++) {
    const pivot = a[col * size + col] ?? 1;
    for (let k = 0; k < size; k++) {
      a[col * size + k] = (a[col * size + k] ?? 0) / pivot;
      inverse[col * size + k] = (inverse[col * size + k] ?? 0) / pivot;
    }
    for (let row = 0; row < size; row++) {
      if (row === col) continue;
      const factor = a[row * size + col] ?? 0;
      if (factor === 0) continue;
      for (let k = 0; k < size; k++) {
        a[row * size + k] = (a[row * size + k] ?? 0) - factor * (a[col * size + k] ?? 0);
        inverse[row * size + k] = (inverse[row * size + k] ?? 0) - factor * (inverse[col * size + k] ?? 0);
      }
    }
  }
  return inverse;
}

function scoreStatistic(x: Float64Array, y: Float64Array, p: Float64Array, w: Float64Array, columns: readonly Float64Array[], inverse: Float64Array, l2: number): { gradient: number; statistic: number } {
  const size = columns.length + 1;
  const b = new Float64Array(size);
  let gradient = 0;
  let information = l2;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    if (xi === 0) continue;
    const wx = (w[i] ?? 0) * xi;
    gradient += xi * ((y[i] ?? 0) - (p[i] ?? 0));
    information += wx * xi;
    b[0] = (b[0] ?? 0) + wx;
    for (let j = 1; j < size; j++) b[j] = (b[j] ?? 0) + wx * ((columns[j - 1] as Float64Array)[i] ?? 0);
  }
  let explained = 0;
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) explained += (b[r] ?? 0) * (inverse[r * size + c] ?? 0) * (b[c] ?? 0);
  const variance = information - explained;
  return { gradient, statistic: variance > 1e-9 ? (gradient * gradient) / variance : 0 };
}

function fittedState(columns: readonly Float64Array[], fit: LogisticFit, n: number, l2: number): { p: Float64Array; w: Float64Array; inverse: Float64Array } {
  const p = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = fit.intercept;
    columns.forEach((column, j) => {
      z += (fit.coefficients[j] ?? 0) * (column[i] ?? 0);
    });
    p[i] = sigmoid(z);
    w[i] = (p[i] ?? 0) * (1 - (p[i] ?? 0));
  }
  const size = columns.length + 1;
  const information = new Float64Array(size * size);
  const at = (j: number, i: number): number => (j === 0 ? 1 : ((columns[j - 1] as Float64Array)[i] ?? 0));
  for (let a = 0; a < size; a++) {
    for (let b = 0; b <= a; b++) {
      let sum = a === b && a > 0 ? l2 : 0;
      for (let i = 0; i < n; i++) sum += (w[i] ?? 0) * at(a, i) * at(b, i);
      information[a * size + b] = sum;
      information[b * size + a] = sum;
    }
  }
  return { p, w, inverse: invert(information, size) };
}

function sameCredits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Chooses rules step by step; then drops any rule whose fitted coefficient is not positive. */
export function forwardSelect(candidates: readonly Candidate[], y: Float64Array, settings: SelectionSettings): Selection {
  const n = y.length;
  let chosen: ChosenRule[] = [];
  let fit = fitLogisticColumns([], y, { l2: settings.l2 });
  const used = new Set<number>();
  while (chosen.length < settings.maxRules) {
    const columns = chosen.map((rule) => rule.candidate.credits);
    const state = fittedState(columns, fit, n, settings.l2);
    const perField = new Map<string, number>();
    for (const rule of chosen) perField.set(rule.candidate.field, (perField.get(rule.candidate.field) ?? 0) + 1);
    let best: { index: number; statistic: number } | undefined;
    candidates.forEach((candidate, index) => {
      if (used.has(index) || (perField.get(candidate.field) ?? 0) >= settings.maxRulesPerField) return;
      const { gradient, statistic } = scoreStatistic(candidate.credits, y, state.p, state.w, columns, state.inverse, settings.l2);
      if (gradient > 0 && (best === undefined || statistic > best.statistic)) {
        // A rule that credits exactly the records a chosen one does ("is no" beside "is not yes")
        // would only split that rule's points; with the ridge penalty it can still look positive.
        if (columns.some((column) => sameCredits(column, candidate.credits))) used.add(index);
        else best = { index, statistic };
      }
    });
    if (best === undefined) break;
    const picked: { index: number; statistic: number } = best;
    if (picked.statistic < settings.minStatistic && chosen.length >= settings.minRules) break;
    used.add(picked.index);
    chosen.push({ candidate: candidates[picked.index] as Candidate, statistic: picked.statistic, pValue: chiSquarePValue(picked.statistic) });
    fit = fitLogisticColumns(chosen.map((rule) => rule.candidate.credits), y, { l2: settings.l2 });
  }
  // A rule whose coefficient turned non-positive once later rules entered adds nothing: drop it.
  for (;;) {
    let worst = -1;
    fit.coefficients.forEach((coefficient, j) => {
      if (coefficient <= 0 && (worst < 0 || coefficient < (fit.coefficients[worst] ?? 0))) worst = j;
    });
    if (worst < 0) break;
    chosen = chosen.filter((_, j) => j !== worst);
    fit = fitLogisticColumns(chosen.map((rule) => rule.candidate.credits), y, { l2: settings.l2 });
  }
  return { chosen, fit };
}
