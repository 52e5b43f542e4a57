/**
 * The shape of a docker command: one declaration per command, from which parsing, `--help`,
 * the command list, Tab completion (and later lesson restrictions) are all derived.
 */
import type { ContainerFs } from '../daemon/fs/view';
import type { User } from '../daemon/proc/users';
import type { ApiClient } from './api-client';
import type { FlagSpec, FlagValues } from './flags';
import type { Output } from './output';

/** cobra's positional-argument validators, each with its own error wording. */
export type ArgRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'any' };

/** The kinds of positional argument Tab can complete; see `CommandSpec.completes`. */
export type ArgCompletion =
  | 'image'
  | 'image-or-catalog'
  | 'catalog'
  | 'repository'
  | 'container'
  | 'running-container'
  | 'stopped-container'
  | 'paused-container'
  | 'object';

/** The host's filesystem, for the commands that read or write it (`docker cp`). */
export interface HostFiles {
  /** The shell's working directory, where relative host paths start. */
  readonly cwd: string;
  /** A fresh, mutable view of the host's files. */
  view(): ContainerFs;
  /** Keeps what a view changed. */
  save(fs: ContainerFs): void;
}

export interface CommandContext {
  readonly api: ApiClient;
  /** Absent where no shell hosts the client (some tests): host paths then do not exist. */
  readonly host?: HostFiles;
  readonly out: Output;
  /** Epoch ms, the client's clock (relative times are computed client-side). */
  readonly now: number;
  /** Whether stdout is a terminal: the pull progress is drawn in place only on a TTY. */
  readonly tty: boolean;
  /** The command path as the user invoked it, `docker image ls`: usage lines echo it. */
  readonly invokedAs: string;
  /**
   * Asks the shell to hand the terminal to an interactive process in this container: its PID 1
   * (`run -it`), or with `shell` a process `docker exec -it` started, whose exit leaves the
   * container running.
   */
  attach(containerId: string, shell?: AttachedShell): void;
  /**
   * Keeps the terminal on this container's output until Ctrl-C (`docker run` of a server,
   * `logs -f`). `sigProxy`: Ctrl-C is forwarded to PID 1 as SIGINT (run's --sig-proxy), rather
   * than ending only the client (logs -f).
   */
  follow(containerId: string, sigProxy: boolean, opts?: { readonly untilInterrupt?: boolean }): void;
  /**
   * The command printed a `[y/N] ` question and reads the answer from stdin: the shell takes the
   * next line typed as it, and on yes runs the same command again with `--force`.
   */
  confirm(): void;
}

export interface AttachedShell {
  readonly argv: readonly string[];
  readonly exec: boolean;
  readonly workdir?: string;
  /** `exec -u`: who the shell runs as. */
  readonly user?: User;
  /** The exec'd shell's PID, ended at its `exit`. */
  readonly pid?: number;
}

export interface Invocation {
  readonly flags: FlagValues;
  readonly args: readonly string[];
}

export interface CommandSpec {
  /** Every path that reaches this command; the first is the one `--help` calls it by. */
  readonly paths: readonly (readonly string[])[];
  /** What follows the command path in the usage line: `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  readonly usage: string;
  /** One line, our own words. */
  readonly description: string;
  readonly flags: readonly FlagSpec[];
  readonly args: ArgRule;
  /**
   * What Tab offers for the positional arguments (src/shell/complete.ts); absent, nothing:
   * - `image`: local references (`repo:tag`) and short ids (`rmi`, and `tag`, `history` when written);
   * - `image-or-catalog`: local and Docker Hub repositories, their tags after `:` (`run`, later `create`);
   * - `catalog`: Docker Hub repositories and their tags (`pull`);
   * - `repository`: local repositories, their tags after `:` (`images`);
   * - `container`: every container's name (`rm`, `logs`, `restart`, `wait`, `diff`, ...);
   * - `running-container`, `stopped-container`, `paused-container`: the names of those in that state
   *   (`stop`/`kill`/`pause`/`exec`, `start`, `unpause`), as docker's bash completion narrows them;
   * - `object`: container names and local images together (`docker inspect` takes either).
   * With `interspersed: false` only the first positional is completed (after `run IMAGE` comes a
   * command inside the container, which the host cannot know); otherwise as many as `args` allows.
   */
  readonly completes?: ArgCompletion;
  /** Only the first positional completes (`rename CONTAINER NEW_NAME`: the new name is free text). */
  readonly completesFirstOnly?: boolean;
  /** `false` stops flag parsing at the first positional (`docker run IMAGE ls -la`). */
  readonly interspersed?: boolean;
  /** Where `docker --help` lists it. */
  readonly group: 'common' | 'other';
  /** Whether daemon errors get run's `docker:` prefix, help hint and exit 125. */
  readonly runStyleErrors?: boolean;
  /** Returns the exit status. */
  run(ctx: CommandContext, inv: Invocation): number;
}

/** `docker: Error response from daemon: …` as `docker run` reports it (cli withHelp()). */
export function runStyleError(ctx: CommandContext, message: string): void {
  ctx.out.errLine(`docker: ${message}`);
  ctx.out.errLine();
  ctx.out.errLine(`Run '${ctx.invokedAs} --help' for more information`);
}

/** The prefix every daemon error gets on the client (client/request.go). */
export function daemonError(message: string): string {
  return `Error response from daemon: ${message}`;
}
