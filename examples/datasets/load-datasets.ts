/*
 * Loading and field mapping for the two public datasets icpfit is tested on. This is example
 * code, deliberately outside the library: the core never reads files. It imports nothing but
 * node:fs and node:path, so Node (vitest), Deno and Deno notebooks can all import this one file.
 *
 *   Olist:       "Marketing Funnel by Olist" (Kaggle), files olist_marketing_qualified_leads_dataset.csv
 *                and olist_closed_deals_dataset.csv
 *   X Education: "X Education lead scoring" (Kaggle), file x-education-leads.csv (Leads.csv renamed)
 *
 * Put them in one folder and point ICPFIT_DATA at it (default: ../shared/data beside the repo).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the datasets are: $ICPFIT_DATA, else ../shared/data relative to the repository root. */
export function dataDir(): string {
  const fromEnv = typeof process !== "undefined" ? process.env["ICPFIT_DATA"] : undefined;
  if (fromEnv !== undefined && fromEnv !== "") return resolve(fromEnv);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  return resolve(repoRoot, "..", "shared", "data");
}

export const OLIST_FILES: readonly string[] = ["olist_marketing_qualified_leads_dataset.csv", "olist_closed_deals_dataset.csv"];
export const X_EDUCATION_FILES: readonly string[] = ["x-education-leads.csv"];

/** Null when the files are there, else a plain message saying what to download and where. */
export function missingDataMessage(dataset: "olist" | "x-education"): string | null {
  const dir = dataDir();
  const files = dataset === "olist" ? OLIST_FILES : X_EDUCATION_FILES;
  const absent = files.filter((file) => !existsSync(join(dir, file)));
  if (absent.length === 0) return null;
  const name = dataset === "olist" ? 'Kaggle "Marketing Funnel by Olist"' : 'Kaggle "X Education lead scoring" (Leads.csv, renamed)';
  return `Skipped: ${absent.join(", ")} not found in ${dir}. Download the public dataset ${name} and put ${files.join(" and ")} in that folder, or set ICPFIT_DATA to the folder that holds them.`;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Returns rows as objects by header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header = [], ...body] = rows;
  return body
    .filter((cells) => cells.length > 1 || (cells[0] ?? "") !== "")
    .map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])));
}

function readCsv(file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(dataDir(), file), "utf8"));
}

const text = (value: string | undefined): string | undefined => {
  const trimmed = (value ?? "").trim();
  return trimmed === "" || trimmed === "Select" ? undefined : trimmed;
};
const number = (value: string | undefined): number | undefined => {
  const trimmed = (value ?? "").trim();
  if (trimmed === "") return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
};
const yesNo = (value: string | undefined): boolean | undefined => {
  const trimmed = (value ?? "").trim().toLowerCase();
  return trimmed === "yes" || trimmed === "true" ? true : trimmed === "no" || trimmed === "false" ? false : undefined;
};
function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A lead record in icpfit's lead shape (firmographic, behavioral, attributes). */
export interface DatasetLead {
  readonly id: string;
  readonly firmographic?: Record<string, string | number>;
  readonly behavioral?: Record<string, number>;
  readonly attributes: Record<string, string | number | boolean | string[]>;
}

/** One Olist MQL, joined with its closed deal when there is one. */
export interface OlistLead {
  readonly lead: DatasetLead;
  readonly firstContactDate: string;
  readonly closed: boolean;
  /** For closed deals only. */
  readonly wonDate?: string;
  /** Days from first contact to won; negative in one deal (a data error, see the dataset README). */
  readonly salesCycleDays?: number;
  /** declared_monthly_revenue when above 0 (it is 0 in 94.7% of deals: effectively missing). */
  readonly declaredMonthlyRevenue?: number;
}

/**
 * Loads the Olist funnel: every MQL with origin, landing page and first-contact month; closed
 * deals add the seller's segment, lead type, behaviour profile, business type and the declared
 * fields. Firmographics therefore exist for customers only.
 */
export function loadOlist(): OlistLead[] {
  const deals = new Map(readCsv("olist_closed_deals_dataset.csv").map((deal) => [deal["mql_id"] ?? "", deal]));
  return readCsv("olist_marketing_qualified_leads_dataset.csv").map((mql) => {
    const id = mql["mql_id"] ?? "";
    const firstContactDate = (mql["first_contact_date"] ?? "").slice(0, 10);
    const deal = deals.get(id);
    const base = compact({
      origin: text(mql["origin"]),
      landingPage: text(mql["landing_page_id"]),
      firstContactMonth: firstContactDate.slice(0, 7) || undefined,
    });
    if (deal === undefined) return { lead: { id, attributes: base as DatasetLead["attributes"] }, firstContactDate, closed: false };
    const wonDate = (deal["won_date"] ?? "").slice(0, 10);
    const salesCycleDays = Math.round((Date.parse(`${wonDate}T00:00:00Z`) - Date.parse(`${firstContactDate}T00:00:00Z`)) / 86_400_000);
    const revenue = number(deal["declared_monthly_revenue"]);
    const profile = text(deal["lead_behaviour_profile"]);
    const firmographic = compact({
      industry: text(deal["business_segment"]),
      companyType: text(deal["business_type"]),
      ...(revenue !== undefined && revenue > 0 ? { annualRevenue: revenue * 12 } : {}),
    });
    const attributes = compact({
      ...base,
      leadType: text(deal["lead_type"]),
      behaviourProfile: profile === undefined ? undefined : profile.split(",").map((item) => item.trim()),
      hasCompany: yesNo(deal["has_company"]),
      hasGtin: yesNo(deal["has_gtin"]),
      averageStock: text(deal["average_stock"]) === "unknown" ? undefined : text(deal["average_stock"]),
      catalogSize: number(deal["declared_product_catalog_size"]),
    });
    return {
      lead: { id, firmographic: firmographic as Record<string, string | number>, attributes: attributes as DatasetLead["attributes"] },
      firstContactDate,
      closed: true,
      wonDate,
      salesCycleDays,
      ...(revenue !== undefined && revenue > 0 ? { declaredMonthlyRevenue: revenue } : {}),
    };
  });
}

/** Columns filled in by the sales team during or after contact: they leak the outcome. */
export const X_EDUCATION_LEAKING: readonly string[] = [
  "Tags",
  "Lead Quality",
  "Last Activity",
  "Last Notable Activity",
  "Asymmetrique Activity Index",
  "Asymmetrique Profile Index",
  "Asymmetrique Activity Score",
  "Asymmetrique Profile Score",
];

/** One X Education lead and whether it converted. */
export interface XEducationLead {
  readonly lead: DatasetLead;
  readonly converted: boolean;
}

/**
 * Loads X Education's leads with the leaking columns dropped, "Select" read as missing, Yes/No as
 * booleans, and the single-valued columns left out. Visits go to behavioral.visits; everything
 * else (these are individuals, not companies) to attributes.
 */
export function loadXEducation(): XEducationLead[] {
  return readCsv("x-education-leads.csv").map((row) => {
    const visits = number(row["TotalVisits"]);
    const attributes = compact({
      leadOrigin: text(row["Lead Origin"]),
      leadSource: text(row["Lead Source"]),
      doNotEmail: yesNo(row["Do Not Email"]),
      doNotCall: yesNo(row["Do Not Call"]),
      timeOnWebsite: number(row["Total Time Spent on Website"]),
      pageViewsPerVisit: number(row["Page Views Per Visit"]),
      country: text(row["Country"]),
      specialization: text(row["Specialization"]),
      heardFrom: text(row["How did you hear about X Education"]),
      occupation: text(row["What is your current occupation"]),
      whatMatters: text(row["What matters most to you in choosing a course"]),
      search: yesNo(row["Search"]),
      newspaperArticle: yesNo(row["Newspaper Article"]),
      forums: yesNo(row["X Education Forums"]),
      newspaper: yesNo(row["Newspaper"]),
      digitalAdvertisement: yesNo(row["Digital Advertisement"]),
      recommendations: yesNo(row["Through Recommendations"]),
      leadProfile: text(row["Lead Profile"]),
      city: text(row["City"]),
      freeCopy: yesNo(row["A free copy of Mastering The Interview"]),
    });
    return {
      lead: {
        id: row["Prospect ID"] ?? "",
        ...(visits !== undefined ? { behavioral: { visits } } : {}),
        attributes: attributes as DatasetLead["attributes"],
      },
      converted: (row["Converted"] ?? "").trim() === "1",
    };
  });
}

/** A seeded shuffle split (mulberry32): the same seed gives the same split on every runtime. */
export function seededSplit<T>(items: readonly T[], testShare: number, seed: number): { train: T[]; test: T[] } {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = items.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const cut = Math.round(items.length * testShare);
  const pick = (indexes: number[]): T[] => indexes.map((index) => items[index] as T);
  return { test: pick(order.slice(0, cut)), train: pick(order.slice(cut)) };
}
