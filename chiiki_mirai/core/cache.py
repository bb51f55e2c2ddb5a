"""Where built artefacts (the encoder, the statement classifier) are cached on disk.

`CHIIKI_MIRAI_CACHE`, else ~/.cache/chiiki-mirai, else a folder in the temp directory when the home is not
writable (common on locked-down office PCs). Nothing here is ever downloaded: caches hold what the tool built
from files it ships or has installed.
"""

from __future__ import annotations

import getpass
import os
import tempfile
from pathlib import Path

CACHE_ENV = "CHIIKI_MIRAI_CACHE"


def cache_root() -> Path:
    env = os.environ.get(CACHE_ENV)
    root = Path(env).expanduser() if env else Path.home() / ".cache" / "chiiki-mirai"
    try:
        root.mkdir(parents=True, exist_ok=True)
        if os.access(root, os.W_OK):
            return root
    except OSError:
        pass
    return Path(tempfile.gettempdir()) / f"chiiki-mirai-{getpass.getuser()}"
