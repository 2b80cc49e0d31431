<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlternativesPanel</name>
    <message numerus="yes">
        <source>%1: machine translation and %n alternative(s)</source>
        <translation>
            <numerusform>%1: machine translation and %n alternative</numerusform>
            <numerusform>%1: machine translation and %n alternatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message numerus="yes">
        <source>%n unit(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n matching segment(s)</source>
        <translation>
            <numerusform>%n matching segment</numerusform>
            <numerusform>%n matching segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryFileActions</name>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1</source>
        <translation>
            <numerusform>Wrote %n item to %1</numerusform>
            <numerusform>Wrote %n items to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MTSettingsDialog</name>
    <message numerus="yes">
        <source>The server answers and offers %n language(s): %1</source>
        <translation>
            <numerusform>The server answers and offers %n language: %1</numerusform>
            <numerusform>The server answers and offers %n languages: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n segment(s) added from %1</source>
        <translation>
            <numerusform>%n segment added from %1</numerusform>
            <numerusform>%n segments added from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message numerus="yes">
        <source>%1: %n match(es) from the translation memory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryTools</name>
    <message numerus="yes">
        <source>%n unit(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without Russian or Ukrainian (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without English</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled from the translation memory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%n new concept(s)</source>
        <extracomment>The editor asked to plan again with extra preferred terms demoted to admitted.</extracomment>
        <translation>
            <numerusform>%n new concept</numerusform>
            <numerusform>%n new concepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting (not imported)</source>
        <translation>
            <numerusform>%n conflicting (not imported)</numerusform>
            <numerusform>%n conflicting (not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelSetupStrip</name>
    <message numerus="yes">
        <source>Installing %n model(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameConceptsModel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message numerus="yes">
        <source>%n flag(s) in the selected cell</source>
        <translation>
            <numerusform>%n flag in the selected cell</numerusform>
            <numerusform>%n flags in the selected cell</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QA report with %n finding(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepetitionFollower</name>
    <message numerus="yes">
        <source>Also applied to %n repetition(s) of this sentence (Ctrl+Z undoes them together).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewStatusBar</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslateController</name>
    <message numerus="yes">
        <source>Machine translation: %n segment(s) stored so far</source>
        <translation>
            <numerusform>Machine translation: %n segment stored so far</numerusform>
            <numerusform>Machine translation: %n segments stored so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>%n segment translated</numerusform>
            <numerusform>%n segments translated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) refined with beam search</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) from the cache</source>
        <translation>
            <numerusform>%n segment from the cache</numerusform>
            <numerusform>%n segments from the cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) from the translation memory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) skipped (no text)</source>
        <translation>
            <numerusform>%n segment skipped (no text)</numerusform>
            <numerusform>%n segments skipped (no text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) failed</source>
        <translation>
            <numerusform>%n segment failed</numerusform>
            <numerusform>%n segments failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Translation was cancelled. The %n segment(s) translated before that are kept.</source>
        <translation>
            <numerusform>Translation was cancelled. The %n segment translated before that is kept.</numerusform>
            <numerusform>Translation was cancelled. The %n segments translated before that are kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
