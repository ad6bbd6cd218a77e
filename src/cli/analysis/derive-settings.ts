import type { TargetShares } from "../../analyze/index.js";
import { integerOption, stringOption, type OptionValues } from "../args.js";
import { usageError } from "../cli-error.js";

/*
 * derive's model options, checked here so that a bad value is a usage error (exit 2) naming the
 * option, not a library error about `minRules`.
 */

/** The deriveIcp options the command line sets. */
export interface DeriveSettings {
  readonly maxRules: number;
  readonly minRules: number;
  readonly maxRulesPerField: number;
  readonly targetShares?: TargetShares;
}

function ruleCount(values: OptionValues, name: string, fallback: number, low: number): number {
  const value = integerOption(values, name, fallback);
  if (value < low || value > 200) throw usageError(`--${name} expects a whole number from ${low} to 200, got ${value}`);
  return value;
}

/** Percent per tier, e.g. "10,20,30" (a "%" after each is allowed). */
export function parseTierShares(text: string): TargetShares {
  const parts = text.split(",").map((part) => part.trim().replace(/%$/, ""));
  const numbers = parts.map((part) => (part === "" ? Number.NaN : Number(part)));
  if (numbers.length !== 3 || numbers.some((value) => !Number.isFinite(value) || value < 0 || value > 100)) {
    throw usageError(`--tier-shares expects three percents from 0 to 100 for primary, secondary and tertiary, e.g. 10,20,30; got "${text}"`);
  }
  const [primary = 0, secondary = 0, tertiary = 0] = numbers;
  if (numbers.every((value) => value < 1) && numbers.some((value) => value > 0)) {
    throw usageError(`--tier-shares takes percents: "${text}" would mean ${numbers.map((value) => `${value}%`).join(", ")}; for shares of ${numbers.map((value) => `${Math.round(value * 1000) / 10}%`).join(", ")} write ${numbers.map((value) => Math.round(value * 1000) / 10).join(",")}`);
  }
  if (primary + secondary + tertiary > 100 + 1e-9) {
    throw usageError(`--tier-shares are each tier's own share and add up to at most 100; got ${primary + secondary + tertiary} from "${text}"`);
  }
  return { primary: primary / 100, secondary: secondary / 100, tertiary: tertiary / 100 };
}

/** --max-rules, --min-rules, --max-rules-per-field and --tier-shares, checked. */
export function deriveSettings(values: OptionValues): DeriveSettings {
  const maxRules = ruleCount(values, "max-rules", 10, 1);
  const minRules = ruleCount(values, "min-rules", 5, 0);
  const maxRulesPerField = ruleCount(values, "max-rules-per-field", 2, 1);
  const shares = stringOption(values, "tier-shares");
  return { maxRules, minRules, maxRulesPerField, ...(shares === undefined ? {} : { targetShares: parseTierShares(shares) }) };
}
