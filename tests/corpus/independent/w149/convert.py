import pathlib
b = pathlib.Path(__file__).parent
out = b.parent / 'drafts'
spec = {
 '01': ('w149_01_b_nagano_robot_drive.txt', 'cp932'),
 '02': ('w149_02_b_niigata_kenou_metal.txt', 'utf-8'),
 '03': ('w149_03_b_showa_hydrogen.txt', 'cp932'),
 '04': ('w149_04_c_nagiso_rokuro.txt', 'cp932'),
 '05': ('w149_05_c_yuzawa_resort.txt', 'utf-8'),
 '06': ('w149_06_c_minobu_washi.txt', 'cp932'),
}
for k, (name, enc) in spec.items():
    t = (b / f'{k}.txt').read_text('utf-8').replace('\r\n', '\n')
    if enc == 'cp932':
        data = t.replace('\n', '\r\n').encode('cp932')
    else:
        data = t.encode('utf-8')
    (out / name).write_bytes(data)
    print(name, enc, len(t))
