/**
 * Who a process runs as (`docker exec -u nobody`): a name or uid[:gid] looked up in the
 * container's /etc/passwd as runc does. A name must be there; a bare uid need not be (the process
 * then has no name: `whoami` cannot find one, bash's prompt says `I have no name!`).
 */
import type { ContainerFs } from '../fs/view';

export interface User {
  /** Absent: a uid with no passwd entry. */
  readonly name?: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
}

export const ROOT: User = { name: 'root', uid: 0, gid: 0, home: '/root' };

function passwd(fs: ContainerFs): string[][] {
  const r = fs.resolve('/etc/passwd');
  if ('error' in r || r.entry.type !== 'file') return [];
  return r.entry.data
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(':'));
}

/** The user `spec` names, or the daemon's error text when a name is not in /etc/passwd. */
export function findUser(fs: ContainerFs, spec: string): User | { readonly error: string } {
  const [who = '', group] = spec.split(':');
  const entries = passwd(fs);
  const numeric = /^\d+$/.test(who);
  const entry = entries.find((e) => (numeric ? e[2] === who : e[0] === who));
  if (!entry && !numeric) return { error: `unable to find user ${who}: no matching entries in passwd file` };
  const gid = group !== undefined && /^\d+$/.test(group) ? Number(group) : Number(entry?.[3] ?? 0);
  return {
    ...(entry ? { name: entry[0] } : {}),
    uid: Number(numeric ? who : entry?.[2]),
    gid,
    home: entry?.[5] || '/',
  };
}

/** A group's name from /etc/group, for `id`. */
export function groupName(fs: ContainerFs, gid: number): string | undefined {
  const r = fs.resolve('/etc/group');
  if ('error' in r || r.entry.type !== 'file') return undefined;
  return r.entry.data
    .split('\n')
    .map((l) => l.split(':'))
    .find((e) => e[2] === String(gid))?.[0];
}
