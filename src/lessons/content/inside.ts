/** Lessons 4–5: inside a container, and reaching a service in one. */
import type { Lesson } from '../types';
import { attachedContainer, containers, containersOf, isRunning, publishes, wrote } from '../world';

export const insideContainer: Lesson = {
  id: 'inside-a-container',
  title: 'Inside a container',
  summary: 'Open a shell in a container, change a file, and see who else sees the change.',
  seed: 4,
  setup: ['docker pull ubuntu'],
  needs: ['run', 'diff'],
  steps: [
    {
      text: [
        '`docker run -it ubuntu bash` starts a container whose program is a shell and connects your terminal to it: `-i` keeps the container’s input open, `-t` gives it a terminal. The prompt turns into `root@` and the container’s short ID: what you type now runs inside the container.',
        'Name it `box` with `--name box`, so you can find it again after you leave.',
      ],
      task: 'Start an interactive bash shell in an ubuntu container named `box`.',
      goal: (o) => {
        const c = attachedContainer(o.session);
        return c !== undefined && containersOf(o.session, 'ubuntu').includes(c) && isRunning(c);
      },
      hint: '`docker run -it --name box ubuntu bash`',
      solution: ['docker run -it --name box ubuntu bash'],
    },
    {
      text: [
        'The image’s layers are read-only. Whatever you change inside the container is written to its own writable layer on top of them, and the image stays as it was.',
      ],
      task: 'Create an empty file `/hello.txt` inside the container.',
      goal: (o) => {
        const c = attachedContainer(o.session);
        return c !== undefined && wrote(c, '/hello.txt');
      },
      hint: 'At the container’s prompt: `touch /hello.txt`',
      solution: ['touch /hello.txt'],
    },
    {
      text: [
        'Leave the shell with `exit`. The shell was the container’s main program, so the container stops with it, but its writable layer is kept until the container is removed.',
      ],
      task: 'Leave the container’s shell.',
      goal: (o) =>
        o.session.attached === undefined &&
        containersOf(o.session, 'ubuntu').some((c) => !isRunning(c) && wrote(c, '/hello.txt')),
      hint: 'Type `exit` at the `root@` prompt.',
      solution: ['exit'],
    },
    {
      text: [
        '`docker diff` lists what a container changed compared to its image: `A` for added, `C` for changed, `D` for deleted. Besides your file you may see bash’s own history file, written when the shell ended.',
      ],
      task: 'Show what `box` changed.',
      goal: (o) => o.status === 0 && /^A \/hello\.txt$/m.test(o.output),
      hint: '`docker diff box`',
      solution: ['docker diff box'],
    },
    {
      text: [
        'Does another container from the same image see your file? Each container gets its own writable layer on the shared image, so a fresh one starts from the image alone.',
      ],
      task: 'Run `ls /hello.txt` in a new ubuntu container.',
      goal: (o) =>
        o.status !== 0 &&
        o.output.includes('No such file or directory') &&
        containersOf(o.session, 'ubuntu').length >= 2,
      hint: '`docker run ubuntu ls /hello.txt` (it should fail: that is the point).',
      solution: ['docker run ubuntu ls /hello.txt'],
    },
  ],
};

export const portsAndServices: Lesson = {
  id: 'ports-and-services',
  title: 'Ports and services',
  summary: 'Publish a web server’s port, visit it from this machine and read its access log.',
  seed: 5,
  setup: ['docker pull nginx'],
  needs: ['run', 'logs', 'port'],
  steps: [
    {
      text: [
        'A container has its own network. nginx listens on port 80 inside its container, where nothing on this machine can reach it. `-p 8080:80` publishes that port: Docker forwards connections to port 8080 of this machine to port 80 of the container.',
      ],
      task: 'Start nginx in the background, named `web`, publishing host port 8080 to its port 80.',
      goal: (o) => containersOf(o.session, 'nginx').some((c) => isRunning(c) && publishes(c, 8080, '80')),
      hint: '`docker run -d -p 8080:80 --name web nginx` (host port first, container port second).',
      solution: ['docker run -d -p 8080:80 --name web nginx'],
    },
    {
      text: ['Ask the web server for its home page from this machine, as a browser would, with `curl`.'],
      task: 'Fetch `localhost:8080`.',
      goal: (o) => o.status === 0 && o.output.includes('Welcome to nginx!'),
      hint: '`curl localhost:8080`',
      solution: ['curl localhost:8080'],
    },
    {
      text: [
        'nginx wrote a line to its access log for your request. Its logs go to the container’s output, which Docker keeps: the line shows the request, the status 200 and that curl asked.',
      ],
      task: 'Show web’s logs and find your request.',
      goal: (o) => o.status === 0 && o.output.includes('"GET / HTTP/1.1" 200'),
      hint: '`docker logs web`',
      solution: ['docker logs web'],
    },
    {
      text: [
        '`docker port` lists a container’s published ports, handy when you forgot which host port you chose. Docker publishes on every IPv4 and IPv6 address of this machine.',
      ],
      task: 'List web’s published ports.',
      goal: (o) =>
        o.status === 0 &&
        /80\/tcp -> 0\.0\.0\.0:8080/.test(o.output) &&
        containers(o.session).some((c) => publishes(c, 8080, '80')),
      hint: '`docker port web`',
      solution: ['docker port web'],
    },
  ],
};
