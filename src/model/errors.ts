// Errors that reach the user as one line and exit code 2. Anything else is a defect in govguard.
import { Text } from "./text";

/** A file or directory govguard cannot judge: unreadable, malformed, or not a Terraform input. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: Text,
  ) {
    super(`${file}: ${problem.en}`);
    this.name = "InputError";
  }
}

/** A command line govguard cannot act on. */
export class UsageError extends Error {
  constructor(readonly problem: Text) {
    super(problem.en);
    this.name = "UsageError";
  }
}

/** Collapses a multi-line message from a parser into one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

// C0 and C1 controls, DEL, line and paragraph separators, zero-width and bidirectional formatting
// characters: none of them may reach a terminal or a CI log from a file name or a parser message.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udfff]/gu;

/** `text` on one line with every control or invisible formatting character shown escaped. */
export function printable(text: string): string {
  return text.trim().replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
