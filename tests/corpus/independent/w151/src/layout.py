# PDF-to-text style layout engine (w151)
import unicodedata
W = 40   # chars per line for prose
PAGE = 44

def wrap(text, width=W, indent=''):
    out=[]; line=indent
    for ch in text:
        line+=ch
        if len(line)>=width:
            out.append(line); line=''
    if line.strip(): out.append(line)
    return out

def render(title, blocks, first_page=1, page_len=None):
    PG = page_len or PAGE
    """blocks: ('h',text) | ('p',text) | ('b',text, cont_indent) | ('t', header, rows, widths) | ('raw',line) | ('blank',)"""
    lines=[]  # (text, kind, tablehdr)
    for b in blocks:
        k=b[0]
        if k=='h': lines.append((b[1],None))
        elif k=='blank': lines.append(('',None))
        elif k=='raw': lines.append((b[1],None))
        elif k=='p':
            for l in wrap('　'+b[1]): lines.append((l,None))
        elif k=='b':
            ind=b[2] if len(b)>2 else '　'
            ws=wrap(b[1])
            first=True
            rest=b[1]
            # first line full width, continuation lines indented
            out=[]; line=''
            for ch in b[1]:
                line+=ch
                lim = W if not out else W-len(ind)
                if len(line)>=lim:
                    out.append(line if not out else ind+line); line=''
            if line: out.append(line if not out else ind+line)
            for l in out: lines.append((l,None))
        elif k=='t':
            hdr, rows, widths = b[1], b[2], b[3]
            def fmt(cells):
                s=''
                for i,c in enumerate(cells):
                    s+=c
                    if i<len(cells)-1:
                        pad=widths[i]-disp(c)
                        s+=' '*max(pad,3)
                return s.rstrip()
            hl=[fmt(h) for h in hdr]
            for h in hl: lines.append((h,None))
            for r in rows: lines.append((fmt(r),hl))
    # paginate
    out=[]; page=first_page; n=0
    def header():
        out.append(title); out.append('')
    header()
    for i,(t,hdr) in enumerate(lines):
        if n>=PG:
            out.append(''); out.append(f'－ {page} －'.center(40).rstrip()); out.append('\f' if False else '')
            page+=1; n=0; header()
            if hdr:
                for h in hdr: out.append(h); n+=1
        out.append(t); n+=1
    while n<PG//3: out.append(''); n+=1
    out.append(''); out.append(f'－ {page} －'.center(40).rstrip())
    return '\n'.join(out)+'\n'

def disp(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WFA' else 1 for c in s)

def save(path, text, enc):
    if enc=='cp932':
        data=text.replace('\n','\r\n').encode('cp932')
    else:
        data=text.encode('utf-8')
    open(path,'wb').write(data)
    print(path, len(text), 'chars')
