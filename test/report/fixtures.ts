// Shared fixtures for the report tests: a small scored book with outcomes.
import { scoreLeads, type IcpResult } from "../../src/index.js";
import { compareProfiles, deriveIcp, evaluate, profileCustomers, type DerivedIcp, type Evaluation, type ProfileComparison } from "../../src/analyze/index.js";

const industries = ["Software", "Retail", "Health", "Finance"];
export const leads: unknown[] = Array.from({ length: 400 }, (_, i) => ({
  firmographic: { industry: industries[i % 4], employees: 20 + ((i * 37) % 900), country: i % 3 === 0 ? "US" : "DE" },
  technographic: { technologies: i % 5 < 2 ? ["Slack", "Jira"] : ["Teams"] },
}));
export const outcomes: boolean[] = leads.map((_, i) => (i % 4 === 0 && i % 7 !== 0) || (i % 5 < 2 && i % 3 === 0) || i % 11 === 0);
export const derived: DerivedIcp = deriveIcp(leads, { outcome: outcomes, id: "fixture", name: "Fixture ICP" });
export const results: IcpResult[] = scoreLeads(leads, derived.icp);
export const evaluation: Evaluation = evaluate(results, outcomes);
export const comparison: ProfileComparison = compareProfiles(profileCustomers(leads.filter((_, i) => outcomes[i])), profileCustomers(leads));
