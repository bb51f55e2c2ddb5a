"""Facts derived from a plan, the meaning of every criterion op (criteria.py), the durable-rules rulesets compiled
from the knowledge, and the evaluation into statuses with reasons and evidence (the gap report)."""
