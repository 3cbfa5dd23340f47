// The language of human-readable reports: Chinese, English, or both (the default: our readers
// read Chinese first, and reviewers outside may not).
import { Text } from "../engine/types";

export type Lang = "zh" | "en" | "both";

export const LANGS: readonly Lang[] = ["zh", "en", "both"];

/** One text on one line: "中文 / English" for both. */
export function inline(text: Text, lang: Lang, separator = " / "): string {
  if (lang === "zh") return text.zh;
  if (lang === "en") return text.en;
  return text.zh === text.en ? text.zh : `${text.zh}${separator}${text.en}`;
}

/** One text as lines: both languages on lines of their own. */
export function lines(text: Text, lang: Lang): string[] {
  if (lang === "zh") return [text.zh];
  if (lang === "en") return [text.en];
  return text.zh === text.en ? [text.zh] : [text.zh, text.en];
}

export function t(zh: string, en: string): Text {
  return { zh, en };
}
