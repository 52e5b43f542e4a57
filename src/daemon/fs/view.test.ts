import { describe, expect, it } from 'vitest';
import { HUB_CATALOG } from '../../registry/catalog';
import { comparePaths, normalize } from './path';
import { ContainerFs, lowerOf } from './view';

const ubuntu = { Layers: HUB_CATALOG['library/ubuntu']?.tags.latest?.layers ?? [] };
const alpine = { Layers: HUB_CATALOG['library/alpine']?.tags.latest?.layers ?? [] };
const nginx = { Layers: HUB_CATALOG['library/nginx']?.tags.latest?.layers ?? [] };

describe('the union filesystem', () => {
  it('merges the image layers: the debian rootfs under nginx, with its own files on top', () => {
    const fs = new ContainerFs(lowerOf(nginx), undefined, 0);
    const os = fs.resolve('/etc/os-release');
    expect('entry' in os && os.entry.type === 'file' && os.entry.data).toContain(
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
    );
    const index = fs.resolve('/usr/share/nginx/html/index.html');
    expect('entry' in index && index.entry.type === 'file' && index.entry.data).toContain(
      '<title>Welcome to nginx!</title>',
    );
  });

  it('follows links in the middle of a path: /bin is usr/bin on ubuntu', () => {
    const fs = new ContainerFs(lowerOf(ubuntu), undefined, 0);
    expect(fs.resolve('/bin/ls')).toMatchObject({ path: '/usr/bin/ls' });
    expect(fs.resolve('/bin', false)).toMatchObject({ path: '/bin', entry: { type: 'link' } });
    expect(fs.resolve('/etc/os-release/x')).toEqual({ error: 'ENOTDIR' });
    expect(fs.resolve('/nosuch/x')).toEqual({ error: 'ENOENT' });
  });

  it('writes and deletes in the writable layer only, with whiteouts over the image', () => {
    const fs = new ContainerFs(lowerOf(alpine), undefined, 0);
    fs.write('/tmp/x', { type: 'file', data: 'hi\n' }, 5);
    fs.remove('/etc/os-release', 6);
    expect(fs.list('/tmp')).toEqual(['x']);
    expect(fs.resolve('/etc/os-release')).toEqual({ error: 'ENOENT' });
    expect(fs.writable()).toEqual({
      '/etc': { type: 'dir', mtime: 6 },
      '/etc/os-release': { type: 'whiteout' },
      '/tmp': { type: 'dir', mode: 0o1777, mtime: 5 },
      '/tmp/x': { type: 'file', data: 'hi\n' },
    });
    // Another container from the same image starts from the image alone.
    expect(new ContainerFs(lowerOf(alpine), undefined, 0).list('/tmp')).toEqual([]);
    // The same writable layer, reloaded, shows the same changes (a restarted container).
    const again = new ContainerFs(lowerOf(alpine), fs.writable(), 0);
    expect(again.list('/tmp')).toEqual(['x']);
  });

  it('keeps a recreated directory empty of what the image held in it', () => {
    const fs = new ContainerFs(lowerOf(ubuntu), undefined, 0);
    fs.remove('/etc', 1);
    fs.write('/etc', { type: 'dir' }, 2);
    expect(fs.list('/etc')).toEqual([]);
    expect(fs.writable()['/etc']).toEqual({ type: 'dir', opaque: true });
  });
});

describe('paths', () => {
  it('normalizes against the working directory', () => {
    expect(normalize('/tmp', 'a/../b/./c')).toBe('/tmp/b/c');
    expect(normalize('/tmp', '/../..')).toBe('/');
  });
  it("sorts as docker diff lists: a directory's contents before its siblings", () => {
    expect(['/tmp-old', '/tmp/x', '/tmp'].sort(comparePaths)).toEqual(['/tmp', '/tmp/x', '/tmp-old']);
  });
});
