"""``python -m sloika.cli``: what launchers such as torchrun run on every process."""

from sloika.cli import main

raise SystemExit(main())
