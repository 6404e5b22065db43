"""Copies the Markdown samples (written in UTF-8, LF) into documents/."""

import shutil

FILES = ["report-be-hackathon.md", "report-ru-conference.md", "report-en-review.md"]


def main():
    for name in FILES:
        shutil.copyfile("sources/md/" + name, "documents/" + name)


if __name__ == "__main__":
    main()
