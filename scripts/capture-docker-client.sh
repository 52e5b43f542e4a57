#!/usr/bin/env bash
# Records what the real docker client (28.2.2, no daemon needed) prints for client-side errors,
# as the golden file src/client/fixtures/real-docker-client.txt that cli.test.ts compares against.
# Only commands whose output does not need a daemon belong here.
set -u
cases=(
  "ps --foo" "images -aiz" "run --name" "ps -n abc" "images --all=maybe" "rm" "rmi" "run" "run -it"
  "images a b" "ps x" "version x" "pull" "pull a b" "container ls x" "image ls a b" "image foo" "foo" "--foo" "-z"
  "pull Ubuntu" "pull ubuntu:" "run Hello-World" "run ubuntu:" "run x@sha256:abc"
  "tag" "tag a" "tag a b c" "image tag" "tag hello-world Foo" "tag Foo bar" "tag hello-world bar:"
  "tag ubuntu: x" "history" "history a b" "image history" "history --foo x" "history -H=maybe x"
  "image inspect" "image prune x" "image prune --foo"
  "exec" "exec a" "exec --foo a ls" "container exec" "diff" "diff a b" "container diff" "commit" "commit a b c"
  "commit --foo a" "container commit" "commit a Foo" "commit a b:"
  # The prompt with stdin closed: the client reads EOF as "no" and exits 0 before any daemon call.
  "image prune" "image prune -a"
  # inspect: argument and flag errors, and templates that do not parse (status 64, before any daemon call)
  "inspect" "container inspect" "inspect --type foo x" "inspect --foo x" "inspect -f" "container inspect -s=maybe x"
  "system prune" "system prune -a" "system prune --volumes" "container prune" "container prune x" "system df x" "info x" "system info x" "system df --foo" "system prune --foo"
  # lifecycle commands: argument and flag errors, and run -p specs refused before any daemon call
  "create" "container create" "create --name" "create Hello-World" "create ubuntu:" "create -p abc nginx" "container create --foo x"
  "start" "start -a a b" "stop" "stop -t x a" "stop --foo a" "restart" "kill" "pause" "unpause" "logs" "logs a b"
  "wait" "rename a" "rename a b c" "port" "port a b c" "container stop" "container logs"
  "run -p abc nginx" "run -p 8080:abc nginx" "run -p 70000:80 nginx" "run -p 8000-8002:80-81 nginx"
  "run -p 8080:80/xyz nginx" "run -p 1.2.3:80:80 nginx"
  # ps -s and --filter: a filter without = and a bad bool are refused by the client
  "ps -f status" "ps --filter foo" "ps -s=maybe" "container ls --filter"
  "images -f dangling" "image ls --filter" "images -a=maybe"
  # top and stats: argument and flag errors
  "top" "container top" "top --foo a" "stats --foo" "stats --no-stream=maybe" "container stats -a=x"
  "version -f {{foo}}" "version -f {{.X" "version --format {{end}}" "inspect -f {{foo}} x" "inspect -f {{.X x" "container inspect -f {{end}} x"
)
for c in "${cases[@]}"; do
  echo "=== docker $c"
  # shellcheck disable=SC2086
  docker $c 2>&1 </dev/null
  echo "[rc=$?]"
done
