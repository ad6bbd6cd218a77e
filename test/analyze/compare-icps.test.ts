import { describe, expect, it } from "vitest";
import { IcpError, scoreLeads, type IcpResult, type Tier } from "../../src/index.js";
import { compareIcps, compareResults } from "../../src/analyze/index.js";
import { loadAsah } from "./asah-fixture.js";

/** A result with just what compareResults reads: score, tier and the ICP's id and version. */
const result = (score: number, tier: Tier = "unqualified", icpId = "x"): IcpResult => ({ icpId, icpVersion: "1", score, tier }) as unknown as IcpResult;

describe("compareResults against pROC (aSAH: s100b as champion, wfns as challenger)", () => {
  // pROC: roc.test(roc(outcome, s100b), roc(outcome, wfns)) prints Z = -2.209, p-value = 0.02718,
  // AUCs 0.7314 and 0.8237; its test suite asserts the values below for roc.test(wfns, s100b).
  const rows = loadAsah();
  const champion = rows.map((row) => result(Math.round(row.s100b * 100), "unqualified", "s100b"));
  const challenger = rows.map((row) => result(row.wfns, "unqualified", "wfns"));
  const outcomes = rows.map((row) => row.poor);
  const comparison = compareResults(champion, challenger, outcomes);

  it("gives each AUC with pROC's DeLong interval (ci.auc)", () => {
    expect(comparison.champion.auc).toBeCloseTo(0.731368563685637, 12);
    expect(comparison.champion.low).toBeCloseTo(0.630118211761623, 10);
    expect(comparison.champion.high).toBeCloseTo(0.832618915609651, 10);
    expect(comparison.challenger.auc).toBeCloseTo(0.823678861788618, 12);
    expect(comparison.challenger.low).toBeCloseTo(0.748534887819453, 10);
    expect(comparison.challenger.high).toBeCloseTo(0.898822835757783, 10);
  });

  it("gives pROC's z, p and interval of the difference", () => {
    expect(comparison.difference.estimate).toBeCloseTo(0.823678861788618 - 0.731368563685637, 12);
    expect(comparison.difference.z).toBeCloseTo(2.20898359144091, 10);
    expect(comparison.difference.pValue).toBeCloseTo(0.0271757822291882, 10);
    expect(comparison.difference.low).toBeCloseTo(0.0104061769564846, 10);
    expect(comparison.difference.high).toBeCloseTo(0.174214419249478, 10);
    expect(comparison.verdict).toBe("challenger-better");
    expect(comparison.summary).toMatch(/^The challenger ranks converters better than the champion: AUC 0\.824 \(0\.749–0\.899\)/);
    expect(comparison.summary).toContain("p = 0.027");
  });

  it("claims no difference at alpha 0.01, where p = 0.027 is not significant", () => {
    const strict = compareResults(champion, challenger, outcomes, { alpha: 0.01 });
    expect(strict.verdict).toBe("no-significant-difference");
    expect(strict.summary).toMatch(/^No significant difference: /);
    expect(strict.summary).toContain("99% CI");
    expect(strict.summary).not.toMatch(/ranks converters better than/);
    expect(strict.difference.low).toBeLessThan(0);
  });

  it("has no caveat with 41 and 72 leads in the classes (at least 40 each)", () => {
    expect(comparison.warnings).toEqual([]);
  });
});

describe("compareResults: capture and migration", () => {
  it("takes leads tied at the cut pro rata", () => {
    // Champion ties three leads at the top (one converted); the top half is 2 leads, so 2/3 of the
    // tied group: 2/3 of one conversion out of two conversions = 1/3.
    const champion = [result(10), result(10), result(10), result(0)];
    const challenger = [result(9), result(1), result(2), result(8)];
    const outcomes = [true, false, false, true];
    const [row] = compareResults(champion, challenger, outcomes, { shares: [0.5] }).capture;
    expect(row).toEqual({ share: 0.5, leads: 2, champion: 0.333333, challenger: 1, difference: 0.666667 });
  });

  it("counts leads from each champion tier to each challenger tier, with conversion per cell", () => {
    const champion = [result(90, "primary"), result(90, "primary"), result(50, "tertiary"), result(0, "disqualified"), result(70, "secondary")];
    const challenger = [result(90, "primary"), result(65, "secondary"), result(85, "primary"), result(45, "tertiary"), result(70, "secondary")];
    const outcomes = [true, false, true, null, false];
    const { migration } = compareResults(champion, challenger, outcomes);
    expect(migration.cells).toEqual([
      { from: "primary", to: "primary", count: 1, labelled: 1, conversions: 1, conversion: 1 },
      { from: "primary", to: "secondary", count: 1, labelled: 1, conversions: 0, conversion: 0 },
      { from: "secondary", to: "secondary", count: 1, labelled: 1, conversions: 0, conversion: 0 },
      { from: "tertiary", to: "primary", count: 1, labelled: 1, conversions: 1, conversion: 1 },
      { from: "disqualified", to: "tertiary", count: 1, labelled: 0, conversions: 0, conversion: null },
    ]);
    expect([migration.up, migration.down, migration.unchanged]).toEqual([2, 1, 2]);
  });

  it("ranks disqualified results below every score and leaves unknown outcomes out of the AUCs", () => {
    const champion = [result(0, "disqualified"), result(0), result(50), result(60)];
    const challenger = [result(0), result(0), result(50), result(60)];
    const comparison = compareResults(champion, challenger, [false, true, null, true]);
    expect(comparison.labelled).toBe(3);
    expect(comparison.champion.auc).toBe(1);
    expect(comparison.challenger.auc).toBe(0.75);
    expect(comparison.warnings.join(" ")).toMatch(/1 of 4 leads have no outcome/);
  });

  it("is undetermined without two leads in each class", () => {
    const comparison = compareResults([result(1), result(2)], [result(2), result(1)], [true, false]);
    expect(comparison.verdict).toBe("undetermined");
    expect(comparison.summary).toMatch(/^Cannot compare/);
    expect(comparison.warnings.join(" ")).toMatch(/Small sample: 1 conversions and 1 non-conversions/);
  });
});

describe("compareIcps", () => {
  const industry = { id: "industry", version: "1", name: "Industry", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
  const size = { id: "size", version: "2", name: "Size", rules: [{ id: "big", field: "firmographic.employees", op: "gte", value: 100, points: 10 }] } as const;
  const leads = Array.from({ length: 200 }, (_, i) => ({ firmographic: { industry: i % 3 === 0 ? "Software" : "Retail", employees: (i * 37) % 400 } }));
  const outcomes = leads.map((lead, i) => lead.firmographic.employees >= 100 && i % 4 !== 0);

  it("scores both ICPs and finds the one that follows the outcomes", () => {
    const comparison = compareIcps(industry, size, leads, outcomes);
    expect(comparison.champion.icpId).toBe("industry");
    expect(comparison.challenger).toMatchObject({ icpId: "size", icpVersion: "2" });
    expect(comparison.verdict).toBe("challenger-better");
    expect(comparison.difference.pValue).toBeLessThan(0.001);
    const scored = compareResults(scoreLeads(leads, industry), scoreLeads(leads, size), outcomes);
    expect(comparison).toEqual(scored);
  });

  it("finds no difference between an ICP and itself", () => {
    const comparison = compareIcps(size, size, leads, outcomes);
    expect(comparison.verdict).toBe("no-significant-difference");
    expect(comparison.difference).toMatchObject({ estimate: 0, z: 0, pValue: 1 });
    expect(comparison.warnings.join(" ")).toMatch(/AUCs cannot differ/);
  });

  it("rejects mismatched lengths and options out of range, naming the field", () => {
    const call = (fn: () => unknown): IcpError => {
      try {
        fn();
      } catch (error) {
        return error as IcpError;
      }
      throw new Error("expected a throw");
    };
    expect(call(() => compareIcps(industry, size, leads, outcomes.slice(1)))).toMatchObject({ code: "INVALID_OPTIONS", issues: [{ path: ["outcomes"] }] });
    expect(call(() => compareIcps(industry, size, leads, outcomes, { alpha: 0 }))).toMatchObject({ code: "INVALID_OPTIONS", issues: [{ path: ["alpha"] }] });
    expect(call(() => compareIcps(industry, size, leads, outcomes, { shares: [0.1, 2] }))).toMatchObject({ issues: [{ path: ["shares", 1] }] });
    expect(call(() => compareResults([result(1)], [], [true]))).toMatchObject({ issues: [{ path: ["challenger"] }] });
    expect(call(() => compareIcps({ id: "bad" } as never, size, leads, outcomes))).toBeInstanceOf(IcpError);
  });
});
