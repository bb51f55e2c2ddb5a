"""chiiki-mirai: command line, shared service functions and reports."""

__version__ = "0.1.0"
