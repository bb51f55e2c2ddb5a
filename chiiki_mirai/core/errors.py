"""Errors that carry a message for the user, in Japanese."""


class UserError(Exception):
    """Bad input from the user: shown as a message, exit code 2, never a traceback."""

    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class KnowledgeError(Exception):
    """The knowledge base data is unsound (see `chiiki-mirai kb validate`)."""
