<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>hn::auth::Session</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Skriv inn eit brukarnamn.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>Får ikkje kontakt med serveren. Sjekk sambandet og prøv igjen.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Feil brukarnamn eller passord.</translation>
    </message>
</context>
<context>
    <name>hn::net::FhirClient</name>
    <message>
        <source>The server refused the data as invalid</source>
        <translation>Serveren avviste dataa som ugyldige</translation>
    </message>
    <message>
        <source>You are not signed in, or the sign-in has expired</source>
        <translation>Du er ikkje logga inn, eller innlogginga har gått ut</translation>
    </message>
    <message>
        <source>You do not have access to change this</source>
        <translation>Du har ikkje tilgang til å endre dette</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>Finst ikkje på serveren</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime</source>
        <translation>Nokon andre har endra dette i mellomtida</translation>
    </message>
    <message>
        <source>It has been deleted on the server</source>
        <translation>Det er sletta på serveren</translation>
    </message>
    <message>
        <source>The server could not process the data</source>
        <translation>Serveren kunne ikkje handsame dataa</translation>
    </message>
    <message>
        <source>The server had a problem (error %1)</source>
        <translation>Serveren fekk eit problem (feil %1)</translation>
    </message>
    <message>
        <source>The server answered with error %1</source>
        <translation>Serveren svarte med feil %1</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Får ikkje kontakt med serveren</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Serveren svarte ikkje i tide</translation>
    </message>
    <message>
        <source>The connection was closed before the answer came</source>
        <translation>Sambandet vart brote før svaret kom</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>Sambandet mislukkast</translation>
    </message>
    <message>
        <source>The answer from the server was incomplete</source>
        <translation>Svaret frå serveren var ufullstendig</translation>
    </message>
</context>
<context>
    <name>hn::net::SandboxLauncher</name>
    <message>
        <source>The built-in test backend could not be started (%1).</source>
        <translation>Den innebygde testløysinga kunne ikkje startast (%1).</translation>
    </message>
    <message>
        <source>The built-in test backend stopped before it was ready (exit code %1).</source>
        <translation>Den innebygde testløysinga stoppa før ho var klar (avslutningskode %1).</translation>
    </message>
</context>
<context>
    <name>hn::sync::SyncEngine</name>
    <message>
        <source>absence</source>
        <translation>fråvær</translation>
    </message>
    <message>
        <source>info message</source>
        <translation>infomelding</translation>
    </message>
    <message>
        <source>service</source>
        <translation>teneste</translation>
    </message>
    <message>
        <source>services of a GP</source>
        <translation>tenestene til ein fastlege</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktør</translation>
    </message>
    <message>
        <source>Synchronisation cancelled; it continues next time.</source>
        <translation>Synkroniseringa vart avbroten; ho held fram neste gong.</translation>
    </message>
    <message>
        <source>Could not fetch updates: %1</source>
        <translation>Kunne ikkje hente oppdateringar: %1</translation>
    </message>
    <message>
        <source>The server sent an unreadable answer; trying again later.</source>
        <translation>Serveren sende eit uleseleg svar; prøver igjen seinare.</translation>
    </message>
    <message>
        <source>Deleted on the server by someone else</source>
        <translation>Sletta på serveren av nokon andre</translation>
    </message>
    <message>
        <source>Changed by someone else: %1</source>
        <translation>Endra av nokon andre: %1</translation>
    </message>
    <message>
        <source>Deletion sent: %1.</source>
        <translation>Sletting send: %1.</translation>
    </message>
    <message>
        <source>Change sent: %1.</source>
        <translation>Endring send: %1.</translation>
    </message>
    <message>
        <source>Already deleted on the server: %1.</source>
        <translation>Allereie sletta på serveren: %1.</translation>
    </message>
    <message>
        <source>Not sent yet (%1): %2. Trying again.</source>
        <translation>Ikkje send enno (%1): %2. Prøver igjen.</translation>
    </message>
    <message>
        <source>Refused by the server (%1): %2</source>
        <translation>Avvist av serveren (%1): %2</translation>
    </message>
    <message>
        <source>Deleted on the server by someone else (%1). Choose what to do.</source>
        <translation>Sletta på serveren av nokon andre (%1). Vel kva du vil gjere.</translation>
    </message>
    <message>
        <source>Change already on the server: %1.</source>
        <translation>Endringa er allereie på serveren: %1.</translation>
    </message>
    <message>
        <source>Combined with someone else&apos;s change to other fields (%1) and sent.</source>
        <translation>Slått saman med nokon andre si endring i andre felt (%1) og send.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields (%1). Choose which version to keep.</source>
        <translation>Nokon andre har endra dei same felta (%1). Vel kva versjon du vil halde på.</translation>
    </message>
</context>
<context>
    <name>hn::ui::AppController</name>
    <message>
        <source>Starting the built-in test backend</source>
        <translation>Startar den innebygde testløysinga</translation>
    </message>
    <message>
        <source>The local data could not be opened: %1</source>
        <translation>Dei lokale dataa kunne ikkje opnast: %1</translation>
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
        <translation>frå og med</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til og med</translation>
    </message>
    <message>
        <source>text for citizens</source>
        <translation>tekst til innbyggjarar</translation>
    </message>
    <message>
        <source>message</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>closed or substitute</source>
        <translation>stengd eller vikar</translation>
    </message>
    <message>
        <source>the office&apos;s own text</source>
        <translation>legekontoret sin eigen tekst</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Løys ein konflikt</translation>
    </message>
    <message>
        <source>Someone else changed the same fields while your change was waiting to be sent. Fields in bold differ. Keep your version, take theirs, or tick &quot;Use mine&quot; for the fields where yours should win.</source>
        <translation>Nokon andre endra dei same felta medan endringa di venta på å bli send. Felt i feit skrift er ulike. Hald på din versjon, ta deira, eller kryss av for «Bruk min» i felta der din skal gjelde.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Denne konflikten er allereie løyst.</translation>
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
        <translation>Deira versjon</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Bruk min</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Hald på min</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta deira</translation>
    </message>
    <message>
        <source>&amp;Use my choices</source>
        <translation>Br&amp;uk vala mine</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Bestem &amp;seinare</translation>
    </message>
</context>
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
    <name>hn::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Sign in to the test backend with one of its demo users (for example nhn, lege1 or kommune1; the password is demo).</source>
        <translation>Logg inn på testløysinga med ein av demobrukarane (til dømes nhn, lege1 eller kommune1; passordet er demo).</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
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
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ynkronisering</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkroniser no</translation>
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
        <translation>Stopp den første synkroniseringa; ho held fram neste gong</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt å løyse</numerusform>
            <numerusform>%n konfliktar å løyse</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikkje logga inn</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logga inn som %1</translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncLogDialog</name>
    <message>
        <source>Sent</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Slått saman</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukkast</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Prøver igjen</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Henta</translation>
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
        <translation>Kva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
</TS>
