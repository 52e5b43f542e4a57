import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';
const OPTS = { seed: 11, now: Date.parse('2026-11-27T10:00:00Z') };

/** The lines a command printed, between its prompt line and the next prompt. */
function printed(out: string[], cmd: string, nth = 0): string[] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = out.indexOf(`${P}${cmd}`, at + 1);
  if (at < 0) throw new Error(`no ${cmd} in transcript`);
  const end = out.findIndex((l, i) => i > at && l.startsWith(P));
  // The transcript ends with a newline: its last piece is empty.
  return out.slice(at + 1, end < 0 ? out.length - 1 : end);
}

describe('npm run sim: a private registry', () => {
  it('push, rmi, pull back from localhost:5000, and the catalog lists the repository', () => {
    const out = transcript(
      [
        'docker pull hello-world',
        'docker run -d -p 5000:5000 --name registry registry:2',
        'docker tag hello-world localhost:5000/hello-world',
        'docker push localhost:5000/hello-world',
        'docker rmi localhost:5000/hello-world',
        'docker pull localhost:5000/hello-world',
        'curl localhost:5000/v2/_catalog',
        'docker stop registry',
        'docker push localhost:5000/hello-world',
      ],
      OPTS,
    ).split('\n');
    expect(printed(out, 'docker push localhost:5000/hello-world')).toEqual([
      'Using default tag: latest',
      'The push refers to repository [localhost:5000/hello-world]',
      'af0b15c8625b: Pushed',
      'latest: digest: sha256:92c7f9c92844bbbb5d0a101b22f7c2a7949e40f8ea90c8b3bc396879d95e899a size: 524',
    ]);
    expect(printed(out, 'docker pull localhost:5000/hello-world')).toEqual([
      'Using default tag: latest',
      'latest: Pulling from hello-world',
      '1b930d010525: Already exists',
      'Digest: sha256:92c7f9c92844bbbb5d0a101b22f7c2a7949e40f8ea90c8b3bc396879d95e899a',
      'Status: Downloaded newer image for localhost:5000/hello-world:latest',
      'localhost:5000/hello-world:latest',
    ]);
    expect(printed(out, 'curl localhost:5000/v2/_catalog')).toEqual(['{"repositories":["hello-world"]}']);
    expect(printed(out, 'docker push localhost:5000/hello-world', 1)).toEqual([
      'Using default tag: latest',
      'The push refers to repository [localhost:5000/hello-world]',
      'Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused',
    ]);
  });
});

describe('npm run sim: docker cp both ways', () => {
  it('copies a page from the host into nginx, and its config out to ~', () => {
    const out = transcript(
      [
        'docker run -d -p 8080:80 --name web nginx',
        'mkdir site',
        'touch site/index.html',
        'docker cp site/index.html web:/usr/share/nginx/html/index.html',
        'curl -s localhost:8080',
        'docker cp web:/etc/nginx/nginx.conf .',
        'ls',
        'docker cp web:/nope .',
      ],
      OPTS,
    ).split('\n');
    expect(printed(out, 'docker cp site/index.html web:/usr/share/nginx/html/index.html')).toEqual([
      'Successfully copied 1.54kB to web:/usr/share/nginx/html/index.html',
    ]);
    // The page is empty now: curl prints nothing.
    expect(printed(out, 'curl -s localhost:8080')).toEqual([]);
    expect(printed(out, 'docker cp web:/etc/nginx/nginx.conf .')).toEqual([
      'Successfully copied 2.56kB to /home/learner/.',
    ]);
    expect(printed(out, 'ls')).toEqual(['nginx.conf  site']);
    expect(printed(out, 'docker cp web:/nope .')).toEqual([
      'Error response from daemon: Could not find the file /nope in container web',
    ]);
  });
});
