#!/usr/bin/env python3
"""Metadata-rich sample documents for issue 3 (requisites, parties, contacts, entities).

Writes, for every document defined below:
  documents/<file>                  the sample (plain text in UTF-8 or windows-1251, or
                                    DOCX / ODT / PDF made by LibreOffice from an HTML source)
  expected/documents/<file>.json    the issue-2 claims (format, encoding, title, contains)
  expected-metadata/<file>.json     the true metadata record (see metadata_expectations.py)

Every text is made up for vopis: organisations, people, numbers, phones and
addresses are invented (e-mail and web addresses use example.* domains). The
documents differ on purpose in layout and phrasing: the number line before or
after the addressee, a number glued to its date, blank "На № ___" lines,
incoming stamps in two styles, signatures on one line, surname first, on two
lines, side by side; an English letter with "No." and "Ref.:"; agreements in
Belarusian and Russian; a report with a period; two news articles.

Run from anywhere: python3 corpus/sources/make_metadata_docs.py
(needs LibreOffice's soffice for the DOCX/ODT/PDF). Runs after expectations.py
in make.sh, which clears expected/documents first.
"""
import html
import json
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
DOCS = os.path.join(CORPUS, "documents")
EXPECTED = os.path.join(CORPUS, "expected", "documents")
META = os.path.join(CORPUS, "expected-metadata")

# --------------------------------------------------------------------------------------
# 1. Russian letter, windows-1251, CRLF: number glued to its date, blank "На № ___ от ___",
#    incoming stamp "Вх-44318 15.08.2019", number line BEFORE the addressee, signature on
#    one line with the position, executor line, phone and fax in the letterhead.
LETTER_RU_HEAT = """\
ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «МИНСКИЙ ЗАВОД ТЕПЛООБМЕННИКОВ»
ул. Машиностроителей, 29, 220118, г. Минск, Республика Беларусь
тел. (017) 284 07 60, факс (017) 284 07 69
e-mail: sales@mzto.example.by    www.mzto.example.by

№ 06-09/398 от 12.08.2019
На № ________ от ____________
                                                  Вх-44318 15.08.2019

                                                  Директору научно-производственного
                                                  центра «Термопласт»
                                                  Ромашко В.Н.

О совместной разработке пластинчатых теплообменников

Уважаемый Виктор Николаевич!

ОАО «Минский завод теплообменников» предлагает Вашему центру принять участие
в совместной разработке пластинчатых теплообменников для белорусско-российских
проектов модернизации котельных. Интерес к оборудованию проявили также
казахстанские энергетические компании и два заказчика из КНР.

Ориентировочная стоимость опытно-конструкторских работ составит 2,8 млн рублей,
из которых половину завод готов финансировать из собственных средств.

Просим до 30 августа 2019 г. сообщить Ваше решение и кандидатуру ответственного
исполнителя.

Заместитель генерального директора                        А.В.Лущик

Бондарь 284 07 63
"""

# 2. Belarusian letter, UTF-8: bilingual letterhead as two blocks, the addressee BEFORE
#    the number line, "На № … ад …", signature on two lines (position, then name),
#    executor line, countries in Belarusian inflected forms.
LETTER_BE_FORESTRY = """\
Дзяржаўная навуковая ўстанова
«Інстытут лесагаспадарчых тэхналогій»
вул. Лясная, 12, 220030, г. Мінск
тэл. +375 17 284-07-60

Государственное научное учреждение
«Институт лесохозяйственных технологий»
ул. Лесная, 12, 220030, г. Минск
e-mail: forest@ilt.example.by

Дырэктару Рэспубліканскага цэнтра
экалагічнай адукацыі
Міхалевіч Т.С.

14.03.2023 № 02-11/217
На № 4-08/96 ад 27.02.2023

Аб стажыроўцы маладых навукоўцаў у Кітайскай Народнай Рэспубліцы

Паважаная Тамара Сцяпанаўна!

Інстытут лесагаспадарчых тэхналогій паведамляе, што ў верасні 2023 г.
маладыя навукоўцы з беларускага боку змогуць прайсці стажыроўку ў Паўночна-
ўсходнім лясным універсітэце (г. Харбін) разам з калегамі з Расіі і Польшчы.

Кошт стажыроўкі аднаго навукоўца складае 4 500 беларускіх рублёў. Просім да
1 красавіка 2023 г. накіраваць спіс кандыдатаў на адрас forest@ilt.example.by.

Першы намеснік дырэктара
па навуковай рабоце
Ю.М.Даніловіч

Янушкевіч 284 07 62
"""

# 3. Russian letter (DOCX from HTML): "Исх. № … от <date in words>", stamp
#    "Вх. № 123 от 24.03.2023", signature surname first, Russian phone format, URL, amounts
#    in "млн долларов США".
LETTER_RU_EXPORT_TITLE = "О поставках сельскохозяйственной техники"
LETTER_RU_EXPORT = [
    "Республиканское унитарное предприятие<br>«Белорусский центр экспорта техники»",
    "пр. Победителей, 61, 220035, г. Минск<br>тел. +375 17 388-15-40<br>"
    "e-mail: export@bcet.example.by, https://export.example.by/partners",
    "Исх. № 14/2-309 от 21 марта 2023 г.",
    "Вх. № 123 от 24.03.2023",
    "Коммерческому директору<br>ООО «Агротехимпорт»<br>Соловьёвой Е.В.",
    LETTER_RU_EXPORT_TITLE,
    "Уважаемая Елена Викторовна!",
    "Белорусский центр экспорта техники благодарит Вас за интерес к поставкам "
    "тракторов и зерноуборочных комбайнов в Российскую Федерацию. В 2022 году объём "
    "наших поставок в страны ЕАЭС составил 9,4 млн долларов США[[fn:По данным таможенной "
    "статистики.]], из них на рынок "
    "Узбекистана пришлось около 1,2 млн долларов США.",
    "Предлагаем обсудить условия поставок на встрече в Минске в апреле 2023 г. Ваш "
    "представитель может связаться с нами по тел. 8 (495) 123-45-67 (представительство "
    "в Москве) или через форму на сайте https://export.example.by/partners.",
    "Генеральный директор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Рыбаков О.Г.",
    "Исп. Шукевич<br>+375 17 388-15-47",
]

# 4. English letter (PDF via LibreOffice from HTML): "No.", "Ref.: your letter … of
#    August 10, 2022", "Subject:", "Dear …", signature "S. Harbatsevich, Deputy Chairman",
#    a fax line, "108 thousand euros".
LETTER_EN_TITLE = "Joint monitoring of transboundary rivers"
LETTER_EN_RIVERS = [
    "Committee on Water Resources of the Republic of Belarus<br>"
    "7 Zhodinskaya St., 220141 Minsk, Belarus<br>"
    "Tel. +375 17 293-55-10 · Fax +375 17 293-55-11<br>"
    "office@cwr.example.by · https://cwr.example.by",
    "No. 06-11/2045<br>25 August 2022<br>"
    "Ref.: your letter NUT/WR-22/114 of August 10, 2022",
    "Professor Erik Lindqvist<br>Head, Department of Water Resources<br>"
    "Nordvik University of Technology<br>Gothenburg, Sweden",
    "Subject: " + LETTER_EN_TITLE,
    "Dear Professor Lindqvist,",
    "Thank you for your proposal to extend the joint monitoring of the Neris and "
    "Nemunas basins. The Committee supports the idea and suggests involving the "
    "Lithuanian hydrological service as a third partner.",
    "We estimate the Belarusian share of the field work in 2023 at 108 thousand euros "
    "and would be grateful if the Swedish side could cover the laboratory analyses.",
    "Our expert, Ms Volha Tsikhanovich, can be reached at volha.t@cwr.example.by.",
    "Yours sincerely,",
    "S. Harbatsevich, Deputy Chairman",
]

# 5. Belarusian agreement (ODT from HTML): number in the heading, parties in the
#    nominative with "(далей — …)", place and date of signing on one line, term and entry
#    into force, signatures in blocks.
AGREEMENT_BE_TITLE = "Пагадненне аб супрацоўніцтве ў галіне біятэхналогій"
AGREEMENT_BE_BIOTECH = [
    "ПАГАДНЕННЕ № 14-УЗ",
    "паміж Гродзенскім інстытутам біятэхналогій і Ташкенцкім інстытутам генетыкі "
    "аб супрацоўніцтве ў галіне біятэхналогій",
    "г. Гродна&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;14 лістапада 2022 г.",
    "Гродзенскі інстытут біятэхналогій (далей — Беларускі бок) у асобе дырэктара "
    "Латышэвіча Віктара Паўлавіча і Ташкенцкі інстытут генетыкі (далей — Узбекскі "
    "бок) у асобе дырэктара Юсупава Шухрата Рустамавіча, якія далей называюцца "
    "Бакамі, заключылі гэта Пагадненне аб наступным.",
    "Артыкул 1. Прадмет Пагаднення",
    "Бакі супрацоўнічаюць у галіне біятэхналогій раслін, захавання генетычных "
    "рэсурсаў бавоўны і лёну і падрыхтоўкі кадраў вышэйшай навуковай кваліфікацыі.",
    "Артыкул 2. Фінансаванне",
    "Агульны аб’ём фінансавання сумесных работ з беларускага боку на 2023–2025 гады "
    "складае 85 тыс. беларускіх рублёў. Выдаткі на праезд нясе накіроўваючы Бок.",
    "Артыкул 3. Заключныя палажэнні",
    "Гэта Пагадненне ўступае ў сілу з дня яго падпісання і дзейнічае на працягу трох "
    "гадоў. Яно складзена ў двух экзэмплярах на беларускай і ўзбекскай мовах. "
    "Пытанні, звязаныя з Рэспублікай Узбекістан, вырашаюцца праз пасольства.",
    "Ад Беларускага боку<br>Дырэктар<br>В.П.Латышэвіч",
    "Ад Узбекскага боку<br>Дырэктар<br>Ш.Р.Юсупаў",
]

# 6. Russian contract, windows-1251, CRLF: number in the heading, place and «17» мая
#    2021 г., parties "с одной стороны … с другой стороны", term, amount in words,
#    signatures side by side.
AGREEMENT_RU_FLAX = """\
ДОГОВОР № 45/2021-НТ
о выполнении совместных научно-исследовательских работ

г. Витебск                                                   «17» мая 2021 г.

Общество с ограниченной ответственностью «ЛёнТех», именуемое в дальнейшем
«Заказчик», в лице директора Ковальчука Игоря Семёновича, действующего на
основании Устава, с одной стороны, и учреждение образования «Витебский
технологический колледж», именуемое в дальнейшем «Исполнитель», в лице
директора Зайцевой Татьяны Владимировны, с другой стороны, заключили
настоящий договор о нижеследующем.

1. ПРЕДМЕТ ДОГОВОРА
1.1. Исполнитель обязуется разработать технологию переработки короткого
льноволокна в утеплитель для каркасных домов с участием партнёра из
Российской Федерации.

2. СТОИМОСТЬ РАБОТ
2.1. Стоимость работ составляет 126 400 (сто двадцать шесть тысяч четыреста)
белорусских рублей.

3. СРОК ДЕЙСТВИЯ
3.1. Договор вступает в силу с момента подписания и действует до 31 декабря
2022 г.

Заказчик:                                   Исполнитель:
Директор                                    Директор
__________ И.С.Ковальчук                    __________ Т.В.Зайцева
"""

# 7. Russian analytical note (DOCX from HTML): period "за 2020–2022 гг.", numbered
#    headings, amounts, countries as "КНР", "Китаем", "белорусско-китайских".
REPORT_RU_TITLE = ("Аналитическая записка о научно-техническом сотрудничестве "
                   "с Китайской Народной Республикой за 2020–2022 гг.")
REPORT_RU_CHINA = [
    ("h1", REPORT_RU_TITLE),
    ("h2", "1. Общие сведения"),
    ("p", "В 2020–2022 гг. выполнялись 27 белорусско-китайских научно-технических "
          "проектов, из них 9 завершены. Основные направления — новые материалы, "
          "биотехнологии и сельское хозяйство."),
    ("h2", "2. Финансирование"),
    ("p", "Общий объём финансирования совместных проектов составил 12,6 млн долларов "
          "США, в том числе с белорусской стороны — 3,1 млн рублей[[fn:В ценах соответствующих "
          "лет.]]."),
    ("h2", "3. Выводы и предложения"),
    ("p", "Сотрудничество с Китаем остаётся самым динамичным направлением. Предлагается "
          "создать в 2023 году ещё две совместные лаборатории с университетами КНР."),
    ("p", "Начальник управления международного сотрудничества&nbsp;&nbsp;&nbsp;"
          "Е.В.Ермолович"),
]

# 8. Russian news item, UTF-8: date and time line, "Источник: БелТА".
ARTICLE_RU_BELTA = """\
Гомельские учёные передадут технологию переработки льна партнёрам из Узбекистана

12.10.2023 14:25

Институт льна и технических культур подписал контракт на передачу технологии
получения котонизированного волокна узбекской текстильной компании. Сумма
контракта — 1,5 млн долларов США.

Как отметил директор института Олег Величко, первые линии будут смонтированы
в Ферганской области уже весной. Белорусские специалисты проведут обучение
персонала.

Источник: БелТА
"""

# 9. English news item, UTF-8: "Written by …", "Source: Zvyazda", month-first date.
ARTICLE_EN_CATALYST = """\
Belarusian and Chinese chemists patent a new catalyst

Written by Maryna Lukashevich
August 25, 2022

Chemists from the Institute of Catalysis Research in Minsk and a university in
Dalian have patented a nickel-based catalyst that makes biodiesel production
cheaper. A pilot plant built with a partner company in South Korea will cost
about 8 million USD.

The team expects the first industrial batch in 2024.

Source: Zvyazda
"""

# 10. Belarusian letter (DOCX from HTML) with the letterhead as a two-column table
#     (Belarusian | Russian), a lower-case "на № … ад …", the stamp in its own paragraph,
#     signature "Намеснік Старшыні <tab> Name", executor line "Іваноў 327 18 05",
#     euro amount, countries as "Германіі", "французскімі".
LETTER_BE_AGENCY_TITLE = "Аб удзеле ў еўрапейскай праграме па энергаэфектыўнасці"
LETTER_BE_AGENCY = [
    ("table",
     "<tr><td>Нацыянальнае агенцтва па інавацыях<br>Рэспублікі Беларусь<br>"
     "вул. Рэвалюцыйная, 9, 220030, г. Мінск<br>тэл./факс +375 17 327-18-00</td>"
     "<td>Национальное агентство по инновациям<br>Республики Беларусь<br>"
     "ул. Революционная, 9, 220030, г. Минск<br>e-mail: info@nai.example.by</td></tr>"),
    "06.05.2021 № 03-02/1184<br>на № 11-5/402 ад 22.04.2021",
    "Генеральнаму дырэктару<br>ААТ «Палессехімпрам»<br>Петрашэвічу У.А.",
    LETTER_BE_AGENCY_TITLE,
    "Паважаны Уладзімір Антонавіч!",
    "Нацыянальнае агенцтва па інавацыях разгледзела прапанову прадпрыемства аб "
    "удзеле ў праграме па энергаэфектыўнасці[[fn:Умовы праграмы размешчаны на старонцы "
    "агенцтва.]] хімічных вытворчасцей і падтрымлівае яе. "
    "Партнёрамі праекта выступаюць інстытут з Германіі і дзве французскія кампаніі.",
    "Бюджэт праекта складае 1,2 млн еўра, з іх доля беларускага боку — 15 працэнтаў. "
    "Дакументы размешчаны на старонцы https://nai.example.by/eu-energy.",
    "Намеснік Старшыні&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Р.К.Станкевіч",
    "Іваноў 327 18 05",
]

# 11. Russian e-mail letter (UTF-8, quoted-printable) from a Russian university: the
#     outgoing number inside the body, "Ваш исх. № … от …", phone "+7 (812) …".
EMAIL_RU_SUBJECT = "О стажировке аспирантов в 2023 году"
EMAIL_RU_BODY = """\
Уважаемый Андрей Петрович!

Исх. № 215-03/12 от 02.03.2023
На № 07-19/88 от 14.02.2023

Санкт-Петербургский институт прикладной гидравлики сообщает, что готов принять
на стажировку трёх аспирантов из Беларуси в мае–июне 2023 г. Расходы на
проживание в размере 450 тыс. российских рублей институт берёт на себя.

Просим направить документы до 1 апреля 2023 г. на адрес aspirant@spbiph.example.ru.
Справки по тел. +7 (812) 335-40-18.

С уважением,
проректор по научной работе
Л.И.Воронцова
"""

# 12. Belarusian information note, UTF-8: period "за 2021–2023 гады", numbered headings,
#     amount in "млн беларускіх рублёў", neighbours in the locative and genitive.
REPORT_BE_CROSSBORDER = """\
ІНФАРМАЦЫЯ
аб выкананні праграмы трансгранічнага супрацоўніцтва за 2021–2023 гады

1. Агульныя звесткі

За 2021–2023 гады ў межах праграмы выканана 14 праектаў з партнёрамі з Літвы
і Латвіі. Найбольшая колькасць праектаў датычыць аховы водных рэсурсаў і
развіцця турызму ў памежных раёнах.

2. Фінансаванне

Агульны аб’ём фінансавання праектаў склаў 3,4 млн беларускіх рублёў, у тым
ліку сродкі міжнароднай тэхнічнай дапамогі — 2,1 млн беларускіх рублёў.

3. Прапановы

Прапануецца пашырыць праграму на 2024–2026 гады і ўключыць у яе праекты з
польскімі партнёрамі.

Начальнік упраўлення знешніх сувязей
А.І.Русакевіч
"""


def write_text(name, text, encoding, crlf=False):
    """Writes a plain-text sample in the given encoding."""
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(DOCS, name), "wb") as f:
        f.write(text.encode(encoding))


def html_page(title, author, blocks):
    """An HTML page: blocks are paragraphs (str) or (tag, text) pairs; text is HTML.

    Paragraphs get a visible gap below them, as in a typed letter, so that a PDF
    made from the page keeps its paragraphs apart. "[[fn:TEXT]]" in a block becomes
    a footnote in LibreOffice's own HTML footnote markup (so a DOCX gets footnotes.xml).
    """
    body, notes = [], []

    def footnote(match):
        n = len(notes) + 1
        notes.append(f'<div id="sdfootnote{n}"><p class="sdfootnote">'
                     f'<a class="sdfootnotesym" name="sdfootnote{n}sym" '
                     f'href="#sdfootnote{n}anc">{n}</a>{match.group(1)}</p></div>')
        return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" '
                f'href="#sdfootnote{n}sym"><sup>{n}</sup></a>')

    for block in blocks:
        tag, text = block if isinstance(block, tuple) else ("p", block)
        text = re.sub(r"\[\[fn:(.*?)\]\]", footnote, text)
        style = ' style="margin-bottom: 0.5cm"' if tag == "p" else ""
        body.append(f"<{tag}{style}>{text}</{tag}>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title>"
            f"<meta name=\"author\" content=\"{html.escape(author)}\"></head>\n<body>\n"
            + "\n".join(body + notes) + "\n</body></html>\n")


def flat_odt(title, author, blocks):
    """A minimal flat ODT (.fodt) with the same blocks: <br> becomes a line break,
    a run of &nbsp; a tab. Used for the ODT sample so that its meta.xml keeps
    dc:creator (LibreOffice's HTML import only sets meta:initial-creator)."""
    def para(text):
        text = text.replace("&nbsp;", "\x00")
        text = html.escape(html.unescape(text.replace("<br>", "\x01")), quote=False)
        text = text.replace("\x01", "<text:line-break/>")
        while "\x00\x00" in text:
            text = text.replace("\x00\x00", "\x00")
        return "<text:p>" + text.replace("\x00", "<text:tab/>") + "</text:p>"
    body = "\n".join(para(b if isinstance(b, str) else b[1]) for b in blocks)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f"<office:meta><dc:title>{html.escape(title)}</dc:title>"
        f"<dc:creator>{html.escape(author)}</dc:creator>"
        f"<meta:initial-creator>{html.escape(author)}</meta:initial-creator></office:meta>\n"
        f"<office:body><office:text>\n{body}\n</office:text></office:body></office:document>\n")


def convert(tmp, name, title, author, blocks, target, out_name):
    """Converts the blocks to DOCX/PDF (through HTML) or ODT (through .fodt) with LibreOffice."""
    ext = target.split(":")[0]
    if ext == "odt":
        src = os.path.join(tmp, name + ".fodt")
        page, infilter = flat_odt(title, author, blocks), []
    else:
        src = os.path.join(tmp, name + ".html")
        page, infilter = html_page(title, author, blocks), ["--infilter=HTML (StarWriter)"]
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    outdir = os.path.join(tmp, "out")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
         *infilter, "--convert-to", target, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(outdir, f"{name}.{ext}"), os.path.join(DOCS, out_name))


def write_email(name):
    """Writes the e-mail sample: RFC 2047 headers, UTF-8 quoted-printable body."""
    from email.message import EmailMessage
    from email.policy import SMTP
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Людмила Воронцова <vorontsova@spbiph.example.ru>"
    msg["To"] = "Андрей Гринько <a.grinko@itmo-by.example.by>"
    msg["Subject"] = EMAIL_RU_SUBJECT
    msg["Date"] = "Thu, 02 Mar 2023 10:15:00 +0300"
    msg["Message-ID"] = "<215-03-12@spbiph.example.ru>"
    msg.set_content(EMAIL_RU_BODY, charset="utf-8", cte="quoted-printable")
    with open(os.path.join(DOCS, name), "wb") as f:
        f.write(msg.as_bytes())


def write_json(directory, name, record):
    """Writes one pretty-printed JSON claim file."""
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False, indent=2)
        f.write("\n")


NO_LINKS = {"in_reply_to": None, "incoming": None}

# file -> (issue-2 claims, metadata record)
CLAIMS = {
    "letter-ru-heat-exchangers.txt": (
        {"format": "txt", "encoding": "windows-1251", "contains": [
            "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «МИНСКИЙ ЗАВОД ТЕПЛООБМЕННИКОВ»",
            "№ 06-09/398 от 12.08.2019", "Вх-44318 15.08.2019",
            "О совместной разработке пластинчатых теплообменников",
            "Ориентировочная стоимость опытно-конструкторских работ составит 2,8 млн рублей,",
            "Бондарь 284 07 63"]},
        {"language": "ru", "doc_type": "letter",
         "title": "О совместной разработке пластинчатых теплообменников",
         "date": "2019-08-12", "number": "06-09/398", "in_reply_to": None,
         "incoming": {"number": "Вх-44318", "date": "2019-08-15"},
         "sender": "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «МИНСКИЙ ЗАВОД ТЕПЛООБМЕННИКОВ»",
         "recipient": "Директору научно-производственного центра «Термопласт» Ромашко В.Н.",
         "subject": "О совместной разработке пластинчатых теплообменников",
         "signatories": [{"name": "А.В.Лущик",
                          "position": "Заместитель генерального директора"}],
         "emails": ["sales@mzto.example.by"],
         "phones": ["(017) 284 07 60", "(017) 284 07 69", "284 07 63"],
         "urls": ["www.mzto.example.by"],
         "countries": ["BY", "CN", "KZ", "RU"],
         "organizations": ["Минский завод теплообменников", "Термопласт"],
         "people": ["Ромашко", "Лущик", "Бондарь"],
         "amounts": [{"value": 2800000, "currency": "BYN"}]}),
    "letter-be-forestry.txt": (
        {"format": "txt", "encoding": "utf-8", "contains": [
            "«Інстытут лесагаспадарчых тэхналогій»", "14.03.2023 № 02-11/217",
            "На № 4-08/96 ад 27.02.2023",
            "Аб стажыроўцы маладых навукоўцаў у Кітайскай Народнай Рэспубліцы",
            "Кошт стажыроўкі аднаго навукоўца складае 4 500 беларускіх рублёў.",
            "Ю.М.Даніловіч", "Янушкевіч 284 07 62"]},
        {"language": "be", "doc_type": "letter",
         "title": "Аб стажыроўцы маладых навукоўцаў у Кітайскай Народнай Рэспубліцы",
         "date": "2023-03-14", "number": "02-11/217",
         "in_reply_to": {"number": "4-08/96", "date": "2023-02-27"}, "incoming": None,
         "sender": "Дзяржаўная навуковая ўстанова «Інстытут лесагаспадарчых тэхналогій»",
         "recipient": "Дырэктару Рэспубліканскага цэнтра экалагічнай адукацыі Міхалевіч Т.С.",
         "subject": "Аб стажыроўцы маладых навукоўцаў у Кітайскай Народнай Рэспубліцы",
         "signatories": [{"name": "Ю.М.Даніловіч",
                          "position": "Першы намеснік дырэктара па навуковай рабоце"}],
         "emails": ["forest@ilt.example.by"],
         "phones": ["+375 17 284-07-60", "284 07 62"],
         "urls": [],
         "countries": ["BY", "CN", "PL", "RU"],
         "organizations": ["Інстытут лесагаспадарчых тэхналогій"],
         "people": ["Міхалевіч", "Даніловіч", "Янушкевіч"],
         "amounts": [{"value": 4500, "currency": "BYN"}]}),
    "letter-ru-export.docx": (
        {"format": "docx", "title": LETTER_RU_EXPORT_TITLE, "contains": [
            "«Белорусский центр экспорта техники»",
            "Исх. № 14/2-309 от 21 марта 2023 г.", "Вх. № 123 от 24.03.2023",
            "Соловьёвой Е.В.", "составил 9,4 млн долларов США",
            "8 (495) 123-45-67", "Рыбаков О.Г."]},
        {"language": "ru", "doc_type": "letter", "title": LETTER_RU_EXPORT_TITLE,
         "date": "2023-03-21", "number": "14/2-309", "in_reply_to": None,
         "incoming": {"number": "123", "date": "2023-03-24"},
         "sender": "Республиканское унитарное предприятие «Белорусский центр экспорта техники»",
         "recipient": "Коммерческому директору ООО «Агротехимпорт» Соловьёвой Е.В.",
         "subject": LETTER_RU_EXPORT_TITLE,
         "signatories": [{"name": "Рыбаков О.Г.", "position": "Генеральный директор"}],
         "emails": ["export@bcet.example.by"],
         "phones": ["+375 17 388-15-40", "8 (495) 123-45-67", "+375 17 388-15-47"],
         "urls": ["https://export.example.by/partners"],
         "countries": ["BY", "RU", "UZ"],
         "organizations": ["Белорусский центр экспорта техники", "Агротехимпорт"],
         "people": ["Соловьёв", "Рыбаков", "Шукевич"],
         "amounts": [{"value": 9400000, "currency": "USD"},
                     {"value": 1200000, "currency": "USD"}]}),
    "letter-en-rivers.pdf": (
        {"format": "pdf", "page_count": 1, "title": LETTER_EN_TITLE,
         "author": "S. Harbatsevich", "contains": [
            "Committee on Water Resources of the Republic of Belarus",
            "No. 06-11/2045", "Ref.: your letter NUT/WR-22/114 of August 10, 2022",
            "Subject: Joint monitoring of transboundary rivers",
            "Dear Professor Lindqvist,", "S. Harbatsevich, Deputy Chairman"],
         "reference_text": "reference/letter-en-rivers.pdf.txt", "min_f1": 0.98},
        {"language": "en", "doc_type": "letter", "title": LETTER_EN_TITLE,
         "date": "2022-08-25", "number": "06-11/2045",
         "in_reply_to": {"number": "NUT/WR-22/114", "date": "2022-08-10"},
         "incoming": None,
         "sender": "Committee on Water Resources of the Republic of Belarus",
         "recipient": "Professor Erik Lindqvist Head, Department of Water Resources "
                      "Nordvik University of Technology Gothenburg, Sweden",
         "subject": LETTER_EN_TITLE,
         "signatories": [{"name": "S. Harbatsevich", "position": "Deputy Chairman"}],
         "emails": ["office@cwr.example.by", "volha.t@cwr.example.by"],
         "phones": ["+375 17 293-55-10", "+375 17 293-55-11"],
         "urls": ["https://cwr.example.by"],
         "countries": ["BY", "LT", "SE"],
         "organizations": ["Committee on Water Resources",
                           "Nordvik University of Technology"],
         "people": ["Erik Lindqvist", "Harbatsevich", "Volha Tsikhanovich"],
         "amounts": [{"value": 108000, "currency": "EUR"}]}),
    "agreement-be-biotech.odt": (
        {"format": "odt", "title": AGREEMENT_BE_TITLE, "contains": [
            "ПАГАДНЕННЕ № 14-УЗ", "14 лістапада 2022 г.",
            "Гродзенскі інстытут біятэхналогій (далей — Беларускі бок)",
            "складае 85 тыс. беларускіх рублёў",
            "ўступае ў сілу з дня яго падпісання", "Ш.Р.Юсупаў"]},
        {"language": "be", "doc_type": "agreement", "title": AGREEMENT_BE_TITLE,
         "date": "2022-11-14", "number": "14-УЗ", **NO_LINKS,
         "signatories": [{"name": "В.П.Латышэвіч", "position": "Дырэктар"},
                         {"name": "Ш.Р.Юсупаў", "position": "Дырэктар"}],
         "emails": [], "phones": [], "urls": [],
         "countries": ["BY", "UZ"],
         "organizations": ["Гродзенскі інстытут біятэхналогій",
                           "Ташкенцкі інстытут генетыкі"],
         "people": ["Латышэвіч", "Юсупа"],
         "amounts": [{"value": 85000, "currency": "BYN"}]}),
    "agreement-ru-flax.txt": (
        {"format": "txt", "encoding": "windows-1251", "contains": [
            "ДОГОВОР № 45/2021-НТ", "«17» мая 2021 г.",
            "в лице директора Ковальчука Игоря Семёновича",
            "126 400 (сто двадцать шесть тысяч четыреста)",
            "Договор вступает в силу с момента подписания", "Т.В.Зайцева"]},
        {"language": "ru", "doc_type": "agreement",
         "date": "2021-05-17", "number": "45/2021-НТ", **NO_LINKS,
         "signatories": [{"name": "И.С.Ковальчук", "position": "Директор"},
                         {"name": "Т.В.Зайцева", "position": "Директор"}],
         "emails": [], "phones": [], "urls": [],
         "countries": ["BY", "RU"],
         "organizations": ["ЛёнТех", "Витебский технологический колледж"],
         "people": ["Ковальчук", "Зайцева"],
         "amounts": [{"value": 126400, "currency": "BYN"}]}),
    "report-ru-china.docx": (
        {"format": "docx", "title": REPORT_RU_TITLE, "contains": [
            "за 2020–2022 гг.", "1. Общие сведения", "3. Выводы и предложения",
            "составил 12,6 млн долларов США", "Е.В.Ермолович"]},
        {"language": "ru", "doc_type": "report", "title": REPORT_RU_TITLE,
         "number": None, **NO_LINKS,
         "signatories": [{"name": "Е.В.Ермолович",
                          "position": "Начальник управления международного сотрудничества"}],
         "emails": [], "phones": [], "urls": [],
         "countries": ["BY", "CN"],
         "people": ["Ермолович"],
         "amounts": [{"value": 12600000, "currency": "USD"},
                     {"value": 3100000, "currency": "BYN"}]}),
    "article-ru-belta.txt": (
        {"format": "txt", "encoding": "utf-8", "contains": [
            "Гомельские учёные передадут технологию переработки льна партнёрам из Узбекистана",
            "12.10.2023 14:25", "контракта — 1,5 млн долларов США", "Источник: БелТА"]},
        {"language": "ru", "doc_type": "article", "date": "2023-10-12",
         "number": None, **NO_LINKS,
         "emails": [], "phones": [], "urls": [],
         "countries": ["BY", "UZ"],
         "organizations": ["Институт льна и технических культур"],
         "people": ["Олег Величко"],
         "amounts": [{"value": 1500000, "currency": "USD"}]}),
    "article-en-catalyst.txt": (
        {"format": "txt", "encoding": "utf-8", "contains": [
            "Belarusian and Chinese chemists patent a new catalyst",
            "Written by Maryna Lukashevich", "August 25, 2022",
            "about 8 million USD", "Source: Zvyazda"]},
        {"language": "en", "doc_type": "article", "date": "2022-08-25",
         "number": None, **NO_LINKS,
         "emails": [], "phones": [], "urls": [],
         "countries": ["BY", "CN", "KR"],
         "organizations": ["Institute of Catalysis Research"],
         "people": ["Maryna Lukashevich"],
         "amounts": [{"value": 8000000, "currency": "USD"}]}),
    "letter-be-agency.docx": (
        {"format": "docx", "title": LETTER_BE_AGENCY_TITLE, "contains": [
            "Нацыянальнае агенцтва па інавацыях", "06.05.2021 № 03-02/1184",
            "на № 11-5/402 ад 22.04.2021", "Петрашэвічу У.А.",
            "Бюджэт праекта складае 1,2 млн еўра", "Р.К.Станкевіч", "Іваноў 327 18 05"]},
        {"language": "be", "doc_type": "letter", "title": LETTER_BE_AGENCY_TITLE,
         "date": "2021-05-06", "number": "03-02/1184",
         "in_reply_to": {"number": "11-5/402", "date": "2021-04-22"}, "incoming": None,
         "sender": "Нацыянальнае агенцтва па інавацыях Рэспублікі Беларусь",
         "recipient": "Генеральнаму дырэктару ААТ «Палессехімпрам» Петрашэвічу У.А.",
         "subject": LETTER_BE_AGENCY_TITLE,
         "signatories": [{"name": "Р.К.Станкевіч", "position": "Намеснік Старшыні"}],
         "emails": ["info@nai.example.by"],
         "phones": ["+375 17 327-18-00", "327 18 05"],
         "urls": ["https://nai.example.by/eu-energy"],
         "countries": ["BY", "DE", "FR"],
         "organizations": ["Нацыянальнае агенцтва па інавацыях", "Палессехімпрам"],
         "people": ["Петрашэвіч", "Станкевіч", "Іваноў"],
         "amounts": [{"value": 1200000, "currency": "EUR"}]}),
    "letter-ru-internship.eml": (
        {"format": "eml", "encoding": "utf-8",
         "sender": "Людмила Воронцова <vorontsova@spbiph.example.ru>",
         "recipient": "Андрей Гринько <a.grinko@itmo-by.example.by>",
         "subject": EMAIL_RU_SUBJECT, "date": "2023-03-02", "contains": [
            "Уважаемый Андрей Петрович!", "Исх. № 215-03/12 от 02.03.2023",
            "в размере 450 тыс. российских рублей", "+7 (812) 335-40-18",
            "Л.И.Воронцова"]},
        {"language": "ru", "doc_type": "letter", "title": EMAIL_RU_SUBJECT,
         "date": "2023-03-02", "number": "215-03/12",
         "in_reply_to": {"number": "07-19/88", "date": "2023-02-14"}, "incoming": None,
         "sender": "Людмила Воронцова <vorontsova@spbiph.example.ru>",
         "recipient": "Андрей Гринько <a.grinko@itmo-by.example.by>",
         "subject": EMAIL_RU_SUBJECT,
         "signatories": [{"name": "Л.И.Воронцова",
                          "position": "проректор по научной работе"}],
         "phones": ["+7 (812) 335-40-18"],
         "urls": [],
         "countries": ["BY", "RU"],
         "organizations": ["Санкт-Петербургский институт прикладной гидравлики"],
         "people": ["Воронцова"],
         "amounts": [{"value": 450000, "currency": "RUB"}]}),
    "report-be-crossborder.txt": (
        {"format": "txt", "encoding": "utf-8", "contains": [
            "аб выкананні праграмы трансгранічнага супрацоўніцтва за 2021–2023 гады",
            "1. Агульныя звесткі", "склаў 3,4 млн беларускіх рублёў", "А.І.Русакевіч"]},
        {"language": "be", "doc_type": "report", "number": None, **NO_LINKS,
         "signatories": [{"name": "А.І.Русакевіч",
                          "position": "Начальнік упраўлення знешніх сувязей"}],
         "emails": [], "phones": [], "urls": [],
         "countries": ["BY", "LT", "LV", "PL"],
         "people": ["Русакевіч"],
         "amounts": [{"value": 3400000, "currency": "BYN"},
                     {"value": 2100000, "currency": "BYN"}]}),
}


# Document-property authors of the LibreOffice-made samples (the PDF's is in its claims).
AUTHORS = {
    "letter-ru-export.docx": "Рыбаков О.Г.",
    "agreement-be-biotech.odt": "Латышэвіч В.П.",
    "report-ru-china.docx": "Ермолович Е.В.",
    "letter-be-agency.docx": "Станкевіч Р.К.",
}


def main():
    os.makedirs(DOCS, exist_ok=True)
    write_text("letter-ru-heat-exchangers.txt", LETTER_RU_HEAT, "cp1251", crlf=True)
    write_text("letter-be-forestry.txt", LETTER_BE_FORESTRY, "utf-8")
    write_text("agreement-ru-flax.txt", AGREEMENT_RU_FLAX, "cp1251", crlf=True)
    write_text("article-ru-belta.txt", ARTICLE_RU_BELTA, "utf-8")
    write_text("article-en-catalyst.txt", ARTICLE_EN_CATALYST, "utf-8")
    write_text("report-be-crossborder.txt", REPORT_BE_CROSSBORDER, "utf-8")
    write_email("letter-ru-internship.eml")
    tmp = tempfile.mkdtemp(prefix="vopis-meta-")
    try:
        convert(tmp, "letter-ru-export", LETTER_RU_EXPORT_TITLE, "Рыбаков О.Г.", LETTER_RU_EXPORT,
                "docx:MS Word 2007 XML", "letter-ru-export.docx")
        convert(tmp, "letter-en-rivers", LETTER_EN_TITLE, "S. Harbatsevich", LETTER_EN_RIVERS,
                "pdf:writer_pdf_Export", "letter-en-rivers.pdf")
        convert(tmp, "agreement-be-biotech", AGREEMENT_BE_TITLE, "Латышэвіч В.П.",
                AGREEMENT_BE_BIOTECH,
                "odt", "agreement-be-biotech.odt")
        convert(tmp, "report-ru-china", REPORT_RU_TITLE, "Ермолович Е.В.", REPORT_RU_CHINA,
                "docx:MS Word 2007 XML", "report-ru-china.docx")
        convert(tmp, "letter-be-agency", LETTER_BE_AGENCY_TITLE, "Станкевіч Р.К.",
                LETTER_BE_AGENCY,
                "docx:MS Word 2007 XML", "letter-be-agency.docx")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # The F1 reference, exactly as make.sh makes it for every PDF.
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(DOCS, "letter-en-rivers.pdf"),
                    os.path.join(CORPUS, "reference", "letter-en-rivers.pdf.txt")], check=True)
    for name, (claims, record) in CLAIMS.items():
        if name in AUTHORS:
            claims = {**claims, "author": AUTHORS[name]}
        write_json(EXPECTED, name, claims)
        write_json(META, name, record)
    print(f"metadata documents: {len(CLAIMS)}")


if __name__ == "__main__":
    main()
