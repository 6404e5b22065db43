"""Builds the failure samples in broken/ (truncated.pdf and encrypted.pdf
come from make_pdfs.py). Deterministic: the same bytes on every run."""

import io
import random
import zipfile

from PIL import Image, ImageDraw

BROKEN = "broken/"
FIXED = (2025, 1, 1, 0, 0, 0)


def store(zf, name, data, compress=zipfile.ZIP_DEFLATED):
    """Adds one entry with a fixed timestamp so reruns give the same bytes."""
    info = zipfile.ZipInfo(name, date_time=FIXED)
    info.compress_type = compress
    zf.writestr(info, data)


def main():
    open(BROKEN + "empty.txt", "wb").close()

    # A real PNG: a small grey "scan" of a stamp.
    img = Image.new("L", (96, 64), 240)
    draw = ImageDraw.Draw(img)
    draw.rectangle((6, 6, 89, 57), outline=30, width=3)
    draw.line((14, 32, 80, 32), fill=60, width=2)
    img.save(BROKEN + "image.png", "PNG", optimize=True)

    rng = random.Random(20250101)
    data = bytearray(rng.getrandbits(8) for _ in range(4096))
    data[0:4] = b"\x00\x13\xa7\x5c"  # never a known magic number
    with open(BROKEN + "random.bin", "wb") as f:
        f.write(data)

    # A zip that is neither DOCX nor ODT.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        store(zf, "readme.txt", "Архіў фотаздымкаў з семінара, 2024 г.\n".encode("utf-8"))
        store(zf, "data/measurements.csv", "пост;NO2;PM10\nЦэнтр;0,021;34\n".encode("utf-8"))
    with open(BROKEN + "not-a-docx.zip", "wb") as f:
        f.write(buf.getvalue())

    # A real DOCX cut in half: no central directory left.
    docx = open("documents/letter-be-scst.docx", "rb").read()
    with open(BROKEN + "truncated.docx", "wb") as f:
        f.write(docx[: len(docx) // 2])

    # A DOCX whose document.xml nests 100 002 elements (33 334 tables in tables).
    levels = 33334
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = ("<w:tbl><w:tr><w:tc>" * levels
            + "<w:p><w:r><w:t>Глыбока ўкладзеная табліца</w:t></w:r></w:p>"
            + "</w:tc></w:tr></w:tbl>" * levels)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f"<w:document {ns}><w:body>{body}<w:sectPr/></w:body></w:document>")
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>")
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        store(zf, "[Content_Types].xml", content_types)
        store(zf, "_rels/.rels", rels)
        store(zf, "word/document.xml", document)
    with open(BROKEN + "deep-nesting.docx", "wb") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    main()
