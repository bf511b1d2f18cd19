<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>hn::ui::HelpDialog</name>
    <message>
        <source>The user guide is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::MainWindow</name>
    <message>
        <source>Helsenorge administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Helsenorge administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors you administer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an actor on the left to see and change how its services appear to citizens on Helsenorge. Your changes are saved on this computer at once and sent to the national backend as soon as there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors yet. They appear here after the first synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Helsenorge administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Helsenorge administration %1&lt;/h3&gt;&lt;p&gt;Configure how GP offices, municipalities and health stations appear to citizens on Helsenorge, and onboard new actors.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1. Data is cached on this computer and synchronised with the national backend over HL7 FHIR R4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
