import { describe, expect, it } from 'vitest';
import { type Files, type PipelineEnv, runPipeline, type Stage } from './pipeline';
import { redirWording } from './shell-pipeline';

/** Files in a map; a program that writes `out:ARG` and `err:ARG` and echoes its stdin. */
function harness(files: Record<string, string> = {}) {
  let terminal = '';
  const store: Files = {
    read: (p) => (p in files ? { text: files[p] as string } : { error: 'ENOENT' }),
    open: (p, append) => {
      if (p === '/etc') return { error: 'EISDIR' };
      if (p.startsWith('/nodir/')) return { error: 'ENOENT' };
      if (!append || !(p in files)) files[p] = '';
      return { ok: true };
    },
    append: (p, t) => {
      files[p] = (files[p] ?? '') + t;
    },
  };
  const env = (dialect: 'bash' | 'dash' | 'ash' = 'bash'): PipelineEnv => ({
    files: store,
    wording: redirWording({ dialect, cwd: '/', vars: {}, interactive: true }),
    out: (t) => {
      terminal += `[1]${t}`;
    },
    err: (t) => {
      terminal += `[2]${t}`;
    },
    run: (argv, io) => {
      io.out(`out:${argv.join(' ')}\n`);
      io.err(`err:${argv.join(' ')}\n`);
      if (io.stdin !== undefined) io.out(`in:${io.stdin}`);
      return { status: argv[0] === 'fail' ? 3 : 0 };
    },
  });
  return { files, env, terminal: () => terminal };
}

const stage = (argv: string, ...redirs: Stage['redirs']): Stage => ({ argv: argv.split(' '), redirs });

describe('runPipeline', () => {
  it('applies redirections left to right: >f 2>&1 sends both to f, 2>&1 >f only stdout', () => {
    const h = harness();
    runPipeline([stage('a', { fd: 1, op: '>', target: 'f' }, { fd: 2, op: '>&', target: '1' })], h.env());
    runPipeline([stage('b', { fd: 2, op: '>&', target: '1' }, { fd: 1, op: '>', target: 'g' })], h.env());
    expect(h.files).toEqual({ f: 'out:a\nerr:a\n', g: 'out:b\n' });
    expect(h.terminal()).toBe('[1]err:b\n');
  });

  it('pipes stdout only; the last stage status wins; < reads a file', () => {
    const h = harness({ in: 'data\n' });
    const r = runPipeline([stage('fail'), stage('b', { fd: 0, op: '<', target: 'in' })], h.env());
    expect(r.status).toBe(0);
    expect(h.terminal()).toBe('[2]err:fail\n[1]out:b\n[2]err:b\n[1]in:data\n');
    const piped = harness();
    runPipeline([stage('a'), stage('b')], piped.env());
    expect(piped.terminal()).toBe('[2]err:a\n[1]out:b\n[2]err:b\n[1]in:out:a\n');
  });

  it('>> appends, > truncates, &> takes both, /dev/null swallows', () => {
    const h = harness({ log: 'old\n' });
    runPipeline([stage('a', { fd: 1, op: '>>', target: 'log' })], h.env());
    runPipeline([stage('b', { fd: 1, op: '&>', target: 'all' })], h.env());
    runPipeline([stage('c', { fd: 2, op: '>', target: '/dev/null' })], h.env());
    expect(h.files).toEqual({ log: 'old\nout:a\n', all: 'out:b\nerr:b\n' });
    expect(h.terminal()).toBe('[2]err:a\n[1]out:c\n');
  });

  it('a failed redirection skips the command with each shell’s words and status', () => {
    const cases = [
      ['bash', { fd: 0, op: '<', target: 'nofile' }, 'bash: nofile: No such file or directory\n', 1],
      ['bash', { fd: 1, op: '>&', target: '5' }, 'bash: 5: Bad file descriptor\n', 1],
      ['dash', { fd: 0, op: '<', target: 'nofile' }, 'sh: 1: cannot open nofile: No such file\n', 2],
      [
        'dash',
        { fd: 1, op: '>', target: '/nodir/x' },
        'sh: 1: cannot create /nodir/x: Directory nonexistent\n',
        2,
      ],
      ['dash', { fd: 1, op: '>', target: '/etc' }, 'sh: 1: cannot create /etc: Is a directory\n', 2],
      [
        'ash',
        { fd: 1, op: '>', target: '/nodir/x' },
        "sh: can't create /nodir/x: nonexistent directory\n",
        1,
      ],
    ] as const;
    for (const [dialect, redir, text, status] of cases) {
      const h = harness();
      const r = runPipeline([stage('a', redir)], h.env(dialect));
      expect([h.terminal(), r.status]).toEqual([`[2]${text}`, status]);
    }
  });
});
