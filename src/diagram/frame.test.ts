import { describe, expect, it } from 'vitest';
import { newSession, runLine } from '../shell/index';
import type { Session, ShellHost } from '../shell/types';
import { apiRows } from './api-log';
import { type CommandInput, captionsOf, type Frame, frameAt } from './frame';
import { stepsOf } from './steps';

const host: ShellHost = { clock: { now: () => Date.UTC(2026, 0, 1) } };

function command(session: Session, line: string): { input: CommandInput; session: Session } {
  const r = runLine(session, line, host);
  return {
    input: { before: session.daemon, after: r.session.daemon, steps: stepsOf(r.timeline) },
    session: r.session,
  };
}

const frames = (input: CommandInput): Frame[] => input.steps.map((_, i) => frameAt(input, i));
const describeStep = (f: Frame) =>
  f.event?.type === 'api.request'
    ? `${f.event.method} ${f.event.path.split('?')[0]?.replace(/[0-9a-f]{64}/, '{id}')}`
    : f.event?.type === 'layer.progress'
      ? f.event.status
      : f.event?.type;

describe('frameAt for docker run hello-world', () => {
  const { input, session } = command(newSession(1), 'docker run hello-world');
  const all = frames(input);

  it("has every step of the seed's four, in order: ask, pull, create and run, stream back", () => {
    expect(all.map(describeStep)).toEqual([
      'HEAD /_ping',
      'api.response',
      'POST /v1.50/containers/create',
      'api.response',
      'POST /v1.50/images/create',
      'api.response',
      'registry.manifest',
      'Pulling fs layer',
      'Downloading',
      'Downloading',
      'Downloading',
      'Verifying Checksum',
      'Download complete',
      'Extracting',
      'Extracting',
      'layer.done',
      'image.pulled',
      'POST /v1.50/containers/create',
      'container.created',
      'api.response',
      'POST /v1.50/containers/{id}/attach',
      'api.response',
      // docker's client asks to wait for the exit before it starts the container (cli run.go:
      // waitExitOrRemoved, then ContainerStart); the wait's answer comes after the exit.
      'POST /v1.50/containers/{id}/wait',
      'POST /v1.50/containers/{id}/start',
      'api.response',
      'container.started',
      'container.output',
      'container.exited',
      'api.response',
    ]);
    expect(all.map((f) => f.index)).toEqual(all.map((_, i) => i));
    expect(all.map((f) => f.caption)).toEqual(captionsOf(input));
    expect(new Set(captionsOf(input).filter((c) => c.startsWith('The daemon asks Docker Hub')))).toEqual(
      new Set(['The daemon asks Docker Hub for hello-world:latest']),
    );
  });

  it('draws each step: request, manifest, a layer landing, a container appearing, running, exiting', () => {
    const at = (type: string, nth = 0) => all.filter((f) => describeStep(f) === type)[nth] as Frame;
    expect(at('HEAD /_ping').arrows).toEqual([
      { from: 'client', to: 'daemon', kind: 'request', label: 'HEAD /_ping' },
    ]);
    const manifest = at('registry.manifest');
    expect(manifest.arrows[0]).toMatchObject({ from: 'daemon', to: 'registry:docker.io', kind: 'manifest' });
    expect(manifest.images).toHaveLength(1);
    expect(manifest.images[0]).toMatchObject({ pending: true, tags: [] });
    expect(manifest.images[0]?.layers.map((l) => l.phase)).toEqual(['queued']);

    const downloading = at('Downloading');
    expect(downloading.arrows[0]).toMatchObject({ from: 'registry:docker.io', kind: 'layer' });
    expect(downloading.images[0]?.layers[0]?.phase).toBe('downloading');
    expect(downloading.images[0]?.layers[0]?.progress).toBeCloseTo(0.35, 2);
    expect(at('layer.done').images[0]?.layers[0]?.phase).toBe('landed');
    expect(at('image.pulled').images[0]).toMatchObject({ pending: false, tags: ['hello-world:latest'] });

    const created = at('container.created');
    expect(created.containers.map((c) => c.phase)).toEqual(['created']);
    expect(created.arrows[0]?.kind).toBe('create');
    expect(at('container.started').containers[0]?.phase).toBe('running');
    expect(at('container.output').arrows[0]).toMatchObject({ to: 'client', kind: 'output' });
    expect(at('container.exited').containers[0]).toMatchObject({ phase: 'exited', exitCode: 0 });

    const last = all.at(-1) as Frame;
    expect(last.images.map((i) => [i.tags, i.layers.length])).toEqual([[['hello-world:latest'], 1]]);
    expect(last.containers.map((c) => [c.image, c.phase, c.exitCode])).toEqual([
      ['hello-world', 'exited', 0],
    ]);
  });

  it('skips the pull on a second run: no registry, no layer', () => {
    const again = command(session, 'docker run hello-world').input;
    const types = again.steps.map((e) => e.type);
    expect(types).not.toContain('registry.manifest');
    expect(types.some((t) => t.startsWith('layer.'))).toBe(false);
    const last = frameAt(again, again.steps.length - 1);
    expect(last.containers.map((c) => c.phase)).toEqual(['exited', 'exited']);
  });

  it('lists the requests a docker client makes, with statuses and replies', () => {
    const rows = apiRows(input.steps, input.after).map(
      (r) =>
        `${r.method} ${r.path.replace(/[0-9a-f]{64}/, '{id}')} ${r.status}${r.body ? ` ${r.body.replace(/[0-9a-f]{64}/, '{id}')}` : ''}`,
    );
    expect(rows).toEqual([
      'HEAD /_ping 200',
      'POST /v1.50/containers/create 404',
      'POST /v1.50/images/create?fromImage=docker.io%2Flibrary%2Fhello-world&tag=latest 200 (a stream of progress messages)',
      'POST /v1.50/containers/create 201 {"Id":"{id}","Warnings":[]}',
      'POST /v1.50/containers/{id}/attach?stderr=1&stdout=1&stream=1 101',
      'POST /v1.50/containers/{id}/wait?condition=next-exit 200 {"StatusCode":0}',
      'POST /v1.50/containers/{id}/start 204',
    ]);
  });
});

describe('frameAt for shared layers', () => {
  it('does not download a layer that already exists, and shows it shared by both stacks', () => {
    const first = command(newSession(1), 'docker pull debian');
    const { input } = command(first.session, 'docker pull postgres');
    const all = frames(input);
    const existed = all.filter((f) => f.event?.type === 'layer.done' && f.event.status === 'Already exists');
    expect(existed.length).toBeGreaterThan(0);
    const layer = existed[0]?.event?.type === 'layer.done' ? existed[0].event.layer : '';
    const downloads = all.filter((f) => f.event?.type === 'layer.progress' && f.event.layer === layer);
    expect(downloads).toEqual([]);
    const last = all.at(-1) as Frame;
    const stacks = last.images.filter((i) => i.layers.some((l) => l.id === layer));
    expect(stacks.map((i) => i.tags[0])).toEqual(['debian:latest', 'postgres:latest']);
    expect(stacks.every((i) => i.layers.find((l) => l.id === layer)?.shared)).toBe(true);
  });

  it('draws rm, rmi, stop, start, tag and exec from their events and routes', () => {
    let s = command(newSession(1), 'docker run -d --name web nginx').session;
    const check = (line: string, expectFn: (f: Frame, all: Frame[]) => void) => {
      const c = command(s, line);
      s = c.session;
      const all = frames(c.input);
      expectFn(all.at(-1) as Frame, all);
    };
    check('docker stop web', (f, all) => {
      expect(f.containers[0]?.phase).toBe('exited');
      expect(all.some((x) => x.focus.includes(`container:${f.containers[0]?.id}`))).toBe(true);
    });
    check('docker start web', (f) => expect(f.containers[0]?.phase).toBe('running'));
    check('docker exec web ls /', (_f, all) =>
      expect(all.some((x) => x.arrows.some((a) => a.label.includes('/exec')))).toBe(true),
    );
    check('docker tag nginx mine:v1', (f) => expect(f.images[0]?.tags).toContain('mine:v1'));
    check('docker rm -f web', (f) => expect(f.containers).toEqual([]));
    check('docker rmi nginx mine:v1', (f) => expect(f.images).toEqual([]));
  });
});

describe('frameAt for docker push', () => {
  it('sends the layer up to the registry and stores the manifest there', () => {
    let s = newSession(1);
    for (const line of [
      'docker pull hello-world',
      'docker run -d -p 5000:5000 --name registry registry:2',
      'docker tag hello-world localhost:5000/hello-world',
    ])
      s = command(s, line).session;
    const { input } = command(s, 'docker push localhost:5000/hello-world');
    const all = frames(input);
    const pushes = all.flatMap((f) => f.arrows).filter((a) => a.kind === 'push');
    expect(pushes.some((a) => a.to === 'registry:localhost:5000' && a.from.startsWith('image:'))).toBe(true);
    expect(all.map((f) => f.caption)).toContain(
      'localhost:5000 stores the manifest: hello-world:latest now names this image',
    );
    expect((all.at(-1) as Frame).registries).toContain('localhost:5000');
  });
});

describe('frameAt for steps this model does not know', () => {
  it('draws a push from its route and captions an unknown event plainly, ending on the recorded world', () => {
    const { session } = command(newSession(1), 'docker pull hello-world');
    const daemon = session.daemon;
    const steps = [
      {
        type: 'api.request',
        op: 'ImagePush',
        method: 'POST',
        path: '/v1.50/images/hello-world/push?tag=latest',
        durationMs: 15,
      },
      { type: 'layer.teleported', layer: '1b930d010525', durationMs: 40 },
      { type: 'api.response', op: 'ImagePush', status: 200, durationMs: 0 },
    ] as unknown as CommandInput['steps'];
    const input: CommandInput = { before: daemon, after: daemon, steps };
    const first = frameAt(input, 0);
    expect(first.caption).toBe('The client asks the daemon to push an image to its registry');
    expect(first.arrows.map((a) => [a.from.split(':')[0], a.to, a.kind])).toEqual([
      ['client', 'daemon', 'request'],
      ['image', 'registry:docker.io', 'push'],
    ]);
    expect(frameAt(input, 1).caption).toBe('The daemon: layer.teleported');
    expect(frameAt(input, 2).images.map((i) => i.tags)).toEqual([['hello-world:latest']]);
  });
});

describe('output of a container the client does not read', () => {
  it('docker run -d: the output stays in the log, with no arrow to the client', () => {
    const pulled = command(newSession(1), 'docker pull nginx').session;
    const { input } = command(pulled, 'docker run -d nginx');
    const outputs = frames(input).filter((f) => f.event?.type === 'container.output');
    expect(outputs.length).toBeGreaterThan(0);
    for (const f of outputs) {
      expect(f.arrows.filter((a) => a.to === 'client' && a.kind === 'output')).toEqual([]);
      expect(f.caption).toMatch(/container's log$/);
    }
  });

  it('docker run (attached): the output streams back to the client', () => {
    const { input } = command(newSession(1), 'docker run hello-world');
    const outputs = frames(input).filter((f) => f.event?.type === 'container.output');
    expect(outputs.length).toBeGreaterThan(0);
    for (const f of outputs) {
      expect(f.arrows.some((a) => a.to === 'client' && a.kind === 'output')).toBe(true);
      expect(f.caption).toMatch(/streams back to the client$/);
    }
  });
});
