/**
 * File tools on the host shell (`ls`, `cat`, `mkdir`, `touch`, `rm`…): the GNU coreutils the
 * containers run (daemon/proc), pointed at the host's filesystem (host-fs.ts) from `~`.
 */
import type { HostFiles } from '../client/spec';
import type { ContainerFs } from '../daemon/fs/view';
import { TOOLS } from '../daemon/proc/index';
import type { LayerTree } from '../daemon/types';
import { HOST_HOME, HOST_USER, hostView } from './host-fs';
import type { TimelineEntry } from './types';

/** The tools the host shell offers, by name. */
export const HOST_TOOL_NAMES: ReadonlySet<string> = new Set([
  'ls',
  'cat',
  'mkdir',
  'touch',
  'rm',
  'rmdir',
  'cp',
  'mv',
  'head',
  'tail',
  'wc',
  'grep',
  'sort',
]);

export interface HostToolRun {
  /** The host's changed files; the same object when nothing changed. */
  readonly hostFs: LayerTree | undefined;
  readonly timeline: readonly TimelineEntry[];
  readonly status: number;
}

export function runHostTool(
  argv: readonly string[],
  hostFs: LayerTree | undefined,
  now: number,
): HostToolRun {
  const timeline: TimelineEntry[] = [];
  const fs = hostView(hostFs);
  const status = runHostToolOn(fs, argv, now, {
    out: (text) => {
      if (text) timeline.push({ kind: 'write', stream: 'stdout', text });
    },
    err: (text) => {
      if (text) timeline.push({ kind: 'write', stream: 'stderr', text });
    },
  });
  return { hostFs: fs.changed ? fs.writable() : hostFs, timeline, status };
}

/**
 * Runs a host tool on a view the caller holds (a pipeline's, shared with its redirections), with
 * what a pipe feeds it; its exit status (127 for a name that is not a host tool).
 */
export function runHostToolOn(
  fs: ContainerFs,
  argv: readonly string[],
  now: number,
  io: { readonly stdin?: string; out(text: string): void; err(text: string): void },
): number {
  const name = argv[0] ?? '';
  const program = TOOLS[name];
  if (!program || !HOST_TOOL_NAMES.has(name)) return 127;
  return program({
    argv,
    env: { HOME: HOST_HOME, USER: HOST_USER, PATH: '/usr/local/bin:/usr/bin:/bin' },
    cwd: HOST_HOME,
    fs,
    flavor: 'gnu',
    hostname: 'dockyard',
    owner: HOST_USER,
    pid1: 'systemd',
    tty: true,
    now,
    ...(io.stdin !== undefined ? { stdin: io.stdin } : {}),
    out: io.out,
    err: io.err,
    spend: () => {},
  });
}

/** The session with the host's files replaced (dropped when back to nothing). */
export function withHostFs<S extends { readonly hostFs?: LayerTree }>(
  session: S,
  hostFs: LayerTree | undefined,
): S {
  if (hostFs === undefined) {
    const { hostFs: _drop, ...rest } = session;
    return rest as S;
  }
  return { ...session, hostFs };
}

/** The host's files as the docker client sees them (`docker cp`), and what it saved. */
export function hostFilesFor(hostFs: LayerTree | undefined): {
  files: HostFiles;
  saved(): LayerTree | undefined;
} {
  let current = hostFs;
  return {
    files: {
      cwd: HOST_HOME,
      view: () => hostView(current),
      save: (fs) => {
        if (fs.changed) current = fs.writable();
      },
    },
    saved: () => current,
  };
}
