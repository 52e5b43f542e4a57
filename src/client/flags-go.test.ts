import { describe, expect, it } from 'vitest';
import { formatDuration, goQuote, goQuoteRune, parseBool, parseDuration, parseInt64 } from './flags-go';

// Expected texts: Go's strconv/time rules, and where marked the real docker 28.2.2 client
// (the quoted value inside `invalid argument … flag: <here>`).

describe('goQuote (strconv.Quote)', () => {
  it.each([
    ['abc', '"abc"'],
    ['a"b', '"a\\"b"'], // real client: parsing "a\"b"
    ['a\\b', '"a\\\\b"'],
    ['é\x01\u00a0"\\', '"é\\x01\\u00a0\\"\\\\"'], // real client, verbatim
    ['\t\n\r\v\f\x07\b', '"\\t\\n\\r\\v\\f\\a\\b"'],
    ['\x7f', '"\\x7f"'],
    ['🙂', '"🙂"'],
    ['\u00ad', '"\\u00ad"'], // soft hyphen is a format character, not printable
    ['\u{e0001}', '"\\U000e0001"'],
    ['\ud800', '"\\ufffd"'],
    ['', '""'],
  ])('%j -> %s', (input, expected) => {
    expect(goQuote(input)).toBe(expected);
  });
});

describe('goQuoteRune', () => {
  it('escapes the single quote but not the double quote', () => {
    expect(goQuoteRune("'".charCodeAt(0))).toBe("'\\''"); // real client: '\''
    expect(goQuoteRune('"'.charCodeAt(0))).toBe(`'"'`);
    expect(goQuoteRune(9)).toBe("'\\t'");
    expect(goQuoteRune(1)).toBe("'\\x01'");
    expect(goQuoteRune(0xc3)).toBe("'Ã'");
  });
});

describe('parseBool (strconv.ParseBool)', () => {
  it.each(['1', 't', 'T', 'TRUE', 'true', 'True'])('%s is true', (s) => {
    expect(parseBool(s)).toEqual({ ok: true, value: true });
  });
  it.each(['0', 'f', 'F', 'FALSE', 'false', 'False'])('%s is false', (s) => {
    expect(parseBool(s)).toEqual({ ok: true, value: false });
  });
  it.each([
    ['maybe', 'strconv.ParseBool: parsing "maybe": invalid syntax'],
    ['', 'strconv.ParseBool: parsing "": invalid syntax'],
    ['tRUE', 'strconv.ParseBool: parsing "tRUE": invalid syntax'],
    ['yes', 'strconv.ParseBool: parsing "yes": invalid syntax'],
  ])('%j is rejected', (s, error) => {
    expect(parseBool(s)).toEqual({ ok: false, error });
  });
});

describe('parseInt64 (strconv.ParseInt(s, 0, 64))', () => {
  it.each([
    ['0', 0n],
    ['42', 42n],
    ['-1', -1n],
    ['+5', 5n],
    ['0x10', 16n],
    ['-0x10', -16n],
    ['0X1f', 31n],
    ['017', 15n],
    ['0o17', 15n],
    ['0O17', 15n],
    ['0b101', 5n],
    ['1_000', 1000n],
    ['0x_1f', 31n],
    ['9223372036854775807', 9223372036854775807n],
    ['-9223372036854775808', -9223372036854775808n],
  ])('%s -> %d', (s, value) => {
    expect(parseInt64(s)).toEqual({ ok: true, value });
  });

  const syntax = (s: string) => `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`;
  const range = (s: string) => `strconv.ParseInt: parsing ${goQuote(s)}: value out of range`;
  it.each([
    // all seen verbatim from the real client as `docker ps -n <value>`
    ['abc', syntax('abc')],
    ['=', syntax('=')],
    ['_10', syntax('_10')],
    ['0x', syntax('0x')],
    ['1__0', syntax('1__0')],
    ['0b102', syntax('0b102')],
    [' 1', syntax(' 1')],
    ['1.5', syntax('1.5')],
    ['08', syntax('08')],
    ['🙂', syntax('🙂')],
    ['', syntax('')],
    ['+', syntax('+')],
    ['1_', syntax('1_')],
    ['9223372036854775808', range('9223372036854775808')],
    ['-9223372036854775809', range('-9223372036854775809')],
    ['99999999999999999999', range('99999999999999999999')],
    // overflow is noticed digit by digit, before the bad trailing character
    ['184467440737095516160x', range('184467440737095516160x')],
  ])('%j is rejected', (s, error) => {
    expect(parseInt64(s)).toEqual({ ok: false, error });
  });
});

describe('parseDuration (time.ParseDuration)', () => {
  it.each([
    ['0', 0n],
    ['-0', 0n],
    ['1s', 1_000_000_000n],
    ['1.5h', 5_400_000_000_000n],
    ['1h30m', 5_400_000_000_000n],
    ['300ms', 300_000_000n],
    ['-2m', -120_000_000_000n],
    ['+1us', 1000n],
    ['1µs', 1000n],
    ['1μs', 1000n],
    ['7ns', 7n],
    ['.5s', 500_000_000n],
    ['1.s', 1_000_000_000n],
    ['2562047h47m16.854775807s', 9_223_372_036_854_775_807n],
  ])('%s -> %d ns', (s, value) => {
    expect(parseDuration(s)).toEqual({ ok: true, value });
  });

  it.each([
    // real client: `docker run --health-interval <value> x`
    ['abc', 'time: invalid duration "abc"'],
    ['1', 'time: missing unit in duration "1"'],
    ['1x', 'time: unknown unit "x" in duration "1x"'],
    ['é', 'time: invalid duration "\\xc3\\xa9"'],
    ['1é\x01"', 'time: unknown unit "\\xc3\\xa9\\x01\\"" in duration "1\\xc3\\xa9\\x01\\""'],
    ['.s', 'time: invalid duration ".s"'],
    ['1.5.5s', 'time: missing unit in duration "1.5.5s"'],
    ['-x', 'time: invalid duration "-x"'],
    ['', 'time: invalid duration ""'],
    ['99999999999h', 'time: invalid duration "99999999999h"'],
    ['2562047h47m16.854775808s', 'time: invalid duration "2562047h47m16.854775808s"'],
  ])('%j is rejected', (s, error) => {
    expect(parseDuration(s)).toEqual({ ok: false, error });
  });
});

describe('formatDuration (time.Duration.String)', () => {
  it.each([
    [0n, '0s'],
    [1n, '1ns'],
    [1_500n, '1.5µs'],
    [500_000_000n, '500ms'],
    [1_500_000_000n, '1.5s'],
    [90_000_000_000n, '1m30s'],
    [3_600_000_000_000n, '1h0m0s'],
    [-5_000_000_000n, '-5s'],
    [9_223_372_036_854_775_807n, '2562047h47m16.854775807s'],
  ])('%d ns -> %s', (ns, expected) => {
    expect(formatDuration(ns)).toBe(expected);
  });
});
