"""Writes the HTML samples from their UTF-8 sources in sources/html/,
re-encoding the legacy ones to windows-1251."""

PAGES = [
    ("article-ru-news-utf8.html", "utf-8"),
    ("article-ru-news-cp1251-meta.html", "cp1251"),  # declared in <meta http-equiv>
    ("article-be-news-cp1251-nodecl.html", "cp1251"),  # no declaration at all
    ("article-en-news.html", "utf-8"),
]


def main():
    for name, codec in PAGES:
        text = open("sources/html/" + name, encoding="utf-8").read()
        with open("documents/" + name, "wb") as f:
            f.write(text.encode(codec))


if __name__ == "__main__":
    main()
