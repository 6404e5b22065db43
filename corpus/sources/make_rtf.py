"""Writes the hand-made RTF samples in the style of old Word.

sources/rtf/*.rtf.in are RTF with the text left in UTF-8; every non-ASCII
character is escaped here, as Word did it:
  letter-ru-seminar: \\'xx windows-1251 escapes only (Word 2003, \\ansicpg1251);
  report-be-museum: \\uN with a \\'xx fallback under \\uc1 (WordPad / Word 2007+),
                    except where the source already spells an escape.
@PNGHEX@ becomes the hex dump of a small real PNG (a \\pict that must not leak).
"""

import io

from PIL import Image, ImageDraw


def png_hex():
    img = Image.new("RGB", (32, 32), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.ellipse((2, 2, 29, 29), outline=(31, 58, 147), width=3)
    draw.rectangle((11, 11, 20, 20), fill=(200, 20, 20))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    hexed = buf.getvalue().hex()
    return "\n".join(hexed[i:i + 128] for i in range(0, len(hexed), 128))


def ansi(ch):
    return "".join("\\'%02x" % b for b in ch.encode("cp1251"))


def unicode(ch):
    code = ord(ch)
    if code > 32767:
        code -= 65536
    try:
        fallback = ansi(ch)
    except UnicodeEncodeError:
        fallback = "?"
    return "\\u%d%s" % (code, fallback)


def escape(text, how):
    return "".join(ch if ord(ch) < 128 else how(ch) for ch in text)


def main():
    src = open("sources/rtf/letter-ru-seminar.rtf.in", encoding="utf-8").read()
    src = src.replace("@PNGHEX@", png_hex())
    with open("documents/letter-ru-seminar.rtf", "wb") as f:
        f.write(escape(src, ansi).encode("ascii"))
    src = open("sources/rtf/report-be-museum.rtf.in", encoding="utf-8").read()
    with open("documents/report-be-museum.rtf", "wb") as f:
        f.write(escape(src, unicode).encode("ascii"))


if __name__ == "__main__":
    main()
