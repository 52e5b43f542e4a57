/** The walkthrough set: images, containers and registries as `docker run hello-world` shows them. */
import { containers, containersOf, exitedWith, hasImage } from '../../lessons/world';
import type { Question } from '../types';

const lesson = 'hello-world';
const pulls = (output: string) => (output.includes('Pulling from') ? 'pull' : 'no-pull');

export const WALKTHROUGH: readonly Question[] = [
  {
    id: 'walkthrough-image',
    set: 'walkthrough',
    lesson,
    kind: 'choice',
    prompt: 'What is a Docker image?',
    choices: [
      { id: 'process', text: 'A running program with its own writable files' },
      { id: 'package', text: 'A read-only package of a program and the files it needs, built from layers' },
      { id: 'server', text: 'A server that stores containers' },
      { id: 'vm', text: 'The disk of a virtual machine' },
    ],
    answer: ['package'],
    explanation:
      'An image is sealed and read-only: a stack of layers holding a program and everything it needs. Running it makes a container.',
  },
  {
    id: 'walkthrough-container',
    set: 'walkthrough',
    lesson,
    kind: 'choice',
    prompt: 'What is a container?',
    choices: [
      { id: 'run', text: 'One run of an image: its files, a writable layer of its own, and a process' },
      { id: 'layer', text: 'One layer of an image' },
      { id: 'copy', text: 'A full copy of an image’s files, made at start' },
      { id: 'client', text: 'The program you type docker commands into' },
    ],
    answer: ['run'],
    explanation:
      'A container shares its image’s read-only layers with every other container from that image, and writes only to a thin layer of its own.',
  },
  {
    id: 'walkthrough-default-registry',
    set: 'walkthrough',
    lesson,
    kind: 'choice',
    prompt: 'Which registry does Docker ask for `hello-world`, a name with no registry host in it?',
    choices: [
      { id: 'hub', text: 'Docker Hub' },
      { id: 'local', text: 'A registry on localhost' },
      { id: 'none', text: 'None: the image must be on the machine already' },
      { id: 'github', text: 'GitHub' },
    ],
    answer: ['hub'],
    explanation:
      'A name without a host part is short for one on Docker Hub: `hello-world` is `docker.io/library/hello-world`.',
  },
  {
    id: 'walkthrough-four-steps',
    set: 'walkthrough',
    lesson,
    kind: 'choice',
    prompt: 'On a new machine, which of these happen during `docker run hello-world`? Pick every one.',
    choices: [
      { id: 'contact', text: 'The client contacts the daemon' },
      { id: 'pull', text: 'The daemon pulls the image from the registry' },
      { id: 'client-pulls', text: 'The client downloads the image itself' },
      { id: 'create', text: 'The daemon creates a container from the image and runs its program' },
      { id: 'stream', text: 'The daemon streams the output to the client' },
    ],
    answer: ['contact', 'pull', 'create', 'stream'],
    explanation:
      'The docker command is only the client: it asks the daemon, and the daemon does the pulling, creating and running, then streams the output back.',
  },
  {
    id: 'walkthrough-after-exit',
    set: 'walkthrough',
    lesson,
    kind: 'choice',
    prompt: 'hello-world has printed its message and ended. What became of its container?',
    choices: [
      { id: 'removed', text: 'Docker removed it' },
      { id: 'kept', text: 'It is stopped and kept, with its output and exit code' },
      { id: 'running', text: 'It keeps running in the background' },
      { id: 'image', text: 'It was turned into a new image' },
    ],
    answer: ['kept'],
    explanation:
      'A container stays until you remove it (or run it with `--rm`); `docker ps -a` lists it as Exited (0).',
  },
  {
    id: 'walkthrough-list-stopped',
    set: 'walkthrough',
    lesson,
    kind: 'choice',
    prompt: 'Which commands list a container that has already exited? Pick every one.',
    choices: [
      { id: 'ps', text: '`docker ps`' },
      { id: 'ps-a', text: '`docker ps -a`' },
      { id: 'ls-a', text: '`docker container ls -a`' },
      { id: 'images', text: '`docker images`' },
    ],
    answer: ['ps-a', 'ls-a'],
    explanation:
      '`docker ps` shows running containers only; `-a` (all) adds stopped ones. `docker container ls` is the same command.',
  },
  {
    id: 'walkthrough-names',
    set: 'walkthrough',
    lesson,
    kind: 'choice',
    prompt: 'Where did a container name such as `pensive_tereshkova` come from?',
    choices: [
      { id: 'daemon', text: 'The daemon made it up, because no `--name` was given' },
      { id: 'image', text: 'The image’s author chose it' },
      { id: 'registry', text: 'Docker Hub assigned it' },
      { id: 'host', text: 'It is the machine’s host name' },
    ],
    answer: ['daemon'],
    explanation:
      'Without `--name`, the daemon joins an adjective and a famous scientist’s or engineer’s name.',
  },
  {
    id: 'walkthrough-predict-first-run',
    set: 'walkthrough',
    lesson,
    kind: 'predict',
    seed: 11,
    setup: [],
    command: 'docker run hello-world',
    prompt: 'This machine has no images. Will `docker run hello-world` pull the image?',
    choices: [
      { id: 'pull', text: 'Yes, it pulls first' },
      { id: 'no-pull', text: 'No, it runs straight away' },
    ],
    observe: (o) => pulls(o.output),
    expected: 'pull',
    explanation:
      'Nothing is stored locally, so Docker reports `Unable to find image` and pulls it from Docker Hub.',
  },
  {
    id: 'walkthrough-predict-second-run',
    set: 'walkthrough',
    lesson,
    kind: 'predict',
    seed: 12,
    setup: ['docker run hello-world'],
    command: 'docker run hello-world',
    prompt: 'hello-world has run once on this machine. Will running it again pull the image?',
    choices: [
      { id: 'pull', text: 'Yes, every run pulls' },
      { id: 'no-pull', text: 'No, the image is already here' },
    ],
    observe: (o) => pulls(o.output),
    expected: 'no-pull',
    explanation:
      'The first run left the image on the machine; a new container is made from it without asking the registry.',
  },
  {
    id: 'walkthrough-predict-status',
    set: 'walkthrough',
    lesson,
    kind: 'predict',
    seed: 13,
    setup: ['docker run hello-world'],
    command: 'docker ps -a',
    prompt: 'hello-world ran once. What STATUS will `docker ps -a` show for its container?',
    choices: [
      { id: 'up', text: 'Up, still running' },
      { id: 'exited-0', text: 'Exited (0)' },
      { id: 'exited-1', text: 'Exited (1)' },
      { id: 'created', text: 'Created, never started' },
    ],
    observe: (o) =>
      /Exited \(0\)/.test(o.output)
        ? 'exited-0'
        : /Exited \(1\)/.test(o.output)
          ? 'exited-1'
          : /\sUp /.test(o.output)
            ? 'up'
            : 'created',
    expected: 'exited-0',
    explanation:
      'The program printed its message and ended successfully, so the container stopped with exit code 0.',
  },
  {
    id: 'walkthrough-task-two-runs',
    set: 'walkthrough',
    lesson,
    kind: 'task',
    seed: 14,
    setup: [],
    prompt:
      'Leave exactly two containers on this machine, both made from hello-world and both ended successfully.',
    goal: (o) =>
      containers(o.session).length === 2 &&
      containersOf(o.session, 'hello-world').filter((c) => exitedWith(c, 0)).length === 2,
    solution: ['docker run hello-world', 'docker run hello-world'],
    wrong: [['docker run hello-world'], ['docker pull hello-world']],
    explanation: 'Every `docker run` creates a new container, even from the same image.',
  },
  {
    id: 'walkthrough-task-pull-only',
    set: 'walkthrough',
    lesson,
    kind: 'task',
    seed: 15,
    setup: [],
    prompt: 'Get the hello-world image onto this machine without creating any container.',
    goal: (o) => hasImage(o.session, 'hello-world') && containers(o.session).length === 0,
    solution: ['docker pull hello-world'],
    wrong: [['docker run hello-world'], ['docker run --rm hello-world', 'docker run hello-world']],
    explanation: '`docker pull` only downloads; `docker run` pulls when needed and then creates a container.',
  },
];
