/**
 * Docker Hub as data: what a pull of each repository:tag returns. Facts and their sources are in
 * ../shared/reference/docker-behavior.md §13–14; values marked "synthesized" were not recorded
 * anywhere we could check, and are fixed stand-ins so every learner sees the same ones.
 */
import type { ImageConfig, Layer } from './types';

export interface CatalogImage {
  /** `sha256:<64 hex>` of the image config: the image ID. */
  readonly id: string;
  /** The digest `Digest:` prints (a manifest list / index digest for official images). */
  readonly manifestDigest: string;
  readonly created: string;
  readonly architecture: string;
  readonly os: string;
  readonly dockerVersion: string;
  readonly config: ImageConfig;
  readonly layers: readonly Layer[];
  /** Which simulated program the default command runs (daemon/programs). */
  readonly program: string;
}

export interface CatalogRepository {
  /** `library/hello-world` */
  readonly path: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, CatalogImage>>;
}

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The 2019 hello-world, as in the seed walkthrough. */
const helloWorld2019: CatalogImage = {
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
  program: 'hello',
};

/**
 * ubuntu:latest as pulled in late 2021 (20.04 focal): the short layer id `7b1a6ab2e44d`, the image
 * id `ba6acccedd29`, the index digest and the 72.8MB size are from public transcripts; the
 * remaining hex of the layer, diff and config digests is synthesized.
 */
const ubuntuFocal: CatalogImage = {
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
  program: 'bash',
};

export const HUB_CATALOG: Readonly<Record<string, CatalogRepository>> = {
  'library/hello-world': {
    path: 'library/hello-world',
    description: 'Hello World! (an example of minimal Dockerization)',
    tags: { latest: helloWorld2019, linux: helloWorld2019 },
  },
  'library/ubuntu': {
    path: 'library/ubuntu',
    description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
    tags: { latest: ubuntuFocal, '20.04': ubuntuFocal, focal: ubuntuFocal },
  },
};
