/**
 * The file trees of the catalog's layers, keyed by the layer's diffId. Kept beside the images
 * rather than inside their Layer objects, so that image records persisted in IndexedDB stay as
 * small as before: the daemon looks a catalog layer's tree up here by diffId.
 *
 * os-release texts are the distributions' own for the point release current when each image was
 * built; nginx's files are the official image's.
 */
import type { LayerTree } from '../types';
import { BOOKWORM_ROOTFS } from './debian';
import { alpineRootfs, bin, busyboxRootfs, debianRootfs, dir, file, link } from './files-base';
import { helloWorld2019, ubuntuFocal, ubuntuJammy, ubuntuNoble } from './hello-ubuntu';
import { nginx } from './servers';
import { alpine320, busybox136, registry2 } from './small';

const UBUNTU_URLS = `HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
`;

const FOCAL = debianRootfs({
  osRelease: `NAME="Ubuntu"
VERSION="20.04.3 LTS (Focal Fossa)"
ID=ubuntu
ID_LIKE=debian
PRETTY_NAME="Ubuntu 20.04.3 LTS"
VERSION_ID="20.04"
${UBUNTU_URLS}VERSION_CODENAME=focal
UBUNTU_CODENAME=focal
`,
  debianVersion: 'bullseye/sid',
  issue: 'Ubuntu 20.04.3 LTS \\n \\l\n\n',
});

const JAMMY = debianRootfs({
  osRelease: `PRETTY_NAME="Ubuntu 22.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="22.04"
VERSION="22.04.3 LTS (Jammy Jellyfish)"
VERSION_CODENAME=jammy
ID=ubuntu
ID_LIKE=debian
${UBUNTU_URLS}UBUNTU_CODENAME=jammy
`,
  debianVersion: 'bookworm/sid',
  issue: 'Ubuntu 22.04.3 LTS \\n \\l\n\n',
});

const NOBLE = debianRootfs({
  osRelease: `PRETTY_NAME="Ubuntu 24.04 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
${UBUNTU_URLS}UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`,
  debianVersion: 'trixie/sid',
  issue: 'Ubuntu 24.04 LTS \\n \\l\n\n',
});

/** bookworm as of the 2023-10 rootfs: Debian 12.2. */
const BOOKWORM = debianRootfs({
  osRelease: `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  debianVersion: '12.2',
  issue: 'Debian GNU/Linux 12 \\n \\l\n\n',
});

const ALPINE_320 = alpineRootfs(`NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.1
PRETTY_NAME="Alpine Linux v3.20"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`);

/** registry:2's base, alpine 3.18 (its own layer, not alpine:3.20's). */
const ALPINE_318 = alpineRootfs(`NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.18.4
PRETTY_NAME="Alpine Linux v3.18"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`);

/** distribution's default config, as the registry image ships it. */
const REGISTRY_CONFIG = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

const REGISTRY_ENTRYPOINT = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

/** nginx's welcome page, as the official image serves it. */
export const NGINX_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** The nginx package layer: the server, its config and its document root. */
const NGINX_PACKAGES: LayerTree = {
  '/etc/nginx': dir(),
  '/etc/nginx/nginx.conf': file(NGINX_CONF),
  '/etc/nginx/conf.d': dir(),
  '/usr/sbin/nginx': bin('nginx', 1_433_320),
  '/usr/share/nginx': dir(),
  '/usr/share/nginx/html': dir(),
  '/usr/share/nginx/html/index.html': file(NGINX_INDEX_HTML),
  '/var/cache/nginx': dir(),
  '/var/log/nginx': dir(),
  // The official image sends its logs to the container's stdout and stderr this way.
  '/var/log/nginx/access.log': link('/dev/stdout'),
  '/var/log/nginx/error.log': link('/dev/stderr'),
};

const layerId = (image: { readonly layers: readonly { readonly diffId: string }[] }, i: number): string =>
  image.layers[i]?.diffId ?? '';

export const LAYER_FILES: Readonly<Record<string, LayerTree>> = {
  [layerId(helloWorld2019, 0)]: { '/hello': bin('hello', 1_840) },
  [layerId(ubuntuFocal, 0)]: FOCAL,
  [layerId(ubuntuJammy, 0)]: JAMMY,
  [layerId(ubuntuNoble, 0)]: NOBLE,
  [BOOKWORM_ROOTFS.diffId]: BOOKWORM,
  [layerId(alpine320, 0)]: ALPINE_320,
  [layerId(busybox136, 0)]: busyboxRootfs(),
  [layerId(nginx, 1)]: NGINX_PACKAGES,
  [layerId(registry2, 0)]: ALPINE_318,
  [layerId(registry2, 1)]: { '/etc/ssl/certs/ca-certificates.crt': file('', 0o644) },
  [layerId(registry2, 2)]: { '/bin/registry': bin('registry', 16_597_400), '/var/lib/registry': dir() },
  [layerId(registry2, 3)]: { '/etc/docker/registry/config.yml': file(REGISTRY_CONFIG) },
  [layerId(registry2, 4)]: { '/entrypoint.sh': file(REGISTRY_ENTRYPOINT, 0o755) },
  [layerId(nginx, 2)]: { '/docker-entrypoint.sh': file('#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n', 0o775) },
};

/** A catalog layer's tree; an unknown layer (a private registry's, say) is empty. */
export function catalogLayerFiles(diffId: string): LayerTree {
  return LAYER_FILES[diffId] ?? {};
}
