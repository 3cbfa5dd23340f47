// Words every layer shares: bilingual text and severities.

/** User-facing text, always in both languages. */
export interface Text {
  zh: string;
  en: string;
}

export type Severity = "critical" | "high" | "medium" | "low";

/** Most severe first: the order of every report and of --fail-on. */
export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];
