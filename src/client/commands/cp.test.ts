import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState, LayerTree } from '../../daemon/types';
import { hostFilesFor } from '../../shell/host-tools';
import { renderScreen } from '../../tty/screen';
import { runDocker } from '../cli';
import { runCli } from '../test-support';

const NOW = Date.parse('2026-11-27T10:00:00Z');

interface CpRun {
  readonly state: DaemonState;
  readonly status: number;
  readonly out: string;
  /** stderr as a terminal shows it once done (the progress line collapses to its summary). */
  readonly err: string;
  readonly hostFs: LayerTree | undefined;
}

/** `docker …` from the host shell: a terminal, with the host's files at hand. */
function docker(state: DaemonState, line: string, hostFs?: LayerTree, tty = true): CpRun {
  const files = hostFilesFor(hostFs);
  const r = runDocker(line.split(' '), { state, now: NOW, tty, host: files.files });
  const text = (stream: string) =>
    r.timeline.map((e) => (e.kind === 'write' && e.stream === stream ? e.text : '')).join('');
  return {
    state: r.state,
    status: r.status,
    out: text('stdout'),
    err: renderScreen([text('stderr')]).join('\n'),
    hostFs: files.saved(),
  };
}

function withWeb(): DaemonState {
  const r = runCli(emptyDaemon(5), ['run', '-d', '--name', 'web', 'nginx'], NOW);
  if (r.status !== 0) throw new Error(r.err);
  return r.state;
}

const file = (tree: LayerTree | undefined, path: string) => {
  const e = tree?.[path];
  return e?.type === 'file' ? e.data : undefined;
};

describe('docker cp: arguments, as the real 28.2.2 client checks them', () => {
  it('wants two arguments, and one of them in a container', () => {
    const none = runCli(emptyDaemon(), ['cp'], NOW);
    expect(none.status).toBe(1);
    expect(none.err).toBe(
      "docker: 'docker cp' requires 2 arguments\n\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nRun 'docker cp --help' for more information\n",
    );
    expect(docker(emptyDaemon(), 'cp a b')).toMatchObject({
      status: 1,
      err: 'must specify at least one container source',
    });
    expect(docker(emptyDaemon(), 'cp a:b c:d')).toMatchObject({
      status: 1,
      err: 'copying between containers is not supported',
    });
    expect(docker(emptyDaemon(), 'cp -z a b').status).toBe(125);
  });

  it('refuses empty paths, and reads ./x:y and /x:y as host paths', () => {
    const r = runDocker(['cp', '', 'web:/'], { state: emptyDaemon(), now: NOW, tty: true });
    expect(r.status).toBe(1);
    expect(r.timeline).toContainEqual({ kind: 'write', stream: 'stderr', text: 'source can not be empty\n' });
    const d = runDocker(['cp', 'web:/x', ''], { state: emptyDaemon(), now: NOW, tty: true });
    expect(d.timeline).toContainEqual({
      kind: 'write',
      stream: 'stderr',
      text: 'destination can not be empty\n',
    });
    expect(docker(withWeb(), 'cp ./notes:x web:/tmp')).toMatchObject({
      status: 1,
      err: 'lstat /home/learner/notes:x: no such file or directory',
    });
  });
});

describe('docker cp from a container to the host', () => {
  it('copies a file into ~ and says how much, as cp.go does on a terminal', () => {
    const r = docker(withWeb(), 'cp web:/etc/hostname .');
    expect(r.status).toBe(0);
    // A 13-byte file: one header, one padded block, two end blocks of Go's tar writer.
    expect(r.err).toBe('Successfully copied 2.05kB to /home/learner/.');
    expect(file(r.hostFs, '/home/learner/hostname')).toMatch(/^[0-9a-f]{12}\n$/);
  });

  it('renames to a new path, copies a directory whole, and prints nothing when not a terminal', () => {
    const renamed = docker(withWeb(), 'cp web:/etc/hostname my-host');
    expect(Object.keys(renamed.hostFs ?? {})).toContain('/home/learner/my-host');
    const dir = docker(withWeb(), 'cp web:/usr/share/nginx/html site', undefined, false);
    expect(dir).toMatchObject({ status: 0, out: '', err: '' });
    expect(file(dir.hostFs, '/home/learner/site/index.html')).toContain('Welcome to nginx!');
  });

  it('reports what is missing in docker’s words', () => {
    expect(docker(withWeb(), 'cp web:/x .')).toMatchObject({
      status: 1,
      err: 'Error response from daemon: Could not find the file /x in container web',
    });
    expect(docker(withWeb(), 'cp nope:/x .')).toMatchObject({
      status: 1,
      err: 'Error response from daemon: No such container: nope',
    });
    expect(docker(withWeb(), 'cp web:/etc/hostname nodir/x')).toMatchObject({
      status: 1,
      err: 'invalid output path: directory "/home/learner/nodir" does not exist',
    });
  });
});

describe('docker cp with - (a tar stream)', () => {
  it('writes a ustar archive of the path to stdout, and nothing to the host', () => {
    const r = docker(withWeb(), 'cp web:/etc/hostname -');
    expect(r.status).toBe(0);
    expect(r.out.startsWith('hostname\0')).toBe(true);
    expect(r.out.slice(257, 263)).toBe('ustar\0');
    // Header, one data block, two end blocks.
    expect(r.out.length).toBe(2048);
    expect(r.hostFs).toBeUndefined();
  });

  it('reads an (empty) archive from stdin into a directory, and wants a directory', () => {
    expect(docker(withWeb(), 'cp - web:/tmp')).toMatchObject({
      status: 0,
      err: 'Successfully copied 0B to web:/tmp',
    });
    expect(docker(withWeb(), 'cp - web:/etc/hostname')).toMatchObject({
      status: 1,
      err: 'destination "web:/etc/hostname" must be a directory',
    });
  });
});

describe('docker cp from the host into a container', () => {
  it('copies a file in, which the container then has in its writable layer', () => {
    const host: LayerTree = {
      '/home/learner/index.html': { type: 'file', data: '<h1>mine</h1>\n', mtime: NOW },
    };
    const r = docker(withWeb(), 'cp index.html web:/usr/share/nginx/html/', host);
    expect(r).toMatchObject({ status: 0, err: 'Successfully copied 2.05kB to web:/usr/share/nginx/html/' });
    expect(runCli(r.state, ['diff', 'web'], NOW).out).toContain('C /usr/share/nginx/html/index.html\n');
    const back = docker(r.state, 'exec web cat /usr/share/nginx/html/index.html');
    expect(back.out).toBe('<h1>mine</h1>\n');
  });

  it('works on a stopped container, and reports a missing source, parent or container', () => {
    const stopped = runCli(withWeb(), ['stop', 'web'], NOW).state;
    const host: LayerTree = { '/home/learner/a.txt': { type: 'file', data: 'a\n' } };
    expect(docker(stopped, 'cp a.txt web:/tmp/b.txt', host).status).toBe(0);
    expect(docker(stopped, 'cp missing web:/tmp', host)).toMatchObject({
      status: 1,
      err: 'lstat /home/learner/missing: no such file or directory',
    });
    const parent = docker(stopped, 'cp a.txt web:/nope/x', host);
    expect(parent.status).toBe(1);
    expect(parent.err).toContain(
      'Error response from daemon: Could not find the file /nope in container web',
    );
    expect(docker(stopped, 'cp a.txt/ web:/tmp', host)).toMatchObject({ status: 1, err: 'not a directory' });
    expect(docker(stopped, 'cp a.txt ghost:/tmp', host).err).toContain(
      'Error response from daemon: No such container: ghost',
    );
  });

  it('emits the archive requests the API log lists', () => {
    const host: LayerTree = { '/home/learner/a.txt': { type: 'file', data: 'a\n' } };
    const files = hostFilesFor(host);
    const r = runDocker(['cp', 'a.txt', 'web:/tmp/'], {
      state: withWeb(),
      now: NOW,
      tty: true,
      host: files.files,
    });
    const events = r.timeline.flatMap((e) => (e.kind === 'event' ? [e.event] : []));
    // The ping (HEAD /_ping) every docker command starts with, the stat of the target, the upload.
    expect(events.filter((e) => e.type === 'api.request').map((e) => 'method' in e && e.method)).toEqual([
      'HEAD',
      'HEAD',
      'PUT',
    ]);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'container.archive', direction: 'to-container', bytes: 2048 }),
    );
  });
});
