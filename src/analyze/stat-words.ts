/*
 * Numbers in the plain-words summaries of compareIcps, pilotReadout and scoreDrift, written the
 * way a statistics package prints them: p-values to two significant digits (or "p < 0.0001"),
 * signed differences, percentages with one decimal. Internal.
 */

/** "p = 0.027", "p = 0.41", "p < 0.0001". */
export function pText(p: number): string {
  if (Number.isNaN(p)) return "p not defined";
  if (p < 0.0001) return "p < 0.0001";
  return `p = ${p < 0.001 ? p.toFixed(4) : Number(p.toPrecision(2)).toString()}`;
}

/** A number with a sign and a true minus: "+0.047", "−0.012". */
export function signed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  return `${value < 0 && Number(text) !== 0 ? "−" : "+"}${text}`;
}

/** A share as a percentage: 0.1234 -> "12.3%". */
export function percentText(share: number, decimals = 1): string {
  return `${(share * 100).toFixed(decimals)}%`;
}

/** A difference of shares in percentage points: 0.052 -> "+5.2 points". */
export function pointsText(difference: number, decimals = 1): string {
  return `${signed(difference * 100, decimals)} points`;
}

/** The confidence level of an alpha as a percentage label: 0.05 -> "95%". */
export function confidenceText(alpha: number): string {
  return `${Number(((1 - alpha) * 100).toPrecision(4)).toString()}%`;
}
