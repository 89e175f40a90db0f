"""Running the stages over a corpus: partitions, local and Dask execution, the Parquet store, runs."""
from marsad.engine.run import *  # noqa: F401,F403
from marsad.engine.run import __all__  # noqa: F401
