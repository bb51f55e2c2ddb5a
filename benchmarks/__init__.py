"""Benchmarks: figures users feel (`python -m benchmarks.run_all`). Not timed tests."""
