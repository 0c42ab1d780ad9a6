"""Pipeline of the site «Kommunale Jobcenter — offene Daten».

raw/ (snapshots) → import_raw → data/ → validate → load → charts + pages → mkdocs build → site/
"""

import pandas as pd

# Strings stay pandas' "str" dtype (missing = NaN), but kept in Python objects instead of
# pyarrow: the pages pick a few rows of a table thousands of times (a Kreis, a Träger),
# and taking rows of an Arrow-backed column costs several times more than of a NumPy
# one; over a build that was a fifth of the page-generation time. Values and output
# are the same.
pd.options.mode.string_storage = "python"
