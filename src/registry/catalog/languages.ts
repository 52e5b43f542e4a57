/**
 * python and node, the full (non-slim) variants: both are built on buildpack-deps:bookworm, itself
 * on the shared bookworm layer, so the three buildpack-deps layers are shared objects too and a
 * pull of node after python finds four layers that already exist. Env/CMD from
 * docker-behavior.md §14; sizes add up to 1.01GB (python) and 1.1GB (node). Digests SYNTHESIZED.
 *
 * Program family `bash` until they get interpreters: `docker run python` finds no `python3` yet.
 */
import type { CatalogImage } from '../catalog';
import { copy, nop, run, synthDigest, synthHex, synthLayer } from './build';
import { BOOKWORM_HISTORY, BOOKWORM_ROOTFS } from './debian';

const BUILDPACK_AT = '2023-10-11T02:14:39.000000000Z';

/** buildpack-deps:bookworm-curl, -scm and bookworm, as shared layer objects. */
const BUILDPACK_LAYERS = [
  BOOKWORM_ROOTFS,
  synthLayer('buildpack-deps:bookworm-curl', 7_862_417, 18_921_470),
  synthLayer('buildpack-deps:bookworm-scm', 23_578_310, 58_412_390),
  synthLayer('buildpack-deps:bookworm', 211_017_022, 588_566_321),
];

const BUILDPACK_HISTORY = [
  ...BOOKWORM_HISTORY,
  run(
    BUILDPACK_AT,
    'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/*',
  ),
  run(
    BUILDPACK_AT,
    'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/*',
  ),
  run(
    BUILDPACK_AT,
    'set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibssl-dev \t\tmake \t\tpatch \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/*',
  ),
];

const PY_AT = '2023-10-11T08:12:54.000000000Z';
const PY_ENV = [
  'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'LANG=C.UTF-8',
  'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
  'PYTHON_VERSION=3.12.0',
];

/** python:3.12 (3.12.0), 1.01GB. */
export const python: CatalogImage = {
  id: synthDigest('python:3.12.0 config 20231011'),
  manifestDigest: synthDigest('python:3.12.0 index 20231011'),
  created: PY_AT,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: { Cmd: ['python3'], Entrypoint: null, Env: PY_ENV, WorkingDir: '' },
  layers: [
    ...BUILDPACK_LAYERS,
    synthLayer('python:3.12.0 deps', 6_159_120, 18_470_144),
    synthLayer('python:3.12.0 build', 62_440_931, 213_877_219),
    synthLayer('python:3.12.0 symlinks', 243, 32),
  ],
  history: [
    ...BUILDPACK_HISTORY,
    nop(PY_AT, 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
    nop(PY_AT, 'ENV LANG=C.UTF-8'),
    run(
      PY_AT,
      'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/*',
    ),
    nop(PY_AT, `ENV ${PY_ENV[2]}`),
    nop(PY_AT, `ENV ${PY_ENV[3]}`),
    run(
      PY_AT,
      'set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \tmkdir -p /usr/src/python; \ttar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \tcd /usr/src/python; \t./configure --enable-loadable-sqlite-extensions --enable-optimizations --enable-option-checking=fatal --enable-shared --with-lto --with-system-expat --without-ensurepip; \tmake -j "$(nproc)"; \tmake install; \tldconfig; \tpython3 --version',
    ),
    run(
      PY_AT,
      'set -eux; \tfor src in idle3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone',
    ),
    nop(PY_AT, 'CMD ["python3"]'),
  ],
  program: 'bash',
};

const NODE_AT = '2023-10-11T09:40:15.000000000Z';
const NODE_ENV = [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'NODE_VERSION=20.8.0',
  'YARN_VERSION=1.22.19',
];

/** node:20 (20.8.0), 1.1GB. */
export const node: CatalogImage = {
  id: synthDigest('node:20.8.0 config 20231011'),
  manifestDigest: synthDigest('node:20.8.0 index 20231011'),
  created: NODE_AT,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: { Cmd: ['node'], Entrypoint: ['docker-entrypoint.sh'], Env: NODE_ENV, WorkingDir: '' },
  layers: [
    ...BUILDPACK_LAYERS,
    synthLayer('node groupadd', 3_371, 333_086),
    synthLayer('node:20.8.0 install', 48_453_017, 311_402_116),
    synthLayer('node yarn 1.22.19', 2_284_104, 5_341_010),
    synthLayer('node docker-entrypoint.sh', 451, 388),
  ],
  history: [
    ...BUILDPACK_HISTORY,
    run(
      NODE_AT,
      'groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node',
    ),
    nop(NODE_AT, `ENV ${NODE_ENV[1]}`),
    run(
      NODE_AT,
      'ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in     amd64) ARCH=\'x64\';;   esac   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz"   && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && node --version   && npm --version',
    ),
    nop(NODE_AT, `ENV ${NODE_ENV[2]}`),
    run(
      NODE_AT,
      'set -ex   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && yarn --version',
    ),
    copy(NODE_AT, `COPY file:${synthHex('node docker-entrypoint.sh file')} in /usr/local/bin/`),
    nop(NODE_AT, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
    nop(NODE_AT, 'CMD ["node"]'),
  ],
  program: 'bash',
};
