/**
 * hello-world (the 2019 image of the seed walkthrough) and ubuntu. Facts and their sources are in
 * ../shared/reference/docker-behavior.md §13–14; hex that no source gave is SYNTHESIZED (build.ts)
 * or, where older entries say so, a fixed stand-in kept because saved worlds already hold it.
 */
import type { CatalogImage } from '../catalog';
import { copy, nop, PATH_ENV, synthDigest, synthLayer } from './build';

/** The 2019 hello-world, as in the seed walkthrough. Do not change: saved worlds and tests rely on it. */
export const helloWorld2019: CatalogImage = {
  id: 'sha256:fce289e99eb9bca977dae136fbe2a82b6b7d4c372474c9235adc1741675f587e',
  manifestDigest: 'sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
  created: '2019-01-01T01:29:27.650294696Z',
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '18.06.1-ce',
  config: { Cmd: ['/hello'], Entrypoint: null, Env: [PATH_ENV], WorkingDir: '' },
  layers: [
    {
      digest: 'sha256:1b930d010525941c1d56ec53b97bd057a67ae1865eebf042686d2a2d18271ced',
      diffId: 'sha256:af0b15c8625bb1938f1d7b17081031f649fd14e6b233688eea3c5483994a66a3',
      compressedSize: 977,
      size: 1840,
    },
  ],
  // §12: `COPY file:f77490f70ce51da2…` and `CMD ["/hello"]`; the file hash past those 16 hex
  // and the COPY's sub-second time are from the image config as recalled, not re-checked.
  history: [
    copy(
      '2019-01-01T01:29:27.416803627Z',
      'COPY file:f77490f70ce51da25bd21bfc30cb5e1a24b2b65eb37d4af0c327ddc24f0986a6 in /',
    ),
    nop('2019-01-01T01:29:27.650294696Z', 'CMD ["/hello"]'),
  ],
  program: 'hello',
};

/** The history every ubuntu image has: the rootfs ADD, then `CMD ["bash"]` (§14: Cmd bash). */
function ubuntuHistory(created: string, file: string, version: string) {
  return [
    nop(created, 'ARG RELEASE'),
    nop(created, 'ARG LAUNCHPAD_BUILD_ARCH'),
    nop(created, 'LABEL org.opencontainers.image.ref.name=ubuntu'),
    nop(created, `LABEL org.opencontainers.image.version=${version}`),
    copy(created, `ADD file:${file} in /`),
    nop(created, 'CMD ["/bin/bash"]'),
  ];
}

/**
 * ubuntu:latest as pulled in late 2021 (20.04 focal): the short layer id `7b1a6ab2e44d`, the image
 * id `ba6acccedd29`, the index digest and the 72.8MB size are from public transcripts; the
 * remaining hex of the layer, diff and config digests is a fixed stand-in (synthesized by hand).
 * Its config says `Cmd: ["bash"]`, as the 2021 image did; the LABEL lines came in 2023.
 */
export const ubuntuFocal: CatalogImage = {
  id: 'sha256:ba6acccedd2923aee4c2acc6a23780b14ed4b8a5fa4e14e252a23b846df9b6c1',
  manifestDigest: 'sha256:626ffe58f6e7566e00254b638eb7e0f3b11d4da9675088f4781a50ae288f3322',
  created: '2021-10-16T00:37:47.578710012Z',
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.7',
  config: { Cmd: ['bash'], Entrypoint: null, Env: [PATH_ENV], WorkingDir: '' },
  layers: [
    {
      digest: 'sha256:7b1a6ab2e44dc70b9c8d37780f1c7f949f8bced8c275f55cd4a84dc65c0d44e2',
      diffId: 'sha256:9f54eef412758095c8079ac465d494a2872e02e90bf1fb5f12a1641c0d1bb78b',
      compressedSize: 28_567_101,
      size: 72_776_513,
    },
  ],
  history: [
    copy('2021-10-16T00:37:47.226745473Z', `ADD file:${synthHex64('ubuntu:20.04 file')} in /`),
    nop('2021-10-16T00:37:47.578710012Z', 'CMD ["bash"]'),
  ],
  program: 'bash',
};

/** ubuntu:22.04 (jammy), late 2023: 77.9MB in `docker images` (§14). Digests SYNTHESIZED. */
export const ubuntuJammy: CatalogImage = {
  id: synthDigest('ubuntu:22.04 config 20231016'),
  manifestDigest: synthDigest('ubuntu:22.04 index 20231016'),
  created: '2023-10-19T09:42:23.812185357Z',
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '24.0.5',
  config: { Cmd: ['/bin/bash'], Entrypoint: null, Env: [PATH_ENV], WorkingDir: '' },
  layers: [synthLayer('ubuntu:22.04 rootfs 20231016', 29_533_422, 77_863_891)],
  history: ubuntuHistory('2023-10-19T09:42:23.812185357Z', synthHex64('ubuntu:22.04 file'), '22.04'),
  program: 'bash',
};

/** ubuntu:24.04 (noble), 2024: 78.1MB in `docker images` (§14). Digests SYNTHESIZED. */
export const ubuntuNoble: CatalogImage = {
  id: synthDigest('ubuntu:24.04 config 20240801'),
  manifestDigest: synthDigest('ubuntu:24.04 index 20240801'),
  created: '2024-08-13T09:29:30.152018311Z',
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '24.0.7',
  config: { Cmd: ['/bin/bash'], Entrypoint: null, Env: [PATH_ENV], WorkingDir: '' },
  layers: [synthLayer('ubuntu:24.04 rootfs 20240801', 29_754_290, 78_118_212)],
  history: ubuntuHistory('2024-08-13T09:29:30.152018311Z', synthHex64('ubuntu:24.04 file'), '24.04'),
  program: 'bash',
};

function synthHex64(label: string): string {
  return synthDigest(label).slice(7);
}
