<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>hn::auth::Session</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Skriv inn et brukernavn.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>Får ikke kontakt med serveren. Sjekk forbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
</context>
<context>
    <name>hn::net::FhirClient</name>
    <message>
        <source>The server refused the data as invalid</source>
        <translation>Serveren avviste dataene som ugyldige</translation>
    </message>
    <message>
        <source>You are not signed in, or the sign-in has expired</source>
        <translation>Du er ikke logget inn, eller innloggingen har utløpt</translation>
    </message>
    <message>
        <source>You do not have access to change this</source>
        <translation>Du har ikke tilgang til å endre dette</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>Finnes ikke på serveren</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime</source>
        <translation>Noen andre har endret dette i mellomtiden</translation>
    </message>
    <message>
        <source>It has been deleted on the server</source>
        <translation>Det er slettet på serveren</translation>
    </message>
    <message>
        <source>The server could not process the data</source>
        <translation>Serveren kunne ikke behandle dataene</translation>
    </message>
    <message>
        <source>The server had a problem (error %1)</source>
        <translation>Serveren fikk et problem (feil %1)</translation>
    </message>
    <message>
        <source>The server answered with error %1</source>
        <translation>Serveren svarte med feil %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Får ikke kontakt med serveren</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Serveren svarte ikke i tide</translation>
    </message>
    <message>
        <source>The connection was closed before the answer came</source>
        <translation>Forbindelsen ble brutt før svaret kom</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>Forbindelsen mislyktes</translation>
    </message>
    <message>
        <source>The answer from the server was incomplete</source>
        <translation>Svaret fra serveren var ufullstendig</translation>
    </message>
</context>
<context>
    <name>hn::net::SandboxLauncher</name>
    <message>
        <source>The built-in test backend could not be started (%1).</source>
        <translation>Den innebygde testløsningen kunne ikke startes (%1).</translation>
    </message>
    <message>
        <source>The built-in test backend stopped before it was ready (exit code %1).</source>
        <translation>Den innebygde testløsningen stoppet før den var klar (avslutningskode %1).</translation>
    </message>
</context>
<context>
    <name>hn::sync::SyncEngine</name>
    <message>
        <source>absence</source>
        <translation>fravær</translation>
    </message>
    <message>
        <source>info message</source>
        <translation>infomelding</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjeneste</translation>
    </message>
    <message>
        <source>services of a GP</source>
        <translation>tjenestene til en fastlege</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktør</translation>
    </message>
    <message>
        <source>Synchronisation cancelled; it continues next time.</source>
        <translation>Synkroniseringen ble avbrutt; den fortsetter neste gang.</translation>
    </message>
    <message>
        <source>Could not fetch updates: %1</source>
        <translation>Kunne ikke hente oppdateringer: %1</translation>
    </message>
    <message>
        <source>The server sent an unreadable answer; trying again later.</source>
        <translation>Serveren sendte et uleselig svar; prøver igjen senere.</translation>
    </message>
    <message>
        <source>Deleted on the server by someone else</source>
        <translation>Slettet på serveren av noen andre</translation>
    </message>
    <message>
        <source>Changed by someone else: %1</source>
        <translation>Endret av noen andre: %1</translation>
    </message>
    <message>
        <source>Deletion sent: %1.</source>
        <translation>Sletting sendt: %1.</translation>
    </message>
    <message>
        <source>Change sent: %1.</source>
        <translation>Endring sendt: %1.</translation>
    </message>
    <message>
        <source>Already deleted on the server: %1.</source>
        <translation>Allerede slettet på serveren: %1.</translation>
    </message>
    <message>
        <source>Not sent yet (%1): %2. Trying again.</source>
        <translation>Ikke sendt ennå (%1): %2. Prøver igjen.</translation>
    </message>
    <message>
        <source>Refused by the server (%1): %2</source>
        <translation>Avvist av serveren (%1): %2</translation>
    </message>
    <message>
        <source>Deleted on the server by someone else (%1). Choose what to do.</source>
        <translation>Slettet på serveren av noen andre (%1). Velg hva du vil gjøre.</translation>
    </message>
    <message>
        <source>Change already on the server: %1.</source>
        <translation>Endringen er allerede på serveren: %1.</translation>
    </message>
    <message>
        <source>Combined with someone else&apos;s change to other fields (%1) and sent.</source>
        <translation>Slått sammen med noen andres endring i andre felt (%1) og sendt.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields (%1). Choose which version to keep.</source>
        <translation>Noen andre har endret de samme feltene (%1). Velg hvilken versjon du vil beholde.</translation>
    </message>
</context>
<context>
    <name>hn::ui::AppController</name>
    <message>
        <source>Starting the built-in test backend</source>
        <translation>Starter den innebygde testløsningen</translation>
    </message>
    <message>
        <source>The local data could not be opened: %1</source>
        <translation>De lokale dataene kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Lokale data</translation>
    </message>
</context>
<context>
    <name>hn::ui::ConflictDialog</name>
    <message>
        <source>from</source>
        <translation>fra og med</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til og med</translation>
    </message>
    <message>
        <source>text for citizens</source>
        <translation>tekst til innbyggere</translation>
    </message>
    <message>
        <source>message</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>closed or substitute</source>
        <translation>stengt eller vikar</translation>
    </message>
    <message>
        <source>the office&apos;s own text</source>
        <translation>legekontorets egen tekst</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Løs en konflikt</translation>
    </message>
    <message>
        <source>Someone else changed the same fields while your change was waiting to be sent. Fields in bold differ. Keep your version, take theirs, or tick &quot;Use mine&quot; for the fields where yours should win.</source>
        <translation>Noen andre endret de samme feltene mens endringen din ventet på å bli sendt. Felt i fet skrift er ulike. Behold din versjon, ta deres, eller kryss av for «Bruk min» i feltene der din skal gjelde.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Denne konflikten er allerede løst.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Deres versjon</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Bruk min</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behold min</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta deres</translation>
    </message>
    <message>
        <source>&amp;Use my choices</source>
        <translation>Br&amp;uk mine valg</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Bestem &amp;senere</translation>
    </message>
</context>
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
    <name>hn::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Sign in to the test backend with one of its demo users (for example nhn, lege1 or kommune1; the password is demo).</source>
        <translation>Logg inn på testløsningen med en av demobrukerne (for eksempel nhn, lege1 eller kommune1; passordet er demo).</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ynkronisering</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Synkroniserings&amp;logg …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the first synchronisation; it continues next time</source>
        <translation>Stopp den første synkroniseringen; den fortsetter neste gang</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt å løse</numerusform>
            <numerusform>%n konflikter å løse</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget inn</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logget inn som %1</translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncLogDialog</name>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Prøver igjen</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Hentet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synkroniseringslogg</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
</TS>
