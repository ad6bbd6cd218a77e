import { describe, expect, it } from "vitest";
import { IcpError } from "../../src/index.js";
import { fitWeights, lintIcp, profileCustomers, simulateTiers } from "../../src/analyze/index.js";
import { asHtml, asSvg, display, displayHtml, displayKind, tierDistributionChart, type DisplayKind } from "../../src/report/index.js";
import { comparison, derived, evaluation, leads, outcomes } from "./fixtures.js";

type Displayable = { [key: symbol]: (() => Record<string, string>) | undefined };
/** Calls the method Deno's Jupyter kernel calls to show a value, as the kernel does. */
const bundleOf = (value: unknown): Record<string, string> => {
  const method = (value as Displayable)[Symbol.for("Jupyter.display")];
  expect(typeof method).toBe("function");
  return method?.() ?? {};
};
const show = (value: unknown): string => bundleOf(value)["text/html"] ?? "";

describe("display(): analysis results in a Deno notebook", () => {
  const weights = fitWeights(derived.icp, leads, outcomes);
  const tiers = simulateTiers([10, 50, 90]);
  const lint = lintIcp(derived.icp, { now: "2026-11-23" });
  const profile = profileCustomers(leads);
  const cases: ReadonlyArray<readonly [DisplayKind, Parameters<typeof display>[0], RegExp]> = [
    ["evaluation", evaluation, /<svg .*<table>/s],
    ["derived", derived, new RegExp(derived.report[0]?.ruleId ?? "missing")],
    ["comparison", comparison, /<svg /],
    ["weights", weights, /odds ratio/],
    ["tiers", tiers, /Thresholds/],
    ["lint", lint, /<table>/],
    ["profile", profile, /firmographic\.industry/],
  ];

  it.each(cases)("recognises a %s result by its shape and shows it as HTML tables and SVG charts", (kind, result, content) => {
    expect(displayKind(result)).toBe(kind);
    const shown = display(result);
    expect(shown.kind).toBe(kind);
    expect(show(shown)).toMatch(content);
    expect(show(shown)).toBe(displayHtml(result));
    expect(String(shown)).toBe(shown.html);
    expect(bundleOf(shown)["text/plain"]).toBe(JSON.stringify(result, null, 2).slice(0, 2000));
  });

  it("leaves the result itself plain: no display hook is added to it", () => {
    display(evaluation);
    expect(Reflect.ownKeys(evaluation).some((key) => typeof key === "symbol")).toBe(false);
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
  });

  it("takes the kind when given, e.g. for an empty list of findings or a reshaped result", () => {
    expect(show(display([], "lint"))).toContain("No findings");
    expect(displayKind([])).toBe("lint");
    const { warnings: _warnings, ...reshaped } = tiers;
    expect(displayKind(reshaped)).toBe("tiers");
    const withExtra = { ...profile, extra: 1 };
    expect(display(withExtra, "profile").kind).toBe("profile");
  });

  it("refuses a value that is no analysis result with IcpError INVALID_OPTIONS, naming what it expects", () => {
    for (const value of [null, 42, "text", { n: 3 }, [{ code: "X" }], { icp: derived.icp }]) {
      expect(displayKind(value)).toBeUndefined();
      const error = (() => {
        try {
          display(value as Parameters<typeof display>[0]);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(IcpError);
      expect((error as IcpError).code).toBe("INVALID_OPTIONS");
      expect((error as IcpError).message).toContain("deriveIcp");
    }
  });
});

describe("asHtml and asSvg", () => {
  it("asHtml shows a chart and still reads as its markup", () => {
    const svg = tierDistributionChart({ primary: 1 });
    const shown = asHtml(svg);
    expect(show(shown)).toBe(svg);
    expect(String(shown)).toBe(svg);
  });

  it("asSvg shows an image/svg+xml output", () => {
    const svg = tierDistributionChart({ primary: 1 });
    expect(bundleOf(asSvg(svg))["image/svg+xml"]).toBe(svg);
  });
});
