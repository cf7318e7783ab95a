"""PyInstaller's entry script: the same `main` as the `nomad-desktop` console script."""

import multiprocessing
import sys

from ui.app.main import main

if __name__ == "__main__":
    # The DXF reader runs in a spawned child process: in the packaged app that child starts
    # this same executable, which must hand over to multiprocessing instead of opening a window.
    multiprocessing.freeze_support()
    sys.exit(main())
