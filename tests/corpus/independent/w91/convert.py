import sys
names = {
 "01_a.txt":"w91_01_a_kinuura_hydrogen.txt",
 "02_b.txt":"w91_02_b_hamamatsu_photonics.txt",
 "03_b.txt":"w91_03_b_gifu_fineceramics.txt",
 "04_c.txt":"w91_04_c_toba_oyster_aosa.txt",
 "05_c.txt":"w91_05_c_tokoname_ware.txt",
 "06_c.txt":"w91_06_c_kawane_tea.txt",
}
tbl = {c: c+0xFEE0 for c in range(0x21,0x7F)}
for src,dst in names.items():
    t = open("src/"+src,encoding="utf-8").read()
    t = t.translate(tbl)
    t = t.replace("\r\n","\n").replace("\n","\r\n")
    b = t.encode("cp932")  # strict
    open("drafts/"+dst,"wb").write(b)
    print(dst, len(t.replace("\r\n","")), "chars")
