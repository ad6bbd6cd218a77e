// Opens the HTML report in headless Chromium (Debian's `chromium`, driven by playwright-core) and
// checks that the charts are really there: SVG elements, bars and curves, with sizes. Skips with a
// message when /usr/bin/chromium is missing, unless ICPFIT_REQUIRE_BROWSER=1 (then it fails).
// With real X Education data present, the real backtest report is rendered too; set
// ICPFIT_SCREENSHOT=docs/report-screenshot.png to save a screenshot of it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/index.js";
import { evaluate, fitWeights, lintIcp } from "../../src/analyze/index.js";
import { missingDataMessage } from "../../examples/datasets/load-datasets.js";
import { runXEducationBacktest } from "../analyze/x-education-pipeline.js";
import { comparison, derived, evaluation, leads, outcomes, results } from "./fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const required = process.env["ICPFIT_REQUIRE_BROWSER"] === "1";
const available = existsSync(CHROMIUM);
if (!available && !required) console.warn(`[browser] Skipped: ${CHROMIUM} not found. Install Debian's chromium (apt-get install chromium) or run .ci/browser.sh.`);

describe.skipIf(!available && !required)("HTML report in headless Chromium", () => {
  let context: BrowserContext;
  let profile: string;
  let pages: string;

  beforeAll(async () => {
    if (!available) throw new Error(`ICPFIT_REQUIRE_BROWSER=1 but ${CHROMIUM} does not exist`);
    profile = mkdtempSync(join(tmpdir(), "icpfit-chromium-profile-"));
    pages = mkdtempSync(join(tmpdir(), "icpfit-report-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1160, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (pages) rmSync(pages, { recursive: true, force: true });
  });

  async function open(html: string, name: string) {
    const file = join(pages, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("file:")) requests.push(request.url());
    });
    await page.goto(`file://${file}`);
    return { page, requests };
  }

  it("renders every chart of a full report with visible bars and curves, and loads nothing else", async () => {
    const html = renderReport(evaluation, { title: "Fixture backtest", results, outcomes, derived, weights: fitWeights(derived.icp, leads, outcomes), comparison, lint: lintIcp(derived.icp, { now: "2026-11-23" }) });
    const { page, requests } = await open(html, "fixture.html");
    expect(await page.locator("svg.icpfit-chart").count()).toBe(6);
    const tiersShown = Object.entries(evaluation.tierDistribution).filter(([tier, count]) => count > 0 || !["insufficient-data", "disqualified"].includes(tier)).length;
    expect(await page.locator("svg.tier-distribution rect.bar").count()).toBe(tiersShown);
    expect(await page.locator("svg.gains-chart path.gains-curve").count()).toBe(1);
    expect(await page.locator("svg.gains-chart circle").count()).toBe(10);
    expect(await page.locator("svg.calibration-chart rect.bar").count()).toBe(evaluation.calibration.length);
    expect(await page.locator("svg.score-histogram rect.bar").count()).toBeGreaterThan(3);
    expect(await page.locator("svg.lift-bars rect.bar").count()).toBe(derived.report.length);
    const box = await page.locator("svg.gains-chart").boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    const curve = await page.locator("svg.gains-chart path.gains-curve").evaluate((path) => (path as unknown as { getTotalLength(): number }).getTotalLength());
    expect(curve).toBeGreaterThan(100);
    expect(await page.locator("table").count()).toBeGreaterThanOrEqual(5);
    expect(requests).toEqual([]);
    await page.close();
  });

  it.skipIf(missingDataMessage("x-education") !== null)("renders the real X Education backtest report", async () => {
    const run = runXEducationBacktest();
    const baseline = evaluate(
      run.results.map((result, i) => ({ ...result, score: Math.round(100 * (run.baselineScores[i] ?? 0)) })),
      run.testOutcomes,
    );
    const html = renderReport(run.evaluation, {
      title: "X Education: derived ICP, test split",
      subtitle: `Derived and weighted on ${run.train.length} leads, backtested on ${run.test.length}; logistic regression on the same features for comparison (test AUC ${run.baselineAuc.toFixed(3)}).`,
      generatedAt: "2026-11-23",
      results: run.results,
      outcomes: run.testOutcomes,
      compareWith: [{ label: "logistic regression", evaluation: baseline }],
      derived: run.derived,
      weights: run.weighted,
    });
    const { page, requests } = await open(html, "x-education.html");
    expect(await page.locator("svg.icpfit-chart").count()).toBe(5);
    expect(await page.locator("svg.gains-chart path.gains-curve").count()).toBe(2);
    expect(await page.locator("svg.tier-distribution rect.bar").count()).toBeGreaterThanOrEqual(4);
    expect(requests).toEqual([]);
    const target = process.env["ICPFIT_SCREENSHOT"];
    if (target !== undefined && target !== "") {
      await page.setViewportSize({ width: 1160, height: 1400 });
      await page.screenshot({ path: resolve(target), clip: { x: 0, y: 0, width: 1160, height: 1400 } });
    }
    await page.close();
  });
});
