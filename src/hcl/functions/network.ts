// CIDR functions for IPv4 and IPv6, on BigInt addresses.
import { EvalError } from "../errors";
import { toInt, toStr } from "../convert";
import { Value } from "../value";
import { fn, list } from "./define";
import type { HclFunction } from "./types";

interface Prefix {
  v6: boolean;
  /** The network address (host bits cleared). */
  base: bigint;
  length: number;
}

function bits(p: { v6: boolean }): number {
  return p.v6 ? 128 : 32;
}

function parseV4(s: string): bigint | undefined {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255)) return undefined;
  return parts.reduce((acc, x) => (acc << 8n) | BigInt(Number(x)), 0n);
}

function parseV6(s: string): bigint | undefined {
  let text = s;
  let tail: bigint[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const a = parseV4(v4[1]);
    if (a === undefined) return undefined;
    tail = [a >> 16n, a & 0xffffn];
    text = text.slice(0, -v4[1].length) + (text.endsWith("::" + v4[1]) ? "" : "0");
    if (!text.endsWith(":") && !text.endsWith("0")) return undefined;
    if (text.endsWith(":0")) text = text.slice(0, -2);
    else if (text.endsWith("0") && text.length === 1) text = "";
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const group = (h: string) => (h === "" ? [] : h.split(":"));
  const head = group(halves[0]);
  const rest = halves.length === 2 ? group(halves[1]) : [];
  if (![...head, ...rest].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const total = head.length + rest.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const groups = [...head.map((g) => BigInt(parseInt(g, 16))), ...Array(8 - total).fill(0n), ...rest.map((g) => BigInt(parseInt(g, 16))), ...tail];
  return groups.reduce((acc: bigint, g: bigint) => (acc << 16n) | g, 0n);
}

function parsePrefix(v: Value): Prefix {
  const s = toStr(v, "the prefix");
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  if (!m) throw new EvalError(`${JSON.stringify(s.slice(0, 60))} is not a CIDR prefix`);
  const v6 = m[1].includes(":");
  const addr = v6 ? parseV6(m[1]) : parseV4(m[1]);
  const length = Number(m[2]);
  if (addr === undefined || length > (v6 ? 128 : 32)) throw new EvalError(`${JSON.stringify(s.slice(0, 60))} is not a CIDR prefix`);
  const hostBits = BigInt((v6 ? 128 : 32) - length);
  return { v6, base: (addr >> hostBits) << hostBits, length };
}

function formatAddress(a: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((a >> s) & 0xffn)).join(".");
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((a >> BigInt(i * 16)) & 0xffffn));
  let bestAt = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestAt < 0) return hex.join(":");
  return hex.slice(0, bestAt).join(":") + "::" + hex.slice(bestAt + bestLen).join(":");
}

function subnet(p: Prefix, newbits: number, netnum: bigint): Prefix {
  const length = p.length + newbits;
  if (newbits < 0 || length > bits(p)) throw new EvalError(`cannot extend a /${p.length} prefix by ${newbits} bits`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) throw new EvalError(`network number ${netnum} does not fit in ${newbits} bits`);
  return { v6: p.v6, base: p.base | (netnum << BigInt(bits(p) - length)), length };
}

function show(p: Prefix): string {
  return `${formatAddress(p.base, p.v6)}/${p.length}`;
}

export const NETWORK_FUNCTIONS: Record<string, HclFunction> = {
  cidrsubnet: fn(3, 3, "a subnet of a CIDR prefix", ([prefix, newbits, netnum]) =>
    show(subnet(parsePrefix(prefix), toInt(newbits, "newbits"), BigInt(toInt(netnum, "netnum")))),
  ),
  cidrhost: fn(2, 2, "the address of a host number within a CIDR prefix", ([prefix, hostnum]) => {
    const p = parsePrefix(prefix);
    const hostBits = BigInt(bits(p) - p.length);
    const size = 1n << hostBits;
    let n = BigInt(toInt(hostnum, "hostnum"));
    if (n < 0n) n += size;
    if (n < 0n || n >= size) throw new EvalError(`host number ${toInt(hostnum)} does not fit in the prefix`);
    return formatAddress(p.base | n, p.v6);
  }),
  cidrnetmask: fn(1, 1, "the netmask of an IPv4 CIDR prefix", ([prefix]) => {
    const p = parsePrefix(prefix);
    if (p.v6) throw new EvalError("cidrnetmask() needs an IPv4 prefix");
    const mask = ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - p.length)) - 1n);
    return formatAddress(mask, false);
  }),
  cidrsubnets: fn(1, Infinity, "consecutive subnets of a CIDR prefix with the given extra bits", (args, ctx) => {
    const p = parsePrefix(args[0]);
    const out: Value[] = [];
    let next = p.base;
    for (const a of args.slice(1)) {
      const newbits = toInt(a, "newbits");
      const length = p.length + newbits;
      if (newbits < 1 || length > bits(p)) throw new EvalError(`cannot extend a /${p.length} prefix by ${newbits} bits`);
      const step = 1n << BigInt(bits(p) - length);
      if (next % step !== 0n) next = (next / step + 1n) * step;
      const end = p.base + (1n << BigInt(bits(p) - p.length));
      if (next + step > end) throw new EvalError("not enough address space for the requested subnets");
      out.push(show({ v6: p.v6, base: next, length }));
      next += step;
    }
    return list(ctx, out);
  }),
};
