"""Plan model, facts, durable-rules rulesets compiled from the knowledge, and the gap report."""
