"""Optional neural NER scorer: a BiLSTM-CRF trained with torch, run in numpy (:class:`marsad.mentions.ner.NeuralTagger`).

Torch is never a dependency of Marsad: training runs in a separate virtual environment that has only
``torch`` and ``numpy``, and the weights are exported to a compressed ``.npz`` that the numpy runtime reads.
Such an environment (session 29; Python 3.11, the CPU wheel of torch 2.13.0 on the machine's disk)::

    python3 -m venv /work/scratch/torchenv && /work/scratch/torchenv/bin/pip install torch==2.13.0 numpy

Four steps::

    # 0. with Marsad's environment: 64 principal dimensions of word2vec vectors (the CRF's vectors.npz has 16)
    python -m marsad.training.ner_nn vectors --datasets DIR --out /tmp/w2v64.npz
    # 1. with Marsad's environment: the sentences and each word type's inputs (features shared with the CRF)
    python -m marsad.training.ner_nn data --datasets DIR --out /tmp/nerdata.json.gz [--vectors W2V.npz] [--fold 1-7] [--people]
    #    (--people: also the people gold set's development articles, part "people"; train on them with --train fit+people)
    #    (the shipped scorers' vectors: W2V.npz = words/values/scale of anercorp-bilstm.npz's vec_words/vec_values/vec_scale)
    # 2. with a torch environment (only torch and numpy; of Marsad this file imports only marsad.iob)
    PYTHONPATH=lib TORCH_ENV/bin/python -m marsad.training.ner_nn fit --data /tmp/nerdata.json.gz \
        --train train --out /tmp/bilstm.npz --epochs 16 --snapshots 8 [--train fit --eval dev: the development split]
    # 2b. the shipped scorer averages the weights after epochs 8 to 16 of a 16-epoch run (fit --epochs 16 --snapshots 8)
    python -m marsad.training.ner_nn average /tmp/bilstm-e{8..16}.npz --out lib/marsad/data/ner/anercorp-bilstm.npz
    # 2c. a second scorer trained on the same vectors (the CNN) names the first's file instead of storing them again
    python -m marsad.training.ner_nn share-vectors lib/marsad/data/ner/anercorp-cnn.npz --with lib/marsad/data/ner/anercorp-bilstm.npz
    # the convolutional scorer (anercorp-cnn.npz): fit --encoder cnn --hidden 128 --dilations 2,4 --epochs 14 --snapshots 8,
    # then average epochs 8-14 and share-vectors with anercorp-bilstm.npz
    # 3. with Marsad's environment: attach it to the CRF with a weight chosen on the development split
    python -m marsad.training.ner_nn attach --neural lib/marsad/data/ner/anercorp-bilstm.npz --weight W

The network: a word is its word2vec vector (frozen; of the word, else of its clitic-stripped stem), a character
CNN (32-dimensional character embeddings, 50 filters of width 3, tanh, max over the first 20 characters), the 0/1
inputs of :func:`marsad.mentions.ner.neural_flags` and embeddings (8, 16, 16 dimensions) of its three word2vec
cluster ids; dropout 0.5, one bidirectional LSTM layer (100 units each way), dropout, a linear layer to the label
scores and a CRF layer (transitions, start and end scores). Adam (learning rate 0.003), batches of 32 sentences of
similar length, one CPU thread: about 100-200 s an epoch on a loaded 2-core machine.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

from marsad.iob import span_counts

MAXC = 20


# ---------------------------------------------------------------- step 1 (Marsad's environment)

def export_data(datasets: Path, out: Path, vectors: Path | None = None, fold: int = 1, people: bool = False) -> dict:
    """Write the sentences of development fold ``fold`` (``fit``/``dev``; :func:`marsad.training.ner.dev_split`) and of
    the CAMeL train part (``train``) as normalised words and tags, with every word type's stem, 0/1 inputs and cluster
    ids, to ``out`` (json.gz).

    ``people``: also the in-domain sentences of the people gold set's development splits (``people``:
    :func:`marsad.training.ner.people_sentences` over the hard-coded :data:`~marsad.training.ner.PEOPLE_SPLITS`, gold
    PERS and country LOC, silver ORG/LOC/MISC of the shipped tagger), trained on with ``fit --train fit+people``.

    The CAMeL test part is not written: it is only ever scored by ``evaluate ner`` with Marsad's own code."""
    from marsad.mentions import ner as N
    from marsad.training import ner as T

    feats = N.default_features()
    fit, dev = T.dev_split(datasets, fold)
    train, _ = T.camel_split(T.read_anercorp(Path(datasets) / "anercorp" / "data" / "ANERCorp"))

    def conv(ss):
        return [[[N._normalize_token(t) for t, _ in s], [g for _, g in s]] for s in ss]

    data = {"fit": conv(fit), "dev": conv(dev), "train": conv(train)}
    if people:
        data["people"] = conv(T.people_sentences(Path(datasets), T.PEOPLE_SPLITS, model=N.load_model(N.MODEL_PATH)))
    types = sorted({w for part in data.values() for ws, _ in part for w in ws})
    tab = {}
    for w in types:
        s = N._strip_clitics(w)
        cl = feats.clusters.get(w) or feats.clusters.get(s)
        tab[w] = [s, N.neural_flags(feats, w), list(cl) if cl else None]
    clusters = sorted({tuple(c) for c in feats.clusters.values()})
    vec = Path(vectors) if vectors else N.VECTORS_PATH
    payload = {"sentences": data, "types": tab, "cluster_ids": [sorted({c[k] for c in clusters}) for k in range(3)],
               "vectors": str(vec)}
    with gzip.open(out, "wt", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False)
    return {"types": len(tab), **{k: len(v) for k, v in data.items()}}


def crf_offsets(model_path: Path, words: list[list[str]], out: Path, clusters: Path | None = None) -> int:
    """Write the label scores of the CRF at ``model_path`` (its neural scorer left out) for the normalised
    sentences ``words`` to ``out`` (``E``, one row per token in order; ``labels``; ``trans``), for ``fit --offsets``
    / ``--eval-offsets`` (residual training). ``clusters``: the clusters file the CRF was trained with, when not the
    shipped one. Returns the number of tokens."""
    from marsad.mentions import ner as N

    feats = N.default_features()
    if clusters:
        feats = N.Features(feats.gaz, N.read_clusters(Path(clusters)), feats.context, feats.stats, feats.vectors,
                           history=feats.history)
    model = N.Model.load(Path(model_path), feats, neural=False)
    flat = [w for ws in words for w in ws]
    E = model.emissions(flat, np.array([len(ws) for ws in words], np.int64)) if flat else np.zeros((0, model.L))
    np.savez_compressed(out, E=E.astype(np.float32), labels=np.array(model.labels),
                        trans=model.crf_trans.astype(np.float32))
    return len(flat)


def average(paths: list[Path], out: Path) -> None:
    """Average the weights of snapshots of one training run (``fit --snapshots``; stochastic weight averaging):
    one network at run time, less dependent on where training stopped than any single epoch."""
    zs = [np.load(p) for p in paths]
    arrs = {}
    for k in zs[0].files:
        a = zs[0][k]
        if a.dtype.kind == "f" and k != "vec_scale":
            arrs[k] = np.mean([z[k].astype(np.float64) for z in zs], axis=0).astype(a.dtype)
        else:
            if any(not np.array_equal(z[k], a) for z in zs[1:]):
                raise ValueError(f"{k} differs between the snapshots: not one training run")
            arrs[k] = a
    np.savez_compressed(out, **arrs)


def share_vectors(path: Path, other: Path) -> None:
    """Drop the word vectors from the scorer file ``path`` when they equal those of ``other`` (a scorer file in the
    same folder) and name ``other`` instead (``vec_from``): two scorers trained on the same vectors ship them once."""
    with np.load(path) as z:
        arrs = {k: z[k] for k in z.files}
    with np.load(other) as z:
        if any(not np.array_equal(arrs[k], z[k]) for k in ("vec_words", "vec_values", "vec_scale")):
            raise ValueError(f"{path} and {other} were trained with different word vectors")
    for k in ("vec_words", "vec_values", "vec_scale"):
        del arrs[k]
    np.savez_compressed(path, vec_from=np.array(Path(other).name), **arrs)


def attach(neural: Path, weight: float, model_path: Path | None = None, bias: dict[str, float] | None = None) -> None:
    """Make the shipped CRF (or ``model_path``) add ``weight`` times the neural scorer's scores (saved in place);
    ``bias``: label -> amount added to its score while the scorer is attached (``--bias B-ORG=0.5,I-ORG=0.5``)."""
    from marsad.mentions import ner as N

    path = Path(model_path) if model_path else N.MODEL_PATH
    model = N.Model.load(path)
    model.attach_neural(N.load_neural(neural, model.features) if weight else None, weight, bias)
    model.save(path)
    N.load_model.cache_clear()


# ---------------------------------------------------------------- step 2 (torch environment)

def fit(data_path: Path, out: Path, *, train_part: str = "train", eval_part: str | None = None, epochs: int = 12,
        hidden: int = 100, chars: int = 50, dropout: float = 0.5, lr: float = 3e-3, batch: int = 32, seed: int = 1,
        threads: int = 1, snapshots: int = 0, encoder: str = "bilstm", dilations: tuple[int, ...] = (2, 1),
        offsets: Path | None = None, eval_offsets: Path | None = None, log=print) -> dict:
    """Train the BiLSTM-CRF on ``train_part`` for ``epochs`` epochs and export the last epoch's weights to ``out``.

    With ``eval_part`` (``dev``) its span F1 is printed after every epoch (nothing is chosen by it here: the
    number of epochs is an argument). With ``snapshots`` = k, the weights after every epoch from the k-th on are
    also written next to ``out`` (``<stem>-e<epoch>.npz``), and with ``eval_part`` the development split's label
    scores of each (``<stem>-e<epoch>.dev.npy``, for choosing the epoch and the weight given to the CRF).

    ``encoder="cnn"``: instead of the BiLSTM, ``1 + len(dilations)`` convolutional layers of ``hidden`` units
    (width 3, ReLU, residual from the second on; the first over the word inputs with dilation 1, the others with
    ``dilations``), all positions of a sentence at once; no recurrence, so the numpy runtime needs no loop over
    positions, and the first layer is linear in the word inputs, so its three projections are cached per word type.

    ``offsets`` (residual training, session 29): an ``.npz`` of a CRF's label scores ``E`` (one row per token of
    ``train_part``, in order; ``labels``; ``trans``), written by :func:`crf_offsets` with CRFs that did not see the
    sentences they score (cross-fitting). They are added, fixed, to the network's label scores and its transitions
    in training, so it learns what the CRF it will be attached to (at weight 1) lacks; ``eval_offsets``: the attached
    CRF's scores of ``eval_part``, so the printed F1 is the pair's. The exported file holds the network alone."""
    import torch
    import torch.nn as nn

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    random.seed(seed)
    np.random.seed(seed)
    with gzip.open(data_path, "rt", encoding="utf-8") as f:
        payload = json.load(f)
    tab = payload["types"]
    trn = [s for part in train_part.split("+") for s in payload["sentences"][part]]  # "fit+people": both parts
    evl = payload["sentences"][eval_part] if eval_part else []
    labels = sorted({t for _, ts in trn for t in ts})
    lid = {lab: i for i, lab in enumerate(labels)}
    L = len(labels)
    z = np.load(payload["vectors"])
    vwords = z["words"].tobytes().decode("utf-8").split("\n")
    vidx = {w: i + 1 for i, w in enumerate(vwords)}
    V = np.vstack([np.zeros((1, z["values"].shape[1]), np.float32), z["values"].astype(np.float32) * float(z["scale"])])
    counts: dict[str, int] = {}
    for ws, _ in trn:
        for w in ws:
            for c in w:
                counts[c] = counts.get(c, 0) + 1
    char_list = sorted(c for c, n in counts.items() if n >= 2)
    cid = {c: i + 2 for i, c in enumerate(char_list)}  # 0: padding, 1: unknown
    cl_names = payload["cluster_ids"]
    cl_maps = [{c: i + 1 for i, c in enumerate(names)} for names in cl_names]
    NF = len(next(iter(tab.values()))[1])
    cache: dict[str, tuple] = {}

    def read_offsets(path, sents):
        if not path:
            return None, None
        with np.load(path) as oz:
            perm = [list(oz["labels"]).index(lab) for lab in labels]
            E, tr = oz["E"][:, perm].astype(np.float32), oz["trans"][np.ix_(perm, perm)].astype(np.float32)
        if len(E) != sum(len(ws) for ws, _ in sents):
            raise ValueError(f"{path}: {len(E)} rows for {sum(len(ws) for ws, _ in sents)} tokens")
        cuts = np.cumsum([len(ws) for ws, _ in sents])[:-1]
        return np.split(E, cuts), tr

    off_trn, trans0 = read_offsets(offsets, trn)
    off_evl, _ = read_offsets(eval_offsets, evl)

    def word_inputs(w):
        r = cache.get(w)
        if r is None:
            s, fl, cl = tab[w]
            c = [cid.get(ch, 1) for ch in w[:MAXC]]
            cli = [cl_maps[k].get(cl[k], 0) for k in range(3)] if cl else [0, 0, 0]
            r = cache[w] = (vidx.get(w) or vidx.get(s) or 0, c, fl, cli)
        return r

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.vec = nn.Embedding.from_pretrained(torch.tensor(V), freeze=True)
            self.cemb = nn.Embedding(len(cid) + 2, 32, padding_idx=0)
            self.conv = nn.Conv1d(32, chars, 3, padding=1)
            self.cls = nn.ModuleList([nn.Embedding(len(m) + 1, d) for m, d in zip(cl_maps, (8, 16, 16))])
            self.drop = nn.Dropout(dropout)
            D = V.shape[1] + chars + NF + 40
            if encoder == "cnn":
                self.c1 = nn.Conv1d(D, hidden, 3, padding=1)
                self.cs = nn.ModuleList([nn.Conv1d(hidden, hidden, 3, padding=d, dilation=d) for d in dilations])
                self.out = nn.Linear(hidden, L)
            else:
                self.lstm = nn.LSTM(D, hidden, batch_first=True, bidirectional=True)
                self.out = nn.Linear(2 * hidden, L)
            self.trans = nn.Parameter(torch.zeros(L, L))
            # the attached CRF's transitions, fixed (residual training); not exported
            self.register_buffer("trans0", torch.tensor(trans0) if trans0 is not None else torch.zeros(L, L))
            self.start = nn.Parameter(torch.zeros(L))
            self.end = nn.Parameter(torch.zeros(L))

        def forward(self, v, c, fl, cli, mask):
            B, T, C = c.shape
            h = torch.tanh(self.conv(self.cemb(c.view(B * T, C)).transpose(1, 2)))
            h = h.masked_fill(c.view(B * T, 1, C) == 0, -1e4).max(2).values
            h = torch.where(h < -1e3, torch.zeros_like(h), h).view(B, T, -1)
            x = torch.cat([self.vec(v), h, fl] + [e(cli[..., k]) for k, e in enumerate(self.cls)], -1)
            if encoder == "cnn":  # padded positions are zeros, as the runtime's sentence edges
                m = mask.unsqueeze(1)
                y = torch.relu(self.c1((self.drop(x) * mask.unsqueeze(2)).transpose(1, 2))) * m
                for conv in self.cs:  # dropout only on the inputs and before the output layer, as for the BiLSTM
                    y = (torch.relu(conv(y)) + y) * m
                return self.out(self.drop(y.transpose(1, 2)))
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), mask.sum(1).long(), batch_first=True,
                                                       enforce_sorted=False)
            y, _ = self.lstm(packed)
            y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True, total_length=T)
            return self.out(self.drop(y))

        def nll(self, E, y, mask):
            sc = self.start[y[:, 0]] + (E.gather(2, y.unsqueeze(2)).squeeze(2) * mask).sum(1)
            trans = self.trans + self.trans0
            sc = sc + (trans[y[:, :-1], y[:, 1:]] * mask[:, 1:]).sum(1)
            sc = sc + self.end[y.gather(1, (mask.sum(1) - 1).long().unsqueeze(1)).squeeze(1)]
            a = self.start + E[:, 0]
            for t in range(1, E.shape[1]):
                n = torch.logsumexp(a.unsqueeze(2) + trans.unsqueeze(0), 1) + E[:, t]
                m = mask[:, t].unsqueeze(1)
                a = m * n + (1 - m) * a
            return (torch.logsumexp(a + self.end, 1) - sc).sum()

    def batchify(sents, offs=None):
        T, B = max(len(ws) for ws, _ in sents), len(sents)
        o = np.zeros((B, T, L), np.float32)
        for b, e in enumerate(offs or []):
            o[b, :len(e)] = e
        v = np.zeros((B, T), np.int64)
        c = np.zeros((B, T, MAXC), np.int64)
        fl = np.zeros((B, T, NF), np.float32)
        cli = np.zeros((B, T, 3), np.int64)
        y = np.zeros((B, T), np.int64)
        mask = np.zeros((B, T), np.float32)
        for b, (ws, ts) in enumerate(sents):
            for t, (w, g) in enumerate(zip(ws, ts)):
                vv, cc, ff, ci = word_inputs(w)
                v[b, t], fl[b, t], cli[b, t], y[b, t], mask[b, t] = vv, ff, ci, lid.get(g, lid["O"]), 1
                c[b, t, :len(cc)] = cc
        return [torch.tensor(a) for a in (v, c, fl, cli, mask)], torch.tensor(y), torch.tensor(o)

    def _export(net, out):
        g = {k: v.detach().numpy() for k, v in net.state_dict().items()}
        arrs = dict(labels=np.array(labels), vec_words=z["words"], vec_values=z["values"], vec_scale=z["scale"],
                    chars=np.array("".join(char_list)), maxc=np.array(MAXC),
                    cemb=g["cemb.weight"].astype(np.float16), conv_w=g["conv.weight"].astype(np.float16),
                    conv_b=g["conv.bias"], out_w=g["out.weight"], out_b=g["out.bias"],
                    trans=g["trans"], start=g["start"], end=g["end"])
        if encoder == "cnn":
            arrs.update(encoder=np.array("cnn"), dilations=np.array(dilations, np.int64),
                        c1_w=g["c1.weight"], c1_b=g["c1.bias"])
            for k in range(len(dilations)):
                arrs[f"c{k + 2}_w"], arrs[f"c{k + 2}_b"] = g[f"cs.{k}.weight"], g[f"cs.{k}.bias"]
        else:
            for suffix, key in (("", ""), ("_r", "_reverse")):
                for part in ("w_ih", "w_hh", "b_ih", "b_hh"):
                    kind, which = part.split("_")
                    arrs[part + suffix] = g[f"lstm.{'weight' if kind == 'w' else 'bias'}_{which}_l0{key}"]
        for k in range(3):
            arrs[f"cl{k}_names"] = np.array("\n".join(cl_names[k]))
            arrs[f"cl{k}_emb"] = g[f"cls.{k}.weight"].astype(np.float16)
        np.savez_compressed(out, **arrs)

    net = Net()
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=lr)
    order = list(range(len(trn)))
    ebatches = [batchify(evl[i:i + 64], off_evl and off_evl[i:i + 64]) for i in range(0, len(evl), 64)]
    history = []
    t0 = time.time()
    for ep in range(epochs):
        net.train()
        random.shuffle(order)
        groups = []
        for k in range(0, len(order), batch * 20):  # batches of sentences of similar length
            ch = sorted(order[k:k + batch * 20], key=lambda i: len(trn[i][0]))
            groups += [ch[i:i + batch] for i in range(0, len(ch), batch)]
        random.shuffle(groups)
        total = 0.0
        for g in groups:
            x, y, o = batchify([trn[i] for i in g], off_trn and [off_trn[i] for i in g])
            loss = net.nll(net(*x) + o, y, x[-1]) / len(g)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        row = {"epoch": ep + 1, "loss": round(total, 1), "seconds": round(time.time() - t0)}
        if evl:
            net.eval()
            with torch.no_grad():
                tr, st, en = (net.trans + net.trans0).numpy(), net.start.numpy(), net.end.numpy()
                preds, dev_scores = [], []
                for x, _, o in ebatches:
                    E = net(*x).numpy()
                    for b, n in enumerate(x[-1].sum(1).int().tolist()):
                        dev_scores.append(E[b, :n].copy())
                        E[b] += o[b].numpy()
                        preds.append([labels[k] for k in _viterbi(E[b, :n], tr, st, en)])
            row.update(_f1([ts for _, ts in evl], preds))
        history.append(row)
        log(json.dumps(row))
        if snapshots and ep + 1 >= snapshots:
            stem = Path(out).with_suffix("")
            _export(net, Path(f"{stem}-e{ep + 1}.npz"))
            if evl:
                np.save(f"{stem}-e{ep + 1}.dev.npy", np.concatenate(dev_scores))
    _export(net, out)
    return {"history": history, "seconds": round(time.time() - t0)}


def _viterbi(E, trans, start, end):
    sc, bps = start + E[0], []
    for t in range(1, len(E)):
        cand = sc[:, None] + trans
        bps.append(cand.argmax(0))
        sc = cand.max(0) + E[t]
    cur = int((sc + end).argmax())
    path = [cur]
    for bp in reversed(bps):
        cur = int(bp[cur])
        path.append(cur)
    return path[::-1]


def _f1(gold, pred) -> dict:
    """Exact-span micro F1 and PERS F1 (the CRF's scorer, without label consistency)."""
    c = span_counts(gold, pred)
    tot = [sum(x[i] for x in c.values()) for i in range(3)]
    pers = c.get("PERS", [0, 0, 0])
    return {"f1": round(200 * tot[0] / max(1, tot[1] + tot[2]), 2), "pers_f1": round(200 * pers[0] / max(1, pers[1] + pers[2]), 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m marsad.training.ner_nn", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("data")
    d.add_argument("--datasets", required=True)
    d.add_argument("--out", required=True)
    d.add_argument("--vectors", help="word vectors npz (words, int8 values, scale); default: the CRF's vectors.npz")
    d.add_argument("--fold", type=int, default=1, help="development fold written as fit/dev: 1 (last 10 %%), 2 (first), 3 (middle), 4-7 (training.ner.fold_cut)")
    d.add_argument("--people", action="store_true", help="also the people gold set's development splits (part people)")
    f = sub.add_parser("fit")
    f.add_argument("--data", required=True)
    f.add_argument("--out", required=True)
    f.add_argument("--train", default="train", choices=["train", "fit", "train+people", "fit+people"])
    f.add_argument("--eval", choices=["dev"])
    f.add_argument("--epochs", type=int, default=12)
    f.add_argument("--seed", type=int, default=1)
    f.add_argument("--threads", type=int, default=1)
    f.add_argument("--snapshots", type=int, default=0, help="also write the weights after every epoch from this one on")
    f.add_argument("--encoder", default="bilstm", choices=["bilstm", "cnn"])
    f.add_argument("--hidden", type=int, default=100, help="LSTM units each way, or convolution channels")
    f.add_argument("--dilations", default="2,1", help="cnn: dilations of the layers after the first")
    f.add_argument("--offsets", help="residual training: cross-fitted CRF label scores of the training sentences (crf-offsets)")
    f.add_argument("--eval-offsets", help="the attached CRF's label scores of the --eval part")
    o = sub.add_parser("crf-offsets")
    o.add_argument("--data", required=True)
    o.add_argument("--part", required=True, help="a part of the data file (dev, fit, train, people; a+b for both)")
    o.add_argument("--model", required=True, help="the CRF (.npz) whose label scores are written")
    o.add_argument("--clusters", help="the clusters file that CRF was trained with (default: the shipped one)")
    o.add_argument("--out", required=True)
    m = sub.add_parser("average")
    m.add_argument("snapshots", nargs="+")
    m.add_argument("--out", required=True)
    v = sub.add_parser("vectors")
    v.add_argument("--datasets", required=True)
    v.add_argument("--out", required=True)
    v.add_argument("--dims", type=int, default=64)
    sv = sub.add_parser("share-vectors")
    sv.add_argument("scorer")
    sv.add_argument("--with", dest="other", required=True, help="a scorer file in the same folder with the same vectors")
    a = sub.add_parser("attach")
    a.add_argument("--neural", required=True)
    a.add_argument("--weight", type=float, required=True)
    a.add_argument("--model")
    a.add_argument("--bias", default="", help="LABEL=AMOUNT,… added to those labels' scores while attached")
    args = ap.parse_args(argv)
    if args.cmd == "data":
        print(json.dumps(export_data(Path(args.datasets), Path(args.out), args.vectors and Path(args.vectors), args.fold,
                                     args.people)))
    elif args.cmd == "crf-offsets":
        with gzip.open(args.data, "rt", encoding="utf-8") as fh:
            sents = json.load(fh)["sentences"]
        words = [ws for part in args.part.split("+") for ws, _ in sents[part]]
        print(json.dumps({"tokens": crf_offsets(Path(args.model), words, Path(args.out), args.clusters and Path(args.clusters))}))
    elif args.cmd == "average":
        average([Path(p) for p in args.snapshots], Path(args.out))
    elif args.cmd == "vectors":
        from marsad.training.ner import build_vectors

        # the CRF's word2vec settings (skip-gram, 100 dimensions, window 3, ANT + the ANERcorp train part), more PCA dimensions
        print(build_vectors(Path(args.datasets), Path(args.out), dims=args.dims))
    elif args.cmd == "share-vectors":
        share_vectors(Path(args.scorer), Path(args.other))
    elif args.cmd == "fit":
        res = fit(Path(args.data), Path(args.out), train_part=args.train, eval_part=args.eval, epochs=args.epochs,
                  seed=args.seed, threads=args.threads, snapshots=args.snapshots, encoder=args.encoder,
                  hidden=args.hidden, dilations=tuple(int(x) for x in args.dilations.split(",") if x),
                  offsets=args.offsets and Path(args.offsets), eval_offsets=args.eval_offsets and Path(args.eval_offsets))
        print(json.dumps({"seconds": res["seconds"], "out": args.out}))
    else:
        bias = {k: float(v) for k, _, v in (x.partition("=") for x in args.bias.split(",") if x)}
        attach(Path(args.neural), args.weight, args.model and Path(args.model), bias)
    return 0


if __name__ == "__main__":
    sys.exit(main())
