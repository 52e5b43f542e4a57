/**
 * `docker cp` / `docker container cp`: copy between the host's filesystem and a container's.
 * The client does the host's half as docker/cli v28.2.2 does (cli/command/container/cp.go with
 * go-archive's CopyTo and PrepareArchiveCopy); the daemon the container's (daemon/archive.ts).
 */
import { normalize } from '../../daemon/fs/path';
import {
  ARCHIVE_ERRORS,
  assertsDirectory,
  type CopyInfo,
  extract,
  prepareArchiveCopy,
  splitPathDirEntry,
  type TarEntry,
  tarBytes,
  tarOf,
} from '../../daemon/fs/tar';
import type { ContainerFs } from '../../daemon/fs/view';
import type { FlagSpec } from '../flags';
import type { CommandContext, CommandSpec, HostFiles } from '../spec';
import { daemonError } from '../spec';
import { cpProgress, tarStream } from './cp-output';

const flags: FlagSpec[] = [
  { name: 'archive', short: 'a', type: 'bool', description: 'Keep the files’ owners (uid/gid) as they are' },
  { name: 'follow-link', short: 'L', type: 'bool', description: 'Copy what a symlink in SRC_PATH points to' },
  {
    name: 'quiet',
    short: 'q',
    type: 'bool',
    description: 'Print nothing while copying (the default when no terminal is attached)',
  },
];

/** splitCpArg: `name:path` names a container, unless the arg is absolute or starts with `.`. */
function splitCpArg(arg: string): { container: string; path: string } {
  if (arg.startsWith('/')) return { container: '', path: arg };
  const colon = arg.indexOf(':');
  if (colon < 0 || arg.startsWith('.')) return { container: '', path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

/** filepath.Abs, keeping a trailing `/` or `/.` (archive.PreserveTrailingDotOrSeparator). */
function localPath(host: HostFiles | undefined, p: string): string {
  const abs = normalize(host?.cwd ?? '/', p);
  if (p.endsWith('/.') || p === '.') return abs === '/' ? '/.' : `${abs}/.`;
  if (p.endsWith('/') && abs !== '/') return `${abs}/`;
  return abs;
}

/** A symlink's target as a path: relative targets are from the link's directory. */
function joinLink(link: string, target: string): string {
  return target.startsWith('/') ? target : normalize(splitPathDirEntry(link).dir, target);
}

/** What the host has at a path, following links as os.Stat does. */
function statHost(fs: ContainerFs, path: string) {
  const r = fs.resolve(normalize('/', path));
  return 'error' in r ? undefined : r;
}

function fromContainer(
  ctx: CommandContext,
  container: string,
  srcPath: string,
  dst: string,
  opts: { quiet: boolean; followLink: boolean },
): number {
  const toStdout = dst === '-';
  const dstPath = toStdout ? dst : localPath(ctx.host, dst);
  const fs = ctx.host?.view();
  if (!toStdout) {
    // command.ValidateOutputPath, before anything is asked of the daemon.
    const dir = splitPathDirEntry(normalize('/', dstPath)).dir;
    if (!fs || !statHost(fs, dir)) {
      ctx.out.errLine(`invalid output path: directory "${dir}" does not exist`);
      return 1;
    }
  }
  let source = srcPath;
  let rebaseName = '';
  if (opts.followLink) {
    const st = ctx.api.call('ContainerStatPath', { id: container, path: srcPath });
    if (st.ok && st.reply.linkTarget !== '') {
      const target = joinLink(srcPath, st.reply.linkTarget);
      rebaseName = splitPathDirEntry(srcPath).base;
      source = target;
    }
  }
  const res = ctx.api.call('ContainerArchive', { id: container, path: source });
  if (!res.ok) {
    ctx.out.errLine(daemonError(res.error.message));
    return 1;
  }
  let entries: readonly TarEntry[] = res.reply.entries;
  if (rebaseName !== '') {
    const base = splitPathDirEntry(source).base;
    entries = entries.map((e) =>
      e.name === base || e.name.startsWith(`${base}/`)
        ? { ...e, name: rebaseName + e.name.slice(base.length) }
        : e,
    );
  }
  if (toStdout || !fs) {
    ctx.out.stdout(tarStream(entries));
    return 0;
  }
  const found = statHost(fs, dstPath);
  const dstInfo: CopyInfo = {
    path: dstPath,
    exists: found !== undefined,
    isDir: found?.entry.type === 'dir',
  };
  if (!found && assertsDirectory(dstPath) && !res.reply.stat.isDir) {
    ctx.out.errLine(ARCHIVE_ERRORS.dirNotExists);
    return 1;
  }
  const prepared = prepareArchiveCopy(
    entries,
    { path: rebaseName || source, isDir: res.reply.stat.isDir },
    dstInfo,
  );
  if ('error' in prepared) {
    ctx.out.errLine(prepared.error);
    return 1;
  }
  const into = statHost(fs, prepared.dir);
  if (into?.entry.type !== 'dir') {
    ctx.out.errLine(ARCHIVE_ERRORS.notDirectory);
    return 1;
  }
  const problem = extract(fs, into.path, prepared.entries, ctx.now);
  if (problem) {
    ctx.out.errLine(problem);
    return 1;
  }
  ctx.host?.save(fs);
  if (!opts.quiet) ctx.out.stderr(cpProgress('Copying from container - ', res.reply.bytes, dstPath));
  return 0;
}

function toContainer(
  ctx: CommandContext,
  src: string,
  container: string,
  dstPath: string,
  opts: { quiet: boolean; followLink: boolean },
): number {
  const fromStdin = src === '-';
  const srcPath = fromStdin ? src : localPath(ctx.host, src);
  // Stat the destination; any error is ignored (the extraction will report it).
  let dstInfo: CopyInfo = { path: dstPath, exists: false, isDir: false };
  const st = ctx.api.call('ContainerStatPath', { id: container, path: dstPath });
  if (st.ok) {
    let stat = st.reply;
    if (stat.linkTarget !== '') {
      const target = joinLink(dstPath, stat.linkTarget);
      dstInfo = { ...dstInfo, path: target };
      const again = ctx.api.call('ContainerStatPath', { id: container, path: target });
      if (again.ok) stat = again.reply;
    }
    dstInfo = { ...dstInfo, exists: true, isDir: stat.isDir };
  }
  let entries: TarEntry[] = [];
  let resolvedDst = dstInfo.path;
  if (fromStdin) {
    // stdin is the terminal, with nothing typed: an empty archive.
    if (!dstInfo.isDir) {
      ctx.out.errLine(`destination "${container}:${dstPath}" must be a directory`);
      return 1;
    }
  } else {
    const fs = ctx.host?.view();
    // archive.CopyInfoSourcePath: lstat the source (the last link followed only with -L).
    const physical = normalize('/', srcPath);
    const r = fs?.resolve(physical, opts.followLink);
    if (!fs || !r || 'error' in r) {
      ctx.out.errLine(`lstat ${srcPath.replace(/\/\.?$/, '') || '/'}: no such file or directory`);
      return 1;
    }
    const isDir = r.entry.type === 'dir';
    if (assertsDirectory(srcPath) && !isDir) {
      ctx.out.errLine(ARCHIVE_ERRORS.notDirectory);
      return 1;
    }
    const prepared = prepareArchiveCopy(
      tarOf(fs, r.path, splitPathDirEntry(srcPath).base),
      { path: srcPath, isDir },
      dstInfo,
    );
    if ('error' in prepared) {
      ctx.out.errLine(prepared.error);
      return 1;
    }
    entries = prepared.entries;
    resolvedDst = prepared.dir;
  }
  const res = ctx.api.call('PutContainerArchive', { id: container, path: resolvedDst, entries });
  // cp.go prints its summary before it looks at the upload's result (its own TODO says so).
  if (!opts.quiet) {
    const bytes = fromStdin ? 0 : tarBytes(entries);
    ctx.out.stderr(cpProgress('Copying to container - ', bytes, `${container}:${dstInfo.path}`));
  }
  if (!res.ok) {
    ctx.out.errLine(daemonError(res.error.message));
    return 1;
  }
  return 0;
}

export const cp: CommandSpec = {
  paths: [['container', 'cp'], ['cp']],
  usage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  description: 'Copy files and folders between a container and this machine',
  flags,
  args: { kind: 'exact', n: 2 },
  completes: 'container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const [src = '', dst = ''] = args;
    if (src === '') {
      ctx.out.errLine('source can not be empty');
      return 1;
    }
    if (dst === '') {
      ctx.out.errLine('destination can not be empty');
      return 1;
    }
    // Progress and the summary only on a terminal, unless -q says otherwise.
    const opts = { quiet: f.quiet === true || !ctx.tty, followLink: f['follow-link'] === true };
    const from = splitCpArg(src);
    const to = splitCpArg(dst);
    if (from.container !== '' && to.container !== '') {
      ctx.out.errLine('copying between containers is not supported');
      return 1;
    }
    if (from.container !== '') return fromContainer(ctx, from.container, from.path, dst, opts);
    if (to.container !== '') return toContainer(ctx, src, to.container, to.path, opts);
    ctx.out.errLine('must specify at least one container source');
    return 1;
  },
};
