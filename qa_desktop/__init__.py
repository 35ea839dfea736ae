"""qa-desktop: offline internal-audit and QA-plan tool for an IT operations service company."""

__version__ = "0.1.0"
