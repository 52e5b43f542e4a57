import { describe, expect, it } from 'vitest';
import { makeBigState } from '../../bench/fixtures';
import { type Completion, complete } from './complete';
import { newSession, runLine } from './index';
import type { Session } from './types';

const host = { clock: { now: () => Date.parse('2021-11-01T00:00:00Z') } };

/** Runs lines on a fresh session, failing loudly if one of them fails. */
function sessionAfter(...lines: string[]): Session {
  let s = newSession(7);
  for (const line of lines) {
    const r = runLine(s, line, host);
    expect(r.status, line).toBe(0);
    s = r.session;
  }
  return s;
}

/** Completes at the end of the line, or where `^` marks the cursor (the `^` is removed). */
function at(session: Session, marked: string): Completion {
  const cursor = marked.includes('^') ? marked.indexOf('^') : marked.length;
  return complete(session, marked.replace('^', ''), cursor);
}

const words = (session: Session, marked: string) => at(session, marked).candidates;

const empty = newSession(7);
const withHello = sessionAfter('docker run hello-world', 'docker run hello-world');
const containerNames = Object.values(withHello.daemon.containers).map((c) => c.Name);

describe('docker commands, groups and flags', () => {
  it('completes a command and gives the raw span to replace', () => {
    expect(at(empty, 'docker ru')).toEqual({ from: 7, to: 9, candidates: ['run'] });
  });

  it('lists commands, groups and help after docker, and global flags after a dash', () => {
    expect(words(empty, 'docker ')).toEqual([
      'commit',
      'container',
      'cp',
      'create',
      'diff',
      'exec',
      'help',
      'history',
      'image',
      'images',
      'info',
      'inspect',
      'kill',
      'logs',
      'pause',
      'port',
      'ps',
      'pull',
      'push',
      'rename',
      'restart',
      'rm',
      'rmi',
      'run',
      'start',
      'stats',
      'stop',
      'system',
      'tag',
      'top',
      'unpause',
      'version',
      'wait',
    ]);
    expect(words(empty, 'docker -')).toEqual(['--help', '--version', '-h', '-v']);
    expect(words(empty, 'docker --v')).toEqual(['--version']);
    expect(words(empty, 'docker --help ')).toEqual([]);
  });

  it('completes management subcommands by name, falling back to aliases', () => {
    expect(words(empty, 'docker image l')).toEqual(['ls']);
    expect(words(empty, 'docker image ')).toEqual([
      'history',
      'inspect',
      'ls',
      'prune',
      'pull',
      'push',
      'rm',
      'tag',
    ]);
    expect(words(empty, 'docker container ')).toEqual([
      'commit',
      'cp',
      'create',
      'diff',
      'exec',
      'inspect',
      'kill',
      'logs',
      'ls',
      'pause',
      'port',
      'prune',
      'rename',
      'restart',
      'rm',
      'run',
      'start',
      'stats',
      'stop',
      'top',
      'unpause',
      'wait',
    ]);
    expect(words(empty, 'docker container pr')).toEqual(['prune']);
    expect(words(empty, 'docker container lis')).toEqual(['list']);
    expect(words(empty, 'docker container rem')).toEqual(['remove']);
    expect(words(empty, 'docker container -')).toEqual(['--help']);
    expect(words(empty, 'docker nosuch ')).toEqual([]);
  });

  it('completes long flags after --, and short and long after a lone -', () => {
    expect(words(empty, 'docker ps --n')).toEqual(['--no-trunc']);
    expect(words(empty, 'docker container ls --')).toEqual([
      '--all',
      '--filter',
      '--format',
      '--help',
      '--last',
      '--latest',
      '--no-trunc',
      '--quiet',
      '--size',
    ]);
    expect(words(empty, 'docker rm -')).toEqual(['--force', '--help', '-f']);
    expect(words(empty, 'docker ps -q')).toEqual(['-q']);
  });

  it('drops flags already given, keeps repeatable ones, and never offers -h where it is --hostname', () => {
    expect(words(empty, 'docker ps -a --')).not.toContain('--all');
    expect(words(empty, 'docker ps --all -')).not.toContain('-a');
    expect(words(empty, 'docker run -e A=1 --e')).toEqual(['--entrypoint', '--env']);
    expect(words(empty, 'docker run -h')).toEqual(['-h']);
    expect(words(empty, 'docker run --h')).toEqual(['--help', '--hostname']);
  });

  it('offers nothing for a flag value', () => {
    expect(words(withHello, 'docker run --name ')).toEqual([]);
    expect(words(withHello, 'docker run --name -')).toEqual([]);
    expect(words(withHello, 'docker run -e ')).toEqual([]);
    expect(words(withHello, 'docker run -de ')).toEqual([]);
    expect(words(withHello, 'docker run --name=')).toEqual([]);
    expect(words(withHello, 'docker ps -n ')).toEqual([]);
    // Once the value is given, the image comes next.
    expect(words(withHello, 'docker run --name web -eA=1 hel')).toEqual(['hello-world']);
  });
});

describe('arguments, as each spec declares them', () => {
  it('run: local and Hub repositories, then their tags after a colon', () => {
    expect(words(empty, 'docker run hel')).toEqual(['hello-world']);
    expect(words(empty, 'docker run ')).toEqual([
      'alpine',
      'busybox',
      'debian',
      'hello-world',
      'httpd',
      'nginx',
      'node',
      'postgres',
      'python',
      'redis',
      'registry',
      'ubuntu',
    ]);
    expect(words(empty, 'docker container run -it ub')).toEqual(['ubuntu']);
    const local = sessionAfter('docker pull ubuntu');
    const tagged = runLine(local, 'docker run --name x ubuntu:latest', host).session;
    // Hub tags and local ones together, each once.
    expect(words(tagged, 'docker run ubuntu:')).toEqual([
      'ubuntu:20.04',
      'ubuntu:22.04',
      'ubuntu:24.04',
      'ubuntu:focal',
      'ubuntu:jammy',
      'ubuntu:latest',
      'ubuntu:noble',
    ]);
  });

  it('run: nothing after the image, where the container command begins', () => {
    expect(words(withHello, 'docker run hello-world ')).toEqual([]);
    expect(words(withHello, 'docker run -it ubuntu b')).toEqual([]);
    expect(words(withHello, 'docker run ubuntu -')).toEqual([]);
  });

  it('pull: Hub repositories and tags, not local images', () => {
    expect(words(empty, 'docker pull ubuntu:')).toEqual([
      'ubuntu:20.04',
      'ubuntu:22.04',
      'ubuntu:24.04',
      'ubuntu:focal',
      'ubuntu:jammy',
      'ubuntu:latest',
      'ubuntu:noble',
    ]);
    expect(words(empty, 'docker pull ubuntu:f')).toEqual(['ubuntu:focal']);
    expect(words(empty, 'docker image pull hello-world:')).toEqual([
      'hello-world:latest',
      'hello-world:linux',
    ]);
    expect(words(empty, 'docker pull nosuch:')).toEqual([]);
    // pull takes exactly one argument.
    expect(words(empty, 'docker pull ubuntu ')).toEqual([]);
  });

  it('rm: every container name, running or stopped, and no ids', () => {
    expect(containerNames).toHaveLength(2);
    expect(words(withHello, 'docker rm ')).toEqual([...containerNames].sort());
    // rm takes several: the second argument completes too.
    const [first = ''] = containerNames;
    expect(words(withHello, `docker rm ${first} ${first.slice(0, 3)}`)).toContain(first);
    // docker's completion offers names only: ids are typed or pasted, never browsed.
    for (const c of Object.values(withHello.daemon.containers)) {
      const offered = words(withHello, `docker rm ${c.Id.slice(0, 3)}`);
      expect(offered).not.toContain(c.Id.slice(0, 12));
      expect(offered).not.toContain(c.Id);
    }
  });

  it("narrows container names by state as docker's bash completion does", () => {
    const s = sessionAfter(
      'docker run -d --name web nginx',
      'docker run -d --name cache redis',
      'docker pause cache',
      'docker run --name idle alpine',
      'docker run --name done hello-world',
    );
    // Running only (a paused one is not "running" to `--filter status=running`).
    for (const cmd of ['stop', 'kill', 'pause', 'exec', 'container stop', 'top', 'stats']) {
      expect(words(s, `docker ${cmd} `), cmd).toEqual(['web']);
    }
    // Exited (or created): what start can start.
    expect(words(s, 'docker start ')).toEqual(['done', 'idle']);
    expect(words(s, 'docker unpause ')).toEqual(['cache']);
    // Any state.
    for (const cmd of ['restart', 'logs', 'wait', 'port', 'diff', 'commit', 'rename', 'container inspect']) {
      expect(words(s, `docker ${cmd} `), cmd).toEqual(['cache', 'done', 'idle', 'web']);
    }
    // rename's second argument is the new name and commit's is a repository: nothing offered.
    expect(words(s, 'docker rename web ')).toEqual([]);
    expect(words(s, 'docker commit web ')).toEqual([]);
    // docker inspect takes containers and images alike.
    expect(words(s, 'docker inspect ')).toEqual(
      expect.arrayContaining(['web', 'nginx:latest', 'redis:latest']),
    );
    expect(words(s, 'docker inspect d')).toEqual(['done']);
    expect(words(s, 'docker inspect hello')).toEqual(['hello-world:latest']);
    // Image commands: local images.
    for (const cmd of ['history', 'image inspect', 'tag']) {
      expect(words(s, `docker ${cmd} ngi`), cmd).toEqual(['nginx:latest']);
    }
  });

  it('rmi: local references and short ids', () => {
    const s = sessionAfter('docker pull ubuntu', 'docker pull hello-world');
    expect(words(s, 'docker rmi ')).toEqual([
      'ba6acccedd29',
      'fce289e99eb9',
      'hello-world:latest',
      'ubuntu:latest',
    ]);
    expect(words(s, 'docker image rm u')).toEqual(['ubuntu:latest']);
    expect(words(empty, 'docker rmi ')).toEqual([]);
  });

  it('images: local repositories only, at most one', () => {
    const s = sessionAfter('docker pull hello-world');
    expect(words(s, 'docker images ')).toEqual(['hello-world']);
    expect(words(s, 'docker images hello-world:')).toEqual(['hello-world:latest']);
    expect(words(s, 'docker images hello-world ')).toEqual([]);
  });

  it('ps and version take no arguments: nothing', () => {
    expect(words(withHello, 'docker ps ')).toEqual([]);
    expect(words(withHello, 'docker version ')).toEqual([]);
  });
});

describe('finding the word', () => {
  it('completes the host shell commands on an empty line', () => {
    expect(at(empty, '')).toEqual({
      from: 0,
      to: 0,
      candidates: [
        'cat',
        'clear',
        'cp',
        'docker',
        'echo',
        'exit',
        'false',
        'grep',
        'head',
        'help',
        'history',
        'ls',
        'mkdir',
        'mv',
        'pwd',
        'rm',
        'rmdir',
        'sleep',
        'sort',
        'tail',
        'touch',
        'true',
        'wc',
      ],
    });
    expect(words(empty, 'do')).toEqual(['docker']);
    expect(words(empty, 'echo ')).toEqual([]);
  });

  it('completes a word in the middle of a line, replacing all of it', () => {
    expect(at(empty, 'docker ru^ --rm hello-world')).toEqual({ from: 7, to: 9, candidates: ['run'] });
    // Before the cursor is `r`; the whole word `run` is the span replaced.
    expect(at(empty, 'docker r^un --rm')).toEqual({
      from: 7,
      to: 10,
      candidates: ['rename', 'restart', 'rm', 'rmi', 'run'],
    });
    // At the start of a word, a new word begins at the cursor and the next one stays.
    expect(at(empty, 'docker ^ps')).toMatchObject({ from: 7, to: 7 });
    expect(at(withHello, 'docker run hel^ ls')).toEqual({ from: 11, to: 14, candidates: ['hello-world'] });
  });

  it('starts a new command after ;, && and ||', () => {
    expect(words(empty, 'echo hi; docker ru')).toEqual(['run']);
    expect(words(empty, 'docker ps && docker image l')).toEqual(['ls']);
    expect(words(empty, 'false || do')).toEqual(['docker']);
    expect(words(empty, 'docker ps; ')).toContain('docker');
  });

  it('works inside an open quote and after a trailing backslash, spanning the raw text', () => {
    expect(at(empty, 'docker run "hel')).toEqual({ from: 11, to: 15, candidates: ['hello-world'] });
    expect(at(empty, "docker 'ru")).toEqual({ from: 7, to: 10, candidates: ['run'] });
    expect(at(empty, 'docker run "hel^lo" ')).toEqual({ from: 11, to: 18, candidates: ['hello-world'] });
    expect(at(empty, 'docker ru\\')).toEqual({ from: 7, to: 10, candidates: ['run'] });
    expect(words(empty, 'do"cker" ru')).toEqual(['run']);
  });

  it('gives nothing after a construct the shell refuses', () => {
    expect(words(empty, 'docker & ru')).toEqual([]);
  });

  it('clamps a cursor outside the line', () => {
    expect(complete(empty, 'docker ru', 99)).toEqual({ from: 7, to: 9, candidates: ['run'] });
    expect(complete(empty, 'docker ru', -5)).toMatchObject({ from: 0, to: 0 });
    expect(complete(empty, 'docker ru', Number.NaN)).toMatchObject({ candidates: ['run'] });
  });
});

describe('inside a container shell', () => {
  const inside = sessionAfter('docker run -it ubuntu bash');

  it('is attached (the premise of these tests)', () => {
    expect(inside.attached).toBeDefined();
  });

  it("completes the shell's builtins and the image's programs, not the host's", () => {
    expect(words(inside, 'ec')).toEqual(['echo']);
    expect(words(inside, 'h')).toEqual(['head', 'history', 'hostname']);
    const all = words(inside, '');
    expect(all).toContain('exit');
    expect(all).toContain('bash');
    expect(all).not.toContain('docker');
    expect(all).toEqual([...new Set(all)].sort());
    expect(words(inside, 'echo hi && wh')).toEqual(['which', 'whoami']);
  });

  it('completes a program by path, one directory at a time, from the container filesystem', () => {
    expect(words(inside, '/us')).toEqual(['/usr/']);
    expect(words(inside, '/usr/b')).toEqual(['/usr/bin/']);
    // /bin is a link to usr/bin on ubuntu: completion follows it, as bash does.
    expect(words(inside, '/bin/e')).toEqual(['/bin/echo', '/bin/env']);
    // Relative to the shell's working directory, /.
    expect(words(inside, 'bin/e')).toEqual(['bin/echo', 'bin/env']);
  });

  it("completes arguments as paths in the container's filesystem, relative to the shell's cwd", () => {
    expect(words(inside, 'cat /etc/os-r')).toEqual(['/etc/os-release']);
    expect(words(inside, 'ls /t')).toEqual(['/tmp/']);
    expect(words(inside, 'ls /root/')).toEqual([]);
    expect(words(inside, 'ls /root/.')).toEqual(['/root/.bashrc', '/root/.profile']);
    expect(words(inside, 'cd e')).toEqual(['etc/']);
    // Any command's arguments complete as file names, as bash falls back to them.
    expect(words(inside, 'docker ru')).toEqual(['run/']);
    const after = sessionAfter('docker run -it ubuntu bash', 'mkdir /tmp/made', 'cd /tmp');
    expect(words(after, 'ls m')).toEqual(['made/']);
  });
});

/** What `docker rm <Tab>` must list: every name, sorted and unique, computed the slow way. */
function sortedNames(session: Session): string[] {
  return [...new Set(Object.values(session.daemon.containers).map((c) => c.Name))].sort();
}

describe('robustness and scale', () => {
  it('never throws, and always answers sorted unique candidates within the line', () => {
    const vocab = [
      'docker',
      'run',
      'rm ',
      ' ',
      '-',
      '--',
      'a',
      '"',
      "'",
      '\\',
      ';',
      '&&',
      '|',
      '>',
      ':',
      '$?',
      '#',
    ];
    let seed = 11;
    const rand = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 2000; i++) {
      const n = Math.floor(rand() * 8);
      const line = Array.from({ length: n }, () => vocab[Math.floor(rand() * vocab.length)]).join('');
      const cursor = Math.floor(rand() * (line.length + 1));
      const r = complete(i % 2 ? withHello : empty, line, cursor);
      expect(r.from, line).toBeLessThanOrEqual(cursor);
      expect(r.to, line).toBeGreaterThanOrEqual(cursor);
      expect(r.to, line).toBeLessThanOrEqual(line.length);
      expect(r.candidates, line).toEqual([...new Set(r.candidates)].sort());
    }
  });

  it('keeps the names right as containers come, go and are renamed between Tabs', () => {
    const base = makeBigState({ containers: 300, images: 5, seed: 3 });
    // Other containers to add, renamed so that no name is taken twice (the daemon never allows it).
    const pool = Object.values(makeBigState({ containers: 400, images: 5, seed: 4 }).containers).map(
      (c, i) => ({
        ...c,
        Name: `pool_${i}`,
      }),
    );
    let containers = { ...base.containers };
    let seed = 5;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    for (let step = 0; step < 60; step++) {
      const next = { ...containers };
      const ids = Object.keys(next);
      // Mostly one change, as one command makes; now and then a burst larger than a patch is worth.
      const changes = step % 15 === 14 ? 100 : 1 + rand(3);
      for (let k = 0; k < changes; k++) {
        const kind = rand(3);
        const id = ids[rand(ids.length)] ?? '';
        const c = pool[rand(pool.length)];
        if (kind === 0 && c && !Object.values(next).some((o) => o.Name === c.Name)) next[c.Id] = c;
        else if (kind === 1) delete next[id];
        else if (next[id]) next[id] = { ...next[id], Name: `renamed_${step}_${k}` };
      }
      containers = next;
      const session: Session = { ...empty, daemon: { ...base, containers } };
      const expected = sortedNames(session);
      expect(words(session, 'docker rm '), `step ${step}`).toEqual(expected);
    }
  });

  it('completes among 10,000 containers by prefix, in order', () => {
    const big: Session = { ...empty, daemon: makeBigState({ containers: 10_000, images: 500 }) };
    const all = words(big, 'docker rm ');
    expect(all).toHaveLength(10_000);
    const eager = words(big, 'docker rm eager_');
    expect(eager.length).toBeGreaterThan(0);
    expect(eager.every((n) => n.startsWith('eager_'))).toBe(true);
    expect(eager).toEqual(all.filter((n) => n.startsWith('eager_')));
    const app12 = Object.values(big.daemon.images).find((img) =>
      img.RepoTags.some((t) => t.startsWith('app12:')),
    );
    expect(words(big, 'docker rmi app12:')).toEqual([...(app12?.RepoTags ?? [])].sort());
  });
});
