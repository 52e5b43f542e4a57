/**
 * Package managers, short but realistic: `apt-get update` / `apt-get install -y PKG` (Debian
 * family) and `apk add PKG` (alpine). Installing writes the package's files into the writable
 * layer, so `which curl` finds it afterwards and `docker diff` lists it. Only curl is in the
 * simulated archives; dependencies are left out to keep the output short.
 */
import type { FsEntry } from '../types';
import { complain, type Proc, parseOpts } from './types';

interface Package {
  /** Version per distribution (os-release ID + VERSION_ID major). */
  readonly versions: Readonly<Record<string, string>>;
  readonly sizeKb: number;
  readonly files: Readonly<Record<string, FsEntry>>;
}

const PACKAGES: Readonly<Record<string, Package>> = {
  curl: {
    versions: {
      'ubuntu:20.04': '7.68.0-1ubuntu2.7',
      'ubuntu:22.04': '7.81.0-1ubuntu1.14',
      'ubuntu:24.04': '8.5.0-2ubuntu10.1',
      debian: '7.88.1-10+deb12u3',
      alpine: '8.8.0-r0',
    },
    sizeKb: 161,
    files: {
      '/usr/bin/curl': { type: 'file', data: '', mode: 0o755, size: 260_328, exec: 'curl' },
      '/usr/share/doc/curl': { type: 'dir' },
      '/usr/share/doc/curl/copyright': {
        type: 'file',
        data: 'COPYRIGHT AND PERMISSION NOTICE\n\nCopyright (c) 1996 - 2023, Daniel Stenberg, <daniel@haxx.se>, and many\ncontributors, see the THANKS file.\n',
      },
    },
  },
};

/** `ubuntu:20.04`, `debian` or `alpine`, from /etc/os-release. */
function distro(p: Proc): { id: string; version: string; codename: string } {
  const r = p.fs.resolve('/etc/os-release');
  const text = !('error' in r) && r.entry.type === 'file' ? r.entry.data : '';
  const field = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  return { id: field('ID'), version: field('VERSION_ID'), codename: field('VERSION_CODENAME') };
}

function versionOf(p: Proc, pkg: Package): string {
  const d = distro(p);
  return pkg.versions[`${d.id}:${d.version}`] ?? pkg.versions[d.id] ?? Object.values(pkg.versions)[0] ?? '';
}

function install(p: Proc, pkg: Package): void {
  for (const [path, entry] of Object.entries(pkg.files)) {
    p.fs.write(path, { ...entry, mtime: p.now } as FsEntry, p.now);
  }
}

const LISTS = '/var/lib/apt/lists';

export function aptGet(p: Proc): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  const [verb, ...names] = operands;
  const d = distro(p);
  const mirror = d.id === 'ubuntu' ? 'http://archive.ubuntu.com/ubuntu' : 'http://deb.debian.org/debian';
  if (verb === 'update') {
    p.out(
      [
        `Get:1 ${mirror} ${d.codename} InRelease [${d.id === 'ubuntu' ? '265' : '151'} kB]`,
        `Get:2 ${mirror} ${d.codename}-updates InRelease [${d.id === 'ubuntu' ? '114' : '55.4'} kB]`,
        `Get:3 ${mirror} ${d.codename}/main amd64 Packages [${d.id === 'ubuntu' ? '1,275' : '8,786'} kB]`,
        `Fetched ${d.id === 'ubuntu' ? '1,654' : '8,992'} kB in 2s (827 kB/s)`,
        'Reading package lists... Done',
        '',
      ].join('\n'),
    );
    p.spend(2000);
    p.fs.write(LISTS, { type: 'dir', mtime: p.now }, p.now);
    p.fs.write(`${LISTS}/lock`, { type: 'file', data: '', mode: 0o640, mtime: p.now }, p.now);
    p.fs.write(
      `${LISTS}/${mirror.replace(/^http:\/\//, '').replace(/\//g, '_')}_dists_${d.codename}_InRelease`,
      { type: 'file', data: '', mtime: p.now },
      p.now,
    );
    return 0;
  }
  if (verb !== 'install') {
    p.err(`E: Invalid operation ${verb ?? ''}\n`);
    return 100;
  }
  p.out(
    'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n',
  );
  const updated = p.fs.list(LISTS).some((n) => n.endsWith('InRelease'));
  for (const name of names) {
    if (!updated || !PACKAGES[name]) {
      p.err(`E: Unable to locate package ${name}\n`);
      return 100;
    }
  }
  const pkgs = names.map((n) => [n, PACKAGES[n] as Package] as const);
  const kb = pkgs.reduce((a, [, pkg]) => a + pkg.sizeKb, 0);
  p.out(
    `The following NEW packages will be installed:\n  ${names.join(' ')}\n0 upgraded, ${names.length} newly installed, 0 to remove and 0 not upgraded.\nNeed to get ${kb} kB of archives.\nAfter this operation, ${kb * 2} kB of additional disk space will be used.\n`,
  );
  if (!flags.has('y') && !flags.has('--yes')) {
    // No one answers the prompt here: apt reads it as no, as with stdin closed.
    p.out('Do you want to continue? [Y/n] Abort.\n');
    return 1;
  }
  pkgs.forEach(([name, pkg], i) => {
    p.out(
      `Get:${i + 1} ${mirror} ${d.codename}/main amd64 ${name} amd64 ${versionOf(p, pkg)} [${pkg.sizeKb} kB]\n`,
    );
  });
  p.out(
    `Fetched ${kb} kB in 1s (${kb} kB/s)\ndebconf: delaying package configuration, since apt-utils is not installed\n`,
  );
  for (const [name, pkg] of pkgs) {
    const v = versionOf(p, pkg);
    p.out(
      `Selecting previously unselected package ${name}.\n(Reading database ... 4381 files and directories currently installed.)\nPreparing to unpack .../${name}_${v}_amd64.deb ...\nUnpacking ${name} (${v}) ...\nSetting up ${name} (${v}) ...\n`,
    );
    install(p, pkg);
    p.fs.write(
      `/var/lib/dpkg/info/${name}.list`,
      { type: 'file', data: `${Object.keys(pkg.files).join('\n')}\n`, mtime: p.now },
      p.now,
    );
  }
  p.spend(3000);
  return 0;
}

export function apk(p: Proc): number {
  const { operands } = parseOpts(p.argv.slice(1));
  const [verb, ...names] = operands;
  if (verb !== 'add') {
    complain(p, `unknown command '${verb ?? ''}'`);
    return 1;
  }
  const d = distro(p);
  const branch = `v${d.version.split('.').slice(0, 2).join('.')}`;
  p.out(
    `fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/main/x86_64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/${branch}/community/x86_64/APKINDEX.tar.gz\n`,
  );
  const missing = names.filter((n) => !PACKAGES[n]);
  if (missing.length > 0) {
    p.err(
      `ERROR: unable to select packages:\n${missing.map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`).join('')}`,
    );
    return 1;
  }
  names.forEach((name, i) => {
    const pkg = PACKAGES[name] as Package;
    p.out(`(${i + 1}/${names.length}) Installing ${name} (${versionOf(p, pkg)})\n`);
    install(p, pkg);
  });
  const world = p.fs.resolve('/etc/apk/world');
  const listed = !('error' in world) && world.entry.type === 'file' ? world.entry.data : '';
  p.fs.write(
    '/etc/apk/world',
    { type: 'file', data: `${listed}${names.map((n) => `${n}\n`).join('')}`, mtime: p.now },
    p.now,
  );
  p.out(`Executing busybox-1.36.1-r29.trigger\nOK: 9 MiB in ${14 + names.length} packages\n`);
  p.spend(1500);
  return 0;
}

/** curl with no network model: every host fails the way an unreachable one does. */
export function curl(p: Proc): number {
  const url = p.argv.slice(1).find((a) => !a.startsWith('-'));
  if (p.argv.includes('--version')) {
    p.out(
      'curl 8.8.0 (x86_64-pc-linux-gnu) libcurl/8.8.0\nProtocols: dict file ftp ftps gopher gophers http https imap imaps mqtt pop3 pop3s rtsp smb smbs smtp smtps telnet tftp\n',
    );
    return 0;
  }
  if (url === undefined) {
    p.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const host = url.replace(/^[a-z]+:\/\//, '').split(/[/:]/)[0] ?? '';
  if (host === 'localhost' || host === '127.0.0.1') {
    p.err(`curl: (7) Failed to connect to ${host} port 80 after 0 ms: Couldn't connect to server\n`);
    return 7;
  }
  p.err(`curl: (6) Could not resolve host: ${host}\n`);
  return 6;
}
