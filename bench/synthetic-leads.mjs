/*
 * Seeded synthetic leads for the benchmarks. The same seed and count always give the same leads
 * (mulberry32, no Math.random), so every run and every engine scores identical input.
 *
 * The mix is meant to look like a CRM export after enrichment, aimed at examples/icp.json: text in
 * mixed case with stray spaces, missing and null fields, empty lists, ISO timestamps and plain
 * dates, a few public-sector companies (the knockout), competitors in the stack. Numbers are
 * numbers: a hand-written scorer (bench/handwritten.mjs) would not parse "1,200" either.
 */

/** The benchmark's fixed `now`, so `withinDays` credit does not depend on the clock. */
export const NOW_ISO = "2026-11-15T00:00:00.000Z";
export const NOW_MS = Date.parse(NOW_ISO);
export const DEFAULT_SEED = 20261115;
const DAY_MS = 86_400_000;

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and fully deterministic. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES = [
  ["Software", 14], ["Internet", 6], ["IT Services", 6], ["Computer Software", 4], ["SaaS", 4],
  ["Information Technology", 4], ["Financial Services", 8], ["Healthcare", 8], ["Retail", 7],
  ["Manufacturing", 8], ["Education", 5], ["Marketing and Advertising", 6], ["Real Estate", 4],
  ["Government", 2], ["Government Administration", 1], ["Public Sector", 1], ["Non-profit", 3],
];
const TECHNOLOGIES = [
  "Slack", "Google Workspace", "Jira", "Asana", "Monday.com", "Salesforce", "HubSpot", "Zoom",
  "Notion", "Trello", "Confluence", "Microsoft Teams", "Zendesk", "Stripe", "AWS", "Figma",
];
const PAINS = [
  "collaboration", "workflow automation", "remote collaboration", "manual workflows", "reporting",
  "data silos", "security", "hiring", "cost control", "onboarding",
];
const COUNTRIES = ["US", "DE", "GB", "FR", "NL", "CA", "AU", "IN", "BR", "ES"];

function weightedPicker(entries) {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let roll = random() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
}

/** CRM text as people type it: mostly as listed, sometimes lower or upper case, or padded. */
function messy(text, random) {
  const roll = random();
  if (roll < 0.7) return text;
  if (roll < 0.82) return text.toLowerCase();
  if (roll < 0.9) return text.toUpperCase();
  return ` ${text} `;
}

function logUniform(random, low, high) {
  return Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)));
}

function sample(random, items, count) {
  const pool = items.slice();
  const picked = [];
  for (let index = 0; index < count && pool.length > 0; index++) {
    picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  }
  return picked;
}

/**
 * `count` leads from `seed`. Each lead is a fresh plain object (as JSON.parse would give), with
 * the optional fields absent, null or empty at realistic rates.
 */
export function syntheticLeads(count, seed = DEFAULT_SEED) {
  const random = mulberry32(seed);
  const pickIndustry = weightedPicker(INDUSTRIES);
  const leads = new Array(count);
  for (let index = 0; index < count; index++) {
    const firmographic = { country: COUNTRIES[Math.floor(random() * COUNTRIES.length)] };
    if (random() < 0.93) firmographic.industry = messy(pickIndustry(random), random);
    if (random() < 0.9) firmographic.employees = Math.round(logUniform(random, 2, 20_000));
    const revenueRoll = random();
    if (revenueRoll < 0.8) firmographic.annualRevenue = Math.round(logUniform(random, 2e5, 2e9) / 1000) * 1000;
    else if (revenueRoll < 0.85) firmographic.annualRevenue = null;

    const lead = {
      id: `lead-${index}`,
      name: `Company ${index}`,
      domain: `company-${index}.example`,
      firmographic,
    };

    const techRoll = random();
    if (techRoll < 0.85) {
      const stack = sample(random, TECHNOLOGIES, 1 + Math.floor(random() * 6));
      lead.technographic = { technologies: stack.map((item) => messy(item, random)) };
    } else if (techRoll < 0.9) {
      lead.technographic = { technologies: [] };
    }

    const painRoll = random();
    if (painRoll < 0.7) lead.painPoints = sample(random, PAINS, 1 + Math.floor(random() * 3)).map((item) => messy(item, random));
    else if (painRoll < 0.75) lead.painPoints = [];

    const behavioral = {};
    if (random() < 0.8) {
      const at = NOW_MS - Math.floor(random() * 120 * DAY_MS);
      const iso = new Date(at).toISOString();
      behavioral.lastActivityAt = random() < 0.85 ? iso : iso.slice(0, 10);
    }
    if (random() < 0.65) behavioral.intentScore = Math.round(random() * 100);
    if (random() < 0.5) behavioral.pageViews = Math.floor(random() * 200);
    if (Object.keys(behavioral).length > 0) lead.behavioral = behavioral;

    leads[index] = lead;
  }
  return leads;
}
