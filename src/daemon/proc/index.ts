/**
 * exec inside a container: finds argv[0] on the container's filesystem as the kernel would (a
 * path, or along $PATH), and runs the program the file stands for. busybox is one binary whose
 * links are its applets: it runs the applet named by argv[0], with busybox's own wording.
 */
import { basename } from '../fs/path';
import { helloMessage } from '../programs';
import { cat, cp, mkdir, mv, rm, rmdir, touch } from './fileops';
import { ls } from './ls';
import { apk, aptGet, curl } from './pkg';
import { shellProgram } from './shell';
import {
  date,
  echo,
  env,
  falseProgram,
  findInPath,
  grep,
  head,
  hostname,
  id,
  ps,
  pwd,
  sleep,
  sort,
  tail,
  trueProgram,
  uname,
  wc,
  which,
  whoami,
} from './text';
import type { Flavor, Proc, Program } from './types';

/** The tools, by the name a file's `exec` gives (shells are added by shell.ts, which needs this). */
export const TOOLS: Record<string, Program> = {
  cat,
  cp,
  date,
  echo,
  env,
  false: falseProgram,
  grep,
  head,
  hostname,
  id,
  ls,
  mkdir,
  mv,
  ps,
  pwd,
  rm,
  rmdir,
  sleep,
  sort,
  tail,
  touch,
  true: trueProgram,
  uname,
  wc,
  which,
  whoami,
  'apt-get': aptGet,
  apt: aptGet,
  apk,
  curl,
  hello: (p) => {
    p.out(helloMessage('amd64'));
    return 0;
  },
};

export type Found =
  | { readonly ok: true; readonly program: Program; readonly flavor: Flavor; readonly path: string }
  /** 127: nothing there; 126: there but not executable (a directory, a text file). */
  | { readonly ok: false; readonly status: 126 | 127; readonly why: string };

/** Looks `name` up as exec does, and says which program and flavour it is. */
export function findProgram(p: Pick<Proc, 'env' | 'fs' | 'cwd'>, name: string): Found {
  const path = findInPath(p, name);
  if (path === undefined) {
    if (name.includes('/')) {
      const r = p.fs.resolve(name.startsWith('/') ? name : `${p.cwd}/${name}`);
      if ('error' in r) return { ok: false, status: 127, why: 'No such file or directory' };
      return { ok: false, status: 126, why: r.entry.type === 'dir' ? 'Is a directory' : 'Permission denied' };
    }
    return { ok: false, status: 127, why: 'command not found' };
  }
  const r = p.fs.resolve(path.startsWith('/') ? path : `${p.cwd}/${path}`);
  const exec = 'entry' in r && r.entry.type === 'file' ? r.entry.exec : undefined;
  if (exec === 'busybox') {
    const applet = basename(name);
    const tool = TOOLS[applet] ?? SHELLS[applet];
    if (tool) return { ok: true, program: tool, flavor: 'busybox', path };
    if (applet === 'busybox') return { ok: true, program: busyboxItself, flavor: 'busybox', path };
    return { ok: false, status: 127, why: 'applet not found' };
  }
  const program = exec !== undefined ? (TOOLS[exec] ?? SHELLS[exec]) : undefined;
  // A script or a binary Dockyard does not simulate: it runs and does nothing.
  return { ok: true, program: program ?? trueProgram, flavor: 'gnu', path };
}

/** `busybox APPLET ARGS…`, the multi-call binary called by its own name. */
const busyboxItself: Program = (p) => {
  const applet = p.argv[1];
  const tool = applet !== undefined ? (TOOLS[applet] ?? SHELLS[applet]) : undefined;
  if (!tool) {
    p.err(applet === undefined ? 'BusyBox v1.36.1 multi-call binary.\n' : `${applet}: applet not found\n`);
    return applet === undefined ? 0 : 127;
  }
  return tool({ ...p, argv: p.argv.slice(1) });
};

/** The shells: bash and dash in Debian-family images, busybox's ash as `sh` in alpine. */
const SHELLS: Record<string, Program> = {
  bash: shellProgram('bash'),
  dash: shellProgram('dash'),
  sh: shellProgram('ash'),
  ash: shellProgram('ash'),
};
