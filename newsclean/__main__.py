"""``python -m newsclean``: the command line (see ``newsclean --help``)."""

from ._cli import main

raise SystemExit(main())
