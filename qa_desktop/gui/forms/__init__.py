"""Forms generated from ui/*.ui (see qa_desktop/gui/uic.py); do not edit them by hand."""
