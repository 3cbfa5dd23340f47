// CIDR arithmetic for prop validation: is a range inside an allow-list, is it the whole internet.
// IPv4 and IPv6, with a bare address read as a single host.

interface Range {
  family: 4 | 6;
  start: bigint;
  end: bigint;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:]+$/.test(text) || text.split("::").length > 2) return undefined;
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const groups = (s: string): string[] => (s === "" ? [] : s.split(":"));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const all = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  let value = 0n;
  for (const group of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/** The range a CIDR (or a bare address) covers; undefined when it cannot be parsed. */
export function parseCidr(cidr: string): Range | undefined {
  const [address, prefixText, extra] = cidr.trim().split("/");
  if (extra !== undefined) return undefined;
  const v4 = parseIpv4(address);
  const family: 4 | 6 = v4 !== undefined ? 4 : 6;
  const value = v4 ?? parseIpv6(address);
  if (value === undefined) return undefined;
  const bits = family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const start = (value >> hostBits) << hostBits;
  return { family, start, end: start + (1n << hostBits) - 1n };
}

/** Whether `cidr` lies entirely inside one of `allowed`; an unparsable CIDR never does. */
export function cidrInside(cidr: string, allowed: readonly string[]): boolean {
  const range = parseCidr(cidr);
  if (!range) return false;
  return allowed.some((a) => {
    const outer = parseCidr(a);
    return outer !== undefined && outer.family === range.family && outer.start <= range.start && range.end <= outer.end;
  });
}

/** 0.0.0.0/0, ::/0 and their like: the whole internet. */
export function isWorld(cidr: string): boolean {
  // A bare 0.0.0.0 in a database allow-list opens it to every address.
  if (cidr.trim() === "0.0.0.0") return true;
  const range = parseCidr(cidr);
  if (!range) return false;
  const bits = range.family === 4 ? 32n : 128n;
  return range.start === 0n && range.end === (1n << bits) - 1n;
}
