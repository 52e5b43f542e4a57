/**
 * A private registry typed into the real terminal: run registry:2, tag, push to localhost:5000,
 * remove the local tag, pull it back; then docker cp both ways with the host's files, which
 * survive a reload.
 */
import { expect, test } from '@playwright/test';
import { openPlayground, run } from './support/terminal';

const PUSHED = 'sha256:92c7f9c92844bbbb5d0a101b22f7c2a7949e40f8ea90c8b3bc396879d95e899a';

test.describe('private registry and docker cp', () => {
  test('push to localhost:5000, rmi, and pull it back from there', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Instant' }).check();
    await run(page, 'docker pull hello-world');
    const refused = await run(page, 'docker push localhost:5000/hello-world');
    expect(refused).toContain('An image does not exist locally with the tag: localhost:5000/hello-world');
    await run(page, 'docker run -d -p 5000:5000 --name registry registry:2');
    expect(await run(page, 'docker tag hello-world localhost:5000/hello-world')).toEqual([]);
    const pushed = await run(page, 'docker push localhost:5000/hello-world');
    expect(pushed).toEqual([
      'Using default tag: latest',
      'The push refers to repository [localhost:5000/hello-world]',
      'af0b15c8625b: Pushed',
      `latest: digest: ${PUSHED} size: 524`,
    ]);
    expect(await run(page, 'curl localhost:5000/v2/_catalog')).toEqual(['{"repositories":["hello-world"]}']);
    await run(page, 'docker rmi localhost:5000/hello-world');
    const pulled = await run(page, 'docker pull localhost:5000/hello-world');
    expect(pulled).toContain('1b930d010525: Already exists');
    expect(pulled).toContain('Status: Downloaded newer image for localhost:5000/hello-world:latest');
    expect(pulled.at(-1)).toBe('localhost:5000/hello-world:latest');
  });

  test('docker cp out of a container and back in; the host keeps its files after a reload', async ({
    page,
  }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Instant' }).check();
    await run(page, 'docker run -d --name web nginx');
    expect(await run(page, 'docker cp web:/etc/nginx/nginx.conf .')).toEqual([
      'Successfully copied 2.56kB to /home/learner/.',
    ]);
    expect(await run(page, 'ls')).toEqual(['nginx.conf']);
    expect(await run(page, 'docker cp nginx.conf web:/tmp/')).toEqual([
      'Successfully copied 2.56kB to web:/tmp/',
    ]);
    expect(await run(page, 'docker diff web')).toContain('A /tmp/nginx.conf');
    await page.reload();
    await openPlayground(page);
    expect(await run(page, 'ls -l')).toEqual([
      'total 4',
      expect.stringMatching(/^-rw-r--r-- 1 learner learner \d+ \w{3} [ \d]\d {2}\d{4} nginx\.conf$/),
    ]);
  });
});
