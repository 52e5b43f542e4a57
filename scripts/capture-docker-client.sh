#!/usr/bin/env bash
# Records what the real docker client (28.2.2, no daemon needed) prints for client-side errors,
# as the golden file src/client/fixtures/real-docker-client.txt that cli.test.ts compares against.
# Only commands whose output does not need a daemon belong here.
set -u
cases=(
  "ps --foo" "images -aiz" "run --name" "ps -n abc" "images --all=maybe" "rm" "rmi" "run" "run -it"
  "images a b" "ps x" "version x" "pull" "pull a b" "container ls x" "image ls a b" "image foo" "foo" "--foo" "-z"
  "pull Ubuntu" "pull ubuntu:" "run Hello-World" "run ubuntu:" "run x@sha256:abc"
)
for c in "${cases[@]}"; do
  echo "=== docker $c"
  # shellcheck disable=SC2086
  docker $c 2>&1
  echo "[rc=$?]"
done
