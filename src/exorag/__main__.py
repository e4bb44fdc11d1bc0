"""``python -m exorag``: the same as the ``exorag`` command."""

from .cli import main

main()
