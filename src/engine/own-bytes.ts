// The bytes of a Buffer as an ArrayBuffer of their own, to move (transfer) to another thread.

/** `content`'s own memory when it is whole and may be moved (`transfer`), else a copy: bytes that
 * share their memory (a slice, Node's small-buffer pool) are always copied. */
export function ownBytes(content: Buffer, transfer: boolean): ArrayBuffer {
  const whole = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength && content.buffer instanceof ArrayBuffer;
  if (transfer && whole) return content.buffer as ArrayBuffer;
  const copy = new ArrayBuffer(content.byteLength);
  new Uint8Array(copy).set(content);
  return copy;
}
