"""``python -m articlekit``: the command line."""

from articlekit._cli import main

raise SystemExit(main())
