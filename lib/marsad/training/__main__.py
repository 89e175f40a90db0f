"""``python -m marsad.training {train,evaluate,build} ...``: see :mod:`marsad.training`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.training.evaluate import EVALUATIONS, cli_datasets_dir

_TRAIN = ("topics", "ner")
_BUILD = ("kb", "map", "common-words")
_NER_FOLDS = (1, 2, 3, 4, 5, 6, 7)  # marsad.training.ner.DEV_FOLDS (not imported here: it loads the NER models' code)
_NEEDS = {"ner": "anercorp", "kb": "gazetteer-countries-mledoze", "map": "gazetteer-countries-mledoze",
          "common-words": "ant-v2.1-multisource"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m marsad.training",
                                     description="Train, evaluate and build Marsad's shipped models and data.")
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="retrain a shipped model from the shared datasets")
    tr.add_argument("what", choices=_TRAIN)
    tr.add_argument("--exclude", nargs="*", default=None,
                    help="topics: outlets to leave out (jawharafm, Alarabia, CNN, France24; default: CNN, the demo's)")
    tr.add_argument("--out", help="topics: model file to write (default: the shipped one)")
    tr.add_argument("--iterations", type=int, default=150, help="ner: CRF training iterations")
    tr.add_argument("--clusters", action="store_true", help="ner: also rebuild the ANT word clusters (slow)")
    tr.add_argument("--vectors", action="store_true", help="ner: also rebuild the word vectors (slow)")
    tr.add_argument("--stack", action="store_true", help="ner: also train the second (stacked) pass (not shipped)")
    tr.add_argument("--wordstats", action="store_true", help="ner: also use ANT word-count features (not shipped)")
    tr.add_argument("--history", action="store_true",
                    help="ner: two stages, the second with each word's prediction history in the ANT text (not shipped)")
    tr.add_argument("--c1", type=float, help="ner: L1 penalty (default 0.02)")
    tr.add_argument("--c2", type=float, help="ner: L2 penalty (default 0.01)")
    tr.add_argument("--dev", action="store_true",
                    help="ner: train on the development split (90 %% of the train part) and print its scores on the "
                         "last 10 %%; the shipped model is left alone")
    tr.add_argument("--fold", type=int, choices=_NER_FOLDS, default=1,
                    help="ner --dev: which 10 %% of the train part is scored: 1 the last (default), 2 the first, "
                         "3 the middle, 4 and 5 the middles of the gaps between 2, 3 and 1, 6 and 7 the middles of "
                         "the gaps between 4 and 3 and between 5 and 1")
    ev = sub.add_parser("evaluate", help="measure models on held-out data and record them in docs/EVALUATION.md")
    ev.add_argument("which", nargs="*", default=["all"], choices=["all", *EVALUATIONS])
    ev.add_argument("--no-write", action="store_true", help="print only, leave docs/EVALUATION.md alone")
    bd = sub.add_parser("build", help="rebuild shipped data (knowledge base, offline world map, common words)")
    bd.add_argument("what", choices=_BUILD)
    bd.add_argument("world_atlas", nargs="?", help="map: world-atlas countries-110m.json")
    for p in (tr, ev, bd):
        p.add_argument("--datasets", help="shared datasets folder (default: $MARSAD_DATASETS or ../shared/datasets)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    what = getattr(args, "what", None)
    root = cli_datasets_dir(args.datasets, need=_NEEDS.get(what))
    if root is None:
        return 2
    if args.command == "evaluate":
        from marsad.training.evaluate import run

        return run(list(EVALUATIONS) if "all" in args.which else args.which, root, write=not args.no_write)
    if args.command == "train" and what == "topics":
        from marsad.training import topics

        kwargs = {"out": args.out} if args.out else {}
        if args.exclude is not None:
            kwargs["exclude"] = tuple(args.exclude)
        model = topics.train(root, **kwargs)
        print(json.dumps(model.meta, ensure_ascii=False, indent=1))
        return 0
    if args.command == "train":
        from marsad.training import ner

        crf = {k: v for k, v in (("c1", args.c1), ("c2", args.c2)) if v is not None}
        if args.dev:
            print(ner.evaluate_dev(root, fold=args.fold, max_iterations=args.iterations, history=args.history, **crf))
            return 0
        stats = ner.train(root, max_iterations=args.iterations, **crf, rebuild_clusters=args.clusters,
                           rebuild_vectors=args.vectors, stack=args.stack,
                           wordstats=args.wordstats, history=args.history)
        print(f"trained on {stats['sentences']} sentences / {stats['tokens']} tokens in {stats['seconds']} s "
              f"-> {ner.MODEL_PATH}")
        return 0
    if what == "kb":
        from marsad.training import kb_build

        print(", ".join(f"{k}: {v}" for k, v in kb_build.build(root).items()))
        return 0
    if what == "common-words":
        from marsad.training import people_data

        print(f"common words: {people_data.build_common_words(root)} -> {people_data.COMMON_WORDS_FILE}")
        return 0
    if what == "map":
        if not args.world_atlas:
            print("error: build map needs the path of world-atlas' countries-110m.json (npm pack world-atlas@2.0.2)",
                  file=sys.stderr)
            return 2
        from marsad.training import kb_build

        print(f"countries with ISO-3 ids: {kb_build.build_map(Path(args.world_atlas), root)}")
        return 0
    return 2  # unreachable: argparse limits the choices


if __name__ == "__main__":
    sys.exit(main())
