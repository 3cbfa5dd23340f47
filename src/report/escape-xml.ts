// Text and attribute values in XML (JUnit) and HTML. Input shows its hidden and control characters
// as escapes, which also removes everything XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE,
// U+FFFF); govguard's own text keeps its line breaks and tabs.
import { visible } from "./escape";
import { isUntrusted, revealForEscaper, Untrusted } from "./untrusted";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// Everything outside XML 1.0's Char production, and noncharacters.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\p{Cs}\p{Noncharacter_Code_Point}]/gu;

export function xmlText(value: Untrusted | string): string {
  const text = isUntrusted(value) ? visible(revealForEscaper(value)) : value.replace(NOT_XML, "\ufffd");
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
