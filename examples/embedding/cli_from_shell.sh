#!/bin/sh
# Ask treatyrules for a verdict from a POSIX shell, as any foreign tool would: the scenario as JSON
# on standard input, the verdict as JSON on standard output, and the exit code saying what
# happened (0: a verdict; 2: the input was refused, the reason on standard error; 1: a fault).
#
#   sh examples/embedding/cli_from_shell.sh examples/embedding/scenario.json
set -eu

scenario_file=${1:?usage: cli_from_shell.sh SCENARIO.json}

status=0
verdict=$(treatyrules evaluate - --format json < "$scenario_file") || status=$?
if [ "$status" -ne 0 ]; then
  echo "treatyrules refused the scenario (exit $status)" >&2
  exit "$status"
fi

# The verdict is indented JSON: the top-level fields sit two spaces in.
printf '%s\n' "$verdict" | sed -n 's/^  "status": "\(.*\)",$/status: \1/p'
printf '%s\n' "$verdict" | sed -n 's/^    "effective_date": "\(.*\)",$/effective: \1/p'
