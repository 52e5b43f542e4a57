/**
 * The endpoints that read or use a container's writable layer: `GET /containers/{id}/changes`
 * (docker diff), `POST /commit` (docker commit) and exec (`POST /containers/{id}/exec` then
 * `POST /exec/{id}/start`, one step here since an exec's record outlives nothing the learner sees).
 * Texts are moby v28's (docker-behavior.md §12).
 */
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../reference/reference';
import { catalogImageById } from '../registry/hub';
import type { StepContext, StepResult } from './api';
import { applyChanges } from './commit-changes';
import { containerView, executableFound, runInContainer, runtimeShell } from './exec';
import { addExec } from './exec-processes';
import { comparePaths } from './fs/path';
import { entrySize } from './fs/view';
import { withContainer } from './lifecycle';
import { findContainer } from './lookup';
import { findUser, type User } from './proc/users';
import { isInteractiveShell } from './programs';
import { RngCursor } from './rng';
import { fail, ok } from './step';
import type { Container, DaemonState, Image, OutputChunk } from './types';

const noSuchContainer = (id: string) => `No such container: ${id}`;

/** moby's archive.ChangeType: 0 modified, 1 added, 2 deleted. */
export interface ContainerChange {
  readonly Path: string;
  readonly Kind: 0 | 1 | 2;
}

export function containerChanges(
  state: DaemonState,
  params: { id: string },
): StepResult<readonly ContainerChange[]> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  const fs = containerView(state, c);
  const changes: ContainerChange[] = Object.entries(c.writable ?? {})
    .map(
      ([path, e]): ContainerChange => ({
        Path: path,
        Kind: e.type === 'whiteout' ? 2 : fs.inLower(path) ? 0 : 1,
      }),
    )
    .sort((a, b) => comparePaths(a.Path, b.Path));
  return ok(state, changes);
}

export interface ImageCommitParams {
  readonly container: string;
  /** Repository and tag for the new image; without a repository it is dangling (`<none>`). */
  readonly repo?: string;
  readonly tag?: string;
  readonly comment?: string;
  readonly author?: string;
  /** `-c`: Dockerfile instructions applied to the new image's config. */
  readonly changes?: readonly string[];
}

export function imageCommit(
  state: DaemonState,
  params: ImageCommitParams,
  ctx: StepContext,
): StepResult<{ readonly Id: string }> {
  const c = findContainer(state, params.container);
  if (!c) return fail(state, 404, noSuchContainer(params.container));
  const base = state.images[c.ImageID];
  if (!base) return fail(state, 404, `No such image: ${c.ImageID}`);
  let target: string | undefined;
  if (params.repo) {
    const parsed = parseNormalizedNamed(params.tag ? `${params.repo}:${params.tag}` : params.repo);
    if (!parsed.ok) return fail(state, 400, parsed.error);
    target = familiarString(withDefaultTag(parsed.ref));
  }
  // The container's command becomes the image's, as `docker commit` records it: Cmd after the
  // image's ENTRYPOINT when the process starts with it.
  const argv = [c.Path, ...c.Args];
  const ep = base.Config.Entrypoint;
  const keepsEntrypoint = ep !== null && ep.length > 0 && ep.every((w, i) => argv[i] === w);
  const changed = applyChanges(
    { ...base.Config, Cmd: keepsEntrypoint ? argv.slice(ep.length) : argv, Env: c.Config.Env },
    params.changes ?? [],
  );
  if ('error' in changed) return fail(state, 400, changed.error);
  const rng = new RngCursor(state.rng);
  const id = `sha256:${rng.hex(64)}`;
  const files = c.writable ?? {};
  const size = Object.values(files).reduce((a, e) => a + (e.type === 'file' ? entrySize(e) : 0), 0);
  const empty = Object.keys(files).length === 0;
  const created = new Date(ctx.now).toISOString();
  const layers = empty
    ? base.Layers
    : [
        ...base.Layers,
        {
          digest: `sha256:${rng.hex(64)}`,
          diffId: `sha256:${rng.hex(64)}`,
          compressedSize: Math.ceil(size / 2) + 32,
          size,
          files,
        },
      ];
  const image: Image = {
    ...base,
    Id: id,
    RepoTags: target ? [target] : [],
    RepoDigests: [],
    Created: created,
    Size: base.Size + size,
    DockerVersion: '28.2.2',
    Config: changed.config,
    Layers: layers,
    History: [
      // A pulled base keeps its history in the catalog (images.ts does not copy it).
      ...(base.History ?? catalogImageById(base.Id)?.history ?? []),
      {
        created,
        created_by: [c.Path, ...c.Args].join(' '),
        ...(params.comment ? { comment: params.comment } : {}),
        ...(empty ? { empty_layer: true } : {}),
      },
    ],
  };
  const images: Record<string, Image> = {};
  for (const [key, other] of Object.entries(state.images)) {
    images[key] =
      target && other.RepoTags.includes(target)
        ? { ...other, RepoTags: other.RepoTags.filter((t) => t !== target) }
        : other;
  }
  images[id] = image;
  return ok(
    { ...state, images, rng: rng.state },
    { Id: id },
    target ? [{ type: 'image.tagged', image: id, ref: target, durationMs: 0 }] : [],
  );
}

export interface ContainerExecParams {
  readonly id: string;
  readonly Cmd: readonly string[];
  readonly Tty?: boolean;
  readonly AttachStdin?: boolean;
  readonly Detach?: boolean;
  readonly WorkingDir?: string;
  readonly Env?: readonly string[];
  /** `-u`: a name or uid[:gid], looked up in the container's /etc/passwd. */
  readonly User?: string;
}

export interface ContainerExecReply {
  /** The container's full id. */
  readonly Id: string;
  /** Set when the command is an interactive shell the terminal should drive (`exec -it c bash`). */
  readonly interactive: boolean;
  /** With `interactive`: the exec'd shell's PID, to end it at its `exit`. */
  readonly pid?: number;
  /** With `interactive`: who the shell runs as, when not root. */
  readonly user?: User;
  readonly output: readonly OutputChunk[];
  readonly ExitCode: number;
}

/** Runs a command in a running container; exec into a stopped one is a 409, as moby says it. */
export function containerExec(
  state: DaemonState,
  params: ContainerExecParams,
  ctx: StepContext,
): StepResult<ContainerExecReply> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (!c.State.Running) return fail(state, 409, `container ${c.Id} is not running`);
  if (c.State.Paused)
    return fail(state, 409, `container ${c.Id} is paused, unpause the container before exec`);
  const withEnv: Container = params.Env?.length
    ? { ...c, Config: { ...c.Config, Env: [...c.Config.Env, ...params.Env] } }
    : c;
  const user = params.User ? findUser(containerView(state, c), params.User) : undefined;
  // The daemon fails the exec start; the client prints the error from the exec stream (exit 126).
  if (user && 'error' in user) return fail(state, 400, user.error);
  const sh = runtimeShell(withEnv, params.Tty ?? false, params.WorkingDir, user);
  const [name = ''] = params.Cmd;
  if (
    params.Tty &&
    params.AttachStdin &&
    isInteractiveShell(c.program, name) &&
    executableFound(state, c, name)
  ) {
    // An interactive shell waits for its terminal: the host shell drives it until it exits.
    const started = addExec(
      c,
      { argv: params.Cmd, uid: user?.uid ?? 0, started: ctx.now, tty: true },
      ctx.now,
    );
    return ok(withContainer(state, started.container), {
      Id: c.Id,
      interactive: true,
      pid: started.pid,
      ...(user ? { user } : {}),
      output: [],
      ExitCode: 0,
    });
  }
  const run = runInContainer(state, withEnv, sh, params.Cmd, { tty: params.Tty ?? false, now: ctx.now });
  if (!executableFound(state, c, name)) {
    // The runtime, not a shell, looks the program up: runc's wording (docker-behavior.md §12).
    return fail(
      state,
      400,
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown`,
    );
  }
  let after: Container = run.container === withEnv ? c : { ...run.container, Config: c.Config };
  // Detached, a command that blocks (`sleep 100`) keeps running after the client returns.
  if (params.Detach && run.blockedMs > 0) {
    const proc = {
      argv: params.Cmd,
      uid: user?.uid ?? 0,
      started: ctx.now,
      endsAt: ctx.now + run.blockedMs,
    };
    after = addExec(after, { ...proc, tty: params.Tty ?? false }, ctx.now).container;
  }
  const next = after === c ? state : withContainer(state, after);
  return ok(next, {
    Id: c.Id,
    interactive: false,
    output: params.Detach ? [] : run.output,
    ExitCode: run.exitCode,
  });
}
