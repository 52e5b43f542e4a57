import { describe, expect, it } from 'vitest';
import { codePointBytes, utf8Bytes } from './utf8';

describe('utf8Bytes', () => {
  it('matches a standard encoder on every width, from ASCII to astral planes', () => {
    const text = 'a\u00e9\u20ac\u{1f600}…z';
    expect(utf8Bytes(text)).toEqual([...new TextEncoder().encode(text)]);
  });

  it('encodes a lone surrogate as U+FFFD, as Go receives it', () => {
    expect(codePointBytes(0xd800)).toEqual([0xef, 0xbf, 0xbd]);
  });
});
