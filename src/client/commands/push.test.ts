import { describe, expect, it } from 'vitest';
import type { DaemonEvent } from '../../daemon/events';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runDocker } from '../cli';
import { runCli } from '../test-support';

const NOW = Date.parse('2026-11-27T10:00:00Z');
/** docker-behavior.md §10: the re-tagged 2019 hello-world, as every real push of it prints. */
const HELLO_PUSHED = 'sha256:92c7f9c92844bbbb5d0a101b22f7c2a7949e40f8ea90c8b3bc396879d95e899a';

const docker = (state: DaemonState, line: string) => runCli(state, line.split(' '), NOW);

/** Runs each line in turn, failing loudly if a setup step fails. */
function world(...lines: string[]): DaemonState {
  let s = emptyDaemon(3);
  for (const line of lines) {
    const r = docker(s, line);
    if (r.status !== 0) throw new Error(`${line}: ${r.err}`);
    s = r.state;
  }
  return s;
}

const withRegistry = () =>
  world(
    'pull hello-world',
    'run -d -p 5000:5000 --name registry registry:2',
    'tag hello-world localhost:5000/hello-world',
  );

describe('docker push: client-side checks, as the real 28.2.2 client words them', () => {
  it('wants exactly one argument (exit 1) and refuses unknown flags (exit 125)', () => {
    expect(docker(emptyDaemon(), 'push')).toMatchObject({
      status: 1,
      err: "docker: 'docker push' requires 1 argument\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nRun 'docker push --help' for more information\n",
    });
    expect(docker(emptyDaemon(), 'image push --bogus x')).toMatchObject({
      status: 125,
      err: "unknown flag: --bogus\n\nUsage:  docker image push [OPTIONS] NAME[:TAG]\n\nRun 'docker image push --help' for more information\n",
    });
  });

  it('rejects bad references, a tag with -a, and a digest, before asking the daemon', () => {
    expect(docker(emptyDaemon(), 'push Foo')).toMatchObject({
      status: 1,
      out: '',
      err: 'invalid reference format: repository name (library/Foo) must be lowercase\n',
    });
    expect(docker(emptyDaemon(), 'push -a foo:bar')).toMatchObject({
      status: 1,
      err: "tag can't be used with --all-tags/-a\n",
    });
    const digest = docker(emptyDaemon(), `push foo@sha256:${'a'.repeat(64)}`);
    expect(digest).toMatchObject({ status: 1, out: '', err: 'cannot push a digest reference\n' });
  });
});

describe('docker push: the daemon side', () => {
  it('names the repository, then says the image is not here (no tag of that name)', () => {
    const r = docker(world('pull hello-world'), 'push localhost:5000/hello-world');
    expect(r.out).toBe(
      'Using default tag: latest\nThe push refers to repository [localhost:5000/hello-world]\n',
    );
    expect(r.err).toBe('An image does not exist locally with the tag: localhost:5000/hello-world\n');
    expect(r.status).toBe(1);
  });

  it('fails with Go’s dial error when nothing listens on the registry’s port', () => {
    const s = world('pull hello-world', 'tag hello-world localhost:5000/hello-world');
    const r = docker(s, 'push localhost:5000/hello-world');
    expect(r).toMatchObject({
      status: 1,
      err: 'Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused\n',
    });
    expect(
      docker(world('pull hello-world', 'tag hello-world 127.0.0.1:5000/h'), 'push 127.0.0.1:5000/h').err,
    ).toBe('Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused\n');
  });

  it('is refused by Docker Hub without a login, after preparing the layers (§10)', () => {
    const r = docker(world('pull hello-world', 'tag hello-world learner/hello'), 'push learner/hello');
    expect(r.out).toBe(
      'Using default tag: latest\nThe push refers to repository [docker.io/learner/hello]\naf0b15c8625b: Preparing\n',
    );
    expect(r.err).toBe('denied: requested access to the resource is denied\n');
    expect(r.status).toBe(1);
  });

  it('pushes hello-world to a local registry with docker’s own digest and size (non-TTY lines)', () => {
    const r = docker(withRegistry(), 'push localhost:5000/hello-world');
    expect(r.out).toBe(
      [
        'Using default tag: latest',
        'The push refers to repository [localhost:5000/hello-world]',
        'af0b15c8625b: Preparing',
        'af0b15c8625b: Pushed',
        `latest: digest: ${HELLO_PUSHED} size: 524`,
        '',
      ].join('\n'),
    );
    expect(r).toMatchObject({ status: 0, err: '' });
    // The local image now knows its digest in that repository.
    expect(docker(r.state, 'images --digests localhost:5000/hello-world').out).toContain(HELLO_PUSHED);
  });

  it('says Layer already exists on a second push, and Mounted from for another repository', () => {
    const once = docker(withRegistry(), 'push localhost:5000/hello-world').state;
    expect(docker(once, 'push localhost:5000/hello-world').out).toContain(
      'af0b15c8625b: Layer already exists\n',
    );
    const other = docker(once, 'tag hello-world localhost:5000/team/hello:v1').state;
    const r = docker(other, 'push localhost:5000/team/hello:v1');
    expect(r.out).toContain('af0b15c8625b: Mounted from hello-world\n');
    expect(r.out).toContain(`v1: digest: ${HELLO_PUSHED} size: 524\n`);
    expect(r.out).not.toContain('Using default tag');
  });

  it('-q prints only the full reference; -a pushes every tag; a missing tag is the daemon’s error', () => {
    const s = docker(withRegistry(), 'tag hello-world localhost:5000/hello-world:v2').state;
    expect(docker(s, 'push -q localhost:5000/hello-world')).toMatchObject({
      status: 0,
      out: 'localhost:5000/hello-world:latest\n',
    });
    const all = docker(s, 'push -a localhost:5000/hello-world').out;
    expect(all).toContain(`latest: digest: ${HELLO_PUSHED}`);
    expect(all).toContain(`v2: digest: ${HELLO_PUSHED}`);
    expect(docker(s, 'push localhost:5000/hello-world:v3')).toMatchObject({
      status: 1,
      err: 'tag does not exist: localhost:5000/hello-world:v3\n',
    });
  });

  it('stores the image in the registry: rmi then pull brings it back, its layer already here', () => {
    const pushed = docker(withRegistry(), 'push localhost:5000/hello-world').state;
    const removed = docker(pushed, 'rmi localhost:5000/hello-world');
    expect(removed.out).toBe(
      `Untagged: localhost:5000/hello-world:latest\nUntagged: localhost:5000/hello-world@${HELLO_PUSHED}\n`,
    );
    const pulled = docker(removed.state, 'pull localhost:5000/hello-world');
    expect(pulled.out).toBe(
      [
        'Using default tag: latest',
        'latest: Pulling from hello-world',
        '1b930d010525: Already exists',
        `Digest: ${HELLO_PUSHED}`,
        'Status: Downloaded newer image for localhost:5000/hello-world:latest',
        'localhost:5000/hello-world:latest',
        '',
      ].join('\n'),
    );
    expect(docker(removed.state, 'pull localhost:5000/nope')).toMatchObject({
      status: 1,
      err: 'Error response from daemon: manifest for localhost:5000/nope:latest not found: manifest unknown: manifest unknown\n',
    });
  });

  it('pulls every layer the host lacks from the registry', () => {
    const pushed = docker(withRegistry(), 'push localhost:5000/hello-world').state;
    const s = docker(docker(pushed, 'rmi localhost:5000/hello-world').state, 'rmi hello-world').state;
    const r = docker(s, 'pull localhost:5000/hello-world');
    expect(r.out).toContain('1b930d010525: Pull complete\n');
    expect(r.status).toBe(0);
  });

  it('carries a committed image whole: its new layer’s files and its history come back on pull', () => {
    const s = world(
      'run -d -p 5000:5000 --name registry registry:2',
      'run --name c1 ubuntu touch /made-here',
      'commit c1 localhost:5000/mine:v1',
      'push localhost:5000/mine:v1',
      'rm c1',
      'rmi localhost:5000/mine:v1',
      'pull localhost:5000/mine:v1',
    );
    expect(docker(s, 'run --rm localhost:5000/mine:v1 ls /made-here').out).toBe('/made-here\n');
    const history = docker(s, 'history localhost:5000/mine:v1').out;
    expect(history).toContain('touch /made-here');
    expect(history).toContain('CMD ["bash"]');
  });

  it('loses the registry’s data with the container (a new registry:2 starts empty)', () => {
    const pushed = docker(withRegistry(), 'push localhost:5000/hello-world').state;
    const removed = docker(pushed, 'rm -f registry').state;
    const again = docker(removed, 'run -d -p 5000:5000 --name registry registry:2').state;
    expect(
      docker(docker(again, 'rmi localhost:5000/hello-world').state, 'pull localhost:5000/hello-world').err,
    ).toContain('manifest unknown');
  });

  it('emits the request and per-layer events a diagram animates, in order', () => {
    const r = runDocker(['push', 'localhost:5000/hello-world'], {
      state: withRegistry(),
      now: NOW,
      tty: true,
    });
    const events = r.timeline.flatMap((e) => (e.kind === 'event' ? [e.event] : [])) as DaemonEvent[];
    const types = events.map((e) => e.type);
    // After the ping every docker command starts with (HEAD /_ping).
    expect(events[0]).toMatchObject({ type: 'api.request', method: 'HEAD', path: '/_ping' });
    expect(events[2]).toMatchObject({
      type: 'api.request',
      op: 'ImagePush',
      path: '/v1.50/images/localhost:5000/hello-world/push?tag=latest',
    });
    expect(types.indexOf('layer.upload')).toBeLessThan(types.indexOf('layer.pushed'));
    expect(events.find((e) => e.type === 'registry.push')).toMatchObject({
      registry: 'localhost:5000',
      repository: 'hello-world',
      tag: 'latest',
      digest: HELLO_PUSHED,
      size: 524,
    });
    expect(
      events
        .filter((e) => e.type === 'layer.upload' && e.status === 'Pushing')
        .every((e) => e.durationMs > 0),
    ).toBe(true);
  });
});
