"""Builds the PDFs that are not made by LibreOffice.

Producers: reportlab (embedded DejaVu TTF subsets, a Form XObject letterhead,
lines placed by hand; standard Helvetica without embedding; an image-only
page), fpdf2 (TTF as a CID Identity-H font), pypdf (encryption) and a raw PDF
written object by object (Type1 font with /Differences and afii glyph names,
no ToUnicode). Run from corpus/ (make.sh does).
"""

import datetime
import io
import os

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
OUT = "documents/"
BROKEN = "broken/"

pdfmetrics.registerFont(TTFont("DejaVuSerif", DEJAVU + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", DEJAVU + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans", DEJAVU + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))

W, H = A4
LEFT, RIGHT = 70, W - 45


def check_width(text, font, size, limit):
    """Fails loudly when a hand-placed line would run off the page."""
    width = pdfmetrics.stringWidth(text, font, size)
    if width > limit:
        raise SystemExit(f"line too long ({width:.0f} > {limit}): {text}")


def lines(c, x, y, rows, font="DejaVuSerif", size=11, leading=15.5, indent=0):
    """Draws `rows` one under another; a row starting with '\t' is indented."""
    for row in rows:
        dx = 0
        if row.startswith("\t"):
            dx, row = indent or 35, row[1:]
        check_width(row, font, size, RIGHT - x - dx)
        c.setFont(font, size)
        c.drawString(x + dx, y, row)
        y -= leading
    return y


def letter_ru_hyphenation():
    """Lines placed by hand: `сотрудни-`/`чества` and `научно-`/`технического`;
    the bilingual letterhead lives in a Form XObject."""
    c = canvas.Canvas(OUT + "letter-ru-krynica.pdf", pagesize=A4, invariant=1)
    c.setTitle("О научно-техническом сотрудничестве в области цифрового земледелия")
    c.setAuthor("Ярошевич С.П.")
    c.setCreator("reportlab")

    c.beginForm("letterhead")
    top = H - 55
    col_be = [
        "Установа «Цэнтр навукова-тэхнічнага",
        "супрацоўніцтва «Крыніца»",
    ]
    col_ru = [
        "Учреждение «Центр научно-технического",
        "сотрудничества «Крыница»",
    ]
    mid_be, mid_ru = LEFT + 105, W / 2 + 135
    y = top
    for be, ru in zip(col_be, col_ru):
        c.setFont("DejaVuSans-Bold", 9.5)
        c.drawCentredString(mid_be, y, be)
        c.drawCentredString(mid_ru, y, ru)
        y -= 12.5
    y -= 14
    c.setFont("DejaVuSans", 8)
    for be, ru in [
        ("вул. Сурганава, 41, 220013, г. Мінск", "ул. Сурганова, 41, 220013, г. Минск"),
        ("тэл. +375 17 318-22-40", "e-mail: office@krynica.example.by"),
    ]:
        c.drawCentredString(mid_be, y, be)
        c.drawCentredString(mid_ru, y, ru)
        y -= 10.5
    c.setLineWidth(1.2)
    c.line(LEFT, y - 4, RIGHT, y - 4)
    c.endForm()
    c.doForm("letterhead")

    y = H - 160
    c.setFont("DejaVuSerif", 11)
    c.drawString(LEFT, y, "18.07.2025 № 03-14/562")
    c.drawString(LEFT, y - 16, "На № 1187/04 от 30.06.2025")
    lines(c, W / 2 + 40, y, [
        "Генеральному директору",
        "АО «Сибирский агротехнопарк»",
        "Кравцову Д.Е.",
    ])
    y -= 80
    y = lines(c, LEFT, y, [
        "О научно-техническом сотрудничестве",
        "в области цифрового земледелия",
    ], font="DejaVuSerif-Bold", size=11)
    y -= 14
    c.setFont("DejaVuSerif", 11)
    c.drawCentredString(W / 2, y, "Уважаемый Дмитрий Евгеньевич!")
    y -= 24
    body = [
        "\tЦентр «Крыница» благодарит Вас за предложение о развитии сотрудни-",
        "чества в области цифрового земледелия и подтверждает готовность к",
        "подготовке совместной заявки на конкурс проектов Союзного государства.",
        None,
        "\tПредлагаем включить в проект программы работы по созданию научно-",
        "технического задела для автоматизированного картирования полей,",
        "а также провести в сентябре 2025 г. в Минске рабочую встречу экспертов.",
        "Ориентировочный объём финансирования с белорусской стороны составит",
        "1,2 млн российских рублей в 2026 году.",
        None,
        "\tКонтактное лицо: заведующий отделом международных проектов",
        "Ярошевич Сергей Петрович, тел. +375 17 318-22-47.",
    ]
    for row in body:
        if row is None:
            y -= 8
            continue
        y = lines(c, LEFT, y, [row])
    y -= 40
    c.setFont("DejaVuSerif", 11)
    c.drawString(LEFT, y, "Директор")
    c.drawRightString(RIGHT, y, "Т.Н.Ковалёва")
    c.setFont("DejaVuSans", 7.5)
    c.drawString(LEFT, 60, "Ярошевич 318 22 47")
    c.showPage()
    c.save()


def letter_en_helvetica(path, ref, body_extra, encrypt=None):
    """An English letter in the standard (non-embedded) Helvetica font."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1, encrypt=encrypt)
    c.setTitle("Joint Summer School on Hydrogen Storage Materials")
    c.setAuthor("Margaret Ellison")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(LEFT, H - 70, "Northbridge Centre for Energy Materials")
    c.setFont("Helvetica", 9)
    c.drawString(LEFT, H - 84, "14 Carrow Lane, Norwich NR1 3XE, United Kingdom  |  +44 1603 555 018")
    c.line(LEFT, H - 92, RIGHT, H - 92)
    y = H - 125
    c.setFont("Helvetica", 11)
    for row in [
        "Dr Siarhei Mikhnevich",
        "Head, Laboratory of Metal Hydrides",
        "Institute of Powder Metallurgy",
        "Minsk, Belarus",
        "",
        "12 May 2025",
        f"Our ref. {ref}",
        "Your ref. 07-2/315 of 28 April 2025",
        "",
    ]:
        c.drawString(LEFT, y, row)
        y -= 15
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT, y, "Re: Joint Summer School on Hydrogen Storage Materials")
    y -= 26
    c.setFont("Helvetica", 11)
    paragraphs = [
        ["Dear Dr Mikhnevich,"],
        [
            "Thank you for your letter proposing a joint summer school for doctoral",
            "students. Our Centre is pleased to accept the proposal and suggests holding",
            "the school in Norwich from 7 to 18 July 2025 for twenty participants.",
        ],
        [
            "We would cover accommodation for ten students from Belarus; travel costs",
            "are expected to be met from your side. The budget of the school is",
            "estimated at GBP 18,500.",
        ],
        body_extra,
        ["Yours sincerely,"],
    ]
    for para in paragraphs:
        for row in para:
            check_width(row, "Helvetica", 11, RIGHT - LEFT)
            c.drawString(LEFT, y, row)
            y -= 15
        y -= 9
    y -= 25
    c.drawString(LEFT, y, "Margaret Ellison")
    c.drawString(LEFT, y - 15, "Director of International Programmes")
    c.showPage()
    c.save()


def report_be_scanned():
    """Page 1 has text; page 2 is only an image (a 'scanned' annex)."""
    img = Image.new("L", (620, 820), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 22)
    small = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 16)
    draw.text((60, 60), "Дадатак 1. Пратакол узгаднення", font=font, fill=0)
    for i, row in enumerate([
        "Узгоднена з Міністэрствам прыродных рэсурсаў",
        "і аховы навакольнага асяроддзя 14.03.2024.",
        "Подпіс: ______________  Міхалевіч Р.У.",
    ]):
        draw.text((60, 130 + 34 * i), row, font=small, fill=0)
    draw.rectangle((380, 640, 560, 740), outline=0, width=3)
    draw.text((400, 675), "АТРЫМАНА", font=small, fill=0)
    png = io.BytesIO()
    img.save(png, "PNG", optimize=True)
    png.seek(0)

    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(OUT + "report-be-ecology-scan.pdf", pagesize=A4, invariant=1)
    c.setTitle("Справаздача аб маніторынгу якасці паветра ў г. Баранавічы")
    c.setAuthor("Лабараторыя экалагічнага маніторынгу")
    c.setFont("DejaVuSans-Bold", 13)
    c.drawString(LEFT, H - 80, "Справаздача аб маніторынгу якасці паветра")
    c.drawString(LEFT, H - 97, "ў г. Баранавічы за I квартал 2024 г.")
    y = lines(c, LEFT, H - 135, [
        "\tНазіранні праводзіліся на трох пастах: «Цэнтр», «Паўночны» і «Вакзал».",
        "Сярэднія канцэнтрацыі дыяксіду азоту не перавышалі 0,6 гранічна",
        "дапушчальнай канцэнтрацыі. Найбольшы ўзровень цвёрдых часціц (PM10)",
        "адзначаны 9 лютага пры бязветраным надвор’і.",
        "\tАб’ём вымярэнняў склаў 4 320 проб; браку не выяўлена. Вынікі",
        "перададзены ў раённы выканаўчы камітэт і размешчаны на сайце лабараторыі.",
        "\tУзгадненне справаздачы з міністэрствам прыкладаецца (гл. дадатак 1).",
    ], font="DejaVuSans", size=10.5, leading=15)
    c.setFont("DejaVuSans", 10.5)
    c.drawString(LEFT, y - 30, "Загадчык лабараторыі")
    c.drawRightString(RIGHT, y - 30, "Н.Р.Тамашэвіч")
    c.showPage()
    c.drawImage(ImageReader(png), 40, 60, width=W - 80, height=(W - 80) * 820 / 620)
    c.showPage()
    c.save()


class AgreementPDF(FPDF):
    """fpdf2 with a footer carrying the page number."""

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", size=8)
        self.cell(0, 8, f"Страница {self.page_no()} из {{nb}}", align="C")


def agreement_ru_china():
    """fpdf2 with DejaVuSans embedded as a CID (Identity-H) font."""
    pdf = AgreementPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 4, 2, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Соглашение о научно-техническом сотрудничестве с Харбинским политехническим институтом")
    pdf.set_author("Отдел международного сотрудничества")
    pdf.set_creator("fpdf2")
    pdf.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.set_margins(25, 20, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, "СОГЛАШЕНИЕ\nо научно-техническом сотрудничестве между Гомельским "
                   "институтом машиноведения и Харбинским политехническим институтом "
                   "(Китайская Народная Республика)", align="C")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(80, 6, "г. Гомель")
    pdf.cell(0, 6, "2 апреля 2025 г.", align="R")
    pdf.ln(10)
    text = [
        ("", "Гомельский институт машиноведения (далее — Белорусская сторона) в лице "
             "директора Сидоренко Виктора Алексеевича и Харбинский политехнический "
             "институт (далее — Китайская сторона) в лице проректора по науке "
             "г-на Чжан Вэя, именуемые в дальнейшем Сторонами, заключили настоящее "
             "Соглашение о нижеследующем."),
        ("Статья 1. Предмет Соглашения", "Стороны осуществляют сотрудничество в области "
             "триботехники, создания износостойких покрытий и диагностики узлов "
             "сельскохозяйственной техники. Совместные исследования ведутся по "
             "ежегодным планам, утверждаемым руководителями Сторон."),
        ("Статья 2. Формы сотрудничества", "Сотрудничество осуществляется путём обмена "
             "учёными и специалистами, проведения совместных семинаров, подготовки "
             "кадров высшей научной квалификации и участия в международных "
             "конкурсах научных проектов. Стороны ежегодно обмениваются не менее "
             "чем тремя исследователями на срок до двух месяцев."),
        ("Статья 3. Финансирование", "Каждая Сторона самостоятельно несёт расходы, "
             "связанные с выполнением своей части работ. Расходы на проезд "
             "командируемых специалистов несёт направляющая Сторона, а расходы на "
             "проживание — принимающая Сторона. Общий объём совместного проекта "
             "на 2025–2027 годы оценивается в 9,4 млн китайских юаней."),
        ("Статья 4. Интеллектуальная собственность", "Права на результаты, полученные "
             "Сторонами совместно, распределяются пропорционально их творческому "
             "вкладу и закрепляются отдельным протоколом. Учёт результатов ведёт "
             "Белорусская сторона."),
        ("Статья 5. Заключительные положения", "Настоящее Соглашение вступает в силу с "
             "даты его подписания и действует в течение пяти лет. Соглашение "
             "составлено в двух экземплярах, каждый на русском и китайском языках, "
             "причём оба текста имеют одинаковую силу. Любые изменения оформляются "
             "дополнительными соглашениями, являющимися неотъемлемой частью "
             "настоящего Соглашения."),
    ]
    for title, para in text:
        if title:
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, title)
            pdf.ln(1)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(0, 5.5, "      " + para, align="J")
        pdf.ln(2)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "Статья 6. Адреса и подписи Сторон")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10.5)
    y = pdf.get_y()
    pdf.multi_cell(80, 5.5, "Белорусская сторона:\nГомельский институт машиноведения\n"
                   "ул. Кирова, 32а, 246050, г. Гомель\n\nДиректор\n\n__________ В.А.Сидоренко")
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 5.5, "Китайская сторона:\nХарбинский политехнический институт\n"
                   "ул. Сидачжи, 92, 150001, г. Харбин\n\nПроректор по науке\n\n__________ Чжан Вэй")
    pdf.output(OUT + "agreement-ru-china.pdf")


def encrypt(src, dst, user, owner, algorithm):
    """Re-encrypts a PDF with pypdf."""
    reader = PdfReader(src)
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm,
                   permissions_flag=0b0100)  # printing only
    with open(dst, "wb") as f:
        writer.write(f)


def raw_type1_differences():
    """A PDF written object by object: a Type1 base font re-encoded with
    /Differences naming Cyrillic glyphs by their afii names; no ToUnicode."""
    names = {}
    # Adobe Glyph List order: А Б В Г Д Е Ё Ж ... Я = afii10017..afii10049.
    upper = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    for i, ch in enumerate(upper):
        names[ch] = 10017 + i
    for i, ch in enumerate(lower):
        names[ch] = 10065 + i
    names.update({"І": 10055, "і": 10103, "Ў": 10062, "ў": 10110})
    diffs = []
    for ch, afii in sorted(names.items(), key=lambda kv: kv[0].encode("cp1251")):
        diffs.append(f"{ch.encode('cp1251')[0]} /afii{afii}")
    differences = " ".join(diffs)
    # Times-Roman has no Cyrillic metrics: give every code a plausible width.
    widths = " ".join("250" if code == 32 else "520" for code in range(32, 256))

    rows = [
        (14, "Новости науки"),
        (11, "В Бресте открылся региональный центр трансфера технологий"),
        (11, ""),
        (11, "Центр разместился в здании бывшего льнозавода и объединил 12 малых"),
        (11, "инновационных предприятий. Объём инвестиций составил 3,7 млн рублей."),
        (11, "По словам директора центра Алёны Горбач, в первый год планируется"),
        (11, "вывести на рынок не менее пяти новых изделий, в том числе её"),
        (11, "любимый проект: ёмкостный датчик уровня зерна в силосах."),
        (11, ""),
        (11, "Брестская газета, 3 марта 2025 г."),
    ]

    def pdf_string(text):
        out = []
        for b in text.encode("cp1251"):
            if b < 0x20 or b > 0x7E or b in b"()\\":
                out.append("\\%03o" % b)
            else:
                out.append(chr(b))
        return "(" + "".join(out) + ")"

    content = ["BT", "/F1 11 Tf", "72 760 Td"]
    first = True
    for size, text in rows:
        if not first:
            content.append(f"0 -{size + 7} Td")
        first = False
        content.append(f"/F1 {size} Tf")
        if text:
            content.append(pdf_string(text) + " Tj")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar 32 /LastChar 255 "
         f"/Widths [{widths}] /Encoding "
         f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >> >>"
         ).encode("latin-1"),
        "<< /Title (Brest technology transfer centre) /Producer (hand-written by make_pdfs.py) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    with open(OUT + "article-ru-type1-differences.pdf", "wb") as f:
        f.write(out)


def main():
    letter_ru_hyphenation()
    letter_en_helvetica(OUT + "letter-en-summer-school.pdf", "NCEM/IP/25-044", [
        "Please confirm the list of lecturers from the Institute by 30 May 2025."])
    tmp = OUT + ".owner.tmp.pdf"
    letter_en_helvetica(tmp, "NCEM/IP/25-051", [
        "This copy is protected against editing; printing remains allowed."])
    encrypt(tmp, OUT + "letter-en-owner-protected.pdf", "", "ncem-owner-2025", "RC4-128")
    os.remove(tmp)
    report_be_scanned()
    agreement_ru_china()
    raw_type1_differences()
    # Failure samples built from the PDFs above.
    encrypt(OUT + "agreement-ru-china.pdf", BROKEN + "encrypted.pdf", "vopis-secret", "owner-x", "AES-256")
    data = open(OUT + "report-be-ecology-scan.pdf", "rb").read()
    with open(BROKEN + "truncated.pdf", "wb") as f:
        f.write(data[: len(data) // 2])


if __name__ == "__main__":
    main()
