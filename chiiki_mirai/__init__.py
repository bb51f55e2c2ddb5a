"""chiiki-mirai: the bottom layer (core: errors, plan, result, text), and on top the shared service functions,
the reports and the command line. The knowledge, readers, rules and recommender install under this name too."""

__version__ = "0.1.0"
