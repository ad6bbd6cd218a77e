import { describe, expect, it } from "vitest";
import { fitWeights, lintIcp, simulateTiers } from "../../src/analyze/index.js";
import { asHtml, attachDisplay, tierDistributionChart } from "../../src/report/index.js";
import { comparison, derived, evaluation, leads, outcomes } from "./fixtures.js";

type Displayable = { [key: symbol]: (() => { "text/html": string; "text/plain": string }) | undefined };
const show = (value: unknown): string => {
  const method = (value as Displayable)[Symbol.for("Jupyter.display")];
  expect(typeof method).toBe("function");
  return method?.()["text/html"] ?? "";
};

describe("Jupyter rich display", () => {
  it("every analysis result displays as HTML tables and SVG charts", () => {
    expect(show(evaluation)).toMatch(/<svg .*<table>/s);
    expect(show(derived)).toContain(derived.report[0]?.ruleId ?? "missing");
    expect(show(comparison)).toContain("<svg ");
    expect(show(fitWeights(derived.icp, leads, outcomes))).toContain("odds ratio");
    expect(show(simulateTiers([10, 50, 90]))).toContain("Thresholds");
    expect(show(lintIcp(derived.icp, { now: "2026-11-23" }))).toContain("<table>");
  });

  it("keeps JSON serialisation clean", () => {
    expect(JSON.stringify(evaluation)).not.toContain("Jupyter");
    expect(Object.keys(derived)).not.toContain(Symbol.for("Jupyter.display"));
    expect(JSON.parse(JSON.stringify(evaluation)).auc).toBe(evaluation.auc);
  });

  it("asHtml shows a chart and still reads as its markup", () => {
    const svg = tierDistributionChart({ primary: 1 });
    const shown = asHtml(svg);
    expect(show(shown)).toBe(svg);
    expect(String(shown)).toBe(svg);
    expect(show(attachDisplay([], "lint"))).toContain("No findings");
  });
});
