// The language of human-readable reports: Chinese, English, or both (the default: our readers
// read Chinese first, and reviewers outside may not).
import { Text } from "../model";
import { sameUntrusted, untrustedJoin, Untrusted, UText } from "./untrusted";

export type Lang = "zh" | "en" | "both";

export const LANGS: readonly Lang[] = ["zh", "en", "both"];

export function isTrustedText(text: Text | UText): text is Text {
  return typeof text.zh === "string";
}

/** One text on one line: "中文 / English" for both. Input stays untrusted. */
export function inline(text: Text, lang: Lang, separator?: string): string;
export function inline(text: UText, lang: Lang, separator?: string): Untrusted;
export function inline(text: Text | UText, lang: Lang, separator = " / "): string | Untrusted {
  if (lang === "zh") return text.zh;
  if (lang === "en") return text.en;
  if (isTrustedText(text)) return text.zh === text.en ? text.zh : `${text.zh}${separator}${text.en}`;
  return sameUntrusted(text.zh, text.en) ? text.zh : untrustedJoin`${text.zh}${separator}${text.en}`;
}

/** One text as lines: both languages on lines of their own. */
export function lines(text: Text, lang: Lang): string[];
export function lines(text: UText, lang: Lang): Untrusted[];
export function lines(text: Text | UText, lang: Lang): (string | Untrusted)[] {
  if (lang === "zh") return [text.zh];
  if (lang === "en") return [text.en];
  if (isTrustedText(text)) return text.zh === text.en ? [text.zh] : [text.zh, text.en];
  return sameUntrusted(text.zh, text.en) ? [text.zh] : [text.zh, text.en];
}

export function t(zh: string, en: string): Text {
  return { zh, en };
}
