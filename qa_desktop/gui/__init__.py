"""The Qt desktop: the only package that imports PySide6."""

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on Python < 3.12, which drops one reference to None on
    every call of a Qt method that returns nothing; after a few thousand clicks the
    interpreter aborts with "none_dealloc". From Python 3.12 None is immortal and this is a
    no-op; for later PySide6 releases it is skipped.
    """
    if sys.version_info >= (3, 12):
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        affected = version("PySide6-Essentials") == "6.12.0"
    except PackageNotFoundError:  # a PyInstaller bundle carries no metadata: check the module
        import PySide6

        affected = PySide6.__version__ == "6.12.0"
    if affected:
        import ctypes

        # ob_refcnt is the first field of every CPython 3.11 object.
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
