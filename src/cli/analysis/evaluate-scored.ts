import { evaluate, type Evaluation } from "../../analyze/index.js";
import type { ScoredOutcomes } from "./scored-results.js";

/*
 * evaluate() words its warnings for library users, and one does not fit the command line: the
 * advice to pass `options.worked`, which has no flag. The CLI rewords it here, for the text tables
 * and the HTML report alike (a test runs the library's own wording through it).
 */

const NO_OUTCOME = /^([\d,]+) of ([\d,]+) results \(([^)]*)\) have no outcome; if those are leads nobody worked, pass options\.worked to check for selection bias$/;

/** One library warning in command-line terms. */
export function cliWarning(warning: string, outcomeColumn: string): string {
  const unknown = NO_OUTCOME.exec(warning);
  if (unknown === null) return warning;
  return `${unknown[1]} of ${unknown[2]} rows (${unknown[3]}) have no outcome in column "${outcomeColumn}" and are left out of AUC, lift and capture; if nobody worked those leads, the backtest describes the worked leads only`;
}

/** Evaluates scored rows (with value and churn when given), with the warnings in CLI terms. */
export function evaluateScored(scored: ScoredOutcomes): Evaluation {
  const evaluation = evaluate(scored.results, scored.outcomes, {
    ...(scored.value === undefined ? {} : { value: scored.value }),
    ...(scored.churned === undefined ? {} : { churned: scored.churned }),
  });
  return { ...evaluation, warnings: evaluation.warnings.map((warning) => cliWarning(warning, scored.outcomeColumn)) };
}
