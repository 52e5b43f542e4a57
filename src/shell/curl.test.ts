import { describe, expect, it } from 'vitest';
import { newSession, runLine } from './index';
import type { CommandResult, Session } from './types';

const host = { clock: { now: () => Date.parse('2026-11-27T09:00:00Z') } };
const text = (r: CommandResult) => r.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
function lines(...ls: string[]): Session {
  let s = newSession(5);
  for (const l of ls) s = runLine(s, l, host).session;
  return s;
}

describe('curl on the host', () => {
  it('without a URL prints curl’s hint and exits 2', () => {
    const r = runLine(newSession(1), 'curl', host);
    expect(text(r)).toBe("curl: try 'curl --help' or 'curl --manual' for more information\n");
    expect(r.status).toBe(2);
  });

  it('an unpublished port is refused as curl 7.88 reports it (exit 7)', () => {
    const r = runLine(newSession(1), 'curl http://localhost:8080', host);
    expect(text(r)).toBe(
      "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n",
    );
    expect(r.status).toBe(7);
  });

  it('a published nginx serves its welcome page and logs the request in combined format', () => {
    const s = lines('docker run -d -p 8080:80 --name web nginx');
    const r = runLine(s, 'curl http://127.0.0.1:8080/', host);
    expect(r.status).toBe(0);
    expect(text(r)).toContain('<title>Welcome to nginx!</title>');
    expect(text(runLine(r.session, 'docker logs web', host))).toContain(
      '172.17.0.1 - - [27/Nov/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"\n',
    );
  });

  it('httpd answers It works!; a stopped server is refused again', () => {
    const s = lines('docker run -d -p 80:80 --name ht httpd');
    expect(text(runLine(s, 'curl localhost', host))).toBe('<html><body><h1>It works!</h1></body></html>\n');
    const stopped = lines('docker run -d -p 80:80 --name ht httpd', 'docker stop ht');
    expect(runLine(stopped, 'curl localhost', host).status).toBe(7);
  });

  it('a port mapped to where nothing listens is reset; other hosts do not resolve', () => {
    const s = lines('docker run -d -p 8081:81 nginx');
    expect(text(runLine(s, 'curl localhost:8081', host))).toBe(
      'curl: (56) Recv failure: Connection reset by peer\n',
    );
    expect(runLine(s, 'curl http://example.com', host).status).toBe(6);
  });
});
