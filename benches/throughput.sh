#!/usr/bin/env bash
# Throughput and memory of `readout build` and of the main query, on a
# synthetic corpus made by repeating the example articles under new ids.
# Prints documents per second, megabytes of text per second, and peak
# memory. Usage: benches/throughput.sh [DOCUMENTS] (default 5000).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}
cargo build --release --quiet
bin=target/release/readout
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One JSON Lines file, each line an example article with a fresh id.
python3 - "$n" "$work/corpus.jsonl" <<'PY'
import json, pathlib, sys
n, out = int(sys.argv[1]), sys.argv[2]
articles = []
for p in sorted(pathlib.Path("examples/articles").glob("*.txt")):
    text = p.read_text(encoding="utf-8")
    date, body = text.split(" ", 3)[2], text.split(" ", 3)[3]
    articles.append((date, body))
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        date, body = articles[i % len(articles)]
        f.write(json.dumps({"id": f"doc{i:07d}", "date": date, "text": body}) + "\n")
PY
bytes=$(wc -c < "$work/corpus.jsonl")

measure() { # label, command...
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/mem" "$@" > /dev/null
  end=$(date +%s.%N)
  python3 - "$label" "$start" "$end" "$(cat "$work/mem")" "$n" "$bytes" <<'PY'
import sys
label, start, end, mem_kb, n, size = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
secs = end - start
print(f"{label:<34} {secs:8.2f} s  {n / secs:9.1f} docs/s  {size / secs / 1e6:6.2f} MB/s  peak {mem_kb / 1024:7.1f} MiB")
PY
}

echo "corpus: $n documents, $((bytes / 1024)) KiB of JSON Lines, $(nproc) cores"
measure "build (new store)" "$bin" build --quiet --store "$work/kg.db" "$work/corpus.jsonl"
measure "build again (replace every graph)" "$bin" build --quiet --store "$work/kg.db" "$work/corpus.jsonl"
measure "query who-contacted-whom (json)" "$bin" query who-contacted-whom --format json --store "$work/kg.db"
measure "export n-quads" "$bin" export --format nquads --store "$work/kg.db"
measure "extract only (no store)" "$bin" extract "$work/corpus.jsonl"
