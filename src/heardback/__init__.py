"""heardback: a local-first job-search companion."""

__version__ = "0.1.0"
