<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>ReviewStatusBar</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
</TS>
