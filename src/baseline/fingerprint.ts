// A finding's baseline fingerprint: what it is about and what it says, never where it is written,
// so that moving lines, reformatting a file or renaming its folder keeps it.
//
//   sha256( JSON.stringify(["govguard-baseline/v1", control, resource, attribute, normalised]) )
//
// as lowercase hex, where `attribute` is "" for a finding that names none and `normalised` is the
// English message in Unicode NFC with every whitespace character removed (terraform fmt and hand
// reformatting change only whitespace, also inside an expression a message quotes). Nothing else
// is normalised: case, digits and punctuation can be the difference between two problems. The
// Chinese message is the same finding in another language and is not part of it. The JSON array
// leaves no ambiguity between parts ("a|b" + "c" is not "a" + "b|c").
import { createHash } from "node:crypto";
import { Text } from "../model";

export const FINGERPRINT_SCHEME = "govguard-baseline/v1";

/** What a fingerprint is made of: a finding, or a baseline entry naming one. */
export interface Fingerprinted {
  control: string;
  resource: string;
  attribute?: string;
  message: Text;
}

export function normaliseMessage(message: string): string {
  return message.normalize("NFC").replace(/\s+/gu, "");
}

export function fingerprint(f: Fingerprinted): string {
  const parts = [FINGERPRINT_SCHEME, f.control, f.resource, f.attribute ?? "", normaliseMessage(f.message.en)];
  return createHash("sha256").update(JSON.stringify(parts), "utf8").digest("hex");
}
