/**
 * Long-running servers (nginx, httpd, redis, postgres, registry): PID 1 prints its start-up log and
 * keeps running until a signal ends it. The lines are the official images' own, with our times,
 * pids and versions (the catalog's); what each prints on its stop signal is its shutdown log.
 */
import type { Container, Image, OutputChunk } from './types';

export type ServiceName = 'nginx' | 'httpd' | 'redis' | 'postgres' | 'registry';

/** Signals by name, as `docker stop -s` / `kill -s` and STOPSIGNAL spell them, and their numbers. */
export const SIGNALS: Readonly<Record<string, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGTERM: 15,
  SIGWINCH: 28,
};

/** `TERM`, `sigterm`, `15` → `SIGTERM` (moby signal.ParseSignal); undefined when unknown. */
export function parseSignal(raw: string): string | undefined {
  if (/^\d+$/.test(raw)) return Object.keys(SIGNALS).find((k) => SIGNALS[k] === Number(raw));
  const name = raw.toUpperCase().startsWith('SIG') ? raw.toUpperCase() : `SIG${raw.toUpperCase()}`;
  return SIGNALS[name] !== undefined ? name : undefined;
}

/** The entrypoint wrappers the images put before the server's own command. */
const WRAPPERS = new Set(['/docker-entrypoint.sh', 'docker-entrypoint.sh', '/entrypoint.sh']);

/** Which server a command line starts, by its first word after the entrypoint wrapper. */
function serverOf(argv: readonly string[]): ServiceName | undefined {
  const words = argv[0] !== undefined && WRAPPERS.has(argv[0]) ? argv.slice(1) : argv;
  const first = words[0] ?? '';
  const base = first.slice(first.lastIndexOf('/') + 1);
  if (base === 'nginx') return 'nginx';
  if (base === 'httpd-foreground') return 'httpd';
  if (base === 'redis-server') return 'redis';
  if (base === 'postgres') return 'postgres';
  // registry's entrypoint.sh turns a config file argument into `registry serve <file>`.
  if (argv[0] === '/entrypoint.sh' && (base.endsWith('.yml') || base === 'serve')) return 'registry';
  return undefined;
}

/**
 * The server this container's PID 1 is, if any: the image's own default command must start that
 * server too, so `docker run ubuntu nginx` stays a missing binary and `docker run nginx bash` a shell.
 */
export function serviceOf(
  img: Image | undefined,
  c: Pick<Container, 'Path' | 'Args'>,
): ServiceName | undefined {
  if (!img) return undefined;
  const own = serverOf([...(img.Config.Entrypoint ?? []), ...(img.Config.Cmd ?? [])]);
  return own !== undefined && serverOf([c.Path, ...c.Args]) === own ? own : undefined;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** nginx's error log time: `2024/01/01 12:00:00`. */
function nginxTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** redis's log time: `01 Jan 2024 12:00:00.000`. */
function redisTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
}

/** PostgreSQL's log_line_prefix time: `2024-01-01 12:00:00.000 UTC`. */
const pgTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 23).replace('T', ' ')} UTC`;

/** Apache's error log time: `Mon Jan 01 12:00:00.000000 2024`. */
function apacheTime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.toISOString().slice(11, 23)}000 ${d.getUTCFullYear()}`;
}

const registryTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 23)}000000Z`;

function envOf(c: Container, name: string): string | undefined {
  const kv = c.Config.Env.findLast((e) => e.startsWith(`${name}=`));
  return kv?.slice(name.length + 1);
}

const chunk = (stream: OutputChunk['stream'], lines: readonly string[], time: number): OutputChunk => ({
  stream,
  data: `${lines.join('\n')}\n`,
  time,
});

/** The worker pids nginx logs: one per CPU of the simulated host (docker info's 4). */
const NGINX_WORKERS = [29, 30, 31, 32];

export interface ServiceStart {
  readonly output: readonly OutputChunk[];
  /** Set when the server refuses to start (postgres without a password): it exits with this. */
  readonly exitCode?: number;
}

/** What the server prints as it starts, at `now`. */
export function startService(name: ServiceName, c: Container, now: number): ServiceStart {
  switch (name) {
    case 'nginx': {
      const t = nginxTime(now);
      const version = envOf(c, 'NGINX_VERSION') ?? '1.25.2';
      const e = '/docker-entrypoint.sh';
      return {
        output: [
          chunk(
            'stdout',
            [
              `${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
              `${e}: Looking for shell scripts in /docker-entrypoint.d/`,
              `${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
              '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
              '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
              `${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
              `${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
              `${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
              `${e}: Configuration complete; ready for start up`,
            ],
            now,
          ),
          // nginx's error log is linked to /dev/stderr in the image.
          chunk(
            'stderr',
            [
              `${t} [notice] 1#1: using the "epoll" event method`,
              `${t} [notice] 1#1: nginx/${version}`,
              `${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `,
              `${t} [notice] 1#1: OS: Linux 6.8.0-dockyard`,
              `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
              `${t} [notice] 1#1: start worker processes`,
              ...NGINX_WORKERS.map((pid) => `${t} [notice] 1#1: start worker process ${pid}`),
            ],
            now,
          ),
        ],
      };
    }
    case 'httpd': {
      const t = apacheTime(now);
      const fqdn =
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message";
      return {
        output: [
          chunk(
            'stderr',
            [
              fqdn,
              fqdn,
              `[${t}] [mpm_event:notice] [pid 1:tid 140245280556936] AH00489: Apache/${envOf(c, 'HTTPD_VERSION') ?? '2.4.57'} (Unix) configured -- resuming normal operations`,
              `[${t}] [core:notice] [pid 1:tid 140245280556936] AH00094: Command line: 'httpd -D FOREGROUND'`,
            ],
            now,
          ),
        ],
      };
    }
    case 'redis': {
      const t = redisTime(now);
      const version = envOf(c, 'REDIS_VERSION') ?? '7.2.1';
      return {
        output: [
          chunk(
            'stdout',
            [
              `1:C ${t} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
              `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
              `1:C ${t} * Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
              `1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
              `1:M ${t} * monotonic clock: POSIX clock_gettime`,
              `1:M ${t} * Running mode=standalone, port=6379.`,
              `1:M ${t} * Server initialized`,
              `1:M ${t} * Ready to accept connections tcp`,
            ],
            now,
          ),
        ],
      };
    }
    case 'postgres':
      return startPostgres(c, now);
    case 'registry': {
      const t = registryTime(now);
      const tail = `go.version=go1.20.8 instance.id=${c.Id.slice(0, 8)}-${c.Id.slice(8, 12)}-4${c.Id.slice(13, 16)}-8${c.Id.slice(17, 20)}-${c.Id.slice(20, 32)} service=registry version=2.8.3`;
      return {
        output: [
          chunk(
            'stderr',
            [
              `time="${t}" level=warning msg="No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable." ${tail}`,
              `time="${t}" level=info msg="redis not configured" ${tail}`,
              `time="${t}" level=info msg="Starting upload purge in 20m0s" ${tail}`,
              `time="${t}" level=info msg="using inmemory blob descriptor cache" ${tail}`,
              `time="${t}" level=info msg="listening on [::]:5000" ${tail}`,
            ],
            now,
          ),
        ],
      };
    }
  }
}

const PG_BANNER =
  'starting PostgreSQL 16.0 (Debian 16.0-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit';

/** The official entrypoint: refuse without a password, initdb on the first start, then serve. */
function startPostgres(c: Container, now: number): ServiceStart {
  const t = pgTime(now);
  const firstStart = c.State.StartedAt === 0 || c.State.FinishedAt === 0;
  if (firstStart && !envOf(c, 'POSTGRES_PASSWORD') && envOf(c, 'POSTGRES_HOST_AUTH_METHOD') !== 'trust') {
    return {
      exitCode: 1,
      output: [
        chunk(
          'stderr',
          [
            'Error: Database is uninitialized and superuser password is not specified.',
            '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
            '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
            '',
            '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
            '       connections without a password. This is *not* recommended.',
            '',
            '       See PostgreSQL documentation about "trust":',
            '       https://www.postgresql.org/docs/current/auth-trust.html',
          ],
          now,
        ),
      ],
    };
  }
  const serve = [
    `${t} [1] LOG:  ${PG_BANNER}`,
    `${t} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
    `${t} [1] LOG:  listening on IPv6 address "::", port 5432`,
    `${t} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
    `${t} [29] LOG:  database system was shut down at ${t.slice(0, 19)} UTC`,
    `${t} [1] LOG:  database system is ready to accept connections`,
  ];
  if (!firstStart) {
    return {
      output: [
        chunk(
          'stdout',
          ['', 'PostgreSQL Database directory appears to contain a database; Skipping initialization', ''],
          now,
        ),
        chunk('stderr', serve, now),
      ],
    };
  }
  return {
    output: [
      chunk(
        'stdout',
        [
          'The files belonging to this database system will be owned by user "postgres".',
          'This user must also own the server process.',
          '',
          'The database cluster will be initialized with locale "en_US.utf8".',
          'The default database encoding has accordingly been set to "UTF8".',
          'The default text search configuration will be set to "english".',
          '',
          'Data page checksums are disabled.',
          '',
          'fixing permissions on existing directory /var/lib/postgresql/data ... ok',
          'creating subdirectories ... ok',
          'selecting dynamic shared memory implementation ... posix',
          'selecting default max_connections ... 100',
          'selecting default shared_buffers ... 128MB',
          'selecting default time zone ... Etc/UTC',
          'creating configuration files ... ok',
          'running bootstrap script ... ok',
          'performing post-bootstrap initialization ... ok',
          'syncing data to disk ... ok',
          '',
          '',
          'Success. You can now start the database server using:',
          '',
          '    pg_ctl -D /var/lib/postgresql/data -l logfile start',
          '',
          'waiting for server to start.... done',
          'server started',
          '',
          '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*',
          '',
          'waiting for server to shut down.... done',
          'server stopped',
          '',
          'PostgreSQL init process complete; ready for start up.',
          '',
        ],
        now,
      ),
      chunk('stderr', serve, now),
    ],
  };
}

/**
 * How the server takes `signal`: its shutdown log and exit code, or undefined when it ignores the
 * signal (then `docker stop` kills it after the grace period). All five shut down cleanly on their
 * image's STOPSIGNAL, on SIGTERM and on SIGINT.
 */
export function signalService(
  name: ServiceName,
  signal: string,
  now: number,
): { readonly output: readonly OutputChunk[]; readonly exitCode: number } | undefined {
  if (!['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGWINCH'].includes(signal)) return undefined;
  if (signal === 'SIGWINCH' && name !== 'httpd') return undefined;
  const n = SIGNALS[signal] ?? 15;
  switch (name) {
    case 'nginx': {
      const t = nginxTime(now);
      const graceful = signal === 'SIGQUIT';
      const w = NGINX_WORKERS;
      return {
        exitCode: 0,
        output: [
          chunk(
            'stderr',
            [
              `${t} [notice] 1#1: signal ${n} (${signal}) received, ${graceful ? 'shutting down' : 'exiting'}`,
              ...w.flatMap((pid) =>
                graceful
                  ? [
                      `${t} [notice] ${pid}#${pid}: gracefully shutting down`,
                      `${t} [notice] ${pid}#${pid}: exiting`,
                      `${t} [notice] ${pid}#${pid}: exit`,
                    ]
                  : [`${t} [notice] ${pid}#${pid}: exiting`, `${t} [notice] ${pid}#${pid}: exit`],
              ),
              ...w.flatMap((pid) => [
                `${t} [notice] 1#1: signal 17 (SIGCHLD) received from ${pid}`,
                `${t} [notice] 1#1: worker process ${pid} exited with code 0`,
              ]),
              `${t} [notice] 1#1: exit`,
            ],
            now,
          ),
        ],
      };
    }
    case 'httpd':
      return {
        exitCode: 0,
        output: [
          chunk(
            'stderr',
            [
              `[${apacheTime(now)}] [mpm_event:notice] [pid 1:tid 140245280556936] AH00492: caught SIGWINCH, shutting down gracefully`,
            ],
            now,
          ),
        ],
      };
    case 'redis': {
      const t = redisTime(now);
      return {
        exitCode: 0,
        output: [
          chunk(
            'stdout',
            [
              `1:signal-handler (${Math.floor(now / 1000)}) Received ${signal} scheduling shutdown...`,
              `1:M ${t} * User requested shutdown...`,
              `1:M ${t} * Saving the final RDB snapshot before exiting.`,
              `1:M ${t} * DB saved on disk`,
              `1:M ${t} # Redis is now ready to exit, bye bye...`,
            ],
            now,
          ),
        ],
      };
    }
    case 'postgres': {
      const t = pgTime(now);
      const kind = signal === 'SIGINT' ? 'fast' : signal === 'SIGQUIT' ? 'immediate' : 'smart';
      return {
        exitCode: 0,
        output: [
          chunk(
            'stderr',
            [
              `${t} [1] LOG:  received ${kind} shutdown request`,
              `${t} [1] LOG:  aborting any active transactions`,
              `${t} [1] LOG:  background worker "logical replication launcher" (PID 32) exited with exit code 1`,
              `${t} [27] LOG:  shutting down`,
              `${t} [1] LOG:  database system is shut down`,
            ],
            now,
          ),
        ],
      };
    }
    case 'registry':
      // INFERRED: registry 2.8 drains its listeners on SIGTERM and exits 0 (http.draintimeout).
      return { exitCode: 0, output: [] };
  }
}
