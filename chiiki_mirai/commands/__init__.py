"""CLI commands, one module per area; each registers itself on chiiki_mirai.cli_app."""
