"""PyInstaller's entry script: the same `main` as the `nomad-desktop` console script."""

import sys

from ui.app.main import main

if __name__ == "__main__":
    sys.exit(main())
