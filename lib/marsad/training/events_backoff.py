"""Could a learned sentence classifier find the events the rule cues miss on a pair never seen? (a measurement)

``python -m marsad.training.events_backoff [--datasets DIR]`` answers it on the events gold set of
``data/gold/events/``: every sentence that holds an anchor of a gold event (labelled with its CAMEO root) or of a
gold no-event sentence (labelled ``none``), with a flag saying whether the rule extractor has a row for that pair
in that sentence. A logistic regression on character 2–5-grams and the shipped sentence encoder
(:mod:`marsad.lang.encoder`) is scored leave-one-split-out: each development split holds its own pairs, so every
scored sentence comes from a pair set the model never saw (the three Russia–North Korea/Vietnam splits are one
group). It prints the root accuracy, the event-or-not accuracy and, at each confidence threshold, how many of the
sentences the rules miss it would find and how many no-event sentences it would fire on. The twenty-fifth session's
run is in ``docs/EVALUATION.md`` (events section); nothing in the runtime path uses this model.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from marsad.lang.rules import sentence_spans
from marsad.training import events_eval

__all__ = ["anchored_sentences", "leave_one_split_out"]

RU_KP_VN = ("tune", "heldout", "fresh")


def _sentences(corpus) -> list[str]:
    out: list[str] = []
    for text in corpus.segments["text"]:
        norm = events_eval._norm(text)
        out += [norm[a:b] for a, b in sentence_spans(norm)]
    return out


def anchored_sentences(docs: list[dict], events: list[dict], negatives: list[dict], datasets: Path,
                       *, rules: bool = True) -> pd.DataFrame:
    """One row per (sentence, pair) of a gold anchor: ``split, doc_id, sentence, label, source, target, rule_hit``.

    ``label`` is the gold root (``"04"`` …) or ``none``; ``rule_hit`` says the rule extractor gave that pair a row
    whose sentence is this one (for ``none``: any row there). Optional gold events are left out.
    """
    by_doc: dict = {}
    for g in events:
        if g["optional"] != "1":
            by_doc.setdefault(g["doc_id"], []).append(g)
    neg_doc: dict = {}
    for n in negatives:
        neg_doc.setdefault(n["doc_id"], []).append(n)
    rows: dict = {}
    for doc in docs:
        corpus = events_eval.read_document(doc, datasets)
        sents = _sentences(corpus)
        found = []
        if rules:
            table = events_eval.system_events(doc, datasets, corpus=corpus)
            table = table[table["kind"] == "event"]
            found = [(events_eval._norm(s), {a, b}) for s, a, b in zip(table["sentence"], table["source"], table["target"])]

        def hit(sentence, pair=None):
            return any(s and (s in sentence or sentence in s) and (pair is None or p == pair) for s, p in found)

        wanted = [(g["anchors"], g["root"], g["source"], g["target"]) for g in by_doc.get(doc["doc_id"], [])]
        wanted += [([n["anchor"]], "none", "", "") for n in neg_doc.get(doc["doc_id"], [])]
        for anchors, label, src, tgt in wanted:
            for sentence in sents:
                if any(a and a in sentence for a in anchors):
                    rows.setdefault((doc["doc_id"], sentence, src, tgt), dict(
                        split=doc["split"], doc_id=doc["doc_id"], sentence=sentence, label=label, source=src, target=tgt,
                        rule_hit=hit(sentence, {src, tgt} if src else None)))
    return pd.DataFrame(list(rows.values()), columns=["split", "doc_id", "sentence", "label", "source", "target",
                                                      "rule_hit"])


def leave_one_split_out(table: pd.DataFrame, *, events_only: bool = False) -> pd.DataFrame:
    """Predict each split's sentences with a model trained on the other splits; adds ``pred`` and ``conf``."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from marsad.lang import encoder

    table = table[table["label"] != "none"] if events_only else table
    table = table.reset_index(drop=True)
    emb = csr_matrix(encoder.embed(table["sentence"].tolist()))
    group = table["split"].where(~table["split"].isin(RU_KP_VN), "ru-kp-vn")
    out = []
    for name in sorted(group.unique()):
        train, test = (group != name).to_numpy(), (group == name).to_numpy()
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=60000)
        x_train = hstack([vec.fit_transform(table["sentence"][train]), emb[train]]).tocsr()
        x_test = hstack([vec.transform(table["sentence"][test]), emb[test]]).tocsr()
        model = LogisticRegression(C=4, max_iter=2000).fit(x_train, table["label"][train])
        proba = model.predict_proba(x_test)
        out.append(table[test].assign(pred=model.classes_[proba.argmax(1)], conf=proba.max(1)))
    return pd.concat(out)


def report(pred: pd.DataFrame, kinds: pd.DataFrame) -> str:
    """The measurement as text lines."""
    ev, none = pred[pred["label"] != "none"], pred[pred["label"] == "none"]
    missed = ev[~ev["rule_hit"]]
    lines = [f"anchored sentences: {len(ev)} with a gold event ({int(ev['rule_hit'].sum())} with a rule row), "
             f"{len(none)} no-event",
             f"root-or-none model: root accuracy on event sentences {(ev['pred'] == ev['label']).mean():.3f}, "
             f"event-or-not accuracy {((pred['pred'] != 'none') == (pred['label'] != 'none')).mean():.3f}"]
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        fire = missed[(missed["pred"] != "none") & (missed["conf"] >= t)]
        wrong = none[(none["pred"] != "none") & (none["conf"] >= t)]
        lines.append(f"  confidence >= {t}: fires on {len(fire)} of the {len(missed)} event sentences the rules miss "
                     f"({int((fire['pred'] == fire['label']).sum())} with the right root) and on {len(wrong)} of "
                     f"{len(none)} no-event sentences")
    majority = kinds["label"].value_counts(normalize=True).iloc[0]
    lines.append(f"root given an event sentence: accuracy {(kinds['pred'] == kinds['label']).mean():.3f} "
                 f"(largest root alone {majority:.3f}); on the sentences the rules miss "
                 f"{(kinds[~kinds['rule_hit']]['pred'] == kinds[~kinds['rule_hit']]['label']).mean():.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_backoff", description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", help="shared datasets folder (default: $MARSAD_DATASETS or ../shared/datasets)")
    args = parser.parse_args(argv)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    docs, events, negatives, _ = events_eval.load_gold()
    docs = [d for d in docs if d["split"] in events_eval.SPLITS]
    table = anchored_sentences(docs, events, negatives, datasets)
    print(report(leave_one_split_out(table), leave_one_split_out(table, events_only=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
