/**
 * The server images: nginx, httpd, redis, postgres, all on the shared bookworm layer (debian.ts),
 * as built in autumn 2023 by the classic builder. ENTRYPOINT/CMD/EXPOSE/Env follow
 * docker-behavior.md §14 and the official images' Dockerfiles; sizes add up to the typical
 * `docker images` SIZE (nginx 187MB, redis 138MB). Digests and checksums are SYNTHESIZED.
 *
 * Program family: `bash` (they are debian images) until each gets its long-running program; until
 * then their default command is not found in that family and `docker run nginx` fails with 127.
 */
import type { CatalogImage } from '../catalog';
import {
  copy,
  EMPTY_LAYER,
  nop,
  PATH_ENV,
  ports,
  run,
  synthDigest,
  synthHex,
  synthLayer,
  workdir,
} from './build';
import { BOOKWORM_HISTORY, BOOKWORM_ROOTFS } from './debian';

const NGINX_AT = '2023-10-11T04:10:03.000000000Z';
const NGINX_ENV = [PATH_ENV, 'NGINX_VERSION=1.25.2', 'NJS_VERSION=0.8.0', 'PKG_RELEASE=1~bookworm'];

export const nginx: CatalogImage = {
  id: synthDigest('nginx:1.25.2 config 20231011'),
  manifestDigest: synthDigest('nginx:1.25.2 index 20231011'),
  created: NGINX_AT,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: {
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Env: NGINX_ENV,
    WorkingDir: '',
    ExposedPorts: ports('80/tcp'),
    StopSignal: 'SIGQUIT',
  },
  layers: [
    BOOKWORM_ROOTFS,
    synthLayer('nginx:1.25.2 packages', 29_124_913, 70_450_118),
    synthLayer('nginx docker-entrypoint.sh', 627, 1_620),
    synthLayer('nginx 10-listen-on-ipv6-by-default.sh', 956, 2_125),
    synthLayer('nginx 15-local-resolvers.envsh', 404, 336),
    synthLayer('nginx 20-envsubst-on-templates.sh', 1_209, 3_018),
    synthLayer('nginx 30-tune-worker-processes.sh', 1_401, 4_619),
  ],
  history: [
    ...BOOKWORM_HISTORY,
    nop(NGINX_AT, 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
    ...NGINX_ENV.slice(1).map((e) => nop(NGINX_AT, `ENV ${e}`)),
    run(
      NGINX_AT,
      'set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     && apt-get install --no-install-recommends --no-install-suggests -y nginx=${NGINX_VERSION}-${PKG_RELEASE}     && rm -rf /var/lib/apt/lists/*     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log',
    ),
    copy(NGINX_AT, `COPY file:${synthHex('nginx docker-entrypoint.sh')} in /`),
    copy(NGINX_AT, `COPY file:${synthHex('nginx 10-listen')} in /docker-entrypoint.d`),
    copy(NGINX_AT, `COPY file:${synthHex('nginx 15-local')} in /docker-entrypoint.d`),
    copy(NGINX_AT, `COPY file:${synthHex('nginx 20-envsubst')} in /docker-entrypoint.d`),
    copy(NGINX_AT, `COPY file:${synthHex('nginx 30-tune')} in /docker-entrypoint.d`),
    nop(NGINX_AT, 'ENTRYPOINT ["/docker-entrypoint.sh"]'),
    nop(NGINX_AT, 'EXPOSE 80'),
    nop(NGINX_AT, 'STOPSIGNAL SIGQUIT'),
    nop(NGINX_AT, 'CMD ["nginx" "-g" "daemon off;"]'),
  ],
  program: 'bash',
};

const HTTPD_AT = '2023-10-11T06:31:44.000000000Z';
const HTTPD_ENV = [
  'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'HTTPD_PREFIX=/usr/local/apache2',
  'HTTPD_VERSION=2.4.57',
  `HTTPD_SHA256=${synthHex('httpd-2.4.57.tar.bz2 sha256')}`,
  'HTTPD_PATCHES=',
];

/** httpd:2.4 (2.4.57), 168MB. */
export const httpd: CatalogImage = {
  id: synthDigest('httpd:2.4.57 config 20231011'),
  manifestDigest: synthDigest('httpd:2.4.57 index 20231011'),
  created: HTTPD_AT,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: {
    Cmd: ['httpd-foreground'],
    Entrypoint: null,
    Env: HTTPD_ENV,
    WorkingDir: '/usr/local/apache2',
    ExposedPorts: ports('80/tcp'),
    StopSignal: 'SIGWINCH',
  },
  layers: [
    BOOKWORM_ROOTFS,
    synthLayer('httpd mkdir', 176, 0),
    EMPTY_LAYER,
    synthLayer('httpd runtime deps', 1_530_221, 3_624_815),
    synthLayer('httpd build', 24_913_077, 47_814_522),
    synthLayer('httpd-foreground', 291, 138),
  ],
  history: [
    ...BOOKWORM_HISTORY,
    nop(HTTPD_AT, `ENV ${HTTPD_ENV[1]}`),
    nop(HTTPD_AT, `ENV ${HTTPD_ENV[0]}`),
    run(HTTPD_AT, 'mkdir -p "$HTTPD_PREFIX"     && chown www-data:www-data "$HTTPD_PREFIX"'),
    workdir(HTTPD_AT, '/usr/local/apache2'),
    run(
      HTTPD_AT,
      'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/*',
    ),
    ...HTTPD_ENV.slice(2).map((e) => nop(HTTPD_AT, `ENV ${e}`)),
    run(
      HTTPD_AT,
      'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdirmngr \t\tdpkg-dev \t\tgcc \t\tgnupg \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tmake \t\twget \t; \t./configure --build="$gnuArch" --prefix="$HTTPD_PREFIX" --enable-mods-shared=reallyall --enable-mpms-shared=all; \tmake -j "$(nproc)"; \tmake install; \thttpd -v',
    ),
    nop(HTTPD_AT, 'STOPSIGNAL SIGWINCH'),
    copy(HTTPD_AT, `COPY file:${synthHex('httpd-foreground file')} in /usr/local/bin/`),
    nop(HTTPD_AT, 'EXPOSE 80'),
    nop(HTTPD_AT, 'CMD ["httpd-foreground"]'),
  ],
  program: 'bash',
};

const REDIS_AT = '2023-10-11T05:21:07.000000000Z';
const REDIS_ENV = [
  PATH_ENV,
  'GOSU_VERSION=1.16',
  'REDIS_VERSION=7.2.1',
  'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.2.1.tar.gz',
  `REDIS_DOWNLOAD_SHA=${synthHex('redis-7.2.1.tar.gz sha256')}`,
];

/** redis:7.2 (7.2.1), 138MB. */
export const redis: CatalogImage = {
  id: synthDigest('redis:7.2.1 config 20231011'),
  manifestDigest: synthDigest('redis:7.2.1 index 20231011'),
  created: REDIS_AT,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: {
    Cmd: ['redis-server'],
    Entrypoint: ['docker-entrypoint.sh'],
    Env: REDIS_ENV,
    WorkingDir: '/data',
    ExposedPorts: ports('6379/tcp'),
    Volumes: { '/data': {} },
  },
  layers: [
    BOOKWORM_ROOTFS,
    synthLayer('redis groupadd', 1_107, 329_112),
    synthLayer('redis gosu', 1_255_740, 4_105_315),
    synthLayer('redis build', 6_902_110, 17_198_711),
    synthLayer('redis mkdir /data', 98, 0),
    EMPTY_LAYER,
    synthLayer('redis docker-entrypoint.sh', 575, 661),
  ],
  history: [
    ...BOOKWORM_HISTORY,
    run(REDIS_AT, 'groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis'),
    nop(REDIS_AT, `ENV ${REDIS_ENV[1]}`),
    run(
      REDIS_AT,
      'set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true',
    ),
    ...REDIS_ENV.slice(2).map((e) => nop(REDIS_AT, `ENV ${e}`)),
    run(
      REDIS_AT,
      'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t; \twget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \techo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \tredis-cli --version; \tredis-server --version',
    ),
    run(REDIS_AT, 'mkdir /data && chown redis:redis /data'),
    nop(REDIS_AT, 'VOLUME [/data]'),
    workdir(REDIS_AT, '/data'),
    copy(REDIS_AT, `COPY file:${synthHex('redis docker-entrypoint.sh file')} in /usr/local/bin/`),
    nop(REDIS_AT, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
    nop(REDIS_AT, 'EXPOSE 6379'),
    nop(REDIS_AT, 'CMD ["redis-server"]'),
  ],
  program: 'bash',
};

const PG_AT = '2023-10-11T07:02:18.000000000Z';
const PG_ENV = [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/16/bin',
  'GOSU_VERSION=1.16',
  'LANG=en_US.utf8',
  'PG_MAJOR=16',
  'PG_VERSION=16.0-1.pgdg120+1',
  'PGDATA=/var/lib/postgresql/data',
];

/** postgres:16 (16.0), 425MB. */
export const postgres: CatalogImage = {
  id: synthDigest('postgres:16.0 config 20231011'),
  manifestDigest: synthDigest('postgres:16.0 index 20231011'),
  created: PG_AT,
  architecture: 'amd64',
  os: 'linux',
  dockerVersion: '20.10.23',
  config: {
    Cmd: ['postgres'],
    Entrypoint: ['docker-entrypoint.sh'],
    Env: PG_ENV,
    WorkingDir: '',
    ExposedPorts: ports('5432/tcp'),
    StopSignal: 'SIGINT',
    Volumes: { '/var/lib/postgresql/data': {} },
  },
  layers: [
    BOOKWORM_ROOTFS,
    synthLayer('postgres useradd', 4_311, 10_952),
    synthLayer('postgres gosu', 1_256_014, 4_105_318),
    synthLayer('postgres locales', 8_046_117, 25_418_830),
    synthLayer('postgres libnss-wrapper', 1_195_377, 3_518_117),
    synthLayer('postgres mkdir initdb', 116, 0),
    synthLayer('postgres packages', 109_874_332, 275_412_019),
    synthLayer('postgres sample conf', 9_562, 56_109),
    synthLayer('postgres run dir', 121, 0),
    synthLayer('postgres data dir', 170, 0),
    synthLayer('postgres docker-entrypoint.sh', 4_514, 12_305),
  ],
  history: [
    ...BOOKWORM_HISTORY,
    run(
      PG_AT,
      'set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tmkdir -p /var/lib/postgresql; \tchown -R postgres:postgres /var/lib/postgresql',
    ),
    nop(PG_AT, `ENV ${PG_ENV[1]}`),
    run(
      PG_AT,
      'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates wget; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version',
    ),
    run(
      PG_AT,
      "set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \tlocaledef -i en_US -c -f UTF-8 -A /usr/share/locale/locale.alias en_US.UTF-8",
    ),
    nop(PG_AT, `ENV ${PG_ENV[2]}`),
    run(
      PG_AT,
      'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibnss-wrapper \t\txz-utils \t\tzstd \t; \trm -rf /var/lib/apt/lists/*',
    ),
    run(PG_AT, 'mkdir /docker-entrypoint-initdb.d'),
    nop(PG_AT, `ENV ${PG_ENV[3]}`),
    nop(PG_AT, `ENV ${PG_ENV[0]}`),
    nop(PG_AT, `ENV ${PG_ENV[4]}`),
    run(
      PG_AT,
      'set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch="$(dpkg --print-architecture)"; \techo "deb http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR" > /etc/apt/sources.list.d/pgdg.list; \tapt-get update; \tapt-get install -y --no-install-recommends "postgresql-$PG_MAJOR=$PG_VERSION"; \trm -rf /var/lib/apt/lists/*',
    ),
    run(
      PG_AT,
      'set -eux; \tdpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; \tcp -v /usr/share/postgresql/postgresql.conf.sample.dpkg /usr/share/postgresql/postgresql.conf.sample; \tsed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/share/postgresql/postgresql.conf.sample',
    ),
    run(
      PG_AT,
      'mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql',
    ),
    nop(PG_AT, `ENV ${PG_ENV[5]}`),
    run(PG_AT, 'mkdir -p "$PGDATA" && chown -R postgres:postgres "$PGDATA" && chmod 1777 "$PGDATA"'),
    nop(PG_AT, 'VOLUME [/var/lib/postgresql/data]'),
    copy(PG_AT, `COPY file:${synthHex('postgres docker-entrypoint.sh file')} in /usr/local/bin/`),
    nop(PG_AT, 'ENTRYPOINT ["docker-entrypoint.sh"]'),
    nop(PG_AT, 'STOPSIGNAL SIGINT'),
    nop(PG_AT, 'EXPOSE 5432'),
    nop(PG_AT, 'CMD ["postgres"]'),
  ],
  program: 'bash',
};
