"""Benchmarks at scale: `python -m bench [--quick]` prints one JSON object per line."""
