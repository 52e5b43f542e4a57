/** Path arithmetic inside a container: absolute, `/`-separated, no trailing slash but for `/`. */

/** `cwd` + `p`, with `.`, `..` and repeated slashes resolved lexically, as the kernel sees a path. */
export function normalize(cwd: string, p: string): string {
  const parts: string[] = [];
  for (const part of `${p.startsWith('/') ? '' : cwd}/${p}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function basename(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}

/** Every ancestor of `path`, nearest first, `/` excluded. */
export function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let d = dirname(path); d !== '/'; d = dirname(d)) out.push(d);
  return out;
}

/**
 * Docker's order for `docker diff`: paths compared component by component (a directory walk),
 * so `/tmp` and everything in it come before `/tmp-old`.
 */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Bytes of `s` in UTF-8, without TextEncoder (the engine compiles without DOM and Node libs). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
