import { formatNumber } from "../engine/describe.js";
import type { IcpResult, Tier } from "../schema/result.js";

/*
 * The warnings evaluate() attaches: too few outcomes to trust a rate, and selection bias when
 * outcomes exist only for the leads sales chose to work.
 */

const MIN_PER_CLASS = 40;
const SCORED_TIERS: ReadonlySet<Tier> = new Set(["primary", "secondary", "tertiary", "unqualified"]);

export interface WarningInput {
  readonly results: readonly IcpResult[];
  readonly outcomes: readonly (boolean | 0 | 1 | null)[];
  readonly worked: readonly boolean[] | undefined;
  readonly byTier: readonly { readonly tier: Tier; readonly labelled: number; readonly count: number }[];
  readonly labelled: number;
  readonly conversions: number;
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;
/** "1 lead", "2 leads". */
const counted = (value: number, noun: string): string => `${formatNumber(value)} ${noun}${value === 1 ? "" : "s"}`;

export function evaluationWarnings(input: WarningInput): string[] {
  const warnings: string[] = [];
  const { labelled, conversions } = input;
  const negatives = labelled - conversions;
  if (conversions < MIN_PER_CLASS || negatives < MIN_PER_CLASS) {
    warnings.push(`Small sample: ${counted(conversions, "conversion")} and ${counted(negatives, "non-conversion")} (fewer than ${MIN_PER_CLASS} in a class); AUC and rates are uncertain`);
  }
  for (const row of input.byTier) {
    if (SCORED_TIERS.has(row.tier) && row.count > 0 && row.labelled < MIN_PER_CLASS) {
      warnings.push(`Tier ${row.tier} has only ${counted(row.labelled, "lead")} with a known outcome; its conversion rate is uncertain`);
    }
  }
  const n = input.results.length;
  const unknown = input.outcomes.filter((outcome) => outcome === null || outcome === undefined).length;
  if (input.worked !== undefined) {
    const worked = input.worked.filter(Boolean).length;
    if (worked < n) {
      warnings.push(
        `Selection bias: outcomes exist only for the ${formatNumber(worked)} worked leads (${percent(worked / Math.max(1, n))}); unworked leads might have converted, so AUC and capture describe the worked leads only`,
      );
      const rates = new Map<Tier, { worked: number; count: number }>();
      input.results.forEach((result, i) => {
        const entry = rates.get(result.tier) ?? { worked: 0, count: 0 };
        entry.count++;
        if (input.worked?.[i] === true) entry.worked++;
        rates.set(result.tier, entry);
      });
      const shares = [...rates.entries()].filter(([tier, e]) => SCORED_TIERS.has(tier) && e.count >= 10).map(([tier, e]) => ({ tier, share: e.worked / e.count }));
      const high = shares.reduce((a, b) => (b.share > a.share ? b : a), shares[0] ?? { tier: "primary" as Tier, share: 0 });
      const low = shares.reduce((a, b) => (b.share < a.share ? b : a), shares[0] ?? { tier: "primary" as Tier, share: 0 });
      if (shares.length > 1 && high.share - low.share > 0.2) {
        warnings.push(`Sales worked ${percent(high.share)} of ${high.tier} leads but ${percent(low.share)} of ${low.tier} leads: the tiers steered the outcomes you are testing them on`);
      }
    }
  } else if (unknown > 0) {
    warnings.push(`${formatNumber(unknown)} of ${formatNumber(n)} results (${percent(unknown / Math.max(1, n))}) have no outcome; if those are leads nobody worked, pass options.worked to check for selection bias`);
  }
  return warnings;
}
