<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dd::ui::BasicsPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/BasicsPage.cpp" line="+177"/>
        <source>%n version(s) listed; you may also type a tag.</source>
        <translation>
            <numerusform>%n version listed; you may also type a tag.</numerusform>
            <numerusform>%n versions listed; you may also type a tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::EngineBanner</name>
    <message numerus="yes">
        <location filename="../ui/EngineBanner.cpp" line="+82"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::LogPane</name>
    <message numerus="yes">
        <location filename="../ui/LogPane.cpp" line="+114"/>
        <source>Exported %Ln line(s).</source>
        <translation>
            <numerusform>Exported %Ln line.</numerusform>
            <numerusform>Exported %Ln lines.</numerusform>
        </translation>
    </message>
</context>
</TS>
