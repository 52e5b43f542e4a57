/**
 * Programs that read text or report on the system: echo, head, tail, wc, grep, env, hostname,
 * whoami, id, uname, date, sleep, true, false, pwd, which, ps.
 */
import { normalize } from '../fs/path';
import { complain, type Proc, parseOpts, STRERROR } from './types';
import { groupName, ROOT } from './users';

const gnu = (p: Proc) => p.flavor === 'gnu';

/**
 * The operands' texts, stdin's for `-` or when there is none (`stdin`: which came from it; empty
 * when nothing is piped in), with each missing file reported.
 */
export function inputs(p: Proc, operands: readonly string[], cannotOpen: (f: string, why: string) => string) {
  const texts: { name: string; text: string; stdin?: boolean }[] = [];
  let status = 0;
  for (const f of operands.length === 0 ? ['-'] : operands) {
    if (f === '-') {
      texts.push({ name: f, text: p.stdin ?? '', stdin: true });
      continue;
    }
    const r = p.fs.resolve(normalize(p.cwd, f));
    if ('error' in r || r.entry.type === 'dir') {
      complain(p, cannotOpen(f, 'error' in r ? STRERROR[r.error] : STRERROR.EISDIR));
      status = 1;
    } else if (r.entry.type === 'file') texts.push({ name: f, text: r.entry.data });
  }
  return { texts, status };
}

const lines = (t: string) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));

export function echo(p: Proc): number {
  let args = p.argv.slice(1);
  const newline = args[0] !== '-n';
  if (!newline) args = args.slice(1);
  p.out(`${args.join(' ')}${newline ? '\n' : ''}`);
  return 0;
}

/** `-n N`, `-nN` or `-N`, default 10. */
function count(args: readonly string[]): { n: number; rest: string[] } {
  const rest: string[] = [];
  let n = 10;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-n') n = Number(args[++i] ?? 10);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else rest.push(a);
  }
  return { n, rest };
}

function headTail(p: Proc, tail: boolean): number {
  const { n, rest } = count(p.argv.slice(1));
  const { texts, status } = inputs(p, rest, (f, why) =>
    gnu(p) ? `cannot open '${f}' for reading: ${why}` : `can't open '${f}': ${why}`,
  );
  texts.forEach(({ name, text, stdin }, i) => {
    if (texts.length > 1) p.out(`${i > 0 ? '\n' : ''}==> ${stdin ? 'standard input' : name} <==\n`);
    const ls = lines(text);
    const pick = tail ? ls.slice(Math.max(0, ls.length - n)) : ls.slice(0, n);
    if (pick.length > 0) p.out(`${pick.join('\n')}\n`);
  });
  return status;
}

export const head = (p: Proc) => headTail(p, false);
export const tail = (p: Proc) => headTail(p, true);

export function wc(p: Proc): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  const { texts, status } = inputs(p, operands, (f, why) =>
    gnu(p) ? `${f}: ${why}` : `can't open '${f}': ${why}`,
  );
  const pick = ['l', 'w', 'c'].filter((f) => flags.has(f));
  const which = pick.length > 0 ? pick : ['l', 'w', 'c'];
  // Counting stdin alone, wc names nothing.
  const rows = texts.map(({ name, text }) => ({
    name: operands.length === 0 ? '' : name,
    counts: {
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/\s+/).filter(Boolean).length,
      c: text.length,
    },
  }));
  if (rows.length > 1) {
    const total = { l: 0, w: 0, c: 0 };
    for (const r of rows) for (const k of ['l', 'w', 'c'] as const) total[k] += r.counts[k];
    rows.push({ name: 'total', counts: total });
  }
  // GNU pads every count to the widest total; busybox uses a fixed width of 7 (9 for one count).
  // GNU pads to at least 7 when it cannot know the sizes in advance (a pipe).
  const width = gnu(p)
    ? Math.max(
        texts.some((t) => t.stdin) ? 7 : 1,
        ...rows.flatMap((r) => which.map((k) => String(r.counts[k as 'l']).length)),
      )
    : 0;
  for (const r of rows) {
    const cells = which.map((k) => String(r.counts[k as 'l']));
    p.out(
      gnu(p)
        ? `${cells.map((c) => c.padStart(which.length === 1 && rows.length === 1 ? 0 : width)).join(' ')}${r.name ? ` ${r.name}` : ''}\n`
        : `${cells.map((c) => c.padStart(which.length === 1 ? 0 : 7)).join(' ')}${r.name ? ` ${r.name}` : ''}\n`,
    );
  }
  return status;
}

export function grep(p: Proc): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  const [pattern, ...files] = operands;
  if (pattern === undefined) {
    p.err(
      gnu(p)
        ? "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"
        : 'BusyBox v1.36.1 multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n',
    );
    return 2;
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern, flags.has('i') ? 'i' : '');
  } catch {
    re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags.has('i') ? 'i' : '');
  }
  const { texts, status } = inputs(p, files, (f, why) => `${f}: ${why}`);
  let found = false;
  for (const { name, text } of texts) {
    const shown = name === '-' ? '(standard input)' : name;
    if (flags.has('c')) {
      const n = lines(text).filter((line) => re.test(line) !== flags.has('v')).length;
      found ||= n > 0;
      if (!flags.has('q')) p.out(`${texts.length > 1 ? `${shown}:` : ''}${n}\n`);
      continue;
    }
    lines(text).forEach((line, i) => {
      if (re.test(line) === flags.has('v')) return;
      found = true;
      if (flags.has('q')) return;
      const prefix = `${texts.length > 1 ? `${shown}:` : ''}${flags.has('n') ? `${i + 1}:` : ''}`;
      p.out(`${prefix}${line}\n`);
    });
  }
  return status !== 0 ? 2 : found ? 0 : 1;
}

/** `sort` in the C locale (containers set no LANG): bytewise, `-n` numeric, `-r`, `-u`. */
export function sort(p: Proc): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  const { texts, status } = inputs(p, operands, (f, why) =>
    gnu(p) ? `cannot read: ${f}: ${why}` : `can't open '${f}': ${why}`,
  );
  if (status !== 0) return gnu(p) ? 2 : 1;
  const all = texts.flatMap((t) => lines(t.text));
  const num = (s: string) => Number.parseFloat(s) || 0;
  const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const compare = flags.has('n') ? (a: string, b: string) => num(a) - num(b) || byBytes(a, b) : byBytes;
  all.sort(compare);
  if (flags.has('r')) all.reverse();
  const out = flags.has('u') ? all.filter((l, i) => i === 0 || compare(all[i - 1] as string, l) !== 0) : all;
  if (out.length > 0) p.out(`${out.join('\n')}\n`);
  return 0;
}

export function env(p: Proc): number {
  p.out(
    Object.entries(p.env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return 0;
}

export function hostname(p: Proc): number {
  p.out(`${p.hostname}\n`);
  return 0;
}
export function whoami(p: Proc): number {
  const u = p.user ?? ROOT;
  if (u.name === undefined) {
    complain(p, gnu(p) ? `cannot find name for user ID ${u.uid}` : `unknown uid ${u.uid}`);
    return 1;
  }
  p.out(`${u.name}\n`);
  return 0;
}
export const trueProgram = () => 0;
export const falseProgram = () => 1;
export function pwd(p: Proc): number {
  p.out(`${p.cwd}\n`);
  return 0;
}

/** `id`: root's groups are those /etc/group lists root in, as the C library reports them. */
export function id(p: Proc): number {
  const u = p.user ?? ROOT;
  if (u.uid !== 0) {
    const named = (n: number, name: string | undefined) => (name === undefined ? `${n}` : `${n}(${name})`);
    const g = named(u.gid, groupName(p.fs, u.gid));
    p.out(`uid=${named(u.uid, u.name)} gid=${g} groups=${g}\n`);
    return 0;
  }
  const r = p.fs.resolve('/etc/group');
  const groups = ['0(root)'];
  if (!('error' in r) && r.entry.type === 'file') {
    for (const line of lines(r.entry.data)) {
      const [name, , gid, members = ''] = line.split(':');
      if (gid !== '0' && members.split(',').includes('root')) groups.push(`${gid}(${name})`);
    }
  }
  p.out(`uid=0(root) gid=0(root) groups=${groups.join(',')}\n`);
  return 0;
}

const KERNEL = '6.8.0-dockyard';
const KERNEL_BUILD = '#1 SMP PREEMPT_DYNAMIC Fri May 30 12:07:26 UTC 2025';

export function uname(p: Proc): number {
  const { flags } = parseOpts(p.argv.slice(1));
  if (flags.has('a')) {
    p.out(
      gnu(p)
        ? `Linux ${p.hostname} ${KERNEL} ${KERNEL_BUILD} x86_64 x86_64 x86_64 GNU/Linux\n`
        : `Linux ${p.hostname} ${KERNEL} ${KERNEL_BUILD} x86_64 Linux\n`,
    );
  } else if (flags.has('r')) p.out(`${KERNEL}\n`);
  else if (flags.has('m')) p.out('x86_64\n');
  else if (flags.has('n')) p.out(`${p.hostname}\n`);
  else p.out('Linux\n');
  return 0;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `date`: `Fri Mar 15 12:00:00 UTC 2019` in both tools; containers run in UTC. */
export function date(p: Proc): number {
  const d = new Date(p.now);
  const two = (n: number) => String(n).padStart(2, '0');
  p.out(
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}\n`,
  );
  return 0;
}

export function sleep(p: Proc): number {
  const arg = p.argv[1];
  if (arg === undefined) {
    p.err(
      gnu(p)
        ? "sleep: missing operand\nTry 'sleep --help' for more information.\n"
        : 'BusyBox v1.36.1 multi-call binary.\n\nUsage: sleep [N]...\n',
    );
    return 1;
  }
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) {
    complain(
      p,
      gnu(p)
        ? `invalid time interval '${arg}'\nTry 'sleep --help' for more information.`
        : `invalid number '${arg}'`,
    );
    return 1;
  }
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[m[2] as '' | 's'];
  const ms = Number(m[1]) * unit * 1000;
  if (p.block) p.block(ms);
  else p.spend(ms);
  return 0;
}

/** `which`: each name found along $PATH (an executable file), exit 1 if any was not. */
export function which(p: Proc): number {
  let status = 0;
  for (const name of p.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const found = findInPath(p, name);
    if (found) p.out(`${found}\n`);
    else status = 1;
  }
  return status;
}

/** Where exec finds `name`: itself if it has a slash, else the first executable along $PATH. */
export function findInPath(p: Pick<Proc, 'env' | 'fs' | 'cwd'>, name: string): string | undefined {
  const candidates = name.includes('/')
    ? [normalize(p.cwd, name)]
    : (p.env.PATH ?? '')
        .split(':')
        .filter(Boolean)
        .map((d) => `${d}/${name}`);
  for (const c of candidates) {
    const r = p.fs.resolve(c);
    if (!('error' in r) && r.entry.type === 'file' && ((r.entry.mode ?? 0o644) & 0o111) !== 0) {
      return name.includes('/') ? name : c;
    }
  }
  return undefined;
}

/** busybox `ps`: the container's PID 1 and ps itself (procps is not in ubuntu or debian). */
export function ps(p: Proc): number {
  p.out(`PID   USER     TIME  COMMAND\n    1 root      0:00 ${p.pid1}\n    7 root      0:00 ps\n`);
  return 0;
}
