// Errors that reach the user as one line and exit code 2. Anything else is a defect in govguard.
import { Text } from "./engine/types";

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
