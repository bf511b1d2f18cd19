<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>hn::ui::HelpDialog</name>
    <message>
        <source>The user guide is not available in this build.</source>
        <translation>Brukerveiledningen finnes ikke i denne utgaven.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brukerveiledning</translation>
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
        <translation>&amp;Innstillinger</translation>
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
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>&amp;About Helsenorge administration</source>
        <translation>&amp;Om Helsenorge-administrasjon</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Aktører</translation>
    </message>
    <message>
        <source>Filter by name or number</source>
        <translation>Filtrer på navn eller nummer</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>Filtrer aktører</translation>
    </message>
    <message>
        <source>Actors you administer</source>
        <translation>Aktører du administrerer</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Choose an actor on the left to see and change how its services appear to citizens on Helsenorge. Your changes are saved on this computer at once and sent to the national backend as soon as there is a connection.</source>
        <translation>Velg en aktør til venstre for å se og endre hvordan tjenestene vises for innbyggerne på Helsenorge. Endringene lagres straks på denne datamaskinen og sendes til den nasjonale løsningen så snart det er forbindelse.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkronisering mislyktes</translation>
    </message>
    <message>
        <source>last synchronised %1</source>
        <translation>sist synkronisert %1</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Alle endringer er sendt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n endring venter på å bli sendt</numerusform>
            <numerusform>%n endringer venter på å bli sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>No actors yet. They appear here after the first synchronisation.</source>
        <translation>Ingen aktører ennå. De vises her etter første synkronisering.</translation>
    </message>
    <message>
        <source>No actor matches the filter.</source>
        <translation>Ingen aktør passer med filteret.</translation>
    </message>
    <message>
        <source>About Helsenorge administration</source>
        <translation>Om Helsenorge-administrasjon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Helsenorge administration %1&lt;/h3&gt;&lt;p&gt;Configure how GP offices, municipalities and health stations appear to citizens on Helsenorge, and onboard new actors.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Helsenorge-administrasjon %1&lt;/h3&gt;&lt;p&gt;Still inn hvordan legekontor, kommuner og helsestasjoner vises for innbyggerne på Helsenorge, og ta inn nye aktører.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1. Data is cached on this computer and synchronised with the national backend over HL7 FHIR R4.</source>
        <translation>Bygget med Qt %1. Data mellomlagres på denne datamaskinen og synkroniseres med den nasjonale løsningen over HL7 FHIR R4.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
</TS>
