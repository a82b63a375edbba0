"""``python -m incidents`` runs the CLI."""

import sys

from incidents.cli import main

sys.exit(main())
