"""Documents: real files (DOCX, ODT, HTML, Markdown, XLIFF, PO, SRT, WebVTT, text) in and out.

Qt-free. A format handler turns a file's bytes into blocks of *coded text* (inline formatting as
numbered tags, see ``inline_codes``) and merges translated blocks back into the original bytes.
The grid, MT, names, memory and QA only ever see coded text; never DOCX or HTML.
"""
