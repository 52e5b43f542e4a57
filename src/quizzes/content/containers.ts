/** The containers set: the lifecycle, what is inside, and reaching a service. */
import { containersOf, isRunning, named, publishes, wrote } from '../../lessons/world';
import type { Question } from '../types';

const lifecycle = 'container-lifecycle';
const inside = 'inside-a-container';
const ports = 'ports-and-services';

export const CONTAINERS: readonly Question[] = [
  {
    id: 'containers-detached',
    set: 'containers',
    lesson: lifecycle,
    kind: 'choice',
    prompt: 'What does `-d` do in `docker run -d nginx`?',
    choices: [
      { id: 'background', text: 'Runs the container in the background and prints its ID' },
      { id: 'delete', text: 'Deletes the container when it stops' },
      { id: 'debug', text: 'Prints debug output' },
    ],
    answer: ['background'],
    explanation: 'Detached: you get the prompt back at once, and `docker logs` shows what it prints.',
  },
  {
    id: 'containers-restart-same',
    set: 'containers',
    lesson: lifecycle,
    kind: 'choice',
    prompt: 'After `docker stop web` and `docker start web`, which of these stay the same? Pick every one.',
    choices: [
      { id: 'id', text: 'The container ID' },
      { id: 'name', text: 'The name' },
      { id: 'files', text: 'The files it changed' },
      { id: 'pid', text: 'Nothing: start makes a new container' },
    ],
    answer: ['id', 'name', 'files'],
    explanation: 'start runs the same container again; only `docker run` makes a new one.',
  },
  {
    id: 'containers-rm-running',
    set: 'containers',
    lesson: lifecycle,
    kind: 'choice',
    prompt: 'What does `docker rm web` do while web is running?',
    choices: [
      { id: 'refuse', text: 'Refuses: stop it first, or force it with `-f`' },
      { id: 'stop', text: 'Stops it, then removes it' },
      { id: 'later', text: 'Removes it once it stops by itself' },
    ],
    answer: ['refuse'],
    explanation: '`docker rm -f` kills and removes in one go.',
  },
  {
    id: 'containers-publish',
    set: 'containers',
    lesson: ports,
    kind: 'choice',
    prompt: 'What does `-p 8080:80` mean?',
    choices: [
      { id: 'host-first', text: 'Port 8080 of this machine forwards to port 80 of the container' },
      { id: 'container-first', text: 'Port 8080 of the container forwards to port 80 of this machine' },
      { id: 'range', text: 'The container may use ports 80 to 8080' },
    ],
    answer: ['host-first'],
    explanation: 'Host port first, container port second.',
  },
  {
    id: 'containers-isolated-files',
    set: 'containers',
    lesson: inside,
    kind: 'choice',
    prompt: 'You created `/hello.txt` inside one ubuntu container. Does a new ubuntu container see it?',
    choices: [
      { id: 'no', text: 'No: each container has its own writable layer' },
      { id: 'yes', text: 'Yes: they share the same image' },
      { id: 'after-exit', text: 'Only once the first container has exited' },
    ],
    answer: ['no'],
    explanation: 'The image is not changed by a container; the file lives in that container’s layer only.',
  },
  {
    id: 'containers-diff-letters',
    set: 'containers',
    lesson: inside,
    kind: 'choice',
    prompt: 'Which letters can `docker diff` print before a path? Pick every one.',
    choices: [
      { id: 'a', text: '`A`: added' },
      { id: 'c', text: '`C`: changed' },
      { id: 'd', text: '`D`: deleted' },
      { id: 'm', text: '`M`: moved' },
    ],
    answer: ['a', 'c', 'd'],
    explanation: 'A move shows as a deletion and an addition.',
  },
  {
    id: 'containers-logs-source',
    set: 'containers',
    lesson: lifecycle,
    kind: 'choice',
    prompt: 'Where does `docker logs` get its text?',
    choices: [
      { id: 'output', text: 'From what the container’s main process wrote to its output, kept by Docker' },
      { id: 'file', text: 'From /var/log inside the container' },
      { id: 'terminal', text: 'From your terminal’s scrollback' },
    ],
    answer: ['output'],
    explanation: 'That is why images such as nginx send their log files to standard output.',
  },
  {
    id: 'containers-predict-ps-stopped',
    set: 'containers',
    lesson: lifecycle,
    kind: 'predict',
    seed: 31,
    setup: ['docker run -d --name web nginx', 'docker stop web'],
    command: 'docker ps',
    prompt: 'web was started with `-d`, then stopped. Will `docker ps` list it?',
    choices: [
      { id: 'listed', text: 'Yes' },
      { id: 'hidden', text: 'No' },
    ],
    observe: (o) => (/\sweb$/m.test(o.output) ? 'listed' : 'hidden'),
    expected: 'hidden',
    explanation: 'Without `-a`, `docker ps` shows running containers only.',
  },
  {
    id: 'containers-predict-rm-running',
    set: 'containers',
    lesson: lifecycle,
    kind: 'predict',
    seed: 32,
    setup: ['docker run -d --name web nginx'],
    command: 'docker rm web',
    prompt: 'web is running. What will `docker rm web` do?',
    choices: [
      { id: 'removed', text: 'Remove it' },
      { id: 'refused', text: 'Refuse with an error' },
    ],
    observe: (o) => (o.status === 0 ? 'removed' : 'refused'),
    expected: 'refused',
    explanation: 'A running container must be stopped first, or removed with `-f`.',
  },
  {
    id: 'containers-predict-curl-published',
    set: 'containers',
    lesson: ports,
    kind: 'predict',
    seed: 33,
    setup: ['docker run -d -p 8080:80 nginx'],
    command: 'curl localhost:8080',
    prompt: 'nginx runs with `-p 8080:80`. What will `curl localhost:8080` get?',
    choices: [
      { id: 'page', text: 'nginx’s welcome page' },
      { id: 'error', text: 'A connection error' },
    ],
    observe: (o) => (o.output.includes('Welcome to nginx!') ? 'page' : 'error'),
    expected: 'page',
    explanation: 'Port 8080 of this machine is forwarded to port 80, where nginx listens.',
  },
  {
    id: 'containers-predict-curl-unpublished',
    set: 'containers',
    lesson: ports,
    kind: 'predict',
    seed: 34,
    setup: ['docker run -d nginx'],
    command: 'curl localhost:80',
    prompt: 'nginx runs without `-p`. What will `curl localhost:80` on this machine get?',
    choices: [
      { id: 'page', text: 'nginx’s welcome page' },
      { id: 'error', text: 'A connection error' },
    ],
    observe: (o) => (o.output.includes('Welcome to nginx!') ? 'page' : 'error'),
    expected: 'error',
    explanation:
      'nginx listens on port 80 of its own container; without `-p` nothing on this machine forwards to it.',
  },
  {
    id: 'containers-task-web',
    set: 'containers',
    lesson: ports,
    kind: 'task',
    seed: 35,
    setup: ['docker run -d --name web nginx'],
    prompt: 'Leave exactly one running nginx container, named web, publishing port 8080 to its port 80.',
    goal: (o) => {
      const running = containersOf(o.session, 'nginx').filter(isRunning);
      const web = named(o.session, 'web');
      return web !== undefined && running.length === 1 && running[0] === web && publishes(web, 8080, '80');
    },
    solution: ['docker rm -f web', 'docker run -d -p 8080:80 --name web nginx'],
    wrong: [
      ['docker run -d -p 8080:80 --name web2 nginx'],
      ['docker stop web', 'docker run -d -p 8080:80 nginx'],
    ],
    explanation: 'Published ports are fixed when a container is created: replace web with a new container.',
  },
  {
    id: 'containers-task-stop-one',
    set: 'containers',
    lesson: lifecycle,
    kind: 'task',
    seed: 36,
    setup: ['docker run -d --name alpha nginx', 'docker run -d --name beta nginx'],
    prompt: 'Stop beta, and only beta: alpha keeps running, and both containers are kept.',
    goal: (o) => {
      const alpha = named(o.session, 'alpha');
      const beta = named(o.session, 'beta');
      return alpha !== undefined && isRunning(alpha) && beta !== undefined && beta.State.Status === 'exited';
    },
    solution: ['docker stop beta'],
    wrong: [['docker stop alpha beta'], ['docker rm -f beta']],
    explanation: '`docker stop NAME` stops one container; `rm -f` would remove it.',
  },
  {
    id: 'containers-task-notes',
    set: 'containers',
    lesson: inside,
    kind: 'task',
    seed: 37,
    setup: ['docker pull ubuntu'],
    prompt: 'Leave a stopped ubuntu container named notes that holds a file /notes.txt.',
    goal: (o) => {
      const notes = named(o.session, 'notes');
      return (
        notes !== undefined &&
        containersOf(o.session, 'ubuntu').includes(notes) &&
        !isRunning(notes) &&
        wrote(notes, '/notes.txt')
      );
    },
    solution: ['docker run -it --name notes ubuntu bash', 'touch /notes.txt', 'exit'],
    wrong: [
      ['docker run -it --name notes ubuntu bash', 'touch /notes.txt'],
      ['docker run -it --name other ubuntu bash', 'touch /notes.txt', 'exit'],
    ],
    explanation: 'The file lives in notes’s writable layer, which is kept after it stops.',
  },
];
