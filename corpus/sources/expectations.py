"""Every claim the corpus makes about its documents, in one place.

Writes corpus/expected/documents/<file>.json and corpus/expected/broken/<file>.json
(schema: see corpus/README.md). sources/check.py verifies these claims against
text extracted by independent tools (pdftotext, LibreOffice, Python codecs and
the email package), so every phrase here is really in (or really absent from)
the document. Run from corpus/ (make.sh does).
"""

import json
import os

PDF_F1 = 0.98

# --- shared expectations of the documents made from one .fodt --------------------

LETTER_BE_SCST = {
    "title": "Аб удзеле ў беларуска-в’етнамскім конкурсе сумесных праектаў",
    "author": "Сцяпанчук Алена Міхайлаўна",
    "contains": [
        "Государственный комитет по науке и технологиям Республики Беларусь",
        "вул. Кальварыйская, 17, 220004, г. Мінск",
        "02.09.2024 № 06-11/1547",
        "На № 12-04/388 ад 14.08.2024",
        "Рэктару Палескага дзяржаўнага тэхналагічнага ўніверсітэта прафесару Юрэвічу А.Р.",
        "з’яўляецца Міністэрства навукі і тэхналогій Сацыялістычнай Рэспублікі В’етнам",
        "Аб’ём фінансавання аднаго праекта",
        "Дзяржаўная экспертыза",
        "Загад ДКНТ ад 12.06.2024 № 47",
        "Вх-2871 05.09.2024",
        "А.Л.Карповіч",
        "Сцяпанчук 203 45 71",
    ],
    "in_order": [
        "Дзяржаўны камітэт па навуцы",
        "02.09.2024 № 06-11/1547",
        "Рэктару Палескага",
        "Аб удзеле ў беларуска-в’етнамскім конкурсе сумесных праектаў",
        "Паважаны Андрэй Рыгоравіч!",
        "Асноўныя тэрміны правядзення конкурсу",
        "Падача заявак",
        "Абвяшчэнне вынікаў",
        "Намеснік Старшыні",
        "Сцяпанчук 203 45 71",
    ],
    "same_paragraph": [
        ["Государственный комитет по науке", "и технологиям Республики Беларусь"],
        ["Рэктару Палескага дзяржаўнага", "прафесару Юрэвічу А.Р."],
    ],
}

REPORT_RU = {
    "title": "Отчёт о выполнении программы «Цифровые технологии в агропромышленном комплексе» за 2023 год",
    "author": "Лебедева Ольга Викторовна",
    "contains": [
        "Отчёт о выполнении государственной научно-технической программы «Цифровые технологии в агропромышленном комплексе» за 2023 год",
        "программно-аппаратных средств для учёта урожая",
        "Общий объём финансирования программы в 2023 году составил 2 847,6 тыс. рублей",
        "Номер и дата постановления приведены условно",
        "Разработать систему спутникового мониторинга озимых культур",
        "ОАО «Агроприбор»",
        "588,3",
        "Могилёвской областей",
        "О.В.Лебедева",
    ],
    "absent": ["Страница 2 из 3"],
    "in_order": [
        "1. Общие сведения",
        "2. Выполнение заданий программы",
        "Наименование задания",
        "Разработать систему спутникового мониторинга",
        "Разработать методику оценки ущерба от заморозков",
        "По заданию 1.03 создан опытный образец",
        "3. Выводы и предложения",
        "Научный руководитель программы",
    ],
}

AGREEMENT_EN = {
    "title": "Agreement on Scientific and Technical Cooperation in Photonics",
    "author": "Hanna Zhuk",
    "contains": [
        "on Scientific and Technical Cooperation in Photonics",
        "The Minsk Institute of Applied Optics",
        "Prof. Nguyen Thi Lan",
        "Characterisation of thulium-doped fibre samples",
        "15 October 2025",
        "Registered by the Ministry: reg. No. 4411-MC",
        "Belarusian–Vietnamese call for joint projects",
        "each in the English, Russian and Vietnamese languages",
        "P. Astrouski",
    ],
    "in_order": [
        "AGREEMENT",
        "Article 1. Subject of the Agreement",
        "Article 2. Forms of Cooperation",
        "Activity",
        "Joint seminar on laser photonics",
        "Article 4. Final Provisions",
        "For the Belarusian Party",
        "Nguyen Thi Lan",
    ],
}


def with_(base, **more):
    """A copy of `base` with keys added or replaced."""
    out = dict(base)
    out.update(more)
    return out


def pdf(name, **fields):
    out = with_(fields, format="pdf", reference_text=f"reference/{name}.txt")
    out.setdefault("min_f1", PDF_F1)
    return out


DOCUMENTS = {
    # ---------------- PDF: LibreOffice ----------------
    "letter-be-scst.pdf": pdf(
        "letter-be-scst.pdf", page_count=1,
        **with_(LETTER_BE_SCST,
                contains=LETTER_BE_SCST["contains"] + [
                    "накіраваць заяўку ў электронным выглядзе на адрас konkurs@gknt.example.by"],
                different_paragraph=[
                    ["Дзяржаўны камітэт па навуцы", "Государственный комитет по науке"],
                    ["і тэхналогіях Рэспублікі Беларусь", "и технологиям Республики Беларусь"],
                ])),
    "report-ru-programme.pdf": pdf(
        "report-ru-programme.pdf", page_count=3,
        # The running header and footer repeat on all three pages; pdftotext keeps
        # them (36 of 480 words), so a reader that drops them scores about 0.957
        # against it even when every other word is right.
        **with_(REPORT_RU, min_f1=0.93,
                absent=["Страница 1 из 3", "Страница 2 из 3", "Страница 3 из 3",
                        "ГНТП «Агроцифра» · отчёт о выполнении за 2023 год"])),
    "agreement-en-vietnam.pdf": pdf("agreement-en-vietnam.pdf", page_count=1, **AGREEMENT_EN),
    # ---------------- PDF: LibreOffice, two balanced newspaper columns ----------------
    "article-be-newspaper.pdf": pdf(
        "article-be-newspaper.pdf", page_count=1,
        title="Палескія балоты вяртаюць вільгаць", author="Мікола Бародка",
        contains=[
            "НАВУКОВЫ ВЕСНІК",
            "№ 23 (1187) · 5 чэрвеня 2025 г.",
            "паўторна забалочана 18 тысяч гектараў выпрацаваных тарфянікаў",
            "Інстытут эксперыментальнай батанікі, Палескі дзяржаўны радыяцыйна-экалагічны запаведнік",
            "грамадскае аб’яднанне «Ахова птушак Бацькаўшчыны»",
            "вяртлявую чаротаўку",
            "Гэтая птушка з’яўляецца адным з самых рэдкіх відаў у Еўропе",
            "летам 2015 года на Палессі было зарэгістравана больш за 140 тарфяных пажараў",
            "скараціўся на 270 тысяч тон у год",
            "на добраахвотным рынку вугляродных адзінак",
            "Мікола Бародка",
        ],
        in_order=["НАВУКОВЫ ВЕСНІК", "Палескія балоты вяртаюць вільгаць", "За пяць гадоў",
                  "Праект па аднаўленні балот", "Сутнасць метаду", "Мы назіраем", "Менш пажараў",
                  "Асушаныя тарфянікі", "Аб’ём выкідаў", "Што далей", "Да 2030 года",
                  "Першая пілотная пляцоўка", "Мікола Бародка"],
        different_paragraph=[["Праект па аднаўленні балот стартаваў", "Палессі было зарэгістравана больш за 140"],
                             ["Сутнасць метаду простая", "Аб’ём выкідаў вуглякіслага газу"]]),
    # ---------------- PDF: reportlab, embedded DejaVu, Form XObject ----------------
    "letter-ru-krynica.pdf": pdf(
        "letter-ru-krynica.pdf", page_count=1,
        title="О научно-техническом сотрудничестве в области цифрового земледелия",
        author="Ярошевич С.П.",
        contains=[
            "Установа «Цэнтр навукова-тэхнічнага супрацоўніцтва «Крыніца»",
            "Учреждение «Центр научно-технического сотрудничества «Крыница»",
            "вул. Сурганава, 41, 220013, г. Мінск",
            "18.07.2025 № 03-14/562",
            "На № 1187/04 от 30.06.2025",
            "Генеральному директору АО «Сибирский агротехнопарк» Кравцову Д.Е.",
            "о развитии сотрудничества в области цифрового земледелия",
            "по созданию научно-технического задела",
            "Ориентировочный объём финансирования",
            "Т.Н.Ковалёва",
            "Ярошевич 318 22 47",
        ],
        absent=["сотрудни- чества", "научнотехнического", "научно- технического"],
        in_order=[
            "Установа «Цэнтр навукова-тэхнічнага",
            "18.07.2025 № 03-14/562",
            "Генеральному директору",
            "О научно-техническом сотрудничестве в области цифрового земледелия",
            "Уважаемый Дмитрий Евгеньевич!",
            "Предлагаем включить",
            "Директор",
            "Т.Н.Ковалёва",
            "Ярошевич 318 22 47",
        ],
        same_paragraph=[
            ["Установа «Цэнтр навукова-тэхнічнага", "супрацоўніцтва «Крыніца»"],
            ["Учреждение «Центр научно-технического", "сотрудничества «Крыница»"],
            ["Генеральному директору", "Кравцову Д.Е."],
            ["Предлагаем включить", "1,2 млн российских рублей в 2026 году"],
        ],
        different_paragraph=[
            ["супрацоўніцтва «Крыніца»", "Учреждение «Центр научно-технического"],
            ["18.07.2025 № 03-14/562", "Генеральному директору"],
            ["Кравцову Д.Е.", "О научно-техническом сотрудничестве"],
        ]),
    # ---------------- PDF: reportlab, standard Helvetica (not embedded) ----------------
    "letter-en-summer-school.pdf": pdf(
        "letter-en-summer-school.pdf", page_count=1,
        title="Joint Summer School on Hydrogen Storage Materials", author="Margaret Ellison",
        contains=[
            "Northbridge Centre for Energy Materials",
            "14 Carrow Lane, Norwich NR1 3XE, United Kingdom",
            "Our ref. NCEM/IP/25-044",
            "Your ref. 07-2/315 of 28 April 2025",
            "Re: Joint Summer School on Hydrogen Storage Materials",
            "from 7 to 18 July 2025 for twenty participants",
            "estimated at GBP 18,500",
            "Please confirm the list of lecturers from the Institute by 30 May 2025.",
            "Director of International Programmes",
        ],
        in_order=["Northbridge Centre", "Dr Siarhei Mikhnevich", "12 May 2025", "Re: Joint Summer School",
                  "Dear Dr Mikhnevich,", "Thank you for your letter", "Yours sincerely,", "Margaret Ellison"],
        same_paragraph=[["Thank you for your letter", "for twenty participants"]],
        different_paragraph=[["for twenty participants", "We would cover accommodation"]]),
    # ---------------- PDF: owner password only (RC4-128, empty user password) -------
    "letter-en-owner-protected.pdf": pdf(
        "letter-en-owner-protected.pdf", page_count=1,
        title="Joint Summer School on Hydrogen Storage Materials", author="Margaret Ellison",
        contains=[
            "Northbridge Centre for Energy Materials",
            "Our ref. NCEM/IP/25-051",
            "Re: Joint Summer School on Hydrogen Storage Materials",
            "estimated at GBP 18,500",
            "This copy is protected against editing; printing remains allowed.",
            "Margaret Ellison",
        ]),
    # ---------------- PDF: page 2 is only an image ----------------
    "report-be-ecology-scan.pdf": pdf(
        "report-be-ecology-scan.pdf", page_count=2,
        title="Справаздача аб маніторынгу якасці паветра ў г. Баранавічы",
        author="Лабараторыя экалагічнага маніторынгу",
        contains=[
            "Справаздача аб маніторынгу якасці паветра ў г. Баранавічы за I квартал 2024 г.",
            "на трох пастах: «Цэнтр», «Паўночны» і «Вакзал»",
            "пры бязветраным надвор’і",
            "Аб’ём вымярэнняў склаў 4 320 проб",
            "Загадчык лабараторыі",
            "Н.Р.Тамашэвіч",
        ],
        absent=["Пратакол узгаднення", "АТРЫМАНА"],
        warnings_contain=["page 2"]),
    # ---------------- PDF: fpdf2, DejaVuSans as CID Identity-H ----------------
    "agreement-ru-china.pdf": pdf(
        "agreement-ru-china.pdf", page_count=2,
        title="Соглашение о научно-техническом сотрудничестве с Харбинским политехническим институтом",
        author="Отдел международного сотрудничества",
        # pdftotext keeps the page-number footers (8 of 282 words): 0.986 at best.
        min_f1=0.96,
        contains=[
            "о научно-техническом сотрудничестве между Гомельским институтом машиноведения и Харбинским политехническим институтом (Китайская Народная Республика)",
            "в лице проректора по науке г-на Чжан Вэя",
            "Статья 3. Финансирование",
            "оценивается в 9,4 млн китайских юаней",
            "Учёт результатов ведёт Белорусская сторона.",
            "ул. Кирова, 32а, 246050, г. Гомель",
            "ул. Сидачжи, 92, 150001, г. Харбин",
            "В.А.Сидоренко",
        ],
        absent=["Страница 1 из 2", "Страница 2 из 2"],
        in_order=["СОГЛАШЕНИЕ", "Статья 1. Предмет Соглашения", "Статья 2. Формы сотрудничества",
                  "Статья 5. Заключительные положения", "Статья 6. Адреса и подписи Сторон",
                  "Белорусская сторона:"],
        different_paragraph=[["Белорусская сторона:", "Китайская сторона:"],
                             ["В.А.Сидоренко", "Чжан Вэй"]]),
    # ---------------- PDF: hand-written, Type1 + /Differences (afii names), no ToUnicode
    "article-ru-type1-differences.pdf": pdf(
        "article-ru-type1-differences.pdf", page_count=1,
        title="Brest technology transfer centre",
        contains=[
            "Новости науки",
            "В Бресте открылся региональный центр трансфера технологий",
            "объединил 12 малых инновационных предприятий",
            "Объём инвестиций составил 3,7 млн рублей.",
            "По словам директора центра Алёны Горбач",
            "ёмкостный датчик уровня зерна в силосах",
            "Брестская газета, 3 марта 2025 г.",
        ]),
    # ---------------- DOCX / ODT from the same flat ODT sources ----------------
    "letter-be-scst.docx": with_(LETTER_BE_SCST, format="docx"),
    "letter-be-scst.odt": with_(LETTER_BE_SCST, format="odt"),
    "report-ru-programme.docx": with_(REPORT_RU, format="docx"),
    "report-ru-programme.odt": with_(REPORT_RU, format="odt"),
    "agreement-en-vietnam.docx": with_(AGREEMENT_EN, format="docx"),
    "agreement-en-vietnam.odt": with_(AGREEMENT_EN, format="odt"),
    # ---------------- DOCX written part by part, Word style ----------------
    "letter-ru-kazakhstan.docx": {
        "format": "docx",
        "title": "О продлении меморандума о сотрудничестве",
        "author": "Жуковский Б.К.",
        "contains": [
            "Государственное учреждение «Институт водных проблем»",
            "05.11.2024",
            "№ 01-12/904",
            "На № 17-3/522 от 21.10.2024",
            "Председателю правления АО «Казгидромет-Сервис» Ахметову Б.С.",
            "благодарит Вас за многолетнее сотрудничество и предлагает продлить меморандум о сотрудничестве на пять лет с включением",
            "в районе г. Усть-Каменогорска и подготовить атлас гидрологических постов",
            "water.example.by/expedition-2025",
            "в личном кабинете партнёра",
            "Лабораторные анализы",
            "7 200 000",
            "Перечень постов согласован с Комитетом по водным ресурсам Республики Казахстан.",
            "Б.К.Жуковский",
            "Иванова 356 21 14",
        ],
        "absent": ["на три года", "HYPERLINK", "_GoBack", "PAGE", "сотруд ничество"],
        "in_order": ["Государственное учреждение", "05.11.2024", "Председателю правления",
                     "О продлении меморандума о сотрудничестве", "Уважаемый Болат Серикович!",
                     "Институт водных проблем благодарит", "Статья расходов", "Полевые работы",
                     "Просим сообщить Ваше решение", "Директор", "Б.К.Жуковский", "Иванова 356 21 14"],
        "same_paragraph": [["Государственное учреждение", "«Институт водных проблем»"],
                           ["Председателю правления", "Ахметову Б.С."]],
        "different_paragraph": [["Ахметову Б.С.", "О продлении меморандума"]],
    },
    # ---------------- RTF ----------------
    "agreement-en-vietnam.rtf": with_(AGREEMENT_EN, format="rtf"),
    "letter-ru-seminar.rtf": {
        "format": "rtf",
        "title": "О проведении белорусско-китайского семинара по новым материалам",
        "author": "Рудковская Т.В.",
        "contains": [
            "ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ «ИНСТИТУТ НОВЫХ МАТЕРИАЛОВ»",
            "18.07.2019 № 06-09/398",
            "На № 2-14/77 от 02.07.2019",
            "«Полоцкий политехнический колледж» Иванову И.И.",
            "24–26 сентября 2019 г.",
            "белорусско-китайский семинар «Композиционные материалы для машиностроения»",
            "учёные Северо-Восточного университета (г. Шэньян)",
            "Программа семинара размещена на сайте института",
            "Секция «Металлокерамика и порошковая металлургия»",
            "seminar@inm.example.by",
            "С.С.Щербаков",
            "Рудковская 294 11 72",
        ],
        "absent": ["89504e47", "HYPERLINK", "Times New Roman", "pnseclvl", "Microsoft Word",
                   "panose", "aa4c8e001b3f"],
        "in_order": ["ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ", "18.07.2019 № 06-09/398",
                     "Ректору учреждения образования", "О проведении белорусско-китайского семинара",
                     "Уважаемый Иван Иванович!", "Дата", "24.09.2019", "26.09.2019",
                     "Заявки принимаются", "Заместитель директора", "С.С.Щербаков",
                     "Рудковская 294 11 72"],
        "same_paragraph": [["ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ", "«ИНСТИТУТ НОВЫХ МАТЕРИАЛОВ»"],
                           ["Ректору учреждения образования", "Иванову И.И."]],
        "different_paragraph": [["Уважаемый Иван Иванович!", "Институт новых материалов сообщает"]],
    },
    "report-be-museum.rtf": {
        "format": "rtf",
        "title": "Справаздача аб навуковай дзейнасці музея за 2018 год",
        "author": "Андрэй Лісоўскі",
        "contains": [
            "Справаздача аб навуковай дзейнасці музея за 2018 год",
            "калекцыя лабараторнага шкла 1930-х гадоў",
            "Аб’ём наведвання павялічыўся на 18 працэнтаў",
            "выстава «Навука ў асобах»",
            "Колькасць наведвальнікаў",
            "Экскурсіі для школьнікаў",
            "Музей з’яўляецца партнёрам праекта «Лічбавая спадчына»",
            "А.М.Лісоўскі",
        ],
        "absent": ["0100090000036e", "Чарнавік для вучонага савета", "Msftedit", "««", "»»",
                   "\\u", "Symbol"],
        "in_order": ["У 2018 годзе", "Аб’ём наведвання", "Асноўныя паказчыкі", "Паказчык",
                     "Новыя паступленні ў фонды", "Лічбавая спадчына", "Дырэктар музея"],
    },
    # ---------------- HTML ----------------
    "article-ru-news-utf8.html": {
        "format": "html", "encoding": "utf-8",
        "title": "Белорусские и вьетнамские учёные создадут совместную лабораторию биотехнологий",
        "author": "Ирина Дашкевич",
        "contains": [
            "Белорусские и вьетнамские учёные создадут совместную лабораторию биотехнологий",
            "седьмого заседания белорусско-вьетнамской межправительственной комиссии",
            "на базе Института микробиологии",
            "в провинции Тхайбинь",
            "её объём превышает 2 тысячи образцов",
            "1,8 млн долларов США",
            "обмен стажёрами — до 10 человек в год;",
            "регистрация не менее двух патентов.",
        ],
        "absent": ["Версия для слабовидящих", "Размер шрифта", "Конкурсы и гранты", "Контакты редакции",
                   "Поиск по сайту", "Мы используем файлы cookie", "Меню открыто", "Счётчик посещений",
                   "Все права защищены", "NewsArticle", "a11y-panel"],
        "in_order": ["Белорусские и вьетнамские учёные создадут", "Соглашение о создании лаборатории",
                     "Лаборатория разместится", "Финансирование", "регистрация не менее двух патентов"],
        "different_paragraph": [["Соглашение о создании лаборатории", "Лаборатория разместится"]],
    },
    "article-ru-news-cp1251-meta.html": {
        "format": "html", "encoding": "windows-1251",
        "title": "В Могилёве подвели итоги областного конкурса инновационных проектов",
        "author": "Сергей Ничипорович",
        "contains": [
            "В Могилёве подвели итоги областного конкурса инновационных проектов",
            "На конкурс поступило 64 заявки",
            "команда Белорусско-Российского университета",
            "биоразлагаемой упаковки из отходов льнозавода",
            "третье — мобильному приложению для учёта посевов",
            "Вибродиагностика подшипников",
            "«Могилёвтехнопарк»",
        ],
        "absent": ["Версия для слабовидящих", "Архив публикаций", "Подписка на газету",
                   "Перепечатка без разрешения запрещена", "toLocaleDateString", "count.php"],
        "in_order": ["В Могилёве подвели итоги", "На конкурс поступило", "Первое место заняла",
                     "Место", "Учёт посевов", "Победители получат право"],
    },
    "article-be-news-cp1251-nodecl.html": {
        "format": "html", "encoding": "windows-1251",
        "title": "У Гродне адкрыўся цэнтр калектыўнага карыстання навуковым абсталяваннем",
        "author": "Вольга Сакалоўская",
        "contains": [
            "У Гродне адкрыўся цэнтр калектыўнага карыстання навуковым абсталяваннем",
            "На базе Гродзенскага дзяржаўнага ўніверсітэта",
            "аб’яднаў абсталяванне пяці навуковых лабараторый",
            "2,3 млн беларускіх рублёў",
            "«Цэнтр з’яўляецца адкрытым для ўсіх арганізацый вобласці",
            "прарэктар па навуковай рабоце Юрый Савіцкі",
        ],
        "absent": ["Версія для слабавідушчых", "Русская версія", "Галоўнае меню",
                   "Усе правы абаронены", "document.cookie"],
        "in_order": ["У Гродне адкрыўся", "На базе Гродзенскага", "Агульны кошт",
                     "Цэнтр з’яўляецца адкрытым"],
    },
    "article-en-news.html": {
        "format": "html", "encoding": "utf-8",
        "title": "Minsk and Shenzhen researchers test a low-cost air-quality sensor network",
        "author": "Daniel Morrow",
        "contains": [
            "Minsk and Shenzhen researchers test a low-cost air-quality sensor network",
            "installed 120 low-cost particulate sensors on lamp posts",
            "cost under USD 60 each",
            "errors below 12 per cent for PM2.5",
            "said project lead Dr Alena Kavaliova",
            "under an open licence in the autumn",
        ],
        "absent": ["Font settings", "High contrast", "Subscribe to our weekly science digest",
                   "Please enable JavaScript", "All rights reserved", "Privacy policy", "dataLayer",
                   "addEventListener"],
        "in_order": ["Minsk and Shenzhen researchers", "A team from the Belarusian State University",
                     "The sensors cost", "Cheap sensors will never replace", "The partners plan"],
    },
    # ---------------- E-mail ----------------
    "letter-ru-koi8r.eml": {
        "format": "eml", "encoding": "koi8-r",
        "sender": "Канцелярия НИТИ <kanc@niti.example.ru>",
        "recipient": "Отдел международных связей <intl@bntu.example.by>",
        "subject": "О совместном проекте по утилизации отходов деревообработки",
        "date": "2019-10-15",
        "contains": [
            "Уважаемые коллеги!",
            "Научно-исследовательский технологический институт (г. Смоленск)",
            "от 02.10.2019 N 11-07/2231",
            "отходов деревообработки с получением топливных гранул",
            "перечень исполнителей с белорусской стороны и расчёт объёма работ",
            "Учёт трудозатрат предлагаем вести по единой форме",
            "Г.П.Фёдоров",
        ],
        "absent": ["=D0", "=\n", "The Bat!"],
    },
    "letter-be-cp1251.eml": {
        "format": "eml", "encoding": "windows-1251",
        "sender": "Ганна Вараб’ёва <resursy@csl.example.by>",
        "recipient": "Кавалёва Таццяна Пятроўна <t.kavaliova@ifttp.example.by>",
        "subject": "Аб падпісцы на базы даных Scopus і Web of Science",
        "date": "2019-12-02",
        "contains": [
            "Паважаная Таццяна Пятроўна!",
            "Аддзел інфармацыйных рэсурсаў Цэнтральнай навуковай бібліятэкі",
            "прадоўжана да 31 снежня 2020 г.",
            "з IP-адрасоў установы без дадатковай рэгістрацыі",
            "аб’ём запампоўкі поўных тэкстаў абмежаваны 200 артыкуламі на месяц",
            "Ганна Вараб’ёва",
        ],
        "absent": ["0J/QsNCy", "Outlook Express"],
    },
    "letter-mixed-multipart.eml": {
        "format": "eml", "encoding": "utf-8",
        "sender": "Кирилл Мороз <k.moroz@ipm.example.by>",
        "recipient": "Маргарита Сидорович <m.sidorovich@ipm.example.by>",
        "subject": "Fwd: Летняя школа в Норидже — проект ответа",
        "date": "2025-05-14",
        "contains": [
            "Добрый день, Маргарита Сергеевна!",
            "Пересылаю письмо британских коллег о летней школе",
            "Бюджет школы — 18 500 фунтов стерлингов",
            "отдел международных связей",
        ],
        "absent": ["This is a multi-part message in MIME format", "----=_Part_3411", "JVBERi0",
                   "<p>", "=D0=94"],
        "attachments": [
            {
                "format": "pdf",
                "page_count": 1,
                "title": "Joint Summer School on Hydrogen Storage Materials",
                "author": "Margaret Ellison",
                "contains": ["Northbridge Centre for Energy Materials", "Our ref. NCEM/IP/25-044",
                             "estimated at GBP 18,500"],
            },
            {
                "format": "txt",
                "encoding": "windows-1251",
                "contains": ["Праект адказу", "Дзякуем за запрашэнне на летнюю школу ў Норыдж",
                             "Інстытут парашковай металургіі", "С.А.Міхневіч, В.Р.Гаўрылюк"],
            },
        ],
    },
    "letter-ru-html-cp1251.eml": {
        "format": "eml", "encoding": "windows-1251",
        "sender": "Оргкомитет семинара <seminar@itmo.example.by>",
        "subject": "Семинар по водородной энергетике 12 марта",
        "date": "2020-03-05",
        "contains": [
            "Уважаемые участники семинара!",
            "12 марта 2020 г. в 14:00",
            "в конференц-зале Института тепло- и массообмена",
            "«Водородная энергетика: материалы и технологии»",
            "Открытие, доклад проф. Е.В.Кожемякина",
            "Круглый стол «Хранение водорода в металлогидридах»",
            "Пропуск в здание оформляется по паспорту.",
            "Оргкомитет семинара",
        ],
        "absent": ["font-family", "Tahoma", "<p>", "<br>", "<td>", "=E0", "тепло-и", "теплои"],
        "in_order": ["Уважаемые участники семинара!", "Напоминаем", "14:00", "15:30",
                     "Просим подтвердить участие"],
    },
    "letter-en-forwarded.eml": {
        "format": "eml",
        "sender": "Margaret Ellison <m.ellison@ncem.example.ac.uk>",
        "recipient": "summer-school@ncem.example.ac.uk",
        "subject": "Fwd: Confirmation from Minsk",
        "date": "2025-06-10",
        "contains": [
            "Please find below the confirmation from the Institute of Powder Metallurgy in Minsk.",
            "booked at Earlham Hall from 6 July",
            "Director of International Programmes",
        ],
        "attachments": [
            {
                "format": "eml", "encoding": "utf-8",
                "sender": "Сергей Михневич <s.mikhnevich@ipm.example.by>",
                "recipient": "Margaret Ellison <m.ellison@ncem.example.ac.uk>",
                "subject": "Подтверждение участия в летней школе",
                "date": "2025-06-09",
                "contains": ["Уважаемая Маргарет!",
                             "Подтверждаем приезд десяти аспирантов на летнюю школу в Норидже",
                             "до 20 июня 2025 г.", "С.А.Михневич"],
            },
        ],
    },
    # ---------------- Plain text, one per encoding ----------------
    "text-be-utf8.txt": {
        "format": "txt", "encoding": "utf-8",
        "contains": ["Службовая запіска", "Аб падрыхтоўцы да нарады з партнёрамі з Кітая",
                     "з Харбінскім політэхнічным інстытутам", "адлюстраваць аб’ём фінансавання",
                     "В.І.Макарэвіч"],
    },
    "text-ru-utf8-bom.txt": {
        "format": "txt", "encoding": "utf-8",
        "contains": ["Протокол рабочей встречи", "г. Витебск, 4 февраля 2025 г.", "компании «ЛёнТекс»",
                     "технико-экономическое обоснование и согласовать его объём", "Секретарь Н.А.Жукова"],
        "absent": ["\ufeff", "\u00ef\u00bb\u00bf"],
    },
    "text-be-utf16le-bom.txt": {
        "format": "txt", "encoding": "utf-16le",
        "contains": ["Навіны бібліятэкі", "рукапісаў краязнаўцы Язэпа Крывіцкага",
                     "дзённікі экспедыцый па Палессі 1960-х гадоў", "у электронным каталогу"],
        "absent": ["\ufeff"],
    },
    "text-ru-utf16be-bom.txt": {
        "format": "txt", "encoding": "utf-16be",
        "contains": ["Справка о командировке", "Павлюченко И.Г.", "в г. Новосибирске с 12 по 16 мая 2025 г.",
                     "«Физика конденсированных сред»", "оплачены принимающей стороной"],
        "absent": ["\ufeff"],
    },
    "text-be-utf16le-nobom.txt": {
        "format": "txt", "encoding": "utf-16le",
        "contains": ["Аб’ява", "«Штучны інтэлект у лінгвістыцы» пераносіцца на 14 чэрвеня",
                     "ў зале вучонага савета, пакой 407", "Алесь Гуляковіч"],
    },
    "text-be-cp1251.txt": {
        "format": "txt", "encoding": "windows-1251",
        "contains": ["Даведка аб стане сумесных праектаў з Рэспублікай В’етнам",
                     "ахоўнага вырошчвання рысу", "ачысткі сцёкавых вод",
                     "Агульны аб’ём фінансавання з беларускага боку складае 312 тыс. рублёў",
                     "Ірына Шаўчэнка"],
    },
    "text-ru-koi8r.txt": {
        "format": "txt", "encoding": "koi8-r",
        "contains": ["Выписка из приказа N 118-к", "Назначить Семёнова Алексея Фёдоровича",
                     "лаборатории криогенной техники", "испытательный срок три месяца",
                     "Е.Ю.Лосева"],
    },
    "text-uk-koi8u.txt": {
        "format": "txt", "encoding": "koi8-u",
        "contains": ["Повідомлення про конференцію", "Інститут агроекології запрошує науковців",
                     "\"Ґрунти Полісся: стан і перспективи\"", "у м. Житомирі",
                     "обсяг їх не повинен перевищувати двох сторінок"],
    },
    "text-ru-ibm866.txt": {
        "format": "txt", "encoding": "ibm866",
        "contains": ["ВЕДОМОСТЬ ВЫДАЧИ ПРОПУСКОВ", "Кузнецову Пётру Ильичу, слесарю механического цеха",
                     "Гарбузовой Алёне Викторовне", "до 31 декабря 1998 г."],
    },
    "text-ru-iso8859-5.txt": {
        "format": "txt", "encoding": "iso-8859-5",
        "contains": ["Информационное сообщение", "Учёный совет института", "\"Гидрология малых рек Поозерья\"",
                     "профессора Г.М.Рябцева", "тираж 150 экземпляров"],
    },
    "text-ru-maccyrillic.txt": {
        "format": "txt", "encoding": "x-mac-cyrillic",
        "contains": ["Заявка на приобретение оборудования", "монохроматор МДР-41 и набор кювет",
                     "18 400 рублей", "\"Оптика тонких плёнок\"", "Ф.Ф.Лёвкин"],
    },
    "text-en-cp1252.txt": {
        "format": "txt", "encoding": "windows-1252",
        "contains": ["Minutes of the Joint Steering Committee – Café Européen, Brussels",
                     "Mme Hélène Durand", "“Rivière Claire” water-quality project",
                     "a budget of €240,000 for 2025–2026", "the Belarusian side will host it"],
    },
    "note-ru-short-cp1251.txt": {
        "format": "txt", "encoding": "windows-1251",
        "contains": ["Совещание переносится на пятницу, 10:00, ауд. 214."],
    },
    # ---------------- Markdown ----------------
    "report-be-hackathon.md": {
        "format": "md",
        "title": "Справаздача аб правядзенні хакатона «Лічбавая вёска – 2025»",
        "author": "Кацярына Дзмітрыева",
        "contains": [
            "Хакатон прайшоў 20–22 чэрвеня 2025 г.",
            "Асацыяцыя фермерскіх гаспадарак",
            "104 удзельнікі, з іх 31 дзяўчына;",
            "«Сонечны ўраджай»",
            "Распазнаванне хвароб бульбы па фота",
            "на агульную суму 15 000 рублёў",
            "іх погляд з’яўляецца найбольш каштоўным",
            "Наступны хакатон запланаваны на вясну 2026 года.",
        ],
        "absent": ["**", "tags:", "title:", "|---", "](https"],
        "in_order": ["Удзельнікі", "23 каманды", "Вынікі", "Месца", "«Агракод»", "Што палепшыць",
                     "Наступны хакатон"],
    },
    "report-ru-conference.md": {
        "format": "md",
        "title": "Итоги конференции «Материаловедение и порошковая металлургия»",
        "author": "Николай Ефимович Гринкевич",
        "contains": [
            "Итоги конференции",
            "прошла в Минске 9–11 апреля 2025 г.",
            "из Беларуси, России, Китая, Казахстана и Вьетнама",
            "Аддитивные технологии — 31 доклад;",
            "Ёлкина А.С.",
            "Износостойкие покрытия для плугов",
            "Участники единогласно поддержали предложение",
            "учёт её итогов поручили оргкомитету",
        ],
        "absent": ["**", "_единогласно_", "lang: ru", "|-----", "](https"],
        "in_order": ["Общие сведения", "Секции", "Лучшие доклады молодых учёных", "Чэнь Лэй",
                     "Сборник материалов"],
    },
    "report-en-review.md": {
        "format": "md",
        "title": "Mid-term review of the Belarus–China Joint Laboratory for Laser Materials Processing",
        "author": "Jonathan Reeve",
        "contains": [
            "Mid-term review of the Belarus–China Joint Laboratory",
            "has met most of its targets for the first three years",
            "Seven joint papers have been published, four of them in Q1 journals.",
            "11 researchers instead of 18",
            "Equipment",
            "398,500",
            "Move unspent mobility funds to a joint PhD programme.",
            "programme office",
        ],
        "absent": ["**", "*most*", "date: 2025-02-14", "-------------:", "](https"],
        "in_order": ["Summary", "Findings", "Budget", "Mobility", "Recommendations",
                     "Extend the laboratory"],
    },
}

BROKEN = {
    "truncated.pdf": {"error": "corrupt"},
    "truncated.docx": {"error": "corrupt"},
    "encrypted.pdf": {"error": "encrypted"},
    "empty.txt": {"error": "empty"},
    "image.png": {"error": "unsupported"},
    "random.bin": {"error": "unsupported"},
    "not-a-docx.zip": {"error": "unsupported"},
    "deep-nesting.docx": {"error": "too_large"},
}

KEY_ORDER = ["format", "error", "page_count", "title", "author", "encoding", "sender", "recipient",
             "subject", "date", "contains", "absent", "in_order", "same_paragraph",
             "different_paragraph", "warnings_contain", "attachments", "reference_text", "min_f1"]


def ordered(exp):
    out = {k: exp[k] for k in KEY_ORDER if k in exp}
    unknown = set(exp) - set(KEY_ORDER)
    if unknown:
        raise SystemExit(f"unknown keys {unknown}")
    if "attachments" in out:
        out["attachments"] = [ordered(a) for a in out["attachments"]]
    return out


def write(directory, table):
    os.makedirs(directory, exist_ok=True)
    for old in os.listdir(directory):
        if old.endswith(".json"):
            os.remove(os.path.join(directory, old))
    for name, exp in sorted(table.items()):
        with open(os.path.join(directory, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(ordered(exp), f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    write("expected/documents", DOCUMENTS)
    write("expected/broken", BROKEN)


if __name__ == "__main__":
    main()
