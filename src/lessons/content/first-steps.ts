/** Lessons 1–3: the hello-world walkthrough, images and layers, a container's life. */
import type { Lesson } from '../types';
import { containersOf, exitedWith, hasImage, images, isRunning, named } from '../world';

export const helloWorld: Lesson = {
  id: 'hello-world',
  title: 'Hello, world: images, containers and registries',
  summary: 'Run your first container and meet the three things Docker is made of.',
  seed: 1,
  setup: [],
  needs: ['images', 'run', 'ps'],
  steps: [
    {
      text: [
        'Docker keeps three kinds of things apart, and this lesson meets all three. An image is a sealed, read-only package: a program together with every file it needs, built as a stack of layers. A container is one run of an image: the image’s files, a thin writable layer of its own on top, and a process running in it. A registry is a server that stores images so any machine can download them; Docker Hub is the one Docker asks when you name no other.',
        'This machine is brand new. Start by asking Docker which images it has stored locally.',
      ],
      task: 'List the local images with `docker images`.',
      goal: (o) =>
        o.status === 0 && /REPOSITORY\s+TAG\s+IMAGE ID/.test(o.output) && images(o.session).length === 0,
      hint: 'Type `docker images` and press Enter. On an empty machine it prints only the header row.',
      solution: ['docker images'],
    },
    {
      text: [
        'Only the header came back: nothing is stored yet. Now ask Docker to run the `hello-world` image. Watch the first lines: Docker looks for the image on this machine, does not find it, and downloads (pulls) it from Docker Hub, one layer at a time, before it starts a container.',
        'The message the container prints names the four moves that happened: the client (the `docker` command you typed) contacted the daemon (the background service that does the work); the daemon pulled the image from the registry; it created a container from the image and ran its program; and it streamed that program’s output back to the client, which printed it for you.',
      ],
      task: 'Run `docker run hello-world` and read the four steps it prints.',
      goal: (o) =>
        hasImage(o.session, 'hello-world') &&
        containersOf(o.session, 'hello-world').some((c) => exitedWith(c, 0)),
      hint: '`docker run IMAGE` pulls the image if needed, then creates and starts a container from it.',
      solution: ['docker run hello-world'],
    },
    {
      text: [
        'The pull left a copy of the image on this machine. List the images again: `hello-world` now has a row with its tag, its image ID (the start of a digest of the image’s configuration, the same on every machine) and its size.',
      ],
      task: 'List the local images again.',
      goal: (o) => o.status === 0 && /^hello-world\s+latest\s/m.test(o.output),
      hint: 'The same command as in the first step: `docker images`.',
      solution: ['docker images'],
    },
    {
      text: [
        'The container did not vanish when its program finished: it stopped, and Docker keeps it, with its output and its exit code, until you remove it. `docker ps` lists only running containers, so you need `-a` (all) to see this one.',
        'Look at the last column: Docker made up a name for it because you did not give one.',
      ],
      task: 'List every container, stopped ones included.',
      goal: (o) =>
        o.status === 0 && /CONTAINER ID/.test(o.output) && /hello-world.*Exited \(0\)/.test(o.output),
      hint: '`docker ps -a` shows stopped containers too; STATUS says how each one ended.',
      solution: ['docker ps -a'],
    },
    {
      text: [
        'Run `hello-world` once more. This time there is no `Unable to find image` and no pull: the image is stored locally now, so the registry is not asked. Each run still makes a new container from the same image; `docker ps -a` afterwards shows two.',
      ],
      task: 'Run hello-world a second time and notice what is missing from the output.',
      goal: (o) =>
        containersOf(o.session, 'hello-world').length >= 2 &&
        o.output.includes('Hello from Docker!') &&
        !o.output.includes('Pulling from'),
      hint: 'Run `docker run hello-world` again: the image is already here.',
      solution: ['docker run hello-world'],
    },
  ],
};

export const imagesAndLayers: Lesson = {
  id: 'images-and-layers',
  title: 'Images and layers',
  summary: 'Pull two images that share a base, and see what each layer holds and weighs.',
  seed: 2,
  setup: [],
  needs: ['pull', 'history', 'system df'],
  steps: [
    {
      text: [
        'An image is not one big file but a stack of layers: each holds the files one build instruction added or changed. Images built on the same base share its layers, and Docker stores a shared layer only once.',
        'Start with a base image: `docker pull` downloads an image without running anything.',
      ],
      task: 'Pull the `debian` image.',
      goal: (o) => hasImage(o.session, 'debian'),
      hint: '`docker pull debian` (no tag means `latest`).',
      solution: ['docker pull debian'],
    },
    {
      text: [
        'The official `nginx` image is built on Debian. Pull it and read the first layer’s line: `Already exists`. Docker compared that layer’s digest with the layers it holds and skipped the download; only the layers nginx adds come over the network.',
      ],
      task: 'Pull `nginx` and find the layer that already exists.',
      goal: (o) => hasImage(o.session, 'nginx') && o.output.includes('Already exists'),
      hint: '`docker pull nginx`: the first layer line should say `Already exists`.',
      solution: ['docker pull nginx'],
    },
    {
      text: [
        '`docker history` lists an image’s layers, newest first, with the instruction that made each one and its size. Rows of `0B` only changed settings (an environment variable, the default command); the large row at the bottom is Debian’s file system, the layer nginx shares.',
      ],
      task: 'Show the history of the nginx image.',
      goal: (o) => o.status === 0 && o.output.includes('CREATED BY') && o.output.includes('NGINX_VERSION'),
      hint: '`docker history nginx`',
      solution: ['docker history nginx'],
    },
    {
      text: [
        'How much disk do the two images take? `docker system df` sums up what Docker stores. Its SIZE for images counts the shared layer once, so it is less than the two sizes `docker images` shows added together.',
      ],
      task: 'Show Docker’s disk usage.',
      goal: (o) => o.status === 0 && /^Images\s+2\s/m.test(o.output),
      hint: '`docker system df`',
      solution: ['docker system df'],
    },
  ],
};

export const containerLifecycle: Lesson = {
  id: 'container-lifecycle',
  title: 'The container lifecycle',
  summary: 'Start, list, stop, restart, read and remove a container you named.',
  seed: 3,
  setup: ['docker pull nginx'],
  needs: ['run', 'ps', 'stop', 'start', 'logs', 'rm'],
  allowed: ['run', 'ps', 'stop', 'start', 'logs', 'rm', 'images'],
  steps: [
    {
      text: [
        'A container has a life: created, running, stopped, started again, removed. This lesson walks it with a web server, which keeps running until told to stop. Only `run`, `ps`, `stop`, `start`, `logs`, `rm` and `images` count here, so you practise these.',
        '`-d` (detached) runs the container in the background and gives you the prompt back. `--name web` gives it a name you chose, so you need not copy its ID.',
      ],
      task: 'Start nginx in the background with the name `web`.',
      goal: (o) => {
        const web = named(o.session, 'web');
        return web !== undefined && containersOf(o.session, 'nginx').includes(web) && isRunning(web);
      },
      hint: '`docker run -d --name web nginx`',
      solution: ['docker run -d --name web nginx'],
    },
    {
      text: [
        '`docker ps` lists the running containers: web should be there, with a STATUS of `Up` and its name last.',
      ],
      task: 'List the running containers.',
      goal: (o) => {
        const web = named(o.session, 'web');
        return (
          o.status === 0 &&
          /CONTAINER ID/.test(o.output) &&
          /\sweb$/m.test(o.output) &&
          !!web &&
          isRunning(web)
        );
      },
      hint: '`docker ps`',
      solution: ['docker ps'],
    },
    {
      text: [
        '`docker stop` asks the container’s main process to end (with the image’s stop signal), waits for it, and leaves the container stopped. Its files and its logs are kept.',
      ],
      task: 'Stop web.',
      goal: (o) => named(o.session, 'web')?.State.Status === 'exited',
      hint: '`docker stop web`',
      solution: ['docker stop web'],
    },
    {
      text: [
        'A stopped container can run again: the same container, with the same name and the same writable layer. `docker start` runs its program anew.',
      ],
      task: 'Start web again.',
      goal: (o) => {
        const web = named(o.session, 'web');
        return web !== undefined && isRunning(web);
      },
      hint: '`docker start web`',
      solution: ['docker start web'],
    },
    {
      text: [
        'Docker keeps whatever a container’s program prints. `docker logs` shows it: here nginx’s start-up messages, once for each time it started, with its shutdown messages in between.',
      ],
      task: 'Show web’s logs.',
      goal: (o) => o.status === 0 && o.output.includes('start worker processes'),
      hint: '`docker logs web`',
      solution: ['docker logs web'],
    },
    {
      text: [
        'Finally, remove the container. `docker rm` refuses one that is running: stop it first (`docker rm -f` would kill it and remove it in one go).',
      ],
      task: 'Remove web.',
      goal: (o) => named(o.session, 'web') === undefined,
      hint: 'Stop it, then remove it: `docker stop web`, then `docker rm web`.',
      solution: ['docker stop web', 'docker rm web'],
    },
  ],
};
