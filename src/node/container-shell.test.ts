/**
 * The shell inside a container, through `npm run sim`'s transcript mode. Expected texts are
 * GNU coreutils 9 / bash 5 in the C locale (checked on a Debian 12 machine) and busybox 1.36's.
 */
import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';
const NOW = Date.parse('2024-03-15T12:00:00Z');
const run = (lines: readonly string[]) =>
  transcript(lines, { seed: 3, now: NOW })
    .split('\n')
    .filter((l) => !/Pull|Digest:|Status:|Unable to find|Pulling from/.test(l));

describe('a shell inside a container', () => {
  it('keeps changes in the container: diff lists them, commit makes an image that has them', () => {
    const out = run([
      'docker run --name box -it ubuntu bash',
      'touch /tmp/x; ls /tmp; exit',
      'docker diff box',
      'docker commit box mine',
      'docker run mine ls /tmp',
      'docker run ubuntu ls /tmp',
    ]);
    const host = out.findIndex((l) => l.startsWith(`${P}docker diff`));
    expect(out[1]).toMatch(/^root@[0-9a-f]{12}:\/# touch \/tmp\/x; ls \/tmp; exit$/);
    expect(out.slice(2, 4)).toEqual(['x', 'exit']);
    // bash wrote its history file at exit, as on real Docker.
    expect(out.slice(host, host + 5)).toEqual([
      `${P}docker diff box`,
      'C /root',
      'A /root/.bash_history',
      'C /tmp',
      'A /tmp/x',
    ]);
    expect(out[host + 6]).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The committed image runs with the file; a fresh ubuntu container does not see it.
    expect(out.slice(host + 7)).toEqual([
      `${P}docker run mine ls /tmp`,
      'x',
      `${P}docker run ubuntu ls /tmp`,
      '',
    ]);
  });

  it('prompts with the working directory and answers as bash and coreutils do', () => {
    const out = run([
      'docker run -it ubuntu bash',
      'cd /tmp',
      'ls nosuch',
      'echo $?',
      'foo',
      'echo $?',
      'mkdir d; mkdir d',
      'rm d',
      'cat /etc/os-release | head -2',
      'cd /root',
      'cd nowhere',
      'exit 3',
      'echo $?',
    ]);
    const body = out.slice(1).map((l) => l.replace(/^root@[0-9a-f]{12}:/, 'root@ID:'));
    expect(body).toEqual([
      'root@ID:/# cd /tmp',
      'root@ID:/tmp# ls nosuch',
      "ls: cannot access 'nosuch': No such file or directory",
      'root@ID:/tmp# echo $?',
      '2',
      'root@ID:/tmp# foo',
      'bash: foo: command not found',
      'root@ID:/tmp# echo $?',
      '127',
      'root@ID:/tmp# mkdir d; mkdir d',
      "mkdir: cannot create directory 'd': File exists",
      'root@ID:/tmp# rm d',
      "rm: cannot remove 'd': Is a directory",
      'root@ID:/tmp# cat /etc/os-release | head -2',
      'NAME="Ubuntu"',
      'VERSION="20.04.3 LTS (Focal Fossa)"',
      'root@ID:/tmp# cd /root',
      'root@ID:~# cd nowhere',
      'bash: cd: nowhere: No such file or directory',
      'root@ID:~# exit 3',
      'exit',
      `${P}echo $?`,
      '3',
      '',
    ]);
  });

  it('installs curl with apt-get into the writable layer, after an update', () => {
    const out = run([
      'docker run --name pkg -it ubuntu bash',
      'apt-get install -y curl',
      'apt-get update',
      'apt-get install -y curl',
      'which curl',
      'exit',
      'docker diff pkg',
    ]).join('\n');
    expect(out).toContain('E: Unable to locate package curl');
    expect(out).toContain('Setting up curl (7.68.0-1ubuntu2.7) ...');
    expect(out).toMatch(/which curl\n\/usr\/bin\/curl\n/);
    expect(out).toContain('A /usr/bin/curl');
  });

  it('opens busybox sh for docker run -it alpine, with busybox wording', () => {
    const out = run([
      'docker run -it alpine',
      'ls nosuch',
      'foo',
      'cd /tmp',
      'apk add curl',
      'which curl',
      'exit',
    ]);
    expect(out.slice(1)).toEqual([
      '/ # ls nosuch',
      'ls: nosuch: No such file or directory',
      '/ # foo',
      'sh: foo: not found',
      '/ # cd /tmp',
      '/tmp # apk add curl',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz',
      '(1/1) Installing curl (8.8.0-r0)',
      'Executing busybox-1.36.1-r29.trigger',
      'OK: 9 MiB in 15 packages',
      '/tmp # which curl',
      '/usr/bin/curl',
      '/tmp # exit',
      '',
    ]);
  });

  it('docker exec: one-shot, -d, -it whose exit leaves the container running, and a stopped one', () => {
    const out = run([
      'docker run -dit --name web ubuntu bash',
      'docker exec web cat /etc/hostname',
      'docker exec -d web touch /z',
      'docker exec -it web bash',
      'pwd; exit',
      'docker exec web foo',
      'echo $?',
      'docker diff web',
      'docker run --name done ubuntu true',
      'docker exec done ls',
      'echo $?',
    ]).join('\n');
    expect(out).toMatch(/docker exec web cat \/etc\/hostname\n[0-9a-f]{12}\n/);
    expect(out).toMatch(/root@[0-9a-f]{12}:\/# pwd; exit\n\/\nexit\n/);
    expect(out).toContain(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown\nlearner@dockyard:~$ echo $?\n126',
    );
    // The exec'd shell left; the container is still up, and its -d change is there.
    expect(out).toContain('docker diff web\nC /root\nA /root/.bash_history\nA /z\n');
    expect(out).toMatch(/Error response from daemon: container [0-9a-f]{64} is not running\n.*echo \$\?\n1/);
  });
});
