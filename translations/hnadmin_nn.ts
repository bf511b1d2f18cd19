<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>hn::ui::HelpDialog</name>
    <message>
        <source>The user guide is not available in this build.</source>
        <translation>Brukarrettleiinga finst ikkje i denne utgåva.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brukarrettleiing</translation>
    </message>
</context>
<context>
    <name>hn::ui::MainWindow</name>
    <message>
        <source>Helsenorge administration</source>
        <translation>Helsenorge-administrasjon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillingar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <source>&amp;About Helsenorge administration</source>
        <translation>&amp;Om Helsenorge-administrasjon</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Aktørar</translation>
    </message>
    <message>
        <source>Filter by name or number</source>
        <translation>Filtrer på namn eller nummer</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Filtrer aktørar</translation>
    </message>
    <message>
        <source>Actors you administer</source>
        <translation>Aktørar du administrerer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkomen</translation>
    </message>
    <message>
        <source>Choose an actor on the left to see and change how its services appear to citizens on Helsenorge. Your changes are saved on this computer at once and sent to the national backend as soon as there is a connection.</source>
        <translation>Vel ein aktør til venstre for å sjå og endre korleis tenestene blir viste for innbyggjarane på Helsenorge. Endringane blir lagra med ein gong på denne datamaskina og sende til den nasjonale løysinga så snart det er samband.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fråkopla</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Koplar til …</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tilkopla</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkronisering mislukkast</translation>
    </message>
    <message>
        <source>last synchronised %1</source>
        <translation>sist synkronisert %1</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Alle endringar er sende</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n endring ventar på å bli send</numerusform>
            <numerusform>%n endringar ventar på å bli sende</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors yet. They appear here after the first synchronisation.</source>
        <translation>Ingen aktørar enno. Dei blir viste her etter første synkronisering.</translation>
    </message>
    <message>
        <source>No actor matches the filter.</source>
        <translation>Ingen aktør passar med filteret.</translation>
    </message>
    <message>
        <source>About Helsenorge administration</source>
        <translation>Om Helsenorge-administrasjon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Helsenorge administration %1&lt;/h3&gt;&lt;p&gt;Configure how GP offices, municipalities and health stations appear to citizens on Helsenorge, and onboard new actors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Helsenorge-administrasjon %1&lt;/h3&gt;&lt;p&gt;Still inn korleis legekontor, kommunar og helsestasjonar blir viste for innbyggjarane på Helsenorge, og ta inn nye aktørar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1. Data is cached on this computer and synchronised with the national backend over HL7 FHIR R4.</source>
        <translation>Bygd med Qt %1. Data blir mellomlagra på denne datamaskina og synkroniserte med den nasjonale løysinga over HL7 FHIR R4.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
</TS>
