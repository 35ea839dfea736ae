"""The Qt desktop: the only package that imports PySide6."""
