import type { CompanySummary, Industry } from "../../../shared/protocol/companies.ts";

/**
 * The companies whose name holds every word of the query (any case, any order) and that are in
 * the chosen industry ("all": any). Verified companies come first, then by name in the reader's
 * collation, so a directory reads like one.
 */
export function filterCompanies(
  companies: readonly CompanySummary[], query: string, industry: Industry | "all", locale: string,
): CompanySummary[] {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator(locale);
  return companies
    .filter((c) => industry === "all" || c.industry === industry)
    .filter((c) => {
      const name = c.name.toLocaleLowerCase(locale);
      return words.every((w) => name.includes(w));
    })
    .sort((a, b) => Number(b.verified) - Number(a.verified) || collator.compare(a.name, b.name));
}
