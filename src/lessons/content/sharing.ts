/** Lessons 6–8: tags and registries, cleaning up, and making an image of your own. */
import type { Lesson } from '../types';
import {
  attachedContainer,
  containers,
  containersOf,
  hasImage,
  images,
  isRunning,
  publishes,
  wrote,
} from '../world';

const MINE = 'localhost:5000/hello-world';

export const tagsAndRegistries: Lesson = {
  id: 'tags-and-registries',
  title: 'Tags and registries',
  summary: 'Run a private registry, push an image to it and pull it back.',
  seed: 6,
  setup: ['docker pull hello-world'],
  needs: ['run', 'tag', 'push', 'rmi', 'pull'],
  steps: [
    {
      text: [
        'A registry is a service that stores images; Docker Hub is one, and you can run your own. The official `registry` image is such a service: run it in the background and publish its port 5000.',
      ],
      task: 'Run `registry:2` in the background, named `registry`, on port 5000.',
      goal: (o) =>
        containersOf(o.session, 'registry:2').some((c) => isRunning(c) && publishes(c, 5000, '5000')),
      hint: '`docker run -d -p 5000:5000 --name registry registry:2`',
      solution: ['docker run -d -p 5000:5000 --name registry registry:2'],
    },
    {
      text: [
        'An image’s name says where it lives. `localhost:5000/hello-world` means the repository `hello-world` on the registry at `localhost:5000`; a name with no host part means Docker Hub. `docker tag` gives an image one more name: nothing is copied, both names point at the same image ID.',
      ],
      task: `Give the hello-world image the name \`${MINE}\`.`,
      goal: (o) => hasImage(o.session, MINE),
      hint: `\`docker tag hello-world ${MINE}\``,
      solution: [`docker tag hello-world ${MINE}`],
    },
    {
      text: [
        '`docker push` uploads an image to the registry its name points at: each layer the registry lacks, then the manifest that lists them.',
      ],
      task: 'Push it to your registry.',
      goal: (o) => o.status === 0 && o.output.includes(MINE),
      hint: `\`docker push ${MINE}\``,
      solution: [`docker push ${MINE}`],
    },
    {
      text: [
        'Remove the local name. `docker rmi` with a name that is one of several only untags: the image itself stays, still called hello-world.',
      ],
      task: `Remove the local \`${MINE}\` name.`,
      goal: (o) => o.status === 0 && !hasImage(o.session, MINE) && hasImage(o.session, 'hello-world'),
      hint: `\`docker rmi ${MINE}\``,
      solution: [`docker rmi ${MINE}`],
    },
    {
      text: [
        'Pull it back. Because of its name, the pull asks your registry at localhost:5000, not Docker Hub: what you pushed is there for any machine that can reach it.',
      ],
      task: 'Pull the image back from your registry.',
      goal: (o) =>
        o.status === 0 && hasImage(o.session, MINE) && /Status: .*localhost:5000\/hello-world/.test(o.output),
      hint: `\`docker pull ${MINE}\``,
      solution: [`docker pull ${MINE}`],
    },
  ],
};

export const cleanUp: Lesson = {
  id: 'clean-up',
  title: 'Clean-up',
  summary: 'Remove containers and images, meet the conflicts, and prune.',
  seed: 7,
  setup: ['docker run hello-world', 'docker run hello-world', 'docker run -d --name web nginx'],
  needs: ['rmi', 'container prune', 'rm', 'image prune', 'system df'],
  steps: [
    {
      text: [
        'Stopped containers and unused images take disk space until you remove them. This machine has two stopped hello-world containers and a running nginx named web.',
        'An image that a container was made from cannot be removed while that container exists, even a stopped one: the container’s writable layer sits on the image’s layers.',
      ],
      task: 'Try to remove the hello-world image, and read why Docker refuses.',
      goal: (o) => o.status !== 0 && o.output.includes('conflict') && hasImage(o.session, 'hello-world'),
      hint: '`docker rmi hello-world`: it should fail with a conflict.',
      solution: ['docker rmi hello-world'],
    },
    {
      text: [
        '`docker container prune` removes every stopped container at once. It asks first; `-f` (force) skips the question. Running containers are left alone.',
      ],
      task: 'Remove all stopped containers.',
      goal: (o) => containers(o.session).length > 0 && containers(o.session).every(isRunning),
      hint: '`docker container prune -f`, or answer `y` to its question.',
      solution: ['docker container prune -f'],
    },
    {
      text: ['Nothing uses hello-world now.'],
      task: 'Remove the hello-world image.',
      goal: (o) => !hasImage(o.session, 'hello-world'),
      hint: '`docker rmi hello-world`',
      solution: ['docker rmi hello-world'],
    },
    {
      text: ['`docker rm` refuses a running container; `-f` kills it first and then removes it.'],
      task: 'Remove web, running as it is, in one command.',
      goal: (o) => containers(o.session).length === 0,
      hint: '`docker rm -f web`',
      solution: ['docker rm -f web'],
    },
    {
      text: [
        '`docker image prune` removes dangling images (ones left without a name). With `-a` it removes every image no container uses; `-f` skips its question.',
      ],
      task: 'Remove every unused image.',
      goal: (o) => images(o.session).length === 0,
      hint: '`docker image prune -a -f`',
      solution: ['docker image prune -a -f'],
    },
    {
      text: ['Check the result: Docker should now hold nothing at all.'],
      task: 'Show Docker’s disk usage.',
      goal: (o) => o.status === 0 && /^Images\s+0\s+0\s+0B/m.test(o.output),
      hint: '`docker system df`',
      solution: ['docker system df'],
    },
  ],
};

export const buildYourOwn: Lesson = {
  id: 'build-your-own',
  title: 'Building your own image',
  summary: 'Change a container, commit it as a new image and run that image.',
  seed: 8,
  setup: ['docker pull ubuntu'],
  needs: ['run', 'commit'],
  steps: [
    {
      text: [
        'An image of your own is the image you started from plus a layer of your changes. The quickest way to make one is to make the changes in a container and then commit it. (A Dockerfile writes the same steps down so they can be repeated; that comes when `docker build` does.)',
      ],
      task: 'Start an interactive bash shell in an ubuntu container named `builder`.',
      goal: (o) => {
        const c = attachedContainer(o.session);
        return c !== undefined && containersOf(o.session, 'ubuntu').includes(c);
      },
      hint: '`docker run -it --name builder ubuntu bash`',
      solution: ['docker run -it --name builder ubuntu bash'],
    },
    {
      text: ['Make the change your image should carry: a directory with a file in it.'],
      task: 'Create the directory `/app` and an empty file `/app/hello.txt`.',
      goal: (o) => {
        const c = attachedContainer(o.session);
        return c !== undefined && wrote(c, '/app/hello.txt');
      },
      hint: '`mkdir /app`, then `touch /app/hello.txt`',
      solution: ['mkdir /app', 'touch /app/hello.txt'],
    },
    {
      text: ['Leave the shell; the stopped container keeps your change.'],
      task: 'Leave the container’s shell.',
      goal: (o) =>
        o.session.attached === undefined &&
        containersOf(o.session, 'ubuntu').some((c) => wrote(c, '/app/hello.txt')),
      hint: '`exit`',
      solution: ['exit'],
    },
    {
      text: [
        '`docker commit` turns a container’s writable layer into a new read-only layer, stacked on the layers of its image, and names the result.',
      ],
      task: 'Commit builder as an image named `my-ubuntu`.',
      goal: (o) => hasImage(o.session, 'my-ubuntu'),
      hint: '`docker commit builder my-ubuntu`',
      solution: ['docker commit builder my-ubuntu'],
    },
    {
      text: ['Every container made from `my-ubuntu` starts with your file already there.'],
      task: 'List `/app` in a new container from my-ubuntu.',
      goal: (o) =>
        o.status === 0 && o.output.includes('hello.txt') && containersOf(o.session, 'my-ubuntu').length > 0,
      hint: '`docker run my-ubuntu ls /app`',
      solution: ['docker run my-ubuntu ls /app'],
    },
  ],
};
