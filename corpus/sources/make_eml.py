"""Writes the e-mail samples. Headers and MIME structure are written out by
hand (as old mail clients did) rather than by the email package, so that the
encodings are exactly the ones named in the file names."""

import base64
import email.header
import quopri
import urllib.parse

SRC = "sources/eml/"
OUT = "documents/"


def b_word(text, charset):
    """One RFC 2047 encoded word, B encoding."""
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


def q_words(text, charset, width=40):
    """RFC 2047 Q encoding, split into several encoded words (folded)."""
    words, chunk = [], ""
    for ch in text:
        enc = "".join("=%02X" % b if (b > 126 or b < 33 or chr(b) in "=?_") and b != 32 else chr(b)
                      for b in ch.encode(charset)).replace(" ", "_")
        if len(chunk) + len(enc) > width:
            words.append("=?%s?Q?%s?=" % (charset, chunk))
            chunk = ""
        chunk += enc
    words.append("=?%s?Q?%s?=" % (charset, chunk))
    return "\r\n ".join(words)


def b64_lines(data):
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def koi8r_qp():
    body = open(SRC + "letter-ru-koi8r.body.txt", encoding="utf-8").read()
    qp = quopri.encodestring(body.encode("koi8_r")).decode("ascii")
    headers = [
        "Return-Path: <kanc@niti.example.ru>",
        "Received: from mail.niti.example.ru (mail.niti.example.ru [203.0.113.15])\r\n"
        "\tby mx.bntu.example.by with ESMTP id 4F1A2C; Tue, 15 Oct 2019 09:12:44 +0300",
        "Message-ID: <20191015091240.3A7C@niti.example.ru>",
        "Date: Tue, 15 Oct 2019 09:12:40 +0300",
        "From: %s <kanc@niti.example.ru>" % b_word("Канцелярия НИТИ", "koi8-r"),
        "To: %s <intl@bntu.example.by>" % b_word("Отдел международных связей", "koi8-r"),
        "Subject: " + q_words("О совместном проекте по утилизации отходов деревообработки", "koi8-r"),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=koi8-r",
        "Content-Transfer-Encoding: quoted-printable",
        "X-Mailer: The Bat! (v3.5.25) Professional",
    ]
    data = "\r\n".join(headers) + "\r\n\r\n" + crlf(qp)
    with open(OUT + "letter-ru-koi8r.eml", "wb") as f:
        f.write(data.encode("ascii"))


def cp1251_base64():
    body = crlf(open(SRC + "letter-be-cp1251.body.txt", encoding="utf-8").read())
    headers = [
        "Message-ID: <000a01d5a1b2$7c3e1f20$0b01a8c0@csl>",
        "From: %s <resursy@csl.example.by>" % b_word("Ганна Вараб’ёва", "windows-1251"),
        "To: %s <t.kavaliova@ifttp.example.by>" % b_word("Кавалёва Таццяна Пятроўна", "windows-1251"),
        "Subject: %s" % b_word("Аб падпісцы на базы даных Scopus і Web of Science", "windows-1251"),
        "Date: Mon, 2 Dec 2019 14:03:27 +0300",
        "MIME-Version: 1.0",
        'Content-Type: text/plain;\r\n\tcharset="windows-1251"',
        "Content-Transfer-Encoding: base64",
        "X-Priority: 3",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
    ]
    data = "\r\n".join(headers) + "\r\n\r\n" + b64_lines(body.encode("cp1251")) + "\r\n"
    with open(OUT + "letter-be-cp1251.eml", "wb") as f:
        f.write(data.encode("ascii"))


def multipart():
    plain = open(SRC + "letter-mixed-multipart.plain.txt", encoding="utf-8").read()
    paras = plain.strip().split("\n\n")
    html = ("<html><head><meta charset=\"utf-8\"></head><body>"
            + "".join("<p>%s</p>" % p.replace("\n", " ") for p in paras[:-1])
            + "<p style=\"color:#777\">%s</p>" % paras[-1].replace("\n", "<br>")
            + "</body></html>")
    pdf = open(OUT + "letter-en-summer-school.pdf", "rb").read()
    txt = crlf(open(SRC + "attachment-be-cp1251.txt", encoding="utf-8").read()).encode("cp1251")
    txt_name = "Праект адказу.txt"
    quoted = urllib.parse.quote(txt_name.encode("utf-8"), safe="")
    outer, inner = "----=_Part_3411_1029384756.1747300000000", "----=_Alt_77_2611"
    parts = [
        "From: %s <k.moroz@ipm.example.by>" % b_word("Кирилл Мороз", "utf-8"),
        "To: %s <m.sidorovich@ipm.example.by>" % b_word("Маргарита Сидорович", "utf-8"),
        "Cc: intl@ipm.example.by",
        "Subject: " + b_word("Fwd: Летняя школа в Норидже — проект ответа", "utf-8"),
        "Date: Wed, 14 May 2025 16:45:09 +0300",
        "Message-ID: <5b1f0c2e-8f3d-4a55-b0f1-2b9e3f6c1a77@ipm.example.by>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % outer,
        "",
        "This is a multi-part message in MIME format.",
        "",
        "--" + outer,
        'Content-Type: multipart/alternative; boundary="%s"' % inner,
        "",
        "--" + inner,
        "Content-Type: text/plain; charset=utf-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
        crlf(plain),
        "--" + inner,
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        crlf(quopri.encodestring(html.encode("utf-8")).decode("ascii")),
        "--" + inner + "--",
        "",
        "--" + outer,
        'Content-Type: application/pdf; name="letter-en-summer-school.pdf"',
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: attachment; filename="letter-en-summer-school.pdf"',
        "",
        b64_lines(pdf),
        "--" + outer,
        "Content-Type: text/plain; charset=windows-1251; name*=utf-8''%s" % quoted,
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment;\r\n filename*=utf-8''%s" % quoted,
        "",
        b64_lines(txt),
        "--" + outer + "--",
        "",
    ]
    with open(OUT + "letter-mixed-multipart.eml", "wb") as f:
        f.write("\r\n".join(parts).encode("utf-8"))


def html_only():
    """A message whose only body is HTML in windows-1251, quoted-printable."""
    page = crlf(open(SRC + "letter-ru-html-cp1251.html", encoding="utf-8").read())
    headers = [
        "From: %s <seminar@itmo.example.by>" % b_word("Оргкомитет семинара", "windows-1251"),
        "To: undisclosed-recipients:;",
        "Subject: %s" % q_words("Семинар по водородной энергетике 12 марта", "windows-1251"),
        "Date: Thu, 5 Mar 2020 11:20:00 +0300",
        "Message-ID: <E1jA2bC-0003xY-9q@itmo.example.by>",
        "MIME-Version: 1.0",
        'Content-Type: text/html; charset="windows-1251"',
        "Content-Transfer-Encoding: quoted-printable",
    ]
    body = quopri.encodestring(page.encode("cp1251")).decode("ascii")
    with open(OUT + "letter-ru-html-cp1251.eml", "wb") as f:
        f.write(("\r\n".join(headers) + "\r\n\r\n" + crlf(body)).encode("ascii"))


def forwarded():
    """An English message forwarding a Russian one as message/rfc822."""
    inner = "\r\n".join([
        "From: %s <s.mikhnevich@ipm.example.by>" % b_word("Сергей Михневич", "utf-8"),
        "To: Margaret Ellison <m.ellison@ncem.example.ac.uk>",
        "Subject: %s" % b_word("Подтверждение участия в летней школе", "utf-8"),
        "Date: Mon, 9 Jun 2025 10:02:11 +0300",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64_lines(crlf(open(SRC + "forwarded-inner.txt", encoding="utf-8").read()).encode("utf-8")),
        "",
    ])
    boundary = "=_fwd_20250610_0001"
    parts = [
        "From: Margaret Ellison <m.ellison@ncem.example.ac.uk>",
        "To: summer-school@ncem.example.ac.uk",
        "Subject: Fwd: Confirmation from Minsk",
        "Date: Tue, 10 Jun 2025 09:15:40 +0100",
        "Message-ID: <fwd-0610-0915@ncem.example.ac.uk>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "--" + boundary,
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
        "",
        crlf(open(SRC + "forwarded-outer.txt", encoding="utf-8").read()),
        "--" + boundary,
        "Content-Type: message/rfc822",
        'Content-Disposition: attachment; filename="confirmation.eml"',
        "",
        inner,
        "--" + boundary + "--",
        "",
    ]
    with open(OUT + "letter-en-forwarded.eml", "wb") as f:
        f.write("\r\n".join(parts).encode("ascii"))


def main():
    html_only()
    forwarded()
    koi8r_qp()
    cp1251_base64()
    multipart()


if __name__ == "__main__":
    main()
