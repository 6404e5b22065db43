#!/bin/sh
# Regenerates every binary in corpus/documents and corpus/broken, and every
# corpus/reference/*.txt, from corpus/sources. Idempotent: run it again and the
# same files are rewritten (PDF/ODF timestamps aside).
#
# Needs: libreoffice-writer (soffice), poppler-utils (pdftotext, pdfinfo),
#        fonts-dejavu-core (/usr/share/fonts/truetype/dejavu),
#        python3 with reportlab, fpdf2, pillow, pypdf (pip install reportlab fpdf2 pillow pypdf).
# Usage: sh corpus/make.sh        (from anywhere)
# Then:  python3 corpus/sources/check.py   verifies every expected/*.json claim
#        against pdftotext, LibreOffice and Python's own decoders.
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1735689600

# LibreOffice: convert sources/$1.fodt to format $2 (filter $3), store as documents/$4.
lo() {
    soffice --headless "-env:UserInstallation=file://$TMP/profile" \
        --convert-to "$2${3:+:$3}" --outdir "$TMP/lo" "sources/$1.fodt" >/dev/null 2>&1
    mv "$TMP/lo/$1.$2" "documents/$4"
}

mkdir -p documents broken reference expected/documents expected/broken

# --- LibreOffice: flat ODT sources -> PDF, ODT, DOCX, RTF ---------------------
lo letter-be-scst pdf writer_pdf_Export letter-be-scst.pdf
lo letter-be-scst odt "" letter-be-scst.odt
lo letter-be-scst docx "MS Word 2007 XML" letter-be-scst.docx
lo report-ru-programme pdf writer_pdf_Export report-ru-programme.pdf
lo report-ru-programme docx "MS Word 2007 XML" report-ru-programme.docx
lo report-ru-programme odt "" report-ru-programme.odt
lo agreement-en-vietnam pdf writer_pdf_Export agreement-en-vietnam.pdf
lo agreement-en-vietnam docx "MS Word 2007 XML" agreement-en-vietnam.docx
lo agreement-en-vietnam odt "" agreement-en-vietnam.odt
lo agreement-en-vietnam rtf "Rich Text Format" agreement-en-vietnam.rtf
lo article-be-newspaper pdf writer_pdf_Export article-be-newspaper.pdf

# --- python generators ----------------------------------------------------------
# Order matters: make_broken cuts a DOCX made above, make_eml attaches a PDF.
for script in make_pdfs make_docx make_broken make_text make_html make_rtf make_eml make_md; do
    if [ -f "sources/$script.py" ]; then
        python3 "sources/$script.py"
    fi
done

# --- F1 references: pdftotext of every PDF in documents/ ------------------------
rm -f reference/*.txt
for pdf in documents/*.pdf; do
    pdftotext -enc UTF-8 "$pdf" "reference/$(basename "$pdf").txt"
done
# --- expected/*.json from the claims in sources/expectations.py -------------------
python3 sources/expectations.py
echo "corpus regenerated: $(ls documents | wc -l) documents, $(ls broken | wc -l) broken"
python3 sources/metadata_expectations.py && python3 sources/make_metadata_docs.py  # issue 3: metadata samples + expected-metadata/
