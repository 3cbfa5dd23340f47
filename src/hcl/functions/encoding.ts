// Encoding and hashing functions: JSON, base64, URL, digests; uuid()/timestamp() are unknown
// until apply.
import { createHash } from "node:crypto";
import { EvalError } from "../errors";
import { checkStringLength } from "../caps";
import { checkValueDepth, entryOf, formatNumber, sortedKeys, toStr } from "../convert";
import { fromJSON } from "../json";
import { known } from "../unknowns";
import { ListValue, ObjectValue, Unknown, Value } from "../value";
import { fn, str } from "./define";
import type { HclFunction } from "./types";

const HTML_UNSAFE = /[<>&\u2028\u2029]/g;

function quote(s: string): string {
  return JSON.stringify(s).replace(HTML_UNSAFE, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** The value as Terraform's jsonencode() writes it (keys sorted, <>& escaped); refused once longer
 * than MAX_STRING_LENGTH, while it is being built. */
export function jsonText(v: Value): string {
  const parts: string[] = [];
  let length = 0;
  const emit = (s: string) => {
    length += s.length;
    checkStringLength(length, "jsonencode()");
    parts.push(s);
  };
  const walk = (x: Value, depth: number): void => {
    checkValueDepth(depth);
    x = known(x);
    if (x === null) emit("null");
    else if (typeof x === "string") emit(quote(x));
    else if (typeof x === "number") emit(formatNumber(x));
    else if (typeof x === "boolean") emit(x ? "true" : "false");
    else if (x instanceof ListValue) {
      emit("[");
      x.items.forEach((item, i) => {
        if (i > 0) emit(",");
        walk(item, depth + 1);
      });
      emit("]");
    } else {
      const o: ObjectValue = x;
      emit("{");
      sortedKeys(o).forEach((k, i) => {
        emit((i > 0 ? "," : "") + quote(k) + ":");
        walk(entryOf(o, k), depth + 1);
      });
      emit("}");
    }
  };
  walk(v, 0);
  return parts.join("");
}

function digest(algorithm: string, encoding: "hex" | "base64"): HclFunction["call"] {
  return ([v]) => createHash(algorithm).update(toStr(v), "utf8").digest(encoding);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const ENCODING_FUNCTIONS: Record<string, HclFunction> = {
  jsonencode: fn(1, 1, "the value as JSON", ([v], ctx) => str(ctx, jsonText(v))),
  jsondecode: fn(1, 1, "the value a JSON string denotes", ([v]) => {
    const text = toStr(v);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new EvalError(`invalid JSON: ${(e as Error).message.split("\n")[0]}`);
    }
    return fromJSON(parsed);
  }),
  base64encode: fn(1, 1, "UTF-8 bytes of a string in base64", ([v], ctx) => str(ctx, Buffer.from(toStr(v), "utf8").toString("base64"))),
  base64decode: fn(1, 1, "a base64 string decoded as UTF-8", ([v]) => {
    const text = toStr(v);
    if (text.length % 4 !== 0 || !BASE64.test(text)) throw new EvalError("invalid base64");
    const bytes = Buffer.from(text, "base64");
    const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (decoded.includes("\ufffd") && !Buffer.from(decoded, "utf8").equals(bytes)) throw new EvalError("the decoded bytes are not valid UTF-8");
    return decoded;
  }),
  urlencode: fn(1, 1, "a string escaped for a URL query", ([v]) =>
    encodeURIComponent(toStr(v)).replace(/%20/g, "+").replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()),
  ),
  md5: fn(1, 1, "MD5 digest in hex", digest("md5", "hex")),
  sha1: fn(1, 1, "SHA-1 digest in hex", digest("sha1", "hex")),
  sha256: fn(1, 1, "SHA-256 digest in hex", digest("sha256", "hex")),
  sha512: fn(1, 1, "SHA-512 digest in hex", digest("sha512", "hex")),
  base64sha256: fn(1, 1, "SHA-256 digest in base64", digest("sha256", "base64")),
  base64sha512: fn(1, 1, "SHA-512 digest in base64", digest("sha512", "base64")),
  uuid: fn(0, 0, "unknown until apply (a new UUID each run)", () => new Unknown("after_apply", "uuid()")),
  timestamp: fn(0, 0, "unknown until apply (the time of apply)", () => new Unknown("after_apply", "timestamp()")),
  bcrypt: fn(1, 2, "unknown until apply (salted each run)", () => new Unknown("after_apply", "bcrypt()")),
};
