# -*- coding: utf-8 -*-
# Builds PDF-copy-style .txt drafts: fixed-width wrap, page headers/footers mid-text.
import os, unicodedata
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drafts')

def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WFA' else 1 for c in s)

def wrap(line, width):
    if line.startswith('§'):          # flattened table row: no wrap
        return [line[1:]]
    out, cur = [], ''
    for ch in line:
        if dw(cur + ch) > width:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return out

def paginate(text, header, width, per_page, first_header=False):
    phys = []
    for l in text.strip('\n').split('\n'):
        phys.extend(wrap(l, width) if l else [''])
    pages = [phys[i:i+per_page] for i in range(0, len(phys), per_page)]
    res = []
    for n, p in enumerate(pages, 1):
        if n > 1 or first_header:
            res.append(header)
        res.extend(p)
        res.append('')
        res.append('－ %d －' % n)
    return res

def write(name, text, header, width=78, per_page=34, enc='utf-8', nl='\n', first_header=False):
    lines = paginate(text, header, width, per_page, first_header)
    data = nl.join(lines) + nl
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data.encode(enc))

import drafts_text as T
for d in T.DRAFTS:
    write(**d)
