// JSON as every reader of input sees it.

/** A JSON object (not an array, not null). Read its keys with Object.hasOwn, never `in`. */
export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
