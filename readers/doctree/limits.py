"""Bounds that keep every reading linear and finite."""

MAX_LINES = 60_000  # lines of a text or Markdown document, paragraphs and tables of a Word one
MAX_SECTION_DEPTH = 12  # a deeper heading becomes a sibling at this depth
MAX_LIST_DEPTH = 20  # a deeper list entry becomes a sibling at this depth
MAX_HEADER_ROWS = 3
MAX_DOCX_BYTES = 20 * 1024 * 1024  # the .docx file itself
MAX_DOCX_UNCOMPRESSED = 80 * 1024 * 1024  # all zip members together, as declared
MAX_DOCX_MEMBER = 40 * 1024 * 1024  # one zip member
MAX_DOCX_MEMBERS = 2_000
MAX_DOCX_RATIO = 200  # compression ratio of a large member above which it is taken for a zip bomb
MAX_TABLE_CELLS = 400_000  # cells of all tables of one document
MAX_CELL_NESTING = 8  # tables inside table cells, flattened into text
