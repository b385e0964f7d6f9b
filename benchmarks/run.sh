#!/bin/sh
# Builds the benchmarks and runs them all, printing the ratio tables.
# Arguments go to io.github.multids.benchmarks.BenchmarkMain, e.g.
#   benchmarks/run.sh -f 1 -wi 1 -i 2 --startup-rounds=1    (a quick, rough run)
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
	io.github.multids.benchmarks.BenchmarkMain "$@"
