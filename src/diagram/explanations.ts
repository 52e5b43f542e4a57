/**
 * "Explain this output": what each piece of docker's output means, in our own words, as data.
 * explain-match.ts finds these pieces in the terminal's lines; each entry's `example` is a line
 * it must be found in (explain.test.ts checks every one).
 */

/** What an explanation highlights in the diagram. */
export type ExplainTarget = 'layer' | 'image' | 'container' | 'registry' | 'client';

export interface Explanation {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly target?: ExplainTarget;
  /** Lines of output (the last one holds the piece), and the piece itself. */
  readonly example: { readonly lines: readonly string[]; readonly piece: string };
}

const PS_HEADER =
  'CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES';
const PS_ROW =
  '3f2a1b4c5d6e   hello-world   "/hello"   5 seconds ago   Exited (0) 4 seconds ago             adoring_herschel';
const psRow = (status: string) =>
  `3f2a1b4c5d6e   hello-world   "/hello"   5 seconds ago   ${status.padEnd(27)}${' '.repeat(10)}adoring_herschel`;
const psPorts =
  'a1b2c3d4e5f6   nginx         "/docker-entrypoint.…"   1 minute ago    Up 1 minute                0.0.0.0:8080->80/tcp   web';
const PS_PORTS_HEADER =
  'CONTAINER ID   IMAGE         COMMAND                  CREATED         STATUS                     PORTS                  NAMES';
const IMAGES_HEADER = 'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE';
const IMAGES_ROW = 'hello-world   latest    d2c94e258dcb   2 years ago    13.3kB';
const IMAGES_NONE = '<none>        <none>    5b0c1a9e2f11   1 minute ago   13.3kB';

const exited = (code: number, text: string): Explanation => ({
  id: `exited-${code}`,
  title: `Exited (${code})`,
  text,
  target: 'container',
  example: {
    lines: [PS_HEADER, psRow(`Exited (${code}) 4 seconds ago`)],
    piece: `Exited (${code}) 4 seconds ago`,
  },
});

export const EXPLANATIONS: readonly Explanation[] = [
  // docker run / docker pull
  {
    id: 'unable-to-find',
    title: 'Unable to find image … locally',
    text: 'The client asked the daemon to create a container, and the daemon had no image by that name. So the client asks it to pull the image first, then tries again.',
    target: 'image',
    example: {
      lines: ["Unable to find image 'hello-world:latest' locally"],
      piece: "Unable to find image 'hello-world:latest' locally",
    },
  },
  {
    id: 'pulling-from',
    title: 'Pulling from library/…',
    text: 'The daemon has asked the registry for the image’s manifest: the list of layers that make up this tag. `library/` is where Docker Hub keeps its official images.',
    target: 'registry',
    example: {
      lines: ['latest: Pulling from library/hello-world'],
      piece: 'latest: Pulling from library/hello-world',
    },
  },
  {
    id: 'layer-id',
    title: 'Layer ID',
    text: 'The first 12 hex digits of one layer’s digest. Each layer is a compressed archive of files, downloaded and stored once, however many images use it.',
    target: 'layer',
    example: { lines: ['2db29710123e: Pull complete'], piece: '2db29710123e' },
  },
  {
    id: 'pulling-fs-layer',
    title: 'Pulling fs layer',
    text: 'The manifest lists this layer and the daemon does not have it, so it goes on the list of layers to download.',
    target: 'layer',
    example: { lines: ['2db29710123e: Pulling fs layer'], piece: 'Pulling fs layer' },
  },
  {
    id: 'waiting',
    title: 'Waiting',
    text: 'The daemon downloads a few layers at a time; this one waits for a free slot.',
    target: 'layer',
    example: { lines: ['2db29710123e: Waiting'], piece: 'Waiting' },
  },
  {
    id: 'downloading',
    title: 'Downloading',
    text: 'The layer’s compressed archive is on its way from the registry. The bar shows how much of it has arrived.',
    target: 'layer',
    example: { lines: ['2db29710123e: Downloading  1.2MB/2.4MB'], piece: 'Downloading' },
  },
  {
    id: 'verifying',
    title: 'Verifying Checksum',
    text: 'The daemon hashes what it downloaded and compares it with the digest in the manifest, so a damaged or tampered layer is never used.',
    target: 'layer',
    example: { lines: ['2db29710123e: Verifying Checksum'], piece: 'Verifying Checksum' },
  },
  {
    id: 'download-complete',
    title: 'Download complete',
    text: 'All of the layer has arrived and its checksum matched.',
    target: 'layer',
    example: { lines: ['2db29710123e: Download complete'], piece: 'Download complete' },
  },
  {
    id: 'extracting',
    title: 'Extracting',
    text: 'The daemon unpacks the layer’s files onto disk, on top of the layers below it in the stack.',
    target: 'layer',
    example: { lines: ['2db29710123e: Extracting  1.2MB/2.4MB'], piece: 'Extracting' },
  },
  {
    id: 'pull-complete',
    title: 'Pull complete',
    text: 'This layer is downloaded, checked and unpacked: it is now part of the image’s stack on this machine, ready to be shared with any other image that uses it.',
    target: 'layer',
    example: { lines: ['2db29710123e: Pull complete'], piece: 'Pull complete' },
  },
  {
    id: 'already-exists',
    title: 'Already exists',
    text: 'Another image on this machine already has this exact layer (same digest), so it is not downloaded again: both images share it.',
    target: 'layer',
    example: { lines: ['2db29710123e: Already exists'], piece: 'Already exists' },
  },
  {
    id: 'digest',
    title: 'Digest',
    text: 'The content hash of the manifest that was pulled. A tag like `latest` can move to a new image; this digest always names exactly this one (`docker pull name@sha256:…`).',
    target: 'image',
    example: {
      lines: ['Digest: sha256:4bd78111b6914a99dbc560e6a20eab57ff6655aea4a80c50b0c5491968cbc2e6'],
      piece: 'Digest: sha256:4bd78111b6914a99dbc560e6a20eab57ff6655aea4a80c50b0c5491968cbc2e6',
    },
  },
  {
    id: 'status-downloaded',
    title: 'Status: Downloaded newer image',
    text: 'The pull fetched something new: the image is now stored locally under this name.',
    target: 'image',
    example: {
      lines: ['Status: Downloaded newer image for hello-world:latest'],
      piece: 'Status: Downloaded newer image for hello-world:latest',
    },
  },
  {
    id: 'status-up-to-date',
    title: 'Status: Image is up to date',
    text: 'The registry’s manifest for this tag is the one the daemon already has, so nothing was downloaded.',
    target: 'image',
    example: {
      lines: ['Status: Image is up to date for hello-world:latest'],
      piece: 'Status: Image is up to date for hello-world:latest',
    },
  },
  {
    id: 'full-reference',
    title: 'docker.io/library/…:latest',
    text: 'The image’s full name: registry (docker.io), namespace (library), repository and tag. `hello-world` is the short form of this.',
    target: 'image',
    example: {
      lines: ['docker.io/library/hello-world:latest'],
      piece: 'docker.io/library/hello-world:latest',
    },
  },
  {
    id: 'hello-from-docker',
    title: 'Hello from Docker!',
    text: 'This text is not from the docker client: it is what the program inside the container wrote, streamed back to your terminal through the daemon.',
    target: 'container',
    example: { lines: ['Hello from Docker!'], piece: 'Hello from Docker!' },
  },
  // docker ps: headers
  {
    id: 'ps-container-id',
    title: 'CONTAINER ID',
    text: 'Each container’s ID, cut to 12 hex digits. Any unique prefix of it works wherever docker asks for a container.',
    target: 'container',
    example: { lines: [PS_HEADER], piece: 'CONTAINER ID' },
  },
  {
    id: 'ps-image',
    title: 'IMAGE',
    text: 'The image each container was created from, as it was named at `docker run`. The container’s files start as that image’s layers.',
    target: 'image',
    example: { lines: [PS_HEADER], piece: 'IMAGE' },
  },
  {
    id: 'ps-command',
    title: 'COMMAND',
    text: 'The program the container runs as its process 1, cut short with … when long. When it ends, the container stops.',
    target: 'container',
    example: { lines: [PS_HEADER], piece: 'COMMAND' },
  },
  {
    id: 'ps-created',
    title: 'CREATED',
    text: 'How long ago the container was created (not started).',
    target: 'container',
    example: { lines: [PS_HEADER], piece: 'CREATED' },
  },
  {
    id: 'ps-status',
    title: 'STATUS',
    text: 'Whether the container runs (`Up …`), has stopped (`Exited (code) …`, with its program’s exit status), is paused or was only created.',
    target: 'container',
    example: { lines: [PS_HEADER], piece: 'STATUS' },
  },
  {
    id: 'ps-ports',
    title: 'PORTS',
    text: 'Ports the container’s program listens on, and which host ports forward to them (`0.0.0.0:8080->80/tcp`). Empty when nothing is exposed.',
    target: 'container',
    example: { lines: [PS_HEADER], piece: 'PORTS' },
  },
  {
    id: 'ps-names',
    title: 'NAMES',
    text: 'Each container’s name: yours from `--name`, or an adjective and a famous scientist or hacker chosen by the daemon.',
    target: 'container',
    example: { lines: [PS_HEADER], piece: 'NAMES' },
  },
  // docker ps: cells
  {
    id: 'ps-cell-id',
    title: 'A container ID',
    text: 'This container’s short ID. `docker rm`, `docker logs` and the rest accept it, or any unique start of it.',
    target: 'container',
    example: { lines: [PS_HEADER, PS_ROW], piece: '3f2a1b4c5d6e' },
  },
  {
    id: 'ps-cell-image',
    title: 'The container’s image',
    text: 'This container was made from this image. Removing the image is refused while the container exists.',
    target: 'image',
    example: { lines: [PS_HEADER, PS_ROW], piece: 'hello-world' },
  },
  {
    id: 'ps-cell-command',
    title: 'The container’s command',
    text: 'The program this container runs, from the image’s default command unless you gave another after the image name.',
    target: 'container',
    example: { lines: [PS_HEADER, PS_ROW], piece: '"/hello"' },
  },
  {
    id: 'ps-cell-created',
    title: 'When it was created',
    text: 'How long ago `docker run` or `docker create` made this container.',
    target: 'container',
    example: { lines: [PS_HEADER, PS_ROW], piece: '5 seconds ago' },
  },
  {
    id: 'status-up',
    title: 'Up …',
    text: 'The container’s program is running, and has been for this long.',
    target: 'container',
    example: { lines: [PS_HEADER, psRow('Up 2 minutes')], piece: 'Up 2 minutes' },
  },
  {
    id: 'status-paused',
    title: 'Up … (Paused)',
    text: 'The container’s processes are frozen by `docker pause`: they keep their memory but get no CPU until `docker unpause`.',
    target: 'container',
    example: { lines: [PS_HEADER, psRow('Up 2 minutes (Paused)')], piece: 'Up 2 minutes (Paused)' },
  },
  {
    id: 'status-created',
    title: 'Created',
    text: 'The container exists (its writable layer and settings are ready) but was never started: `docker create` does this, `docker start` runs it.',
    target: 'container',
    example: { lines: [PS_HEADER, psRow('Created')], piece: 'Created' },
  },
  {
    id: 'ps-cell-ports',
    title: 'A port mapping',
    text: 'Connections to the host’s port on the left are forwarded to the container’s port on the right.',
    target: 'container',
    example: { lines: [PS_PORTS_HEADER, psPorts], piece: '0.0.0.0:8080->80/tcp' },
  },
  {
    id: 'ps-cell-name',
    title: 'The container’s name',
    text: 'Use it instead of the ID in any docker command. Names are unique: a second container cannot take it while this one exists.',
    target: 'container',
    example: { lines: [PS_HEADER, PS_ROW], piece: 'adoring_herschel' },
  },
  // Exited (N)
  exited(
    0,
    'The container’s program finished and reported success (exit status 0). The container stays, stopped, until you remove it.',
  ),
  exited(
    1,
    'The program ended with status 1: a general failure it reported itself. `docker logs` shows what it said.',
  ),
  exited(
    125,
    'Status 125 comes from docker itself, not the program: the container could not be run as asked.',
  ),
  exited(126, 'The command was found but could not be executed (not executable, or a permission problem).'),
  exited(127, 'The command was not found in the container: the image has no such program on its PATH.'),
  exited(130, '128 + 2: the program was stopped by SIGINT, the signal Ctrl-C sends.'),
  exited(
    137,
    '128 + 9: the program was killed with SIGKILL, by `docker kill`, or by `docker stop` when it did not end within its grace period.',
  ),
  exited(143, '128 + 15: the program ended on SIGTERM, the polite stop signal `docker stop` sends first.'),
  {
    id: 'exited-other',
    title: 'Exited (N)',
    text: 'The container’s program has ended with this exit status. Above 128, it was ended by signal N − 128.',
    target: 'container',
    example: { lines: [PS_HEADER, psRow('Exited (3) 1 minute ago')], piece: 'Exited (3) 1 minute ago' },
  },
  // docker images
  {
    id: 'images-repository',
    title: 'REPOSITORY',
    text: 'The image’s name without its tag. Official Docker Hub images have short names; others are `user/name` or start with a registry’s host.',
    target: 'image',
    example: { lines: [IMAGES_HEADER], piece: 'REPOSITORY' },
  },
  {
    id: 'images-tag',
    title: 'TAG',
    text: 'A label for one version of the repository. `latest` is only the default tag, not necessarily the newest.',
    target: 'image',
    example: { lines: [IMAGES_HEADER], piece: 'TAG' },
  },
  {
    id: 'images-image-id',
    title: 'IMAGE ID',
    text: 'The start of the hash of the image’s configuration. Two names with the same ID are the same image, stored once.',
    target: 'image',
    example: { lines: [IMAGES_HEADER], piece: 'IMAGE ID' },
  },
  {
    id: 'images-created',
    title: 'CREATED',
    text: 'When the image was built by its author, not when you pulled it.',
    target: 'image',
    example: { lines: [IMAGES_HEADER], piece: 'CREATED' },
  },
  {
    id: 'images-size',
    title: 'SIZE',
    text: 'The unpacked size of all the image’s layers. Layers shared with other images are counted in each, though stored once.',
    target: 'image',
    example: { lines: [IMAGES_HEADER], piece: 'SIZE' },
  },
  {
    id: 'images-cell-repository',
    title: 'A repository',
    text: 'The name this image was pulled, tagged or committed under.',
    target: 'image',
    example: { lines: [IMAGES_HEADER, IMAGES_ROW], piece: 'hello-world' },
  },
  {
    id: 'images-cell-tag',
    title: 'A tag',
    text: 'Which version of the repository this is. `repository:tag` together name the image in commands.',
    target: 'image',
    example: { lines: [IMAGES_HEADER, IMAGES_ROW], piece: 'latest' },
  },
  {
    id: 'images-none',
    title: '<none>',
    text: 'A dangling image: no name points to it any more (its tag moved to a newer image, or it was committed without one). `docker image prune` removes these.',
    target: 'image',
    example: { lines: [IMAGES_HEADER, IMAGES_NONE], piece: '<none>' },
  },
  {
    id: 'images-cell-id',
    title: 'An image ID',
    text: 'This image’s short ID: `docker run` and `docker rmi` accept it instead of a name.',
    target: 'image',
    example: { lines: [IMAGES_HEADER, IMAGES_ROW], piece: 'd2c94e258dcb' },
  },
  {
    id: 'images-cell-created',
    title: 'When it was built',
    text: 'How long ago the image’s author built it.',
    target: 'image',
    example: { lines: [IMAGES_HEADER, IMAGES_ROW], piece: '2 years ago' },
  },
  {
    id: 'images-cell-size',
    title: 'The image’s size',
    text: 'What its layers take unpacked. hello-world is tiny: one layer holding one small program.',
    target: 'image',
    example: { lines: [IMAGES_HEADER, IMAGES_ROW], piece: '13.3kB' },
  },
];

const byId = new Map(EXPLANATIONS.map((e) => [e.id, e]));

export function explanation(id: string): Explanation | undefined {
  return byId.get(id);
}
