"""Writes the plain-text samples: each UTF-8 source in sources/text/ is
re-encoded into the encoding (and line ending, BOM) named below."""

TEXTS = [
    # file name, Python codec, BOM bytes, line ending
    ("text-be-utf8.txt", "utf-8", b"", "\n"),
    ("text-ru-utf8-bom.txt", "utf-8", b"\xef\xbb\xbf", "\r\n"),
    ("text-be-utf16le-bom.txt", "utf-16-le", b"\xff\xfe", "\r\n"),
    ("text-ru-utf16be-bom.txt", "utf-16-be", b"\xfe\xff", "\n"),
    ("text-be-utf16le-nobom.txt", "utf-16-le", b"", "\r\n"),
    ("text-be-cp1251.txt", "cp1251", b"", "\r\n"),
    ("text-ru-koi8r.txt", "koi8_r", b"", "\n"),
    ("text-uk-koi8u.txt", "koi8_u", b"", "\n"),
    ("text-ru-ibm866.txt", "cp866", b"", "\r\n"),
    ("text-ru-iso8859-5.txt", "iso8859_5", b"", "\n"),
    ("text-ru-maccyrillic.txt", "mac_cyrillic", b"", "\r"),  # classic Mac OS line ends
    ("text-en-cp1252.txt", "cp1252", b"", "\r\n"),
    ("note-ru-short-cp1251.txt", "cp1251", b"", ""),  # one line, no final newline
]


def main():
    for name, codec, bom, eol in TEXTS:
        text = open("sources/text/" + name, encoding="utf-8").read()
        if eol == "":
            text = text.rstrip("\n")
        else:
            text = text.replace("\n", eol)
        with open("documents/" + name, "wb") as f:
            f.write(bom + text.encode(codec))


if __name__ == "__main__":
    main()
