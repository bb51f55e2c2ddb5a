import re, sys, unicodedata
def w(s): return sum(2 if unicodedata.east_asian_width(c) in 'FWA' else 1 for c in s)
SEP = re.compile('　{2,}')
def rowinfo(line):
    m = re.match('^(　*)(.*)$', line)
    ind, body = m.group(1), m.group(2)
    if not body or not SEP.search(body): return None
    cells = SEP.split(body)
    if len(cells) < 2: return None
    return ind, cells
def expand(cells, n):
    cells = list(cells)
    k = 0
    while len(cells) < n and k < len(cells):
        c = cells[k]
        if '　' in c.strip('　'):
            a, b = c.split('　', 1)
            cells[k:k+1] = [a, b]
        else:
            k += 1
    return cells
def align(lines):
    out=[]; i=0
    while i < len(lines):
        r = rowinfo(lines[i])
        if r is None: out.append(lines[i]); i+=1; continue
        j=i; block=[]
        while j < len(lines):
            rr = rowinfo(lines[j])
            if rr is None or rr[0]!=r[0]: break
            block.append(rr); j+=1
        if len(block) < 2: out.append(lines[i]); i+=1; continue
        n = max(len(c) for _,c in block)
        block = [(ind, expand(c, n)) for ind,c in block]
        widths=[0]*n
        for _,c in block:
            for k,x in enumerate(c[:-1]): widths[k]=max(widths[k],w(x))
        for ind,c in block:
            s=ind
            for k,x in enumerate(c):
                if k < len(c)-1:
                    pad = widths[k]-w(x)+4
                    s += x + '　'*(pad//2) + (' ' if pad%2 else '')
                else: s += x
            out.append(s.rstrip())
        i=j
    return out
for f in sys.argv[1:]:
    t=open(f,encoding='utf-8').read().split('\n')
    open(f,'w',encoding='utf-8').write('\n'.join(align(t)))
