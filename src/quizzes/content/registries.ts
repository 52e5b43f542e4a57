/** The registries set: names, tags, pushing and pulling. */
import { containersOf, image, isRunning, publishes } from '../../lessons/world';
import type { Question } from '../types';

const lesson = 'tags-and-registries';

export const REGISTRIES: readonly Question[] = [
  {
    id: 'registries-name-host',
    set: 'registries',
    lesson,
    kind: 'choice',
    prompt: 'What does the name `localhost:5000/hello-world` say?',
    choices: [
      { id: 'repo-on-host', text: 'The repository hello-world on the registry at localhost:5000' },
      { id: 'port', text: 'hello-world listening on port 5000' },
      { id: 'tag', text: 'Version 5000 of hello-world' },
    ],
    answer: ['repo-on-host'],
    explanation:
      'The part before the first slash is a registry host when it has a dot, a port, or is localhost.',
  },
  {
    id: 'registries-tag-copies',
    set: 'registries',
    lesson,
    kind: 'choice',
    prompt:
      'After `docker tag hello-world my-hello`, how many images does `docker images` count by image ID?',
    choices: [
      { id: 'one', text: 'One image with two names' },
      { id: 'two', text: 'Two images, one a copy of the other' },
    ],
    answer: ['one'],
    explanation: 'Both rows show the same IMAGE ID: a tag is only a name.',
  },
  {
    id: 'registries-push-where',
    set: 'registries',
    lesson,
    kind: 'choice',
    prompt: 'Where does `docker push localhost:5000/hello-world` upload the image?',
    choices: [
      { id: 'named', text: 'To the registry its name points at, localhost:5000' },
      { id: 'hub', text: 'Always to Docker Hub' },
      { id: 'all', text: 'To every registry the machine knows' },
    ],
    answer: ['named'],
    explanation: 'The image’s name decides the registry, for push and for pull.',
  },
  {
    id: 'registries-full-name',
    set: 'registries',
    lesson,
    kind: 'choice',
    prompt: 'What is `nginx` short for?',
    choices: [
      { id: 'full', text: '`docker.io/library/nginx:latest`' },
      { id: 'local', text: '`localhost/nginx`' },
      { id: 'any', text: 'Whichever registry answers first' },
    ],
    answer: ['full'],
    explanation:
      'No host means Docker Hub, no namespace means `library` (official images), no tag means `latest`.',
  },
  {
    id: 'registries-rmi-untag',
    set: 'registries',
    lesson,
    kind: 'choice',
    prompt: 'An image has two names. What does `docker rmi` of one of them do?',
    choices: [
      { id: 'untag', text: 'Removes that name only; the image stays under the other' },
      { id: 'both', text: 'Removes the image and both names' },
      { id: 'refuse', text: 'Refuses until the other name is removed' },
    ],
    answer: ['untag'],
    explanation: 'It prints `Untagged:`; the image is deleted only when its last name goes.',
  },
  {
    id: 'registries-which',
    set: 'registries',
    lesson,
    kind: 'choice',
    prompt: 'Which of these are registries? Pick every one.',
    choices: [
      { id: 'hub', text: 'Docker Hub' },
      { id: 'registry2', text: 'A container running the `registry:2` image' },
      { id: 'daemon', text: 'The Docker daemon' },
      { id: 'image', text: 'An image' },
    ],
    answer: ['hub', 'registry2'],
    explanation: 'A registry is any service that stores images and hands them out over HTTP.',
  },
  {
    id: 'registries-default-tag',
    set: 'registries',
    lesson,
    kind: 'choice',
    prompt: 'Which tag does `docker pull ubuntu` pull?',
    choices: [
      { id: 'latest', text: '`latest`' },
      { id: 'newest', text: 'The most recently published tag' },
      { id: 'all', text: 'Every tag' },
    ],
    answer: ['latest'],
    explanation:
      'The pull says `Using default tag: latest`; `latest` is just a name, not necessarily the newest.',
  },
  {
    id: 'registries-digest',
    set: 'registries',
    lesson: 'hello-world',
    kind: 'choice',
    prompt: 'What does the `Digest: sha256:…` line of a pull identify?',
    choices: [
      { id: 'content', text: 'The exact content pulled, the same on every machine' },
      { id: 'download', text: 'This one download, different every time' },
      { id: 'account', text: 'Your Docker Hub account' },
    ],
    answer: ['content'],
    explanation: 'A digest is a hash of the content: a tag can move to new content, a digest cannot.',
  },
  {
    id: 'registries-predict-up-to-date',
    set: 'registries',
    lesson,
    kind: 'predict',
    seed: 41,
    setup: ['docker pull hello-world'],
    command: 'docker pull hello-world',
    prompt: 'hello-world was pulled a moment ago. What will a second `docker pull hello-world` report?',
    choices: [
      { id: 'up-to-date', text: '`Status: Image is up to date`' },
      { id: 'downloaded', text: '`Status: Downloaded newer image`' },
    ],
    observe: (o) => (o.output.includes('Image is up to date') ? 'up-to-date' : 'downloaded'),
    expected: 'up-to-date',
    explanation: 'The registry’s digest matches what is stored, so nothing is downloaded.',
  },
  {
    id: 'registries-predict-no-registry',
    set: 'registries',
    lesson,
    kind: 'predict',
    seed: 42,
    setup: [],
    command: 'docker pull localhost:5000/hello-world',
    prompt: 'No registry runs on this machine. What will `docker pull localhost:5000/hello-world` do?',
    choices: [
      { id: 'works', text: 'Pull hello-world from Docker Hub instead' },
      { id: 'fails', text: 'Fail with an error' },
    ],
    observe: (o) => (o.status === 0 ? 'works' : 'fails'),
    expected: 'fails',
    explanation: 'The name points at localhost:5000 and Docker asks only there.',
  },
  {
    id: 'registries-task-tag-version',
    set: 'registries',
    lesson,
    kind: 'task',
    seed: 43,
    setup: ['docker pull hello-world'],
    prompt: 'Name the hello-world image `localhost:5000/hello-world:v1`, ready to push to a local registry.',
    goal: (o) => {
      const mine = image(o.session, 'localhost:5000/hello-world:v1');
      return mine !== undefined && mine.Id === image(o.session, 'hello-world')?.Id;
    },
    solution: ['docker tag hello-world localhost:5000/hello-world:v1'],
    wrong: [['docker tag hello-world localhost:5000/hello-world'], ['docker tag hello-world hello-world:v1']],
    explanation: 'The registry host goes first, the tag last.',
  },
  {
    id: 'registries-task-run-registry',
    set: 'registries',
    lesson,
    kind: 'task',
    seed: 44,
    setup: [],
    prompt: 'Run a private registry (`registry:2`) that this machine reaches on port 5000.',
    goal: (o) =>
      containersOf(o.session, 'registry:2').some((c) => isRunning(c) && publishes(c, 5000, '5000')),
    solution: ['docker run -d -p 5000:5000 --name registry registry:2'],
    wrong: [['docker run -d --name registry registry:2'], ['docker pull registry:2']],
    explanation:
      'The registry listens on port 5000 in its container; `-p 5000:5000` makes it reachable here.',
  },
];
