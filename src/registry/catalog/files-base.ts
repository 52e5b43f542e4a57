/**
 * Builders for the small file trees catalog layers carry (see FsEntry in ../types.ts). A tree is
 * a plausible skeleton plus the few files a learner looks at, not a real rootfs: a full listing
 * would make the catalog the browser loads megabytes. Binary sizes are bookworm's (`stat -c %s`
 * on a Debian 12 machine), close enough for `ls -l` in every Debian-family image.
 */
import type { FsEntry, LayerTree } from '../types';

export const dir = (mode?: number): FsEntry => (mode === undefined ? { type: 'dir' } : { type: 'dir', mode });
export const file = (data: string, mode?: number): FsEntry =>
  mode === undefined ? { type: 'file', data } : { type: 'file', data, mode };
export const link = (target: string): FsEntry => ({ type: 'link', target });
/** An executable the simulated kernel runs as program `exec`. */
export const bin = (exec: string, size: number): FsEntry => ({
  type: 'file',
  data: '',
  mode: 0o755,
  size,
  exec,
});

/** The directories every Linux rootfs has; /tmp is sticky and world-writable, /root private. */
const SKELETON: LayerTree = {
  '/dev': dir(),
  '/etc': dir(),
  '/home': dir(),
  '/media': dir(),
  '/mnt': dir(),
  '/opt': dir(),
  '/proc': dir(0o555),
  '/root': dir(0o700),
  '/run': dir(),
  '/srv': dir(),
  '/sys': dir(0o555),
  '/tmp': dir(0o1777),
  '/usr': dir(),
  '/usr/bin': dir(),
  '/usr/lib': dir(),
  '/usr/local': dir(),
  '/usr/local/bin': dir(),
  '/usr/sbin': dir(),
  '/usr/share': dir(),
  '/var': dir(),
  '/var/cache': dir(),
  '/var/lib': dir(),
  '/var/log': dir(),
  '/var/tmp': dir(0o1777),
};

/** GNU coreutils and friends, by name and bookworm size: the programs Dockyard implements. */
const GNU_BINARIES: Readonly<Record<string, number>> = {
  bash: 1_265_648,
  cat: 44_016,
  cp: 151_152,
  dash: 125_640,
  date: 121_904,
  echo: 43_856,
  env: 48_536,
  false: 35_664,
  grep: 203_152,
  head: 48_080,
  hostname: 22_680,
  id: 48_144,
  ls: 151_344,
  mkdir: 97_552,
  mv: 142_968,
  pwd: 43_952,
  rm: 72_752,
  rmdir: 56_240,
  sleep: 43_888,
  sort: 121_344,
  tail: 76_944,
  touch: 109_616,
  true: 35_664,
  uname: 43_888,
  wc: 52_280,
  which: 946,
  whoami: 39_792,
  'apt-get': 51_592,
  apt: 18_752,
  dpkg: 318_096,
};

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;
const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
nogroup:x:65534:
`;
const PROFILE = `# ~/.profile: executed by Bourne-compatible login shells.

if [ "$BASH" ]; then
  if [ -f ~/.bashrc ]; then
    . ~/.bashrc
  fi
fi

mesg n 2> /dev/null || true
`;

export interface DebianFamily {
  /** /usr/lib/os-release, which /etc/os-release links to. */
  readonly osRelease: string;
  readonly debianVersion: string;
  readonly issue: string;
}

/**
 * A merged-/usr Debian or Ubuntu rootfs (bin, lib and sbin are links into /usr, as in every
 * debootstrap since bookworm and focal), with apt, bash, dash as /bin/sh and coreutils.
 * No procps: `ps` is not in the ubuntu and debian images, so it is not here either.
 */
export function debianRootfs(d: DebianFamily): LayerTree {
  const tree: Record<string, FsEntry> = {
    ...SKELETON,
    '/bin': link('usr/bin'),
    '/boot': dir(),
    '/lib': link('usr/lib'),
    '/lib64': link('usr/lib64'),
    '/sbin': link('usr/sbin'),
    '/usr/lib64': dir(),
    '/usr/lib/os-release': file(d.osRelease),
    '/etc/os-release': link('../usr/lib/os-release'),
    '/etc/debian_version': file(`${d.debianVersion}\n`),
    '/etc/issue': file(d.issue),
    '/etc/passwd': file(PASSWD),
    '/etc/group': file(GROUP),
    '/etc/shells': file(
      '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n',
    ),
    '/etc/apt': dir(),
    '/etc/apt/sources.list.d': dir(),
    '/root/.bashrc': file(
      "# ~/.bashrc: executed by bash(1) for non-login shells.\n\nexport PS1='${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '\n",
    ),
    '/root/.profile': file(PROFILE),
    '/var/lib/apt': dir(),
    '/var/lib/apt/lists': dir(),
    '/var/lib/dpkg': dir(),
    '/usr/bin/sh': link('dash'),
  };
  for (const [name, size] of Object.entries(GNU_BINARIES)) tree[`/usr/bin/${name}`] = bin(name, size);
  return tree;
}

/** busybox 1.36's applets that Dockyard implements, and where alpine installs each link. */
const APPLETS_BIN = [
  'ash',
  'cat',
  'cp',
  'date',
  'echo',
  'false',
  'grep',
  'hostname',
  'ls',
  'mkdir',
  'mv',
  'ps',
  'pwd',
  'rm',
  'rmdir',
  'sh',
  'sleep',
  'touch',
  'true',
  'uname',
];
const APPLETS_USR_BIN = ['env', 'head', 'id', 'sort', 'tail', 'wc', 'which', 'whoami'];

const BUSYBOX_SIZE = 1_119_200;

/** alpine: busybox in /bin, its applets as links to it, and apk. */
export function alpineRootfs(osRelease: string): LayerTree {
  const tree: Record<string, FsEntry> = {
    ...SKELETON,
    '/bin': dir(),
    '/lib': dir(),
    '/sbin': dir(),
    '/etc/alpine-release': file(`${/VERSION_ID=(.*)/.exec(osRelease)?.[1] ?? ''}\n`),
    '/etc/os-release': file(osRelease),
    '/etc/passwd': file(
      'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n',
    ),
    // alpine-baselayout's group file, whose memberships `id` reports.
    '/etc/group': file(
      'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin,adm\nadm:x:4:root,adm,daemon\ntty:x:5:\ndisk:x:6:root,adm\nwheel:x:10:root\nfloppy:x:11:root\ndialout:x:20:root\ntape:x:26:root\nvideo:x:27:root\nnogroup:x:65533:\nnobody:x:65534:\n',
    ),
    '/etc/apk': dir(),
    '/etc/apk/world': file('alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n'),
    '/bin/busybox': bin('busybox', BUSYBOX_SIZE),
    '/sbin/apk': bin('apk', 133_584),
    '/lib/apk': dir(),
    '/lib/apk/db': dir(),
  };
  for (const a of APPLETS_BIN) tree[`/bin/${a}`] = link('/bin/busybox');
  for (const a of APPLETS_USR_BIN) tree[`/usr/bin/${a}`] = link('/bin/busybox');
  return tree;
}

/** The busybox image: every applet is a hard link in /bin, so each is a busybox binary itself. */
export function busyboxRootfs(): LayerTree {
  const tree: Record<string, FsEntry> = {
    '/bin': dir(),
    '/dev': dir(),
    '/etc': dir(),
    '/etc/passwd': file('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n'),
    '/etc/group': file('root:x:0:\nnobody:x:65534:\n'),
    '/home': dir(),
    '/proc': dir(0o555),
    '/root': dir(0o700),
    '/sys': dir(0o555),
    '/tmp': dir(0o1777),
    '/usr': dir(),
    '/usr/sbin': dir(),
    '/var': dir(),
  };
  for (const a of [...APPLETS_BIN, ...APPLETS_USR_BIN, 'busybox'])
    tree[`/bin/${a}`] = bin('busybox', BUSYBOX_SIZE);
  return tree;
}
