/**
 * UTF-8 bytes, as Go sees a string: Go strings are bytes, so `len`, `index`, `%x`, flag errors and
 * sha256 digests all count them. The engine compiles without the DOM lib (no TextEncoder type), and
 * Go's own rule for lone surrogates (U+FFFD) differs from a plain encoder's anyway.
 */

/** The bytes of one code point; a lone surrogate encodes as U+FFFD, as Go would receive it. */
export function codePointBytes(cp: number): number[] {
  const c = cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp;
  if (c < 0x80) return [c];
  if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 63)];
  if (c < 0x10000) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
  return [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
}

/** The bytes of a whole string. */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    // The common case, ASCII, without an array per character.
    if (c < 0x80) out.push(c);
    else out.push(...codePointBytes(c));
  }
  return out;
}
