# converts src/*.src (UTF-8) to drafts/*.txt (cp932, CRLF); lines "T|a|b|c" form a table, first row = header
import sys, glob, os, unicodedata
def w(s): return sum(2 if unicodedata.east_asian_width(c) in 'WFA' else 1 for c in s)
def pad(s, n):
    d = n - w(s); return s + '　'*(d//2) + ' '*(d%2)
def table(rows, indent):
    ncol = max(len(r) for r in rows)
    rows = [r+['']*(ncol-len(r)) for r in rows]
    ws = [max(w(r[i]) for r in rows) for i in range(ncol)]
    ws = [x + (x%2) for x in ws]
    out = []
    for k, r in enumerate(rows):
        out.append(indent + '│'.join(pad(c, ws[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append(indent + '┼'.join('─'*(ws[i]//2) for i in range(ncol)))
    return out
for f in sorted(glob.glob('src/*.src')):
    lines = open(f, encoding='utf-8').read().split('\n')
    out, buf, ind = [], [], ''
    for ln in lines + ['']:
        s = ln.lstrip(' 　')
        if s.startswith('T|'):
            if not buf: ind = ln[:len(ln)-len(s)]
            buf.append([c.strip() for c in s[2:].split('|')])
            continue
        if buf: out += table(buf, ind); buf = []
        out.append(ln)
    while out and out[-1] == '': out.pop()
    txt = '\n'.join(out) + '\n'
    name = 'drafts/' + os.path.basename(f)[:-4] + '.txt'
    with open(name, 'w', encoding='cp932', newline='\r\n') as g: g.write(txt)
    print(name, len(txt))
