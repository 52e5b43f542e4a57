/**
 * The programs that run inside containers. Each image family has a filesystem with a few
 * binaries; a binary is a pure function from its argv and environment to output and an exit
 * code. Interactive shells (`-it ubuntu bash`) are driven by the host shell, not from here.
 */
import type { OutputChunk } from './types';

export interface ProgramRun {
  readonly output: readonly OutputChunk[];
  readonly exitCode: number;
  /** Simulated run time, ms at realistic speed. */
  readonly durationMs: number;
}

export interface ProgramContext {
  readonly argv: readonly string[];
  readonly env: readonly string[];
  readonly architecture: string;
  readonly hostname: string;
  readonly tty: boolean;
  readonly stdinOpen: boolean;
}

type Program = (ctx: ProgramContext) => ProgramRun;

/** hello.c from docker-library/hello-world, byte for byte; `(amd64)` is DOCKER_ARCH. */
export function helloMessage(arch: string): string {
  return `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (${arch})
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;
}

const out = (data: string, exitCode = 0, durationMs = 20): ProgramRun => ({
  output: data ? [{ stream: 'stdout', data }] : [],
  exitCode,
  durationMs,
});

const shell: Program = (ctx) => {
  // A shell with no terminal and closed stdin reads EOF at once and exits 0, as `docker run ubuntu` does.
  const c = ctx.argv.indexOf('-c');
  if (c > 0 && ctx.argv[c + 1] !== undefined) {
    const words = (ctx.argv[c + 1] ?? '').trim().split(/\s+/);
    const inner = COREUTILS[words[0] ?? ''];
    if (inner) return inner({ ...ctx, argv: words });
    return {
      output: [{ stream: 'stderr', data: `${ctx.argv[0]}: line 1: ${words[0]}: command not found\n` }],
      exitCode: 127,
      durationMs: 20,
    };
  }
  return out('', 0, 10);
};

const COREUTILS: Readonly<Record<string, Program>> = {
  bash: shell,
  sh: shell,
  echo: (ctx) => out(`${ctx.argv.slice(1).join(' ')}\n`),
  true: () => out(''),
  false: () => out('', 1),
  hostname: (ctx) => out(`${ctx.hostname}\n`),
  whoami: () => out('root\n'),
  pwd: () => out('/\n'),
  uname: (ctx) =>
    out(
      ctx.argv.includes('-a') ? `Linux ${ctx.hostname} 6.8.0-dockyard #1 SMP x86_64 GNU/Linux\n` : 'Linux\n',
    ),
  env: (ctx) => out(`${[...ctx.env, `HOSTNAME=${ctx.hostname}`, 'HOME=/root'].join('\n')}\n`),
  ls: () =>
    out('bin\nboot\ndev\netc\nhome\nlib\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n'),
};

/**
 * busybox's ash: like `shell` above, but an unknown command reads `sh: x: not found`, ash's
 * wording, not bash's `line 1: …: command not found`.
 */
const ash: Program = (ctx) => {
  const c = ctx.argv.indexOf('-c');
  if (c > 0 && ctx.argv[c + 1] !== undefined) {
    const words = (ctx.argv[c + 1] ?? '').trim().split(/\s+/);
    const inner = BUSYBOX_APPLETS[words[0] ?? ''];
    if (inner) return inner({ ...ctx, argv: words });
    return {
      output: [{ stream: 'stderr', data: `sh: ${words[0]}: not found\n` }],
      exitCode: 127,
      durationMs: 20,
    };
  }
  return out('', 0, 10);
};

/** The applets alpine and busybox images share; the coreutils above stand in for most of them. */
const BUSYBOX_APPLETS: Readonly<Record<string, Program>> = {
  ...Object.fromEntries(Object.entries(COREUTILS).filter(([name]) => name !== 'bash')),
  sh: ash,
  ls: () =>
    out('bin\ndev\netc\nhome\nlib\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n'),
};

/** Which binaries each image family's filesystem holds, by absolute path. */
const FILESYSTEMS: Readonly<Record<string, Readonly<Record<string, Program>>>> = {
  hello: { '/hello': (ctx) => out(helloMessage(ctx.architecture), 0, 30) },
  bash: Object.fromEntries(
    Object.entries(COREUTILS).flatMap(([name, p]) => [
      [`/bin/${name}`, p],
      [`/usr/bin/${name}`, p],
    ]),
  ),
  // busybox installs its applets as links in /bin (alpine and busybox images both do).
  busybox: Object.fromEntries(Object.entries(BUSYBOX_APPLETS).map(([name, p]) => [`/bin/${name}`, p])),
};

/**
 * The absolute paths of each family's binaries, sorted: what Tab completion may offer as command
 * names inside a container shell, read-only so that it cannot drift from what exec resolves.
 */
export const BINARIES: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    Object.entries(FILESYSTEMS).map(([family, fs]) => [family, Object.freeze(Object.keys(fs).sort())]),
  ),
);

const SEARCH_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Finds a binary as exec would: an absolute path as is, a bare name along $PATH. */
export function resolveProgram(family: string, path: string): Program | undefined {
  const fs = FILESYSTEMS[family] ?? {};
  if (path.includes('/')) return fs[path];
  for (const dir of SEARCH_PATH) {
    const p = fs[`${dir}/${path}`];
    if (p) return p;
  }
  return undefined;
}

/** Programs that wait for a terminal when given one (`-it`): the host shell drives them. */
export function isInteractiveShell(family: string, path: string): boolean {
  // busybox's sh (`docker run -it alpine`) opens its `/ # ` prompt just as bash does.
  return (family === 'bash' || family === 'busybox') && /(^|\/)(ba|a)?sh$/.test(path);
}
