"""How the app's item views lay out their columns."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView


def show_model(view: QAbstractItemView, model: QAbstractItemModel, *stretch: int) -> None:
    """Give `view` its model with columns as wide as their contents, except `stretch`, which
    share the width left (the free-text columns a user reads)."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
