import type { ProfileComparison } from "../analyze/compare-profiles.js";
import type { DerivedIcp } from "../analyze/derive-icp.js";
import type { Evaluation } from "../analyze/evaluate.js";
import type { WeightFit } from "../analyze/fit-weights.js";
import type { LintFinding } from "../analyze/lint-icp.js";
import type { CustomerProfile } from "../analyze/profile-customers.js";
import type { TierSimulation } from "../analyze/simulate-tiers.js";
import { IcpError } from "../errors.js";
import { comparisonTable, derivedTable, evaluationTables, lintTable, profileTable, simulationTable, TABLE_CSS, weightsTable } from "./html-tables.js";
import { calibrationChart } from "./svg/calibration-chart.js";
import { gainsChart } from "./svg/gains-chart.js";
import { liftBars } from "./svg/lift-bars.js";
import { profileVsIcpChart } from "./svg/profile-vs-icp-chart.js";
import { tierDistributionChart } from "./svg/tier-distribution-chart.js";

/*
 * Rich display in Jupyter (Deno kernel): Deno shows an object through its
 * `[Symbol.for("Jupyter.display")]()` method, which returns a MIME bundle. Analysis results are
 * plain data (`icpfit/analyze` knows nothing of notebooks); `display(result)` wraps one in an object
 * that carries that method, so a notebook cell shows it as tables and charts.
 */

const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** The kinds of analysis result that {@link display} and {@link displayHtml} know how to show.
 *
 * @example
 * ```ts
 * import type { DisplayKind } from "icpfit/report";
 * const kind: DisplayKind = "evaluation";
 * ```
 */
export type DisplayKind = "profile" | "comparison" | "derived" | "weights" | "evaluation" | "tiers" | "lint";

/** An analysis result {@link display} can show: what `icpfit/analyze` returns, as is.
 *
 * @example
 * ```ts
 * import { simulateTiers } from "icpfit/analyze";
 * import type { DisplayableResult } from "icpfit/report";
 * const result: DisplayableResult = simulateTiers([10, 50, 90]);
 * ```
 */
export type DisplayableResult = CustomerProfile | ProfileComparison | DerivedIcp | WeightFit | Evaluation | TierSimulation | readonly LintFinding[];

/** What a Jupyter display method returns: HTML, with plain text for consoles.
 *
 * @example
 * ```ts
 * import type { MimeBundle } from "icpfit/report";
 * const bundle: MimeBundle = { "text/html": "<b>hi</b>", "text/plain": "hi" };
 * ```
 */
export interface MimeBundle {
  /** The rich form, shown by Jupyter front ends. */
  readonly "text/html": string;
  /** The plain-text fallback. */
  readonly "text/plain": string;
}

const block = (inner: string): string => `<div class="icpfit"><style>${TABLE_CSS}</style>${inner}</div>`;
const row = (...charts: string[]): string => `<div style="display:flex;flex-wrap:wrap;gap:12px">${charts.join("")}</div>`;

function renderKind(value: unknown, kind: DisplayKind): string {
  switch (kind) {
    case "profile":
      return profileTable(value as CustomerProfile);
    case "comparison":
      return row(profileVsIcpChart(value as ProfileComparison), "") + comparisonTable(value as ProfileComparison);
    case "derived":
      return derivedTable(value as DerivedIcp) + liftBars(value as DerivedIcp, { title: "Lift of each rule" });
    case "weights":
      return weightsTable(value as WeightFit);
    case "evaluation": {
      const evaluation = value as Evaluation;
      return row(gainsChart(evaluation, { width: 420, height: 300 }), calibrationChart(evaluation, { width: 420, height: 300 })) + tierDistributionChart(evaluation) + evaluationTables(evaluation);
    }
    case "tiers":
      return tierDistributionChart(value as TierSimulation) + simulationTable(value as TierSimulation);
    case "lint":
      return lintTable(value as readonly LintFinding[]);
  }
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);
const has = (value: Readonly<Record<string, unknown>>, ...keys: readonly string[]): boolean => keys.every((key) => Object.hasOwn(value, key));

/**
 * Which kind of analysis result a value is, read from its shape (the fields each result type
 * always has), or undefined when it is none of them. An array is a list of lint findings when
 * every item has a `code`, a `severity` and a `message` (an empty list is one too).
 *
 * @example
 * ```ts
 * import { simulateTiers } from "icpfit/analyze";
 * import { displayKind } from "icpfit/report";
 * displayKind(simulateTiers([10, 50, 90])); // "tiers"
 * ```
 */
export function displayKind(value: unknown): DisplayKind | undefined {
  if (Array.isArray(value)) {
    return value.every((item: unknown) => isRecord(item) && has(item, "code", "severity", "message")) ? "lint" : undefined;
  }
  if (!isRecord(value)) return undefined;
  if (has(value, "byDecile", "byTier", "calibration", "auc")) return "evaluation";
  if (has(value, "bestN", "allN", "attributes", "values")) return "comparison";
  if (has(value, "icp", "report", "candidates", "trainingAuc")) return "derived";
  if (has(value, "icp", "report") && isRecord(value["report"]) && has(value["report"], "coefficients")) return "weights";
  if (has(value, "thresholds", "tiers", "n") && Array.isArray(value["tiers"])) return "tiers";
  if (has(value, "n", "attributes") && Array.isArray(value["attributes"])) return "profile";
  return undefined;
}

function kindOrThrow(value: unknown, kind: DisplayKind | undefined): DisplayKind {
  const found = kind ?? displayKind(value);
  if (found !== undefined) return found;
  throw new IcpError("INVALID_OPTIONS", [
    {
      path: [],
      message: "expected a result of profileCustomers, compareProfiles, deriveIcp, fitWeights, evaluate, simulateTiers or lintIcp; pass the kind as the second argument if the value was reshaped",
    },
  ]);
}

/**
 * The HTML a notebook shows for an analysis result: tables and SVG charts in a scoped
 * `<div class="icpfit">`, no scripts. The kind is read from the result's shape unless given.
 * Throws `IcpError` (`INVALID_OPTIONS`) for a value that is no analysis result.
 *
 * @example
 * ```ts
 * import { profileCustomers } from "icpfit/analyze";
 * import { displayHtml } from "icpfit/report";
 * const html: string = displayHtml(profileCustomers([{ firmographic: { industry: "Software" } }]));
 * ```
 */
export function displayHtml(value: DisplayableResult, kind?: DisplayKind): string {
  return block(renderKind(value, kindOrThrow(value, kind)));
}

/** An analysis result made displayable: a Deno notebook shows it as tables and charts.
 *
 * @example
 * ```ts
 * import { simulateTiers } from "icpfit/analyze";
 * import { display, type ResultDisplay } from "icpfit/report";
 * const shown: ResultDisplay = display(simulateTiers([10, 50, 90]));
 * shown.kind; // "tiers"
 * ```
 */
export interface ResultDisplay extends HtmlDisplay {
  /** The kind of result shown. */
  readonly kind: DisplayKind;
}

/**
 * Shows an analysis result in a Deno notebook: returns an object whose
 * `Symbol.for("Jupyter.display")` method renders the result as tables and SVG charts. Make it the
 * last expression of a cell, or pass it to `Deno.jupyter.display`. The result itself is not
 * changed: analysis results are plain data. The kind is read from the result's shape unless
 * given; a value that is no analysis result throws `IcpError` (`INVALID_OPTIONS`).
 *
 * @example
 * ```ts
 * import { evaluate } from "icpfit/analyze";
 * import { display } from "icpfit/report";
 * import { scoreLeads } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const evaluation = evaluate(scoreLeads([{ firmographic: { industry: "Software" } }, {}], icp), [true, false]);
 * display(evaluation); // last expression of a notebook cell: gains and calibration charts, tables
 * ```
 */
export function display(result: DisplayableResult, kind?: DisplayKind): ResultDisplay {
  const found = kindOrThrow(result, kind);
  const html = block(renderKind(result, found));
  const shown: ResultDisplay = { kind: found, html, toString: () => html };
  Object.defineProperty(shown, JUPYTER_DISPLAY, {
    value: (): MimeBundle => ({ "text/html": html, "text/plain": JSON.stringify(result, null, 2).slice(0, 2000) }),
    enumerable: false,
  });
  return shown;
}

/** Markup that displays as HTML in a notebook and still converts to its string.
 *
 * @example
 * ```ts
 * import { asHtml, type HtmlDisplay } from "icpfit/report";
 * const shown: HtmlDisplay = asHtml("<b>hello</b>");
 * String(shown); // "<b>hello</b>"
 * ```
 */
export interface HtmlDisplay {
  /** The HTML markup. */
  readonly html: string;
  /** The same markup, so the object can be used where a string is expected. */
  toString(): string;
}

/**
 * Wraps an SVG chart or HTML string so a Deno notebook renders it instead of printing the markup.
 *
 * @example
 * ```ts
 * import { asHtml, tierDistributionChart } from "icpfit/report";
 * asHtml(tierDistributionChart({ primary: 3, secondary: 5 })); // last expression of a cell: shows the chart
 * ```
 */
export function asHtml(markup: string): HtmlDisplay {
  const shown: HtmlDisplay = { html: markup, toString: () => markup };
  Object.defineProperty(shown, JUPYTER_DISPLAY, {
    value: (): MimeBundle => ({ "text/html": markup, "text/plain": markup.slice(0, 200) }),
    enumerable: false,
  });
  return shown;
}

/** An SVG chart that displays as an image in a notebook (and on GitHub's notebook viewer).
 *
 * @example
 * ```ts
 * import { asSvg, type SvgDisplay } from "icpfit/report";
 * const shown: SvgDisplay = asSvg("<svg xmlns='http://www.w3.org/2000/svg'/>");
 * ```
 */
export interface SvgDisplay {
  /** The SVG markup. */
  readonly svg: string;
  /** The same markup, so the object can be used where a string is expected. */
  toString(): string;
}

/**
 * Wraps an SVG chart so a Deno notebook shows it as an `image/svg+xml` output, which notebook
 * viewers that strip inline HTML (GitHub's among them) still render.
 *
 * @example
 * ```ts
 * import { asSvg, gainsChart } from "icpfit/report";
 * import { evaluate } from "icpfit/analyze";
 * import { scoreLeads } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const leads = [{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }];
 * asSvg(gainsChart(evaluate(scoreLeads(leads, icp), [true, false])));
 * ```
 */
export function asSvg(svg: string): SvgDisplay {
  const shown: SvgDisplay = { svg, toString: () => svg };
  Object.defineProperty(shown, JUPYTER_DISPLAY, {
    value: (): Record<string, string> => ({ "image/svg+xml": svg, "text/plain": "[chart]" }),
    enumerable: false,
  });
  return shown;
}
