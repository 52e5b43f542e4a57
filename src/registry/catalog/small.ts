/**
 * The small images: alpine, busybox and the registry (built on alpine). They run busybox's
 * applets (program family `busybox` in daemon/programs.ts). CMDs, Env and typical sizes are from
 * docker-behavior.md §14; every digest is SYNTHESIZED (build.ts).
 */
import type { CatalogImage } from '../catalog';
import { copy, nop, PATH_ENV, ports, run, synthDigest, synthHex, synthLayer } from './build';

const ALPINE_320_CREATED = '2024-06-20T20:16:58.014919045Z';

/** alpine:3.20, 7.8MB in `docker images` (§14: 7.8MB/7.83MB for 3.19/3.20). */
export const alpine320: CatalogImage = {
  id: synthDigest('alpine:3.20 config 20240620'),
  manifestDigest: synthDigest('alpine:3.20 index 20240620'),
  created: ALPINE_320_CREATED,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '23.0.11',
  config: { Cmd: ['/bin/sh'], Entrypoint: null, Env: [PATH_ENV], WorkingDir: '' },
  layers: [synthLayer('alpine:3.20 rootfs 20240620', 3_623_807, 7_797_760)],
  history: [
    copy('2024-06-20T20:16:57.826431616Z', `ADD file:${synthHex('alpine:3.20 file')} in /`),
    nop(ALPINE_320_CREATED, 'CMD ["/bin/sh"]'),
  ],
  program: 'busybox',
};

/** busybox:1.36 (the glibc variant `latest` points to), 4.26MB (§14). Cmd `sh` (§14, INFERRED there). */
export const busybox136: CatalogImage = {
  id: synthDigest('busybox:1.36.1 config 20230719'),
  manifestDigest: synthDigest('busybox:1.36.1 index 20230719'),
  created: '2023-07-18T23:19:33.655005962Z',
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: { Cmd: ['sh'], Entrypoint: null, Env: [PATH_ENV], WorkingDir: '' },
  layers: [synthLayer('busybox:1.36.1 rootfs 20230719', 2_224_229, 4_261_550)],
  history: [
    copy('2023-07-18T23:19:33.538571854Z', `ADD file:${synthHex('busybox:1.36.1 file')} in /`),
    nop('2023-07-18T23:19:33.655005962Z', 'CMD ["sh"]'),
  ],
  program: 'busybox',
};

const REGISTRY_CREATED = '2023-10-02T18:42:51.104232231Z';

/**
 * registry:2 (2.8.3), the private registry of the push lessons: 25.4MB, on alpine 3.18 (its own
 * base layer, not alpine:3.20's). The program family is `busybox` until the registry gets a
 * long-running program of its own.
 */
export const registry2: CatalogImage = {
  id: synthDigest('registry:2.8.3 config 20231002'),
  manifestDigest: synthDigest('registry:2.8.3 index 20231002'),
  created: REGISTRY_CREATED,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: {
    Cmd: ['/etc/docker/registry/config.yml'],
    Entrypoint: ['/entrypoint.sh'],
    Env: [PATH_ENV],
    WorkingDir: '',
    ExposedPorts: ports('5000/tcp'),
    Volumes: { '/var/lib/registry': {} },
  },
  layers: [
    synthLayer('alpine:3.18 rootfs 20230928', 3_401_613, 7_334_216),
    synthLayer('registry:2.8.3 ca-certificates', 1_014_582, 1_464_314),
    synthLayer('registry:2.8.3 binary', 6_140_522, 16_597_400),
    synthLayer('registry:2.8.3 config.yml', 369, 295),
    synthLayer('registry:2.8.3 entrypoint.sh', 395, 155),
  ],
  history: [
    copy('2023-09-28T21:19:27.686110063Z', `ADD file:${synthHex('alpine:3.18 file')} in /`),
    nop('2023-09-28T21:19:27.801479409Z', 'CMD ["/bin/sh"]'),
    run('2023-10-02T18:42:49.205734125Z', 'set -eux; \tapk add --no-cache ca-certificates'),
    run(
      '2023-10-02T18:42:50.617262745Z',
      'set -eux; \tversion=\'2.8.3\'; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tx86_64) arch=\'amd64\' ;; \tesac; \twget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v${version}/registry_${version}_linux_${arch}.tar.gz"; \ttar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \trm registry.tar.gz; \tregistry --version',
    ),
    copy(REGISTRY_CREATED, `COPY file:${synthHex('registry config.yml')} in /etc/docker/registry/config.yml`),
    nop(REGISTRY_CREATED, 'VOLUME [/var/lib/registry]'),
    nop(REGISTRY_CREATED, 'EXPOSE 5000'),
    copy(REGISTRY_CREATED, `COPY file:${synthHex('registry entrypoint.sh')} in /entrypoint.sh`),
    nop(REGISTRY_CREATED, 'ENTRYPOINT ["/entrypoint.sh"]'),
    nop(REGISTRY_CREATED, 'CMD ["/etc/docker/registry/config.yml"]'),
  ],
  program: 'busybox',
};
