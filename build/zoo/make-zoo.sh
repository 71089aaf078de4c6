#!/usr/bin/env bash
# Regenerates the layout zoo (build/zoo/docs) from its sources: HTML printed by Chromium, PDFs and DOCX written by
# build/LayoutZoo (PdfPig's writer, OpenXml), DOCX, flat ODT and NAME-lo.html converted by LibreOffice, NAME-docx.html saved as DOCX by LibreOffice, NAME-web-page.html and NAME-email.html kept as HTML, and scans made from some of them (rasterised,
# turned a little and roughened). The expected results (docs/*.expected.json) are written by hand and not touched here.
# Needs: chromium, libreoffice (soffice), poppler-utils (pdftoppm), imagemagick (convert). On Debian:
#   apt-get install -y chromium fonts-liberation libreoffice-writer-nogui libreoffice-impress-nogui libreoffice-calc-nogui poppler-utils imagemagick qpdf
set -euo pipefail
cd "$(dirname "$0")"
zoo=$(pwd)
docs="$zoo/docs"
sources="$zoo/sources"
mkdir -p "$docs"

for tool in chromium soffice pdftoppm convert identify qpdf; do
  command -v "$tool" >/dev/null || { echo "make-zoo: $tool is missing (see the comment at the top of this script)" >&2; exit 1; }
done

tool() { dotnet run --project "$zoo/../LayoutZoo" -c Release -- "$@"; }
dotnet build "$zoo/../LayoutZoo" -c Release -v q >/dev/null

# 1. PdfPig's writer and OpenXml.
tool documents "$docs"

# 2. Chromium's print to PDF, from the HTML sources (the council web page is kept as HTML too).
for source in "$sources"/*.html; do
  name=$(basename "$source" .html)
  tool sentences "$source" "$docs/$name.sentences.txt"
  if [ "$name" = council-web-page ] || [[ "$name" = *-web-page ]] || [[ "$name" = *-email ]]; then
    cp "$source" "$docs/$name.html"
    continue
  fi
  case "$name" in *-lo|*-docx) continue ;; esac # LibreOffice's turn, below
  # Round 14: a source named *-outline-* keeps its headings as the PDF's outline (bookmarks).
  outline=()
  case "$name" in *-outline-*) outline=(--generate-pdf-document-outline) ;; esac
  chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --run-all-compositor-stages-before-draw \
    "${outline[@]}" --print-to-pdf="$docs/$name.pdf" "file://$source" 2>/dev/null
  # Round 14: a source named *-owner-password-* is encrypted with an owner password only (AES-256, no user password:
  # anyone may open it, but printing in high quality, copying and changes are restricted), as councils' redaction tools leave them.
  case "$name" in
    *-owner-password-*)
      qpdf --encrypt "" "zoo-owner-$name" 256 --print=low --extract=n --modify=none -- "$docs/$name.pdf" "$docs/$name.locked.pdf"
      mv "$docs/$name.locked.pdf" "$docs/$name.pdf" ;;
  esac
done

# 3. LibreOffice: the OpenXml documents again as PDFs of another producer.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in self-evaluation-eastholme monitoring-visit-letter-kingsmere; do
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$docs/$name.docx" >/dev/null 2>&1
  mv "$work/$name.pdf" "$docs/$name.lo.pdf"
  cp "$docs/$name.sentences.txt" "$docs/$name.lo.sentences.txt"
done

# 3b. LibreOffice's own format: flat ODT sources (a landscape plan whose table header row repeats on each page).
for source in "$sources"/*.fodt; do
  name=$(basename "$source" .fodt)
  case "$name" in *-docx) continue ;; esac # saved as Word, below
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$source" >/dev/null 2>&1
  mv "$work/$name.pdf" "$docs/$name.pdf"
done

# 3b'. Flat ODT sources whose name ends in -docx are saved as Word files (real Word footnotes): NAME.docx.
for source in "$sources"/*-docx.fodt; do
  name=$(basename "$source" .fodt)
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$source" >/dev/null 2>&1
  mv "$work/$name.docx" "$docs/$name.docx"
done

# 3b''. LibreOffice Impress: flat ODP sources (slides exported to PDF, round 12). Their sentences are listed by hand.
for source in "$sources"/*.fodp; do
  name=$(basename "$source" .fodp)
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$source" >/dev/null 2>&1
  mv "$work/$name.pdf" "$docs/$name.pdf"
done

# 3b'''. LibreOffice Calc: flat ODS sources (a spreadsheet printed to PDF with its gridlines, round 13). Their sentences are listed by hand.
for source in "$sources"/*.fods; do
  name=$(basename "$source" .fods)
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$source" >/dev/null 2>&1
  mv "$work/$name.pdf" "$docs/$name.pdf"
done

# 3c. LibreOffice Writer (its HTML import): HTML sources whose name ends in -lo, printed by LibreOffice rather than Chromium.
for source in "$sources"/*-lo.html; do
  name=$(basename "$source" .html)
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work" "$source" >/dev/null 2>&1
  mv "$work/$name.pdf" "$docs/$name.pdf"
done

# 3d. LibreOffice Writer saving Word files: HTML sources whose name ends in -docx become NAME.docx.
for source in "$sources"/*-docx.html; do
  name=$(basename "$source" .html)
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$source" >/dev/null 2>&1
  mv "$work/$name.docx" "$docs/$name.docx"
done

# 4. Scans: 200 dpi greyscale (or lower, with more grain), turned by a degree or two (or a quarter turn: a page fed in sideways), with speckle, as a
#    photocopier-scanner leaves them.
scan() { # source.pdf first-page last-page angle output [dpi [grain]]
  local pdf=$1 first=$2 last=$3 angle=$4 out=$5 dpi=${6:-200} grain=${7:-0.35}
  # Lossless formats get sparse speckle (Gaussian noise would make them megabytes); JPEG gets grain.
  local noise="-attenuate $grain +noise Gaussian"
  case "$out" in *.png|*.tiff) noise="-attenuate 0.04 +noise Impulse" ;; esac
  pdftoppm -r "$dpi" -gray -f "$first" -l "$last" "$docs/$pdf" "$work/page"
  local pages=()
  for page in "$work"/page*.pgm; do
    # shellcheck disable=SC2086
    convert "$page" -background white -rotate "$angle" +repage $noise -quality 72 "${page%.pgm}.jpg"
    pages+=("${page%.pgm}.jpg")
    rm "$page"
  done
  case "$out" in
    *.pdf) tool scan-pdf "${pages[@]}" "$docs/$out" ;;
    *.png) convert "${pages[0]}" -threshold 55% -depth 1 "$docs/$out" ;;
    *.tiff) convert "${pages[0]}" -threshold 55% -compress group4 "$docs/$out" ;;
    *) cp "${pages[0]}" "$docs/$out" ;;
  esac
  rm -f "$work"/page*.jpg
}
scan focused-visit-letter-northmoor.pdf 1 2 1.2 scan-focused-visit-northmoor.pdf
scan ilacs-2025-ashcombe.pdf 1 1 -0.8 scan-ilacs-2025-ashcombe.png
scan send-2016-letter-dunmere.pdf 1 2 -1.5 scan-send-2016-letter-dunmere.pdf
scan jtai-letter-harbourside.pdf 1 1 2.0 scan-jtai-letter-harbourside.tiff
scan focused-visit-letter-month-only-elmbridge.pdf 1 2 -3.0 scan-focused-visit-month-only-elmbridge.pdf
scan scrutiny-report-ofsted-history-ashworth.pdf 1 1 1.6 scan-scrutiny-report-ofsted-history-ashworth.pdf
scan send-2023-report-outcome-previous-inspection-westbury.pdf 1 2 -2.2 scan-send-2023-report-westbury.pdf
scan send-2023-report-outcome-paragraph-wrenfield.pdf 1 1 90 scan-send-2023-report-sideways-wrenfield.pdf
scan committee-report-sup-footnotes-ketterby.pdf 1 1 -90 scan-committee-report-sideways-ketterby.pdf
scan send-2023-report-systemic-failings-ashdown-lo.pdf 1 1 180 scan-send-2023-report-upside-down-ashdown.pdf
# Round 10: a cheap scanner's setting, 150 dpi with heavier grain.
scan monitoring-visit-letter-bold-body-headings-oxley.pdf 1 1 -0.9 scan-monitoring-visit-letter-150dpi-oxley.pdf 150 0.6

# Round 11: a phone photo of a page: a shadow falling across it, the sheet seen a little askew (perspective) on a dark desk,
# turned 3.5 degrees, slightly soft, grain, saved as a JPEG.
photo() { # source.pdf page output
  local pdf=$1 page=$2 out=$3
  pdftoppm -r 200 -gray -f "$page" -l "$page" "$docs/$pdf" "$work/photo"
  local image
  image=$(ls "$work"/photo*.pgm)
  local w h
  read -r w h < <(identify -format "%w %h" "$image")
  convert "$image" \( -size "${h}x${w}" gradient:gray50-white -rotate -90 \) -compose multiply -composite \
    -background gray30 -virtual-pixel background \
    -distort Perspective "0,0 70,90  $w,0 $((w-40)),40  0,$h 30,$((h-20))  $w,$h $((w-90)),$((h-70))" \
    -rotate 3.5 +repage -blur 0x0.7 -attenuate 0.4 +noise Gaussian -quality 78 "$docs/$out"
  rm -f "$image"
}
photo committee-report-two-column-drop-cap-fonts-sallowfield.pdf 1 scan-phone-photo-shadow-sallowfield.jpg

# Round 12: a fax as it arrives: 150 dpi, black and white, grain, turned a little, and the sending machine's stamp line across the
# top of each page (its own date and time, the sender, "PAGE n/N").
fax() { # source.pdf stamp output
  local pdf=$1 stamp=$2 out=$3
  pdftoppm -r 150 -gray "$docs/$pdf" "$work/fax"
  local pages=() all
  all=$(ls "$work"/fax*.pgm | wc -l)
  local n=0
  for page in "$work"/fax*.pgm; do
    n=$((n + 1))
    convert "$page" -gravity northwest -background white -splice 0x16 -font Liberation-Mono -pointsize 11 -fill black \
      -annotate +40+4 "$stamp   PAGE $n/$all" -attenuate 0.08 +noise Impulse -threshold 60% -rotate 0.7 +repage \
      -quality 70 "${page%.pgm}.jpg"
    pages+=("${page%.pgm}.jpg")
    rm "$page"
  done
  tool scan-pdf "${pages[@]}" "$docs/$out"
  rm -f "$work"/fax*.jpg
}
fax focused-visit-letter-faxed-harwick.pdf "FROM: HARWICK CHILDRENS SVCS  01632 960418      24/02/2026 09:12" scan-fax-150dpi-stamp-line-harwick.pdf

# Round 13: a letter photographed with a phone and saved as a PDF of its pages: 200 dpi, light falling off unevenly from
# the middle of the sheet to its edges and corners (a phone's vignette under a ceiling lamp), turned 1.8 degrees, slightly
# soft, grain, JPEG pages.
phonepdf() { # source.pdf angle output
  local pdf=$1 angle=$2 out=$3
  pdftoppm -r 200 -gray "$docs/$pdf" "$work/phone"
  local pages=()
  for page in "$work"/phone*.pgm; do
    local w h
    read -r w h < <(identify -format "%w %h" "$page")
    convert "$page" \( -size "${w}x${h}" radial-gradient:white-gray55 -gravity northwest -crop "${w}x${h}+0+0" +repage \) \
      -compose multiply -composite -background white -rotate "$angle" +repage -blur 0x0.6 -attenuate 0.35 +noise Gaussian \
      -quality 75 "${page%.pgm}.jpg"
    pages+=("${page%.pgm}.jpg")
    rm "$page"
  done
  tool scan-pdf "${pages[@]}" "$docs/$out"
  rm -f "$work"/phone*.jpg
}
phonepdf monitoring-visit-letter-justified-hyphenated-brantwick.pdf 1.8 scan-phone-pdf-uneven-light-brantwick.pdf

# Round 14: a letter scanned through a feeder with its second sheet put in the wrong way round: each page has its own turn
# (the second is upside down), 200 dpi greyscale JPEG pages with grain.
scanturned() { # source.pdf output angle-of-page-1 angle-of-page-2 ...
  local pdf=$1 out=$2
  shift 2
  pdftoppm -r 200 -gray "$docs/$pdf" "$work/feed"
  local pages=() angles=("$@") n=0
  for page in "$work"/feed*.pgm; do
    convert "$page" -background white -rotate "${angles[$n]}" +repage -attenuate 0.35 +noise Gaussian -quality 72 "${page%.pgm}.jpg"
    pages+=("${page%.pgm}.jpg")
    rm "$page"
    n=$((n + 1))
  done
  tool scan-pdf "${pages[@]}" "$docs/$out"
  rm -f "$work"/feed*.jpg
}
scanturned focused-visit-letter-owner-password-colderwick.pdf scan-letter-second-page-upside-down-colderwick.pdf 0.9 180.6

ls -la "$docs" | awk 'NR>1 {print $5, $9}'
