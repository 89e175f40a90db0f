"""Training, evaluation and data builds: everything that needs ``../shared/datasets``.

Never imported by the runtime path (readers, stages, engine, runner). One entry point::

    python -m marsad.training train {topics,ner} [--datasets DIR]
    python -m marsad.training evaluate {topics,ner,timex,all} [--datasets DIR] [--no-write]
    python -m marsad.training build {kb,map} [--datasets DIR] [WORLD_ATLAS_JSON]
"""
