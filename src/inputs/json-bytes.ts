// The bytes JSON's grammar is made of, for the scanners that read JSON a byte at a time
// (json-scan.ts, json-limits.ts). A const enum: tsc writes the numbers into their hot loops.
export const enum Byte {
  QUOTE = 0x22,
  BACKSLASH = 0x5c,
  SLASH = 0x2f,
  COMMA = 0x2c,
  COLON = 0x3a,
  OPEN_ARRAY = 0x5b,
  CLOSE_ARRAY = 0x5d,
  OPEN_OBJECT = 0x7b,
  CLOSE_OBJECT = 0x7d,
  MINUS = 0x2d,
  PLUS = 0x2b,
  DOT = 0x2e,
  ZERO = 0x30,
  NINE = 0x39,
  LOWER_E = 0x65,
  UPPER_E = 0x45,
  LOWER_U = 0x75,
  NEWLINE = 0x0a,
  SPACE = 0x20,
  TAB = 0x09,
  RETURN = 0x0d,
}

/** The value of a hexadecimal digit's byte, -1 for any other byte. */
export function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}
