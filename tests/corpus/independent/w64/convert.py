import sys
m = {'01':('w64_01_c_shodoshima_shoyu.txt','cp932'),'02':('w64_02_c_naka_yuzu.txt','cp932'),
     '03':('w64_03_c_chizu_sugi.txt','utf8'),'04':('w64_04_c_suooshima_mikan.txt','cp932'),
     '05':('w64_05_c_uchiko_mokuro.txt','utf8'),'06':('w64_06_b_ehime_hakuyo.txt','cp932')}
for k,(fn,enc) in m.items():
    t = open(f'src_utf8/{k}.txt',encoding='utf8').read()
    if enc=='cp932':
        bad = sorted({c for c in t if not c.encode('cp932',errors='ignore')})
        bad = [c for c in bad if c not in '\n']
        if bad: print(k,'BAD',[(c,hex(ord(c))) for c in bad]); continue
        open('drafts/'+fn,'wb').write(t.replace('\n','\r\n').encode('cp932'))
    else:
        open('drafts/'+fn,'w',encoding='utf8',newline='\n').write(t)
    print(k, fn, len(t))
