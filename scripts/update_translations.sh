#!/bin/sh
# Refresh the interface translations from the source and compile them.
#   scripts/update_translations.sh          (uses pyside6-lupdate/lrelease from PATH or /opt/rdvenv)
# 1. lupdate collects tr()/translate() strings from app/ui into translations/app_*.ts
#    (app_en.ts holds only the plural forms: "%n segment(s)" -> "1 segment", "2 segments").
# 2. Translate new strings in Qt Linguist (pyside6-linguist translations/app_ru.ts); Russian and
#    Ukrainian plurals have three forms (1 / 2-4 / 5+).
# 3. lrelease compiles the .qm files loaded at run time; commit both .ts and .qm.
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-}"
if [ -z "$BIN" ] && ! command -v pyside6-lupdate >/dev/null 2>&1; then BIN=/opt/rdvenv/bin/; fi
SOURCES=$(find app/ui -name '*.py' | sort)
"${BIN}pyside6-lupdate" -locations none -no-obsolete $SOURCES -ts translations/app_ru.ts translations/app_uk.ts
"${BIN}pyside6-lupdate" -locations none -no-obsolete -pluralonly $SOURCES -ts translations/app_en.ts
for lang in en ru uk; do
    "${BIN}pyside6-lrelease" "translations/app_$lang.ts" -qm "translations/app_$lang.qm"
done
