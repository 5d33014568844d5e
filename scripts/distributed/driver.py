#!/usr/bin/env python3
"""Reference driver: the paracorpus corpus job on Dask distributed.

Every step is the paracorpus command line run on one shard of JSONL records (like Spark's ``RDD.pipe``); Dask
moves the records between steps:

  1. prepare      map over shards of input files              -> document records (parsed, detected, fingerprinted)
  2. pairs        one task over the fingerprints               -> batches of candidate pairs
  3. judge        documents keyed by batch group (foldby), map -> verdicts
  4. group        one task over fingerprints and verdicts      -> families, each with a content-derived key
     (4b. rejudge   when group asks for a second round: documents keyed by rejudge group, map -> scores;
                    then group again with them)
  5. align-shard  documents keyed by family group (foldby), map-> family results
  6. merge        in the driver                                -> the dataset files ``paracorpus align`` writes

Run against a local cluster (``--local-workers N``: N worker processes of one thread each) or a running
scheduler (``--scheduler tcp://host:8786``; the workers must see the input files at the same paths and have
Node.js and the built package). Needs the Debian packages python3-dask and python3-distributed (or pip's dask
and distributed). Writes a JSON report (``--report``): times per step, per-worker peak RSS (the worker process
and the largest paracorpus process it ran), and the bytes shuffled between steps.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import zlib

import dask
import dask.bag as db
from distributed import Client, LocalCluster, get_worker

EXTENSIONS = ('.txt', '.md', '.markdown', '.text')


def list_inputs(inputs):
    """Files of the inputs in the order paracorpus reads them: sorted by path, dot-names skipped in folders."""
    found = set()
    for item in inputs:
        if os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = [d for d in dirs if not d.startswith('.')]
                for name in files:
                    if not name.startswith('.') and name.lower().endswith(EXTENSIONS):
                        found.add(os.path.join(root, name))
        else:
            found.add(item)
    return sorted(found)


def run_cli(config, command, records, extra=()):
    """Run ``paracorpus <command> -`` on JSONL lines; returns its output lines. Raises on failure."""
    stdin = ['--input', '-'] if command == 'prepare' else ['-']
    args = [config['node'], config['cli'], command, *stdin, *extra]
    proc = subprocess.run(args, input=''.join(records).encode('utf-8'), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=config['cwd'])
    if proc.returncode != 0:
        raise RuntimeError(f'paracorpus {command} exited with {proc.returncode}: {proc.stderr.decode("utf-8", "replace")[-2000:]}')
    return proc.stdout.decode('utf-8').splitlines(keepends=True)


def worker_name():
    try:
        return get_worker().address
    except ValueError:
        return 'driver'


def prepare_shard(config, files):
    """Step 1 on one shard of files: (kind, id, line, fingerprint line) per record, in file order."""
    out = []
    lines = run_cli(config, 'prepare', [json.dumps({'path': f}) + '\n' for f in files]) if files else []
    for line in lines:
        record = json.loads(line)
        if record['type'] == 'document':
            out.append(('document', record['document']['id'], line, json.dumps(record['fingerprint'], ensure_ascii=False) + '\n'))
        else:
            out.append((record['type'], None, line, line))
    return [(worker_name(), out)]


def shard_of(key, shards):
    """A stable shard number for a key (the same in every process, unlike Python's hash)."""
    return zlib.crc32(key.encode('utf-8')) % shards


def judge_group(config, item):
    """Step 3 on one batch group: its documents and batches -> verdict lines."""
    _, (documents, batches) = item
    return run_cli(config, 'judge', [*documents.values(), *batches])


def rejudge_group(config, item):
    """Step 4b on one rejudge group: its documents, rejudge batches and the second round's lexicons -> rescore lines."""
    _, (documents, batches) = item
    return run_cli(config, 'rejudge', [*documents.values(), *batches])


def align_group(config, item):
    """Step 5 on one family group: its documents and family records -> family result lines."""
    _, (documents, families) = item
    return run_cli(config, 'align-shard', [*documents.values(), *families], config['settings'])


def collect(acc, pair):
    """foldby step: add one (id, line) document to a group's documents (each document once)."""
    acc = dict(acc)
    acc[pair[1][0]] = pair[1][1]
    return acc


def combine(a, b):
    merged = dict(a)
    merged.update(b)
    return merged


def batch_shards(lines, shards, head):
    """Batch records put in `shards` groups by batch number (neighbouring batches come from one component of the pair
    graph and share documents: they are kept together), each group starting with the `head` records; and for each
    document, the groups that need it."""
    groups = {}
    group_of = {}
    for line in lines:
        batch = json.loads(line)
        g = batch['batch'] * shards // len(lines)
        groups.setdefault(g, list(head)).append(line)
        for a, b in batch['pairs']:
            group_of.setdefault(a, set()).add(g)
            group_of.setdefault(b, set()).add(g)
    return groups, group_of


def shuffle_and_run(config, keyed, run_group, group_lines):
    """Shuffle (group, (id, text)) pairs by group, run one task per group with that group's records; returns the
    output lines and the bytes of document text shuffled."""
    shuffled = keyed.map(lambda p: len(p[1][1].encode('utf-8'))).sum()
    grouped = keyed.foldby(lambda p: p[0], collect, {}, combine, {})
    lines = grouped.map(lambda kv: run_group(config, (kv[0], (kv[1], group_lines[kv[0]])))).flatten()
    return dask.compute(lines, shuffled)


def peak_rss():
    """Peak RSS (MB) of this process and of the largest child process it waited for, and their CPU seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        'worker_mb': round(own.ru_maxrss / 1024, 1),
        'largest_paracorpus_mb': round(children.ru_maxrss / 1024, 1),
        'worker_cpu_s': round(own.ru_utime + own.ru_stime, 1),
        'paracorpus_cpu_s': round(children.ru_utime + children.ru_stime, 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('inputs', nargs='+', help='files and folders of articles')
    parser.add_argument('--out', default='out', help='output folder of the dataset files (default: out)')
    parser.add_argument('--scheduler', help='address of a running Dask scheduler (default: a local cluster)')
    parser.add_argument('--local-workers', type=int, default=2, help='worker processes of the local cluster (default: 2)')
    parser.add_argument('--cli', default=os.path.join(os.path.dirname(__file__), '..', '..', 'dist', 'cli.js'), help='the built paracorpus cli.js')
    parser.add_argument('--node', default='node', help='the Node.js executable')
    parser.add_argument('--shards', type=int, default=0, help='prepare shards (default: 4 per worker)')
    parser.add_argument('--batch', type=int, default=64, help='pairs per judge batch (default: 64)')
    parser.add_argument('--format', help='dataset formats, as for paracorpus align')
    parser.add_argument('--level')
    parser.add_argument('--pivot')
    parser.add_argument('--source')
    parser.add_argument('--report', help='write the measurements here as JSON')
    parser.add_argument('--keep', help='keep every step\'s JSONL records in this folder')
    args = parser.parse_args()

    settings = []
    for flag in ('level', 'pivot', 'source'):
        if getattr(args, flag) is not None:
            settings += [f'--{flag}', getattr(args, flag)]
    config = {'node': args.node, 'cli': os.path.abspath(args.cli), 'cwd': os.getcwd(), 'settings': settings}
    dask.config.set({'distributed.scheduler.work-stealing': True})
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        report = run(client, config, args)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(json.dumps(report))
    if args.report:
        with open(args.report, 'w', encoding='utf-8') as f:
            json.dump(report, f, indent=2)


def run(client, config, args):
    workers = len(client.scheduler_info()['workers'])
    times = {}
    start = time.perf_counter()
    files = list_inputs(args.inputs)
    shards = args.shards or 4 * max(workers, 1)
    size = max(1, -(-len(files) // shards))
    file_shards = [files[i:i + size] for i in range(0, len(files), size)]

    # 1. prepare: one task per shard of files.
    t = time.perf_counter()
    prepared = db.from_sequence(file_shards, npartitions=len(file_shards)).map(lambda s: prepare_shard(config, s)).flatten().persist()
    # The documents stay on the workers; only fingerprints (and error records) come to the driver.
    docs_bag = prepared.map(lambda x: [(r[1], r[2]) for r in x[1] if r[0] == 'document']).flatten()
    used_and_prints = prepared.map(lambda x: (x[0], [r[3] for r in x[1]], sum(1 for r in x[1] if r[0] == 'document'))).compute()
    used = sorted({w for w, _, _ in used_and_prints})
    fingerprints = [line for _, prints, _ in used_and_prints for line in prints]
    document_count = sum(n for _, _, n in used_and_prints)
    times['prepare'] = time.perf_counter() - t

    # 2. pairs: one task over the fingerprints.
    t = time.perf_counter()
    batches = client.submit(run_cli, config, 'pairs', fingerprints, ('--batch', str(args.batch)), pure=False).result()
    times['pairs'] = time.perf_counter() - t

    # 3. judge: documents keyed by batch group (a shuffle), one task per group.
    t = time.perf_counter()
    judge_shards = max(1, min(len(batches), 4 * workers))
    batch_groups, group_of = batch_shards(batches, judge_shards, [])
    keyed = docs_bag.map(lambda kv: [(g, kv) for g in sorted(group_of.get(kv[0], ()))]).flatten()
    verdicts, judge_bytes = shuffle_and_run(config, keyed, judge_group, batch_groups)
    times['judge'] = time.perf_counter() - t

    # 4. group: one task over the fingerprints and verdicts.
    t = time.perf_counter()
    decision = client.submit(run_cli, config, 'group', [*fingerprints, *verdicts], pure=False).result()
    times['group'] = time.perf_counter() - t

    # 4b. rejudge, when group asks for it (a lone document has candidate families): documents keyed by rejudge
    # batch group (a shuffle), one task per group, then group again with the scores.
    rescores = []
    rejudge_bytes = 0
    rejudge_lines = [line for line in decision if json.loads(line)['type'] == 'rejudge']
    if rejudge_lines:
        t = time.perf_counter()
        rejudge_lexicons = [line for line in decision if json.loads(line)['type'] == 'rejudge-lexicon']
        rejudge_shards = max(1, min(len(rejudge_lines), 4 * workers))
        rejudge_groups, rejudge_of = batch_shards(rejudge_lines, rejudge_shards, rejudge_lexicons)
        keyed = docs_bag.map(lambda kv: [(g, kv) for g in sorted(rejudge_of.get(kv[0], ()))]).flatten()
        rescores, rejudge_bytes = shuffle_and_run(config, keyed, rejudge_group, rejudge_groups)
        times['rejudge'] = time.perf_counter() - t
        t = time.perf_counter()
        decision = client.submit(run_cli, config, 'group', [*fingerprints, *verdicts, *rescores], pure=False).result()
        times['group'] += time.perf_counter() - t

    # 5. align-shard: documents keyed by family group (a shuffle), one task per group.
    t = time.perf_counter()
    family_shards = max(1, 4 * workers)
    family_groups = {}
    family_of = {}
    # The word lexicon of each language pair (learned by group on every pair) goes to every family group.
    lexicons = [line for line in decision if json.loads(line)['type'] == 'lexicon']
    for line in decision:
        record = json.loads(line)
        if record['type'] != 'family':
            continue
        g = shard_of(record['key'], family_shards)
        family_groups.setdefault(g, list(lexicons))
        family_groups.setdefault(g, []).append(line)
        for member in record['family']['documents']:
            family_of[member] = g
    keyed = docs_bag.map(lambda kv: (family_of[kv[0]], kv))
    results, align_bytes = shuffle_and_run(config, keyed, align_group, family_groups)
    times['align-shard'] = time.perf_counter() - t

    # 6. merge, in the driver: every record -> the dataset files.
    t = time.perf_counter()
    prepared_lines = prepared.map(lambda x: [r[2] for r in x[1]]).flatten().compute()
    merge_input = prepared_lines + verdicts + decision + results
    extra = ['--out', args.out]
    if args.format:
        extra += ['--format', args.format]
    merge = subprocess.run([config['node'], config['cli'], 'merge', '-', *extra, *config['settings']], input=''.join(merge_input).encode('utf-8'), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=config['cwd'])
    if merge.returncode not in (0, 2):
        raise RuntimeError(f'paracorpus merge exited with {merge.returncode}: {merge.stderr.decode("utf-8", "replace")[-2000:]}')
    sys.stderr.write(merge.stderr.decode('utf-8', 'replace'))
    times['merge'] = time.perf_counter() - t
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        for name, lines in (('prepared', prepared_lines), ('batches', batches), ('verdicts', verdicts), ('rescores', rescores), ('families', decision), ('results', results)):
            with open(os.path.join(args.keep, f'{name}.jsonl'), 'w', encoding='utf-8') as f:
                f.writelines(lines)

    def size(lines):
        return sum(len(line.encode('utf-8')) for line in lines)

    return {
        'workers': workers,
        'workers_used_by_prepare': len(used),
        'documents': document_count,
        'files': len(files),
        'shards': {'prepare': len(file_shards), 'judge': judge_shards, 'align-shard': family_shards},
        'pairs': sum(len(json.loads(line)['pairs']) for line in batches),
        'families': sum(1 for line in decision if '"type":"family"' in line),
        'seconds': {k: round(v, 2) for k, v in times.items()} | {'total': round(time.perf_counter() - start, 2)},
        'bytes': {
            'prepared': size(prepared_lines),
            'fingerprints': size(fingerprints),
            'shuffle_judge': judge_bytes,
            'shuffle_rejudge': rejudge_bytes,
            'rescores': size(rescores),
            'shuffle_align': align_bytes,
            'verdicts': size(verdicts),
            'families': size(decision),
            'results': size(results),
            'merge_input': size(merge_input),
        },
        'peak_rss': client.run(peak_rss),
        'driver': peak_rss(),
        'merge_exit': merge.returncode,
    }


if __name__ == '__main__':
    main()
