"""Japanese in the few places Streamlit writes English itself (its frontend has no Japanese locale).

The texts are replaced with CSS only — the English is hidden and the Japanese drawn in its place — so the
widgets keep working as they are: the uploader's button and instructions, the 「Press Enter to apply」 hint under
text boxes, the 「No results」 of a select box's search, the 「Running...」 status.
"""

_SMALL = "font-size: 0.875rem;"

JAPANESE_UI_CSS = f"""<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {{
  content: "ファイルを選ぶ"; {_SMALL}
}}
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{
  content: "ここにファイルをドラッグ＆ドロップすることもできます"; {_SMALL}
}}
[data-testid="InputInstructions"] > span {{ font-size: 0; }}
[data-testid="InputInstructions"] > span:first-child::after {{ content: "Enter キーで確定"; font-size: 12px; }}
[role="listbox"][data-empty="true"] [role="option"] > span {{ font-size: 0; }}
[role="listbox"][data-empty="true"] [role="option"] > span::after {{ content: "該当なし"; {_SMALL} }}
[data-testid="stStatusWidget"] label {{ font-size: 0; }}
[data-testid="stStatusWidget"] label::after {{ content: "処理中…"; {_SMALL} }}
</style>"""
