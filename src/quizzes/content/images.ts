/** The images & layers set: layers, sharing, history, disk use, tags, commit and removal. */
import { containers, hasImage, image, images } from '../../lessons/world';
import type { Question } from '../types';

const lesson = 'images-and-layers';
/** How the first layer line of a pull ended: `Already exists` or `Pull complete`. */
const firstLayer = (output: string) => {
  const id = /^([0-9a-f]{12}): /m.exec(output)?.[1];
  if (id === undefined) return 'other';
  // On a terminal the line is redrawn in place (Waiting, Downloading…): judge how it ended.
  return output.includes(`${id}: Already exists`)
    ? 'exists'
    : output.includes(`${id}: Pull complete`)
      ? 'complete'
      : 'other';
};

export const IMAGES: readonly Question[] = [
  {
    id: 'images-shared-base',
    set: 'images',
    lesson,
    kind: 'choice',
    prompt:
      'Two images are built on the same base image. How many copies of the base’s layers does Docker store?',
    choices: [
      { id: 'one', text: 'One, shared by both images' },
      { id: 'two', text: 'Two, one inside each image' },
      { id: 'none', text: 'None: base layers are read from the registry each time' },
    ],
    answer: ['one'],
    explanation:
      'Layers are identified by the digest of their content, so an identical layer is stored once.',
  },
  {
    id: 'images-already-exists',
    set: 'images',
    lesson,
    kind: 'choice',
    prompt: 'A pull prints `a196d037ae2a: Already exists`. What does that mean?',
    choices: [
      { id: 'stored', text: 'That layer is already stored locally, so it is not downloaded' },
      { id: 'image', text: 'The whole image is already on the machine' },
      { id: 'conflict', text: 'A layer with that name clashes with another one' },
    ],
    answer: ['stored'],
    explanation: 'Docker skips layers it already has, usually the base shared with an image pulled earlier.',
  },
  {
    id: 'images-history-zero',
    set: 'images',
    lesson,
    kind: 'choice',
    prompt: 'In `docker history`, several rows have a SIZE of 0B. What did those instructions do?',
    choices: [
      {
        id: 'metadata',
        text: 'Changed only settings, such as an environment variable or the default command',
      },
      { id: 'deleted', text: 'Deleted every file they added' },
      { id: 'failed', text: 'Failed during the build' },
    ],
    answer: ['metadata'],
    explanation: 'Instructions such as ENV, CMD or EXPOSE change the image’s configuration, not its files.',
  },
  {
    id: 'images-layer-facts',
    set: 'images',
    lesson,
    kind: 'choice',
    prompt: 'Which are true of image layers? Pick every one.',
    choices: [
      { id: 'readonly', text: 'They are read-only' },
      { id: 'digest', text: 'Each is identified by a digest of its content' },
      { id: 'per-container', text: 'Each container gets its own copy of them' },
      { id: 'writable', text: 'A container writes its changes to a layer of its own on top' },
    ],
    answer: ['readonly', 'digest', 'writable'],
    explanation: 'Containers share the image’s read-only layers and each adds one thin writable layer.',
  },
  {
    id: 'images-system-df',
    set: 'images',
    lesson,
    kind: 'choice',
    prompt: 'Why can `docker system df` report less for images than the sizes in `docker images` added up?',
    choices: [
      { id: 'shared', text: 'It counts a layer shared by several images once' },
      { id: 'compressed', text: 'It reports compressed sizes' },
      { id: 'running', text: 'It leaves out images with running containers' },
    ],
    answer: ['shared'],
    explanation: 'Each row of `docker images` includes the shared layers; the disk holds them once.',
  },
  {
    id: 'images-rmi-conflict',
    set: 'images',
    lesson: 'clean-up',
    kind: 'choice',
    prompt:
      'You run `docker rmi hello-world` while a stopped container made from it still exists. What happens?',
    choices: [
      { id: 'conflict', text: 'Docker refuses with a conflict, naming the container' },
      { id: 'both', text: 'Docker removes the image and the container' },
      { id: 'image', text: 'Docker removes the image and leaves the container broken' },
    ],
    answer: ['conflict'],
    explanation:
      'Remove the container first (or prune stopped containers); `-f` forces the removal of the name.',
  },
  {
    id: 'images-commit',
    set: 'images',
    lesson: 'build-your-own',
    kind: 'choice',
    prompt: 'What does `docker commit builder my-image` make?',
    choices: [
      { id: 'layer', text: 'A new image: builder’s image layers plus its writable layer as one more layer' },
      { id: 'copy', text: 'A copy of the builder container' },
      { id: 'push', text: 'An upload of builder to Docker Hub' },
    ],
    answer: ['layer'],
    explanation:
      'Committing freezes the container’s changes into a read-only layer on top of its image’s layers.',
  },
  {
    id: 'images-predict-shared-layer',
    set: 'images',
    lesson,
    kind: 'predict',
    seed: 21,
    setup: ['docker pull debian'],
    command: 'docker pull nginx',
    prompt:
      'debian is on this machine, and nginx is built on it. How will the first layer line of `docker pull nginx` end?',
    choices: [
      { id: 'complete', text: 'Pull complete' },
      { id: 'exists', text: 'Already exists' },
      { id: 'other', text: 'An error' },
    ],
    observe: (o) => firstLayer(o.output),
    expected: 'exists',
    explanation: 'nginx’s first layer is debian’s file system, which is already stored.',
  },
  {
    id: 'images-predict-fresh-pull',
    set: 'images',
    lesson,
    kind: 'predict',
    seed: 22,
    setup: [],
    command: 'docker pull nginx',
    prompt: 'This machine has no images. How will the first layer line of `docker pull nginx` end?',
    choices: [
      { id: 'complete', text: 'Pull complete' },
      { id: 'exists', text: 'Already exists' },
      { id: 'other', text: 'An error' },
    ],
    observe: (o) => firstLayer(o.output),
    expected: 'complete',
    explanation: 'With nothing stored, every layer is downloaded.',
  },
  {
    id: 'images-task-tag',
    set: 'images',
    lesson: 'tags-and-registries',
    kind: 'task',
    seed: 23,
    setup: ['docker pull ubuntu'],
    prompt: 'Give the ubuntu image a second name, `my-base:1.0`.',
    goal: (o) => {
      const mine = image(o.session, 'my-base:1.0');
      return mine !== undefined && mine.Id === image(o.session, 'ubuntu')?.Id;
    },
    solution: ['docker tag ubuntu my-base:1.0'],
    wrong: [['docker tag ubuntu my-base'], ['docker tag ubuntu my-base:1']],
    explanation: '`docker tag SOURCE TARGET` adds a name; without `:1.0` the tag would be `latest`.',
  },
  {
    id: 'images-task-commit',
    set: 'images',
    lesson: 'build-your-own',
    kind: 'task',
    seed: 24,
    setup: ['docker pull ubuntu'],
    prompt: 'Make an image named `tools` whose containers start with a directory `/tools` in them.',
    goal: (o) => image(o.session, 'tools')?.Layers.some((l) => l.files?.['/tools']?.type === 'dir') === true,
    solution: [
      'docker run -it --name toolbox ubuntu bash',
      'mkdir /tools',
      'exit',
      'docker commit toolbox tools',
    ],
    wrong: [
      ['docker run -it --name toolbox ubuntu bash', 'exit', 'docker commit toolbox tools'],
      ['docker tag ubuntu tools'],
    ],
    explanation: 'Make the change in a container, then `docker commit` it under the new name.',
  },
  {
    id: 'images-task-prune',
    set: 'images',
    lesson: 'clean-up',
    kind: 'task',
    seed: 25,
    setup: ['docker pull nginx', 'docker run hello-world'],
    prompt: 'Remove every image that no container uses, and nothing else.',
    goal: (o) =>
      hasImage(o.session, 'hello-world') &&
      images(o.session).length === 1 &&
      containers(o.session).length === 1,
    solution: ['docker image prune -a -f'],
    wrong: [['docker image prune -f'], ['docker container prune -f', 'docker image prune -a -f']],
    explanation:
      '`docker image prune -a` removes images no container uses; plain `prune` only removes nameless ones.',
  },
];
