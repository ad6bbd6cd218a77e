import type { ProfileComparison } from "../analyze/compare-profiles.js";
import type { DerivedIcp } from "../analyze/derive-icp.js";
import type { Evaluation } from "../analyze/evaluate.js";
import type { WeightFit } from "../analyze/fit-weights.js";
import type { LintFinding } from "../analyze/lint-icp.js";
import type { CustomerProfile } from "../analyze/profile-customers.js";
import type { TierSimulation } from "../analyze/simulate-tiers.js";
import { comparisonTable, derivedTable, evaluationTables, lintTable, profileTable, simulationTable, TABLE_CSS, weightsTable } from "./html-tables.js";
import { calibrationChart } from "./svg/calibration-chart.js";
import { gainsChart } from "./svg/gains-chart.js";
import { liftBars } from "./svg/lift-bars.js";
import { profileVsIcpChart } from "./svg/profile-vs-icp-chart.js";
import { tierDistributionChart } from "./svg/tier-distribution-chart.js";

/*
 * Rich display in Jupyter (Deno kernel): Deno shows an object through its
 * `[Symbol.for("Jupyter.display")]()` method, which returns a MIME bundle. Analysis results get
 * that method as a non-enumerable property, so they show as tables and charts in a notebook while
 * JSON.stringify, structuredClone-free copies ({...x}) and equality checks see plain data.
 */

const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** The analysis results that know how to display themselves.
 *
 * @example
 * ```ts
 * import type { DisplayKind } from "icpfit/report";
 * const kind: DisplayKind = "evaluation";
 * ```
 */
export type DisplayKind = "profile" | "comparison" | "derived" | "weights" | "evaluation" | "tiers" | "lint";

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

/**
 * The HTML a notebook shows for an analysis result of a known kind: tables and SVG charts in a
 * scoped `<div class="icpfit">`, no scripts.
 *
 * @example
 * ```ts
 * import { profileCustomers } from "icpfit/analyze";
 * import { displayHtml } from "icpfit/report";
 * const html: string = displayHtml(profileCustomers([{ firmographic: { industry: "Software" } }]), "profile");
 * ```
 */
export function displayHtml(value: unknown, kind: DisplayKind): string {
  return block(renderKind(value, kind));
}

/**
 * Gives an analysis result a non-enumerable `Symbol.for("Jupyter.display")` method, so a Deno
 * notebook shows it as tables and charts. Returns the same object. Used by `icpfit/analyze`.
 *
 * @example
 * ```ts
 * import { attachDisplay } from "icpfit/report";
 * const findings = attachDisplay([{ code: "STALE", severity: "warning" as const, message: "Review it" }], "lint");
 * JSON.stringify(findings); // plain data, no display method
 * ```
 */
export function attachDisplay<T extends object>(value: T, kind: DisplayKind): T {
  Object.defineProperty(value, JUPYTER_DISPLAY, {
    value: (): MimeBundle => ({ "text/html": displayHtml(value, kind), "text/plain": JSON.stringify(value, null, 2).slice(0, 2000) }),
    enumerable: false,
    configurable: true,
    writable: false,
  });
  return value;
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
