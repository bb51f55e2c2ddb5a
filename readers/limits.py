"""Input limits: a draft larger than these is refused with a clear message, never half-read."""

MAX_FILE_BYTES = 5 * 1024 * 1024  # 5 MB per file
MAX_LINES = 20_000  # lines (text) or paragraphs + table rows (Word)
MAX_DOCX_UNCOMPRESSED = 60 * 1024 * 1024  # total uncompressed size of the .docx zip members
MAX_DOCX_MEMBERS = 2_000
MAX_DOCX_RATIO = 200  # compression ratio above which a member is taken for a zip bomb
MAX_YAML_ALIASES = 100
MAX_NESTING_DEPTH = 40  # YAML / JSON nesting
MAX_TABLE_CELLS = 200_000
