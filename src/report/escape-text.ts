// Input in the terminal report and CI logs. A line of the report never begins with input (every
// renderer line starts with govguard's own mark or label), and input cannot end a line: so no
// GitHub Actions workflow command ("::error ...", recognised at the start of a line) can be formed.
// Azure Pipelines looks for "##vso[" anywhere in a line, so input never shows two "#" in a row.
import { visible } from "./escape";
import { isUntrusted, revealForEscaper, Untrusted } from "./untrusted";

export function plainText(value: Untrusted | string): string {
  const raw = isUntrusted(value) ? revealForEscaper(value) : value;
  return visible(raw).replace(/#(?=#)/g, "#\\");
}
