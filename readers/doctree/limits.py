"""Bounds that keep every reading linear and finite.

A Word file's refusal limits (members, uncompressed size, compression ratio) are the product's, set once in
`readers/limits.py` and enforced here, before the zip is parsed.
"""

from ..limits import MAX_DOCX_MEMBERS as MAX_DOCX_MEMBERS  # 2,000 members
from ..limits import MAX_DOCX_RATIO as MAX_DOCX_RATIO  # of a large member, above which it is a zip bomb
from ..limits import MAX_DOCX_UNCOMPRESSED as MAX_DOCX_UNCOMPRESSED  # 60 MiB, all members as declared

MAX_LINES = 60_000  # lines of a text or Markdown document, paragraphs and tables of a Word one
MAX_SECTION_DEPTH = 12  # a deeper heading becomes a sibling at this depth
MAX_LIST_DEPTH = 20  # a deeper list entry becomes a sibling at this depth
MAX_HEADER_ROWS = 3
MAX_DOCX_BYTES = 20 * 1024 * 1024  # the .docx file itself
MAX_DOCX_MEMBER = 40 * 1024 * 1024  # one zip member
MAX_TABLE_CELLS = 400_000  # cells of all tables of one document
MAX_CELL_NESTING = 8  # tables inside table cells, flattened into text
