"""Writes letter-ru-kazakhstan.docx part by part, the way Word structures a
document (not LibreOffice): words split across runs, proofing and bookmark
marks, tracked changes (w:ins kept, w:del dropped), a complex HYPERLINK field
(instruction text must not leak), a w:hyperlink, a no-break hyphen, a soft
hyphen, a content control (w:sdt), separator footnotes, header and footer
parts with a PAGE field. Deterministic: fixed zip timestamps.
"""

import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def t(text, props=""):
    """One run with text (spaces preserved)."""
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def p(*runs, ppr=""):
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(runs)}</w:p>" if ppr else f"<w:p>{''.join(runs)}</w:p>"


JUST = '<w:jc w:val="both"/><w:ind w:firstLine="709"/>'

BODY = "".join([
    p(t("Государственное учреждение", "<w:b/>"), "<w:r><w:br/></w:r>",
      t("«Институт водных проблем»", "<w:b/>"), ppr='<w:jc w:val="center"/>'),
    p(t("пр. Независимости, 95, 220043, г. Минск, тел. (017) 356-21-08"),
      ppr='<w:jc w:val="center"/><w:spacing w:after="360"/>'),
    p(t("05.11.2024"), "<w:r><w:tab/></w:r>", t("№ 01-12/904"),
      ppr='<w:tabs><w:tab w:val="right" w:pos="9355"/></w:tabs>'),
    p(t("На № 17-3/522 от 21.10.2024")),
    p(t("Председателю правления"), "<w:r><w:br/></w:r>", t("АО «Казгидромет-Сервис»"),
      "<w:r><w:br/></w:r>", t("Ахметову Б.С."), ppr='<w:ind w:left="5103"/><w:spacing w:before="240" w:after="240"/>'),
    p(t("О продлении меморандума о сотрудничестве", "<w:i/>"), ppr='<w:spacing w:after="240"/>'),
    p(t("Уважаемый Болат Серикович!"), ppr='<w:jc w:val="center"/>'),
    p('<w:bookmarkStart w:id="0" w:name="_GoBack"/>',
      t("Институт водных проблем благодарит Вас за многолетнее сотруд"),
      '<w:proofErr w:type="spellStart"/>', t("ничество"), '<w:proofErr w:type="spellEnd"/>',
      t(" и предлагает продлить меморандум о сотрудничестве "),
      '<w:del w:id="11" w:author="Иванова Е.А." w:date="2024-11-04T16:02:00Z">'
      '<w:r><w:delText xml:space="preserve">на три года </w:delText></w:r></w:del>',
      '<w:ins w:id="12" w:author="Иванова Е.А." w:date="2024-11-04T16:02:00Z">'
      + t("на пять лет ") + "</w:ins>",
      t("с включением в него работ по мониторингу трансграничных рек."),
      '<w:bookmarkEnd w:id="0"/>', ppr=JUST),
    p(t("В 2025 году предлагаем провести совместную экспедицию в бассейн Иртыша в районе г. Усть"),
      "<w:r><w:noBreakHyphen/></w:r>", t("Каменогорска и подготовить атлас гидро"),
      "<w:r><w:softHyphen/></w:r>", t("логических постов"),
      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
      '<w:footnoteReference w:id="1"/></w:r>', t("."), ppr=JUST),
    p(t("Проект программы экспедиции размещён по адресу "),
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
      '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://water.example.by/expedition-2025" </w:instrText></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      t("water.example.by/expedition-2025", '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      t(", смета — в "),
      '<w:hyperlink r:id="rId9" w:history="1">'
      + t("личном кабинете партнёра", '<w:color w:val="0563C1"/>') + "</w:hyperlink>",
      t("."), ppr=JUST),
    p(t("Распределение расходов на 2025 год:"), ppr=JUST),
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
    '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
    '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
    '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
    '<w:tblGrid><w:gridCol w:w="4677"/><w:gridCol w:w="2339"/><w:gridCol w:w="2339"/></w:tblGrid>'
    + "".join(
        "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{p(t(c))}</w:tc>'
                           for c, w in zip(row, (4677, 2339, 2339))) + "</w:tr>"
        for row in [("Статья расходов", "Беларусь, BYN", "Казахстан, KZT"),
                    ("Полевые работы", "48 000", "7 200 000"),
                    ("Лабораторные анализы", "21 500", "3 100 000")])
    + "</w:tbl>",
    p(t("Просим сообщить Ваше решение до 1 декабря 2024 г."), ppr=JUST),
    p('<w:r><w:lastRenderedPageBreak/></w:r>', t("Директор"), "<w:r><w:tab/></w:r>",
      '<w:sdt><w:sdtPr><w:alias w:val="Подписант"/><w:id w:val="-1203"/><w:text/></w:sdtPr>'
      "<w:sdtContent>" + t("Б.К.Жуковский") + "</w:sdtContent></w:sdt>",
      ppr='<w:tabs><w:tab w:val="right" w:pos="9355"/></w:tabs><w:spacing w:before="720"/>'),
    p(t("Иванова 356 21 14", '<w:sz w:val="16"/>'), ppr='<w:spacing w:before="960"/>'),
])

DOCUMENT = (XML + f"<w:document {W}><w:body>{BODY}"
            '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/>'
            '<w:footerReference w:type="default" r:id="rId8"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" '
            'w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
            "</w:body></w:document>")

FOOTNOTES = (XML + f"<w:footnotes {W}>"
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
             '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
             + t(" Перечень постов согласован с Комитетом по водным ресурсам Республики Казахстан.")
             + "</w:p></w:footnote></w:footnotes>")

HEADER = (XML + f"<w:hdr {W}>" + p(t("Институт водных проблем · исх. № 01-12/904"),
                                   ppr='<w:jc w:val="right"/>') + "</w:hdr>")
FOOTER = (XML + f"<w:ftr {W}>" + p(
    t("Лист "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', t("1"),
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>', ppr='<w:jc w:val="center"/>') + "</w:ftr>")

STYLES = (XML + f'<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:sz w:val="28"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
          '<w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
          "</w:styles>")

RELS_DOC = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://partners.water.example.by/kz" TargetMode="External"/>'
            "</Relationships>")

RELS = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>")

CORE = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>О продлении меморандума о сотрудничестве</dc:title>"
        "<dc:creator>Жуковский Б.К.</dc:creator><cp:lastModifiedBy>Иванова Е.А.</cp:lastModifiedBy>"
        "<cp:revision>4</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T08:40:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-05T07:12:00Z</dcterms:modified>'
        "</cp:coreProperties>")

APP = (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       "<Application>Microsoft Office Word</Application><Pages>1</Pages><Words>231</Words>"
       "<Company>Институт водных проблем</Company><AppVersion>16.0000</AppVersion></Properties>")

TYPES = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
         '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
         '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         "</Types>")


def main():
    parts = [("[Content_Types].xml", TYPES), ("_rels/.rels", RELS), ("docProps/core.xml", CORE),
             ("docProps/app.xml", APP), ("word/document.xml", DOCUMENT),
             ("word/_rels/document.xml.rels", RELS_DOC), ("word/styles.xml", STYLES),
             ("word/footnotes.xml", FOOTNOTES), ("word/header1.xml", HEADER), ("word/footer1.xml", FOOTER)]
    with zipfile.ZipFile("documents/letter-ru-kazakhstan.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 5, 10, 12, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
