#!/usr/bin/python3
"""Cuts the CJK font subset that ReelRank bundles (see README.md in this folder).

Needs Debian's fonts-noto-cjk and python3-fonttools. Run from this folder:
    /usr/bin/python3 make-subset.py
The result is renamed because the OFL asks modified versions not to present
themselves under the original's name.
"""
from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCES = {
    "Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
SIMPLIFIED_CHINESE = 2  # index of "Noto Sans CJK SC" in Debian's collections
JAPANESE = 0  # its Western punctuation is proportional; the collection shares one glyph set
WESTERN_PUNCTUATION = list(range(0xA0, 0x100)) + list(range(0x2010, 0x2028)) + list(range(0x2030, 0x205F))
FAMILY = "ReelRank Sans CJK"


def gb2312_hanzi():
    chars = set()
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def wanted():
    ranges = [
        (0x20, 0x7E), (0xA0, 0x17F),        # Latin, Latin-1, Latin Extended-A
        (0x2000, 0x206F), (0x20A0, 0x20CF),  # punctuation, currency signs
        (0x2100, 0x214F), (0x2190, 0x21FF),  # letterlike, arrows
        (0x2200, 0x22FF), (0x2460, 0x24FF),  # maths, enclosed numbers
        (0x2500, 0x25FF),                    # box drawing, shapes
        (0x3000, 0x303F), (0xFF00, 0xFFEF),  # CJK punctuation, fullwidth forms
    ]
    chars = {c for lo, hi in ranges for c in range(lo, hi + 1)}
    return chars | gb2312_hanzi() | set(map(ord, "可灵海螺快手谷歌"))


def rename(font, style):
    names = font["name"]
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    postscript = f"ReelRankSansCJK-{style}"
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};subset of Noto Sans CJK SC"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = FAMILY


def proportional_punctuation(collection):
    """The SC face draws ·, •, “, ” and … full-width; an English UI wants them proportional."""
    font = collection.fonts[SIMPLIFIED_CHINESE]
    western = collection.fonts[JAPANESE].getBestCmap()
    pwid = {}
    gsub = font["GSUB"].table
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag == "pwid":
            for index in record.Feature.LookupListIndex:
                for table in gsub.LookupList.Lookup[index].SubTable:
                    pwid.update(getattr(table, "mapping", {}) or {})
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for cp in WESTERN_PUNCTUATION:
            if cp in table.cmap and cp in western:
                glyph = western[cp]
                table.cmap[cp] = pwid.get(glyph, glyph)
    return font


for style, path in SOURCES.items():
    font = proportional_punctuation(TTCollection(path))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted())
    subsetter.subset(font)
    rename(font, style)
    font.save(f"ReelRankSansCJK-{style}.otf")
    print(style, "written")
