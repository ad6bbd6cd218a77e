/*
 * examples/icp.json written by hand as one plain JavaScript function: what a careful engineer
 * would ship if the ICP were hard-coded. It is the practical speed limit for the benchmark, so it
 * is written to be fast (sets built once, one pass over the stack for both stack rules, no
 * per-rule records), and to give exactly icpfit's score and tier:
 *
 * - text is matched trimmed and case-insensitively; blank text, null, absent fields and empty
 *   lists are unknown; unknown rules leave the denominator (the ICP's `missing: "neutral"`);
 * - between / gte with `falloff: 0.5` give linear partial credit outside the range, rounded to
 *   hundredths of a point; `withinDays: 30` with `halfLife: 21` decays as 0.5^(age / 21);
 * - confidence below 0.6 (the ICP's minConfidence) is insufficient-data; the public-sector knockout disqualifies.
 *
 * It reads numbers only as numbers and lists only as arrays (no "1,200", no "Slack;Jira"), which
 * covers every lead bench/synthetic-leads.mjs makes; icpfit reads those CRM forms as well.
 */

const DAY_MS = 86_400_000;
const TECH_INDUSTRIES = new Set(["software", "internet", "it services", "computer software", "saas", "information technology"]);
const PUBLIC_SECTOR = new Set(["government", "government administration", "public sector"]);
const PAINS = new Set(["collaboration", "workflow automation", "remote collaboration", "manual workflows"]);
const STACK = new Set(["slack", "google workspace", "jira"]);
const COMPETITORS = new Set(["asana", "monday.com"]);
// Sum of the positive points (25 + 20 + 15 + 15 + 15 + 10 + 10): the denominator of confidence.
const TOTAL_POSITIVE = 110;

const round2 = (value) => Math.round(value * 100) / 100;

function text(value) {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed.toLowerCase();
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  return undefined;
}

function number(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function time(value) {
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed === "") return undefined;
    const ms = Date.parse(trimmed);
    return Number.isFinite(ms) ? ms : undefined;
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

/** Linear falloff below `low` and above `high`, over half the bound. */
function betweenCredit(value, low, high) {
  if (value < low) return Math.max(0, 1 - (low - value) / (low * 0.5));
  if (value > high) return Math.max(0, 1 - (value - high) / (high * 0.5));
  return 1;
}

/** Points earned for a credit in [0, 1], exactly as the engine rounds partial credit. */
function earned(weight, credit) {
  return credit === 1 ? weight : credit === 0 ? 0 : round2(weight * credit);
}

/**
 * Scores one lead against the tech-mid-market ICP at `nowMs`.
 * @returns {{ score: number, tier: string }}
 */
export function scoreHandwritten(lead, nowMs) {
  const firm = lead.firmographic;
  const tech = lead.technographic;
  const behavior = lead.behavioral;
  let points = 0;
  let maxPoints = 0;
  let known = 0;
  let disqualified = false;

  const industry = firm == null ? undefined : text(firm.industry);
  if (industry !== undefined) {
    // The knockout still gets a score (icpfit reports it beside the tier), so no early return.
    if (PUBLIC_SECTOR.has(industry)) disqualified = true;
    known += 25;
    maxPoints += 25;
    if (TECH_INDUSTRIES.has(industry)) points += 25;
  }

  const employees = firm == null ? undefined : number(firm.employees);
  if (employees !== undefined) {
    known += 20;
    maxPoints += 20;
    points += earned(20, betweenCredit(employees, 50, 500));
  }

  const revenue = firm == null ? undefined : number(firm.annualRevenue);
  if (revenue !== undefined) {
    known += 15;
    maxPoints += 15;
    points += earned(15, betweenCredit(revenue, 5_000_000, 50_000_000));
  }

  const pains = lead.painPoints;
  let painKnown = false;
  let painHit = false;
  if (Array.isArray(pains)) {
    for (const item of pains) {
      const value = text(item);
      if (value === undefined) continue;
      painKnown = true;
      if (PAINS.has(value)) {
        painHit = true;
        break;
      }
    }
  }
  if (painKnown) {
    known += 15;
    maxPoints += 15;
    if (painHit) points += 15;
  }

  // One pass over the stack answers both the stack rule and the competitor rule.
  const technologies = tech == null ? undefined : tech.technologies;
  let stackKnown = false;
  let stackHit = false;
  let competitorHit = false;
  if (Array.isArray(technologies)) {
    for (const item of technologies) {
      const value = text(item);
      if (value === undefined) continue;
      stackKnown = true;
      if (STACK.has(value)) stackHit = true;
      else if (COMPETITORS.has(value)) competitorHit = true;
    }
  }
  if (stackKnown) {
    known += 15;
    maxPoints += 15;
    if (stackHit) points += 15;
  }

  const activity = behavior == null ? undefined : time(behavior.lastActivityAt);
  if (activity !== undefined) {
    known += 10;
    maxPoints += 10;
    const age = Math.max(0, (nowMs - activity) / DAY_MS);
    points += earned(10, age > 30 ? 0 : Math.pow(0.5, age / 21));
  }

  const intent = behavior == null ? undefined : number(behavior.intentScore);
  if (intent !== undefined) {
    known += 10;
    maxPoints += 10;
    points += earned(10, intent >= 60 ? 1 : Math.max(0, 1 - (60 - intent) / 30));
  }

  if (competitorHit) points -= 10;

  const score = maxPoints > 0 ? Math.min(100, Math.round((100 * Math.max(0, points)) / maxPoints)) : 0;
  const confidence = Math.round((known / TOTAL_POSITIVE) * 1000) / 1000;
  const tier = disqualified
    ? "disqualified"
    : confidence < 0.6 ? "insufficient-data" : score >= 80 ? "primary" : score >= 60 ? "secondary" : score >= 40 ? "tertiary" : "unqualified";
  return { score, tier };
}
