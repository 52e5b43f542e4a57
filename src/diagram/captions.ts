/**
 * One line per step, in our own words, for the caption under the diagram and its aria-live
 * region. Unknown events and routes (a newer engine's) still get a plain sentence.
 */
import type { DaemonEvent } from '../daemon/events';
import { registryLabel } from './world';

/** What the captions need to name things: container names and image tags by id. */
export interface Names {
  container(id: string): string;
  image(id: string): string;
}

/** What each operation asks for, after "The client asks the daemon". */
const ASKS: Readonly<Record<string, string>> = {
  SystemPing: 'whether it is there, and which API version it speaks',
  ImageCreate: 'to pull an image from its registry',
  ImageList: 'for the list of local images',
  ImageInspect: "for an image's details",
  ImageDelete: 'to remove an image',
  ImageTag: 'to give an image another name',
  ImageHistory: 'how an image was built, layer by layer',
  ImagePrune: 'to delete unused images',
  ImagePush: 'to push an image to its registry',
  ImageCommit: "to save a container's changes as a new image",
  ContainerCreate: 'to create a container',
  ContainerAttach: "to stream the container's output back",
  ContainerStart: 'to start the container',
  ContainerWait: 'to tell it when the container exits, and with which status',
  ContainerList: 'for the list of containers',
  ContainerInspect: "for a container's details",
  ContainerDelete: 'to remove a container',
  ContainerStop: 'to stop the container (SIGTERM, then SIGKILL if it lingers)',
  ContainerRestart: 'to restart the container',
  ContainerKill: 'to send the container a signal',
  ContainerPause: 'to freeze or thaw the container',
  ContainerRename: 'to rename the container',
  ContainerTop: "for the container's processes",
  ContainerStats: "for the container's resource use",
  ContainerLogs: "for the container's output so far",
  ContainerChanges: 'what the container changed in its filesystem',
  ContainerExec: 'to run another program inside the running container',
  ContainerPrune: 'to delete every stopped container',
  SystemVersion: 'for its version',
  SystemInfo: 'for a summary of itself',
  SystemDataUsage: 'how much disk images and containers take',
};

const REASONS: Readonly<Record<number, string>> = {
  101: 'the connection now carries the output stream',
  200: 'OK',
  201: 'created',
  204: 'done, nothing more to say',
  304: 'nothing to change',
  400: 'the request is malformed',
  404: 'no such object',
  409: 'a conflict: the object is in use or in the wrong state',
  500: 'the daemon failed',
};

function pct(current?: number, total?: number): string {
  return current !== undefined && total ? ` (${Math.round((100 * current) / total)}%)` : '';
}

/** `streaming`: the actor ids (`container:<id>`) whose output the client reads in this command. */
export function captionFor(
  event: DaemonEvent,
  names: Names,
  streaming: ReadonlySet<string> = new Set(),
): string {
  switch (event.type) {
    case 'api.request': {
      if (event.path.includes('/push')) return 'The client asks the daemon to push an image to its registry';
      if (event.op === 'ImageCreate') {
        const query = (key: string) =>
          decodeURIComponent(
            (new RegExp(`[?&]${key}=([^&]*)`).exec(event.path)?.[1] ?? '').replace(/\+/g, ' '),
          );
        const name = query('fromImage').replace(/^docker\.io\/(library\/)?/, '');
        if (name) return `The client asks the daemon to pull ${name}:${query('tag') || 'latest'}`;
      }
      const asks = ASKS[event.op];
      return asks
        ? `The client asks the daemon ${asks}`
        : `The client sends the daemon ${event.method} ${event.path.split('?')[0]}`;
    }
    case 'api.response': {
      if (event.op === 'ContainerCreate' && event.status === 404)
        return 'The daemon answers 404: it has no such image yet';
      const reason = REASONS[event.status] ?? (event.status < 400 ? 'OK' : 'an error');
      return `The daemon answers ${event.status}: ${reason}`;
    }
    case 'registry.manifest':
      return event.digest === ''
        ? `${registryLabel(event.registry)} has no ${event.repository}:${event.tag} to give`
        : `The daemon asks ${registryLabel(event.registry)} for ${event.repository.replace(/^library\//, '')}:${event.tag}`;
    case 'layer.progress':
      switch (event.status) {
        case 'Pulling fs layer':
          return `Layer ${event.layer} is not here yet: it joins the download queue`;
        case 'Waiting':
          return `Layer ${event.layer} waits for a free download slot`;
        case 'Downloading':
          return `Layer ${event.layer} travels down from the registry${pct(event.current, event.total)}`;
        case 'Verifying Checksum':
          return `The daemon checks layer ${event.layer} against the digest in the manifest`;
        case 'Download complete':
          return `Layer ${event.layer} has fully arrived`;
        case 'Extracting':
          return `The daemon unpacks layer ${event.layer} onto the image's stack${pct(event.current, event.total)}`;
        default:
          return `Layer ${event.layer}: ${event.status}`;
      }
    case 'layer.done':
      return event.status === 'Already exists'
        ? `Layer ${event.layer} is already here: no download needed`
        : `Layer ${event.layer} lands on the stack`;
    case 'image.pulled':
      return `${event.ref} is now a local image`;
    case 'image.tagged':
      return `The image ${names.image(event.image)} is also called ${event.ref} now`;
    case 'image.untagged':
      return `The name ${event.ref} comes off its image`;
    case 'image.deleted':
      return `The image ${names.image(event.image)} and the layers only it used are deleted`;
    case 'container.created':
      return `The daemon creates container ${event.name} from the image ${event.image}`;
    case 'container.started':
      return `Container ${names.container(event.id)} starts: its program runs`;
    case 'container.output':
      return streaming.has(`container:${event.id}`)
        ? `The program's ${event.stream} streams back to the client`
        : `The program writes to its ${event.stream}, which the daemon keeps in the container's log`;
    case 'container.exited':
      return `Container ${names.container(event.id)} exits with status ${event.exitCode}`;
    case 'container.removed':
      return `Container ${names.container(event.id)} is removed`;
    case 'registry.ping':
      return event.ok
        ? `The daemon reaches ${registryLabel(event.registry)}`
        : `The daemon cannot reach ${registryLabel(event.registry)}`;
    case 'layer.upload':
      return event.status === 'Pushing'
        ? `Layer ${event.layer} travels up to ${registryLabel(event.registry)}${pct(event.current, event.total)}`
        : event.status === 'Waiting'
          ? `Layer ${event.layer} waits for a free upload slot`
          : `The daemon gets layer ${event.layer} ready to upload`;
    case 'layer.pushed':
      return event.status === 'Pushed'
        ? `${registryLabel(event.registry)} now has layer ${event.layer}`
        : event.status === 'Mounted from'
          ? `${registryLabel(event.registry)} links layer ${event.layer} from ${event.from ?? 'another repository'}: no upload needed`
          : `${registryLabel(event.registry)} already has layer ${event.layer}: no upload needed`;
    case 'registry.push':
      return `${registryLabel(event.registry)} stores the manifest: ${event.repository}:${event.tag} now names this image`;
    case 'container.archive':
      return event.direction === 'from-container'
        ? `The daemon packs ${event.path} from the container into a tar for the client`
        : `The daemon unpacks the client's tar into ${event.path} in the container`;
    default:
      return `The daemon: ${String((event as { type?: unknown }).type ?? 'a step')}`;
  }
}
