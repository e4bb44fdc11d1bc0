"""Start the exorag chat UI: ``python app.py [--host … --port … --auth USER:PASSWORD]``.

The same app as ``exorag serve``: settings from ``EXORAG_*``, the index built first if missing.
"""

import sys

from exorag.cli import main

if __name__ == "__main__":
    main(["serve", *sys.argv[1:]])
