#!/usr/bin/env python3
"""Align a corpus of English/Russian record pairs with Spark, piping them through `sverka map`.

Input: JSON Lines, one record a line, {"id": ..., "en": "English text", "ru": "Russian text"}
(a file, a folder of part files or a glob, anything SparkContext.textFile reads). Output: a
folder of part files, one result record a line, as `sverka map` writes them:
{"id", "en_sentences", "ru_sentences", "links"} or, for a bad record, {"id", "line", "error"}.

Each partition is piped through one `sverka map --keep-going` process (RDD.pipe), so a bad
record comes back in-band instead of failing the task. The job checks that every input record
gave exactly one result and prints the counts as one JSON line on stdout.

    python tools/spark/align_corpus.py records.jsonl out/ --sverka .build/release/sverka

On a cluster the binary must exist at the same path on every worker, or be shipped with
`spark-submit --files /path/to/sverka` and named `./sverka`.
"""

import argparse
import json
import shlex
import shutil
import sys


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines records (file, folder or glob)")
    parser.add_argument("output", help="folder to write the result part files to (must not exist)")
    parser.add_argument("--sverka", default=shutil.which("sverka") or "sverka",
                        help="the sverka binary (default: sverka on PATH)")
    parser.add_argument("--master", default=None,
                        help="Spark master (default: spark-submit's, or local[2])")
    parser.add_argument("--partitions", type=int, default=None,
                        help="minimum number of input partitions")
    return parser.parse_args(argv)


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("sverka-align-corpus")
    if arguments.master or not conf.contains("spark.master"):
        conf.setMaster(arguments.master or "local[2]")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        records = context.textFile(arguments.input, minPartitions=arguments.partitions)
        records = records.filter(lambda line: line.strip() != "")
        # Left as given: a relative path is resolved in each worker's own folder, where
        # spark-submit --files puts the binary.
        command = shlex.join([arguments.sverka, "map", "--keep-going"])
        results = records.pipe(command, env={"LC_ALL": "C.UTF-8"}, checkCode=True).cache()
        results.saveAsTextFile(arguments.output)
        inputs = records.count()
        outputs = results.count()
        errors = results.filter(lambda line: '"error"' in line and json.loads(line).get("error")).count()
        summary = {"records": inputs, "results": outputs, "errors": errors,
                   "aligned": outputs - errors, "output": arguments.output}
        print(json.dumps(summary))
        if inputs != outputs:
            print(f"align_corpus: {inputs} records in but {outputs} results out", file=sys.stderr)
            return 3
        return 0
    finally:
        context.stop()


if __name__ == "__main__":
    sys.exit(main())
