#!/bin/sh
# Refresh the interface translations from the source and compile them.
#   scripts/update_translations.sh          (uses pyside6-lupdate/lrelease from PATH or the project .venv)
# 1. lupdate collects tr()/translate() strings from app/ui into translations/app_*.ts
#    (app_en.ts holds only the plural forms: "%n segment(s)" -> "1 segment", "2 segments").
# 2. scripts/apply_pending_translations.py fills them from translations/pending/*.tsv, or
#    translate new strings in Qt Linguist (pyside6-linguist translations/app_ru.ts); Russian and
#    Ukrainian plurals have three forms (1 / 2-4 / 5+).
# 3. lrelease compiles the .qm files loaded at run time; commit both .ts and .qm.
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-}"
if [ -z "$BIN" ] && ! command -v pyside6-lupdate >/dev/null 2>&1; then BIN=.venv/bin/; fi
# The QA and name-flag reason templates live in Qt-free app/qa/reasons.py and
# app/names/reasons.py and are translated in contexts QaReasons and NameReasons by
# app/ui/qa_presentation.py and app/ui/flag_presentation.py: hand them to lupdate as
# QT_TRANSLATE_NOOP lines.
GENERATED=$(mktemp -d)/qa_reason_strings.py
trap 'rm -rf "$(dirname "$GENERATED")"' EXIT
"${BIN}python" -c "
import json
from app.names import reasons as names
from app.qa import reasons as qa
for module in (qa, names):  # QaReasons and NameReasons (app/ui/flag_presentation.py)
    for template in module.REASONS.values():
        print(f'QT_TRANSLATE_NOOP({json.dumps(module.CONTEXT)}, {json.dumps(template, ensure_ascii=False)})')
" > "$GENERATED"
SOURCES="$(find app/ui -name '*.py' | sort) $GENERATED"
"${BIN}pyside6-lupdate" -locations none -no-obsolete $SOURCES -ts translations/app_ru.ts translations/app_uk.ts
"${BIN}pyside6-lupdate" -locations none -no-obsolete -pluralonly $SOURCES -ts translations/app_en.ts
# Fill and add the Russian and Ukrainian texts kept in translations/pending/*.tsv.
"${BIN}python" scripts/apply_pending_translations.py
for lang in en ru uk; do
    "${BIN}pyside6-lrelease" "translations/app_$lang.ts" -qm "translations/app_$lang.qm"
done
