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
    <message>
        <source>The server cannot sign you in right now (HTTP %1). Try again in a moment.</source>
        <translation>Serveren kan ikkje logge deg inn akkurat no (HTTP %1). Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1).</source>
        <translation>Serveren avviste innlogginga (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>hn::models::AbsenceListModel</name>
    <message>
        <source>Upcoming</source>
        <translation>Komande</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Pågår no</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidlegare</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (stengd)</translation>
    </message>
    <message>
        <source>%1 (substitute)</source>
        <translation>%1 (vikar)</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå og med</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tenester</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hn::models::ActorListModel</name>
    <message>
        <source>GP office</source>
        <translation>Legekontor</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Municipal unit</source>
        <translation>Kommunal eining</translation>
    </message>
    <message>
        <source>Therapist practice</source>
        <translation>Terapeutpraksis</translation>
    </message>
    <message>
        <source>Norsk helsenett</source>
        <translation>Norsk helsenett</translation>
    </message>
    <message>
        <source>Other actor</source>
        <translation>Annan aktør</translation>
    </message>
    <message>
        <source>%1, organisation number %2</source>
        <translation>%1, organisasjonsnummer %2</translation>
    </message>
    <message>
        <source>%1 (org. no. %2)</source>
        <translation>%1 (org.nr. %2)</translation>
    </message>
</context>
<context>
    <name>hn::models::GpListModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>%1 at %2 (inactive)</source>
        <translation>%1 ved %2 (ikkje aktiv)</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>HPR number</source>
        <translation>HPR-nummer</translation>
    </message>
    <message>
        <source>GP office</source>
        <translation>Legekontor</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tenester</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>%1 (org. no. %2)</source>
        <translation>%1 (org.nr. %2)</translation>
    </message>
</context>
<context>
    <name>hn::models::GpServicesModel</name>
    <message>
        <source>Unknown GP</source>
        <translation>Ukjend fastlege</translation>
    </message>
    <message>
        <source>%1 offers %2</source>
        <translation>%1 tilbyr %2</translation>
    </message>
    <message>
        <source>%1 does not offer %2</source>
        <translation>%1 tilbyr ikkje %2</translation>
    </message>
    <message>
        <source>%1 · away %2 (+%3)</source>
        <translation>%1 · borte %2 (+%3)</translation>
    </message>
    <message>
        <source>%1 · away %2</source>
        <translation>%1 · borte %2</translation>
    </message>
    <message>
        <source>%1 (not yet saved on Helsenorge: citizens see it once it is)</source>
        <translation>%1 (ikkje lagra på Helsenorge enno: innbyggjarane ser det når det er lagra)</translation>
    </message>
    <message>
        <source>Away %1 to %2</source>
        <translation>Borte %1 til %2</translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation>ikkje lagra enno</translation>
    </message>
</context>
<context>
    <name>hn::models::InfoMessageListModel</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Blir vist frå</translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation>Blir vist til</translation>
    </message>
    <message>
        <source>Shown at the same time as &quot;%1&quot; (%2 to %3).</source>
        <translation>Blir vist samtidig som «%1» (%2 til %3).</translation>
    </message>
    <message>
        <source>%1 (overlaps)</source>
        <translation>%1 (overlappar)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Blir vist no</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgått</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hn::models::ServiceType</name>
    <message>
        <source>E-consultation</source>
        <translation>E-konsultasjon</translation>
    </message>
    <message>
        <source>E-contact</source>
        <translation>E-kontakt</translation>
    </message>
    <message>
        <source>Appointment booking</source>
        <translation>Timebestilling</translation>
    </message>
    <message>
        <source>Prescription renewal</source>
        <translation>Reseptfornying</translation>
    </message>
    <message>
        <source>Video consultation</source>
        <translation>Videokonsultasjon</translation>
    </message>
    <message>
        <source>Copy of medical record</source>
        <translation>Journalkopi</translation>
    </message>
    <message>
        <source>Health station and youth health station</source>
        <translation>Helsestasjon og helsestasjon for ungdom</translation>
    </message>
    <message>
        <source>Home health services</source>
        <translation>Helsetenester i heimen</translation>
    </message>
    <message>
        <source>School health service</source>
        <translation>Skulehelsetenesta</translation>
    </message>
    <message>
        <source>Midwife service</source>
        <translation>Jordmortenesta</translation>
    </message>
    <message>
        <source>Practical assistance</source>
        <translation>Praktisk bistand</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <source>Infection control</source>
        <translation>Smittevern</translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation>Vaksinasjon</translation>
    </message>
    <message>
        <source>Respite care and rehabilitation</source>
        <translation>Avlasting og rehabilitering</translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation>Ergoterapi</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Fysioterapi</translation>
    </message>
    <message>
        <source>Activities and day centre</source>
        <translation>Aktivitet og dagtilbod</translation>
    </message>
    <message>
        <source>Safety alarm</source>
        <translation>Tryggleiksalarm</translation>
    </message>
    <message>
        <source>Individual plan and coordinator</source>
        <translation>Individuell plan og koordinator</translation>
    </message>
    <message>
        <source>Cancer coordinator</source>
        <translation>Kreftkoordinator</translation>
    </message>
    <message>
        <source>Dementia and memory</source>
        <translation>Demens og hukommelse</translation>
    </message>
    <message>
        <source>Dental health</source>
        <translation>Tannhelse</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Støttekontakt</translation>
    </message>
    <message>
        <source>Assistive devices</source>
        <translation>Hjelpemiddel</translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation>Omsorgsbustad</translation>
    </message>
    <message>
        <source>Healthy life centre</source>
        <translation>Frisklivstilbod</translation>
    </message>
    <message>
        <source>Transport service card and parking</source>
        <translation>TT-kort og parkering</translation>
    </message>
    <message>
        <source>User-controlled personal assistance</source>
        <translation>Brukarstyrt personleg assistent</translation>
    </message>
    <message>
        <source>Emergency primary care</source>
        <translation>Legevakt</translation>
    </message>
    <message>
        <source>Substance abuse</source>
        <translation>Rus</translation>
    </message>
    <message>
        <source>Welfare technology</source>
        <translation>Velferdsteknologi</translation>
    </message>
    <message>
        <source>Service allocation office</source>
        <translation>Bestillarkontor</translation>
    </message>
</context>
<context>
    <name>hn::models::Validation</name>
    <message>
        <source>Enter the organisation number.</source>
        <translation>Skriv inn organisasjonsnummeret.</translation>
    </message>
    <message>
        <source>An organisation number has 9 digits.</source>
        <translation>Eit organisasjonsnummer har 9 siffer.</translation>
    </message>
    <message>
        <source>This is not a valid organisation number (the check digit does not match).</source>
        <translation>Dette er ikkje eit gyldig organisasjonsnummer (kontrollsifferet stemmer ikkje).</translation>
    </message>
    <message>
        <source>Enter the HPR number.</source>
        <translation>Skriv inn HPR-nummeret.</translation>
    </message>
    <message>
        <source>An HPR number has up to 9 digits and nothing else.</source>
        <translation>Eit HPR-nummer har opptil 9 siffer og ingenting anna.</translation>
    </message>
    <message>
        <source>Enter the HER-id.</source>
        <translation>Skriv inn HER-id.</translation>
    </message>
    <message>
        <source>A HER-id has up to 9 digits and nothing else.</source>
        <translation>Ein HER-id har opptil 9 siffer og ingenting anna.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Skriv inn eit telefonnummer.</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces and +47.</source>
        <translation>Eit telefonnummer kan berre innehalde siffer, mellomrom og +47.</translation>
    </message>
    <message>
        <source>A Norwegian phone number has 8 digits.</source>
        <translation>Eit norsk telefonnummer har 8 siffer.</translation>
    </message>
    <message>
        <source>A Norwegian phone number starts with a digit from 2 to 9.</source>
        <translation>Eit norsk telefonnummer byrjar med eit siffer frå 2 til 9.</translation>
    </message>
    <message>
        <source>Choose the first day of the absence.</source>
        <translation>Vel første dag av fråværet.</translation>
    </message>
    <message>
        <source>Choose the last day of the absence.</source>
        <translation>Vel siste dag av fråværet.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Siste dag kan ikkje vere før første dag.</translation>
    </message>
    <message>
        <source>The absence has already ended. Choose a last day from today on.</source>
        <translation>Fråværet er allereie over. Vel ein siste dag frå og med i dag.</translation>
    </message>
    <message>
        <source>Choose at least one service that the absence affects.</source>
        <translation>Vel minst éi teneste som fråværet gjeld.</translation>
    </message>
    <message>
        <source>Write the text citizens see while %1 is closed.</source>
        <translation>Skriv teksten innbyggjarane ser medan %1 er stengd.</translation>
    </message>
    <message>
        <source>The text for citizens can be at most %1 characters (now %2).</source>
        <translation>Teksten til innbyggjarane kan vere høgst %1 teikn (no %2).</translation>
    </message>
    <message>
        <source>%1 is already covered by another absence from %2 to %3.</source>
        <translation>%1 er allereie dekt av eit anna fråvær frå %2 til %3.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Skriv meldinga.</translation>
    </message>
    <message>
        <source>The message can be at most %1 characters (now %2).</source>
        <translation>Meldinga kan vere høgst %1 teikn (no %2).</translation>
    </message>
    <message>
        <source>Choose the first day the message is shown.</source>
        <translation>Vel første dag meldinga skal visast.</translation>
    </message>
    <message>
        <source>Choose the last day the message is shown.</source>
        <translation>Vel siste dag meldinga skal visast.</translation>
    </message>
    <message>
        <source>The message would never be shown: the last day has passed.</source>
        <translation>Meldinga ville aldri blitt vist: siste dag er passert.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Skriv inn namnet.</translation>
    </message>
    <message>
        <source>Enter the GP&apos;s family name.</source>
        <translation>Skriv inn etternamnet til fastlegen.</translation>
    </message>
    <message>
        <source>%1 is not a GP service and cannot be part of an absence.</source>
        <translation>%1 er ikkje ei fastlegeteneste og kan ikkje vere del av eit fråvær.</translation>
    </message>
    <message>
        <source>%1 is chosen more than once.</source>
        <translation>%1 er vald meir enn éin gong.</translation>
    </message>
    <message>
        <source>Choose the language of the message: Norwegian Bokmål, Norwegian Nynorsk or English.</source>
        <translation>Vel språket meldinga er skriven på: bokmål, nynorsk eller engelsk.</translation>
    </message>
    <message>
        <source>nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <source>The %1 text for citizens can be at most %2 characters (now %3).</source>
        <translation>Teksten på %1 til innbyggjarane kan vere høgst %2 teikn (no %3).</translation>
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
    <message>
        <source>The item&apos;s id on the server (%1) cannot be used in a web address, so it cannot be sent</source>
        <translation>Id-en til elementet på tenaren (%1) kan ikkje brukast i ei nettadresse, så det kan ikkje sendast</translation>
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
    <message>
        <source>The built-in test backend&apos;s data (%1) is in use by another copy of the test backend, perhaps started by another hnadmin that is still running. Close that program first.</source>
        <translation>Dataa til den innebygde testløysinga (%1) vert brukte av ein annan kopi av testløysinga, kanskje starta av eit anna hnadmin som framleis køyrer. Lukk det programmet først.</translation>
    </message>
</context>
<context>
    <name>hn::repo::EditCommand</name>
    <message>
        <source>It has been deleted since.</source>
        <translation>Han er sletta sidan.</translation>
    </message>
    <message>
        <source>It cannot be made again here: it is not in the local data.</source>
        <translation>Han kan ikkje lagast på nytt her: han finst ikkje i dei lokale dataa.</translation>
    </message>
</context>
<context>
    <name>hn::store::Store</name>
    <message>
        <source>The local database cannot be read: %1</source>
        <translation>Den lokale databasen kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of this program (schema %1).</source>
        <translation>Den lokale databasen er skriven av ein nyare versjon av programmet (skjema %1).</translation>
    </message>
    <message>
        <source>The local database is busy.</source>
        <translation>Den lokale databasen er oppteken.</translation>
    </message>
    <message>
        <source>The local database cannot be opened: %1</source>
        <translation>Den lokale databasen kan ikkje opnast: %1</translation>
    </message>
    <message>
        <source>The local database is damaged. Move %1 away and start again; unsent changes in it may be lost.</source>
        <translation>Den lokale databasen er skadd. Flytt %1 ein annan stad og start på nytt; endringar som ikkje er sende, kan gå tapt.</translation>
    </message>
    <message>
        <source>The change is incomplete and was not saved.</source>
        <translation>Endringa er ufullstendig og vart ikkje lagra.</translation>
    </message>
    <message>
        <source>The local database is busy; the change was not saved.</source>
        <translation>Den lokale databasen er oppteken; endringa vart ikkje lagra.</translation>
    </message>
    <message>
        <source>The item to change is not in the local data.</source>
        <translation>Det du vil endre, finst ikkje i dei lokale dataa.</translation>
    </message>
    <message>
        <source>The item to delete is not in the local data.</source>
        <translation>Det du vil slette, finst ikkje i dei lokale dataa.</translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation>Fila %1 finst allereie.</translation>
    </message>
    <message>
        <source>The file %1 is in use.</source>
        <translation>Fila %1 er i bruk.</translation>
    </message>
    <message>
        <source>The file %1 could not be copied.</source>
        <translation>Fila %1 kunne ikkje kopierast.</translation>
    </message>
    <message>
        <source>The file %1 could not be split.</source>
        <translation>Fila %1 kunne ikkje delast opp.</translation>
    </message>
</context>
<context>
    <name>hn::sync::ChangeText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>a GP</source>
        <translation>ein fastlege</translation>
    </message>
    <message>
        <source>an office</source>
        <translation>eit legekontor</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>ei teneste</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengd</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>vikar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>fråvær</translation>
    </message>
    <message>
        <source>absence of %1</source>
        <translation>fråvær for %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>services %1 → %2</source>
        <translation>tenester %1 → %2</translation>
    </message>
    <message>
        <source>text for citizens changed</source>
        <translation>teksten til innbyggjarane endra</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>info message</source>
        <translation>infomelding</translation>
    </message>
    <message>
        <source>info message %1</source>
        <translation>infomelding %1</translation>
    </message>
    <message>
        <source>%1, shown %2</source>
        <translation>%1, blir vist %2</translation>
    </message>
    <message>
        <source>text was %1</source>
        <translation>teksten var %1</translation>
    </message>
    <message>
        <source>shown %1 → %2</source>
        <translation>blir vist %1 → %2</translation>
    </message>
    <message>
        <source>shown %1</source>
        <translation>blir vist %1</translation>
    </message>
    <message>
        <source>services of a GP</source>
        <translation>tenestene til ein fastlege</translation>
    </message>
    <message>
        <source>services of %1</source>
        <translation>tenestene til %1</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 på</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 av</translation>
    </message>
    <message>
        <source>service</source>
        <translation>teneste</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>text for citizens %1 → %2</source>
        <translation>tekst til innbyggjarane %1 → %2</translation>
    </message>
    <message>
        <source>turned on</source>
        <translation>slått på</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>slått av</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktør</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>namn %1 → %2</translation>
    </message>
    <message>
        <source>phone %1 → %2</source>
        <translation>telefon %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>hn::sync::SyncEngine</name>
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
    <message>
        <source>Changed on the server by someone else</source>
        <translation>Endra på serveren av nokon andre</translation>
    </message>
    <message>
        <source>Someone else changed what you deleted (%1). Choose what to do.</source>
        <translation>Nokon andre har endra det du sletta (%1). Vel kva som skal skje.</translation>
    </message>
    <message>
        <source>The answer from the server could not be saved here; trying again.</source>
        <translation>Svaret frå serveren kunne ikkje lagrast her; prøver igjen.</translation>
    </message>
    <message>
        <source>The answer from the server was incomplete</source>
        <translation>Svaret frå serveren var ufullstendig</translation>
    </message>
    <message>
        <source>Set aside %1: the server sent it in a form this program cannot read (%2). The rest is synchronised.</source>
        <translation>Lagt til side %1: tenaren sende det i ei form dette programmet ikkje kan lese (%2). Resten er synkronisert.</translation>
    </message>
    <message>
        <source>Deleted on Helsenorge: %1.</source>
        <translation>Sletta på Helsenorge: %1.</translation>
    </message>
    <message>
        <source>Saved on Helsenorge: %1. Citizens see it from %2.</source>
        <translation>Lagra på Helsenorge: %1. Innbyggjarane ser det frå %2.</translation>
    </message>
    <message>
        <source>Saved on Helsenorge: %1. Citizens see it now.</source>
        <translation>Lagra på Helsenorge: %1. Innbyggjarane ser det no.</translation>
    </message>
</context>
<context>
    <name>hn::ui::AbsenceEditor</name>
    <message>
        <source>Add absence</source>
        <translation>Legg til fråvær</translation>
    </message>
    <message>
        <source>Change absence</source>
        <translation>Endre fråvær</translation>
    </message>
    <message>
        <source>Fill in to inform the patients about the absence. When the first day arrives, the chosen services are replaced for citizens by the absence message.</source>
        <translation>Fyll ut for å informere pasientane om fråværet. Når første dag kjem, blir dei valde tenestene bytte ut med fråværsmeldinga for innbyggjarane.</translation>
    </message>
    <message>
        <source>&amp;GP:</source>
        <translation>&amp;Fastlege:</translation>
    </message>
    <message>
        <source>All GPs (vacation for the whole office)</source>
        <translation>Alle fastlegar (ferie for heile legekontoret)</translation>
    </message>
    <message>
        <source>&amp;From (inclusive):</source>
        <translation>&amp;Frå og med:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;Til og med:</translation>
    </message>
    <message>
        <source>Which services does the absence affect?</source>
        <translation>Kva tenester blir råka av fråværet?</translation>
    </message>
    <message>
        <source>For each service, choose whether a substitute serves it or it is closed for the period. Citizens see the text below a closed service instead of the service.</source>
        <translation>Vel for kvar teneste om ho blir betent av vikar eller er stengd i perioden. Innbyggjarane ser teksten under ei stengd teneste i staden for tenesta.</translation>
    </message>
    <message>
        <source>Served by a substitute</source>
        <translation>Blir betent av vikar</translation>
    </message>
    <message>
        <source>Closed for the period</source>
        <translation>Stengd i perioden</translation>
    </message>
    <message>
        <source>Text for citizens about %1</source>
        <translation>Tekst til innbyggjarane om %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A GP no longer at this office</source>
        <translation>Ein fastlege som ikkje lenger er ved kontoret</translation>
    </message>
    <message>
        <source>This office has no GPs to register the absence for.</source>
        <translation>Dette kontoret har ingen fastlegar å registrere fråværet for.</translation>
    </message>
    <message>
        <source>This is not a date. Type it as 14.12.2026.</source>
        <translation>Dette er ikkje ein dato. Skriv han som 14.12.2026.</translation>
    </message>
    <message>
        <source>1 &amp;week</source>
        <translation>1 &amp;veke</translation>
    </message>
    <message>
        <source>&amp;2 weeks</source>
        <translation>&amp;2 veker</translation>
    </message>
    <message>
        <source>Rest of the &amp;month</source>
        <translation>Resten av &amp;månaden</translation>
    </message>
    <message>
        <source>Sets the last day from the first</source>
        <translation>Set siste dag ut frå første</translation>
    </message>
    <message>
        <source>No %1 text: citizens who read %1 see the bokmål text.</source>
        <translation>Ingen tekst på %1: innbyggjarar som les %1, ser bokmålsteksten.</translation>
    </message>
    <message>
        <source>Text for citizens &amp;in:</source>
        <translation>Tekst til innbyggjarane &amp;på:</translation>
    </message>
    <message>
        <source>Each language has its own text. Citizens see the text in the language they read Helsenorge in; where it is empty, the bokmål text.</source>
        <translation>Kvart språk har sin eigen tekst. Innbyggjarane ser teksten på språket dei les Helsenorge på; der han er tom, bokmålsteksten.</translation>
    </message>
</context>
<context>
    <name>hn::ui::ActorPage</name>
    <message>
        <source>Organisation number: %1</source>
        <translation>Organisasjonsnummer: %1</translation>
    </message>
    <message>
        <source>HER-id: %1</source>
        <translation>HER-id: %1</translation>
    </message>
    <message>
        <source>Municipality number: %1</source>
        <translation>Kommunenummer: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Service or health contact</source>
        <translation>Teneste eller helsekontakt</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Shown to citizens</source>
        <translation>Blir vist for innbyggjarane</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>%1 (org. no. %2)</source>
        <translation>%1 (org.nr. %2)</translation>
    </message>
    <message numerus="yes">
        <source>GP &amp;offices in the municipality (%n):</source>
        <translation>
            <numerusform>&amp;Legekontor i kommunen (%n):</numerusform>
            <numerusform>&amp;Legekontor i kommunen (%n):</numerusform>
        </translation>
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
    <message>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>Innlogginga har gått ut. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>Sign out anyway and lose it?</source>
        <translation>Vil du logge ut likevel og miste det?</translation>
    </message>
    <message>
        <source>Sign out without saving</source>
        <translation>Logg ut utan å lagre</translation>
    </message>
    <message>
        <source>Sign in as %1 anyway and lose it?</source>
        <translation>Vil du logge inn som %1 likevel og miste det?</translation>
    </message>
    <message>
        <source>Sign in without saving</source>
        <translation>Logg inn utan å lagre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Signing in is not possible: %1</source>
        <translation>Innlogging er ikkje mogleg: %1</translation>
    </message>
    <message>
        <source>The connection to the server is still being set up. Try again in a moment.</source>
        <translation>Sambandet til serveren blir framleis sett opp. Prøv igjen om litt.</translation>
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
    <message>
        <source>Someone else deleted this on the server while your change was waiting to be sent. Keep your version to create it again, or take theirs to let it go.</source>
        <translation>Nokon andre sletta dette på serveren medan endringa di venta på å bli send. Behald din versjon for å opprette det på nytt, eller ta deira for å la det vere sletta.</translation>
    </message>
    <message>
        <source>Someone else changed what you deleted while your deletion was waiting to be sent. Keep yours to delete their version too, or take theirs to keep it.</source>
        <translation>Nokon andre endra det du sletta medan slettinga di venta på å bli send. Behald di for å slette også deira versjon, eller ta deira for å behalde den.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Your choice could not be saved in the local database (it may be busy with a synchronisation). Nothing was changed; try again.</source>
        <translation>Valet ditt kunne ikkje lagrast i den lokale databasen (han kan vere oppteken med ei synkronisering). Ingenting vart endra; prøv igjen.</translation>
    </message>
</context>
<context>
    <name>hn::ui::DateField</name>
    <message>
        <source>Choose in a calendar</source>
        <translation>Vel i ein kalender</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Vel i ein kalender (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Type a date such as 14.12.2026, 14.12 or 14/12; Up and Down move a day, Page Up and Page Down a month.</source>
        <translation>Skriv ein dato som 14.12.2026, 14.12 eller 14/12; Pil opp og Pil ned flyttar ein dag, Page Up og Page Down ein månad.</translation>
    </message>
    <message>
        <source>Not a date. %1</source>
        <translation>Ikkje ein dato. %1</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>hn::ui::GpRegisterPage</name>
    <message numerus="yes">
        <source>%n GP(s)</source>
        <translation>
            <numerusform>%n fastlege</numerusform>
            <numerusform>%n fastlegar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n GP(s)</source>
        <translation>
            <numerusform>%1 av %n fastlege</numerusform>
            <numerusform>%1 av %n fastlegar</numerusform>
        </translation>
    </message>
    <message>
        <source>All GPs</source>
        <translation>Alle fastlegar</translation>
    </message>
    <message>
        <source>Filter by name, HPR number or office</source>
        <translation>Filtrer på namn, HPR-nummer eller legekontor</translation>
    </message>
    <message>
        <source>Filter the GPs</source>
        <translation>Filtrer fastlegane</translation>
    </message>
    <message>
        <source>GPs</source>
        <translation>Fastlegar</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommunar</translation>
    </message>
    <message>
        <source>Only the GPs of this municipality</source>
        <translation>Berre fastlegane i denne kommunen</translation>
    </message>
    <message>
        <source>Any services</source>
        <translation>Alle tenester</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Utan %1</translation>
    </message>
    <message>
        <source>Only the GPs who do not offer this service</source>
        <translation>Berre fastlegane som ikkje tilbyr denne tenesta</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjer om %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>All &amp;GPs</source>
        <translation>Alle &amp;fastlegar</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Ulagra innhald</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Lukk utan å lagre</translation>
    </message>
    <message>
        <source>Close anyway and lose it?</source>
        <translation>Vil du lukke likevel og miste det?</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet:
%1</source>
        <translation>Dette har du skrive, men ikkje lagra enno:
%1</translation>
    </message>
    <message>
        <source>Sign in to see the actors you administer.</source>
        <translation>Logg inn for å sjå aktørane du administrerer.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Logg &amp;inn …</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Logg inn …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar inn …</translation>
    </message>
    <message>
        <source>Undone: the change had been sent already, so a change that sets it back is sent to Helsenorge.</source>
        <translation>Angra: endringa var alt send, så ei endring som set ho tilbake, vert send til Helsenorge.</translation>
    </message>
    <message>
        <source>Undone before it was sent.</source>
        <translation>Angra før ho vart send.</translation>
    </message>
    <message>
        <source>Redone: the change is sent to Helsenorge again.</source>
        <translation>Gjort om: endringa vert send til Helsenorge igjen.</translation>
    </message>
    <message>
        <source>Redone: the change waits to be sent.</source>
        <translation>Gjort om: endringa ventar på å bli send.</translation>
    </message>
    <message>
        <source>Nothing to undo. A change made before the program was started (or before you signed in) is changed back by changing the item again.</source>
        <translation>Ingenting å angre. Ei endring gjord før programmet vart starta (eller før du logga inn), endrar du tilbake ved å endre ho på nytt.</translation>
    </message>
</context>
<context>
    <name>hn::ui::OfficePage</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 teikn</translation>
    </message>
    <message>
        <source>Unknown GP</source>
        <translation>Ukjend fastlege</translation>
    </message>
    <message>
        <source>turn on %1 for %2</source>
        <translation>slå på %1 for %2</translation>
    </message>
    <message>
        <source>turn off %1 for %2</source>
        <translation>slå av %1 for %2</translation>
    </message>
    <message numerus="yes">
        <source>turn on services for %n GP(s)</source>
        <translation>
            <numerusform>slå på tenester for %n fastlege</numerusform>
            <numerusform>slå på tenester for %n fastlegar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>turn off services for %n GP(s)</source>
        <translation>
            <numerusform>slå av tenester for %n fastlege</numerusform>
            <numerusform>slå av tenester for %n fastlegar</numerusform>
        </translation>
    </message>
    <message>
        <source>change the services of %1</source>
        <translation>endre tenestene til %1</translation>
    </message>
    <message>
        <source>change the office phone</source>
        <translation>endre telefonnummeret til legekontoret</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>For lang tekst</translation>
    </message>
    <message>
        <source>The text can be at most %1 characters (now %2).</source>
        <translation>Teksten kan vere høgst %1 teikn (no %2).</translation>
    </message>
    <message>
        <source>change the office&apos;s text about %1</source>
        <translation>endre legekontoret sin tekst om %1</translation>
    </message>
    <message>
        <source>register a vacation for the whole office</source>
        <translation>registrere ferie for heile legekontoret</translation>
    </message>
    <message>
        <source>add an absence for %1</source>
        <translation>leggje til fråvær for %1</translation>
    </message>
    <message>
        <source>change an absence of %1</source>
        <translation>endre eit fråvær for %1</translation>
    </message>
    <message>
        <source>delete an absence of %1</source>
        <translation>slette eit fråvær for %1</translation>
    </message>
    <message>
        <source>add an info message</source>
        <translation>leggje til ei infomelding</translation>
    </message>
    <message>
        <source>change an info message</source>
        <translation>endre ei infomelding</translation>
    </message>
    <message>
        <source>delete an info message</source>
        <translation>slette ei infomelding</translation>
    </message>
    <message>
        <source>All GPs</source>
        <translation>Alle fastlegar</translation>
    </message>
    <message>
        <source>GP office</source>
        <translation>Legekontor</translation>
    </message>
    <message>
        <source>GP office · organisation number %1</source>
        <translation>Legekontor · organisasjonsnummer %1</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Tenester</translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation>F&amp;råvær</translation>
    </message>
    <message>
        <source>&amp;Info messages</source>
        <translation>&amp;Infomeldingar</translation>
    </message>
    <message>
        <source>Citizen &amp;preview</source>
        <translation>&amp;Førehandsvising for innbyggjarar</translation>
    </message>
    <message>
        <source>Tick the services each GP offers. Space toggles the selected cell; select several cells (or a whole column by its heading) to turn them on or off at once.</source>
        <translation>Kryss av for tenestene kvar fastlege tilbyr. Mellomrom slår vald celle av eller på; merk fleire celler (eller ein heil kolonne via overskrifta) for å slå dei på eller av samstundes.</translation>
    </message>
    <message>
        <source>Services per GP</source>
        <translation>Tenester per fastlege</translation>
    </message>
    <message>
        <source>Turn o&amp;n selected</source>
        <translation>Slå &amp;på valde</translation>
    </message>
    <message>
        <source>Turn o&amp;ff selected</source>
        <translation>Slå &amp;av valde</translation>
    </message>
    <message>
        <source>Office p&amp;hone shown to citizens:</source>
        <translation>Legekontoret sin &amp;telefon som blir vist for innbyggjarane:</translation>
    </message>
    <message>
        <source>Save phone</source>
        <translation>Lagre telefon</translation>
    </message>
    <message>
        <source>The office&apos;s own te&amp;xt about:</source>
        <translation>Legekontoret sin eigen te&amp;kst om:</translation>
    </message>
    <message>
        <source>For example: Sick notes require a physical appointment.</source>
        <translation>Til dømes: Sjukmeldingar krev fysisk legetime.</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Lagre tekst</translation>
    </message>
    <message>
        <source>&amp;GP:</source>
        <translation>&amp;Fastlege:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komande</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Pågår no</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidlegare</translation>
    </message>
    <message>
        <source>&amp;Add absence…</source>
        <translation>&amp;Legg til fråvær …</translation>
    </message>
    <message>
        <source>&amp;Vacation for the whole office…</source>
        <translation>&amp;Ferie for heile legekontoret …</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Text under &quot;Informasjon fra legekontoret&quot;:</source>
        <translation>&amp;Tekst under «Informasjon frå legekontoret»:</translation>
    </message>
    <message>
        <source>Shown &amp;from:</source>
        <translation>Blir vist &amp;frå:</translation>
    </message>
    <message>
        <source>Shown &amp;to:</source>
        <translation>Blir vist &amp;til:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the text lands:&lt;/b&gt; on each GP&apos;s page on Helsenorge, under the heading &lt;i&gt;Informasjon fra legekontoret&lt;/i&gt;, above &lt;i&gt;Hva trenger du?&lt;/i&gt; and the services. See it in the citizen preview.</source>
        <translation>&lt;b&gt;Her hamnar teksten:&lt;/b&gt; på sida til kvar fastlege på Helsenorge, under overskrifta &lt;i&gt;Informasjon frå legekontoret&lt;/i&gt;, over &lt;i&gt;Kva treng du?&lt;/i&gt; og tenestene. Sjå han i førehandsvisinga for innbyggjarar.</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Ny melding</translation>
    </message>
    <message>
        <source>Save &amp;message</source>
        <translation>Lagre &amp;melding</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Slett melding</translation>
    </message>
    <message>
        <source>G&amp;P:</source>
        <translation>Fast&amp;lege:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>The change was not saved:
%1</source>
        <translation>Endringa vart ikkje lagra:
%1</translation>
    </message>
    <message>
        <source>the office phone</source>
        <translation>telefonnummeret til legekontoret</translation>
    </message>
    <message>
        <source>the office&apos;s text about %1</source>
        <translation>teksten til legekontoret om %1</translation>
    </message>
    <message>
        <source>an info message</source>
        <translation>ei infomelding</translation>
    </message>
    <message>
        <source>This is not a date. Type it as 14.12.2026.</source>
        <translation>Dette er ikkje ein dato. Skriv han som 14.12.2026.</translation>
    </message>
    <message>
        <source>Delete absence</source>
        <translation>Slette fråværet?</translation>
    </message>
    <message>
        <source>The absence of %1 from %2 to %3 is shown to citizens now. Delete it?</source>
        <translation>Fråværet til %1 frå %2 til %3 blir vist for innbyggjarane no. Vil du slette det?</translation>
    </message>
    <message>
        <source>Citizens will see the absence of %1 from %2 to %3. Delete it?</source>
        <translation>Innbyggjarane vil sjå fråværet til %1 frå %2 til %3. Vil du slette det?</translation>
    </message>
    <message>
        <source>Absence of %1 from %2 to %3 deleted</source>
        <translation>Fråværet til %1 frå %2 til %3 er sletta</translation>
    </message>
    <message>
        <source>Delete info message</source>
        <translation>Slette infomeldinga?</translation>
    </message>
    <message>
        <source>This message is shown to citizens now (until %1). Delete it?</source>
        <translation>Denne meldinga blir vist for innbyggjarane no (til %1). Vil du slette henne?</translation>
    </message>
    <message>
        <source>Citizens will see this message from %1 to %2. Delete it?</source>
        <translation>Innbyggjarane vil sjå denne meldinga frå %1 til %2. Vil du slette henne?</translation>
    </message>
    <message>
        <source>Info message (%1 to %2) deleted</source>
        <translation>Infomeldinga (%1 til %2) er sletta</translation>
    </message>
    <message>
        <source>Shown at the same time as &quot;%1&quot; (%2 to %3): citizens see both.</source>
        <translation>Blir vist samtidig som «%1» (%2 til %3): innbyggjarane ser begge.</translation>
    </message>
    <message>
        <source>You are acting as NHN for %1: what you change here changes the office&apos;s offer to citizens, and is recorded in your name.</source>
        <translation>Du opptrer som NHN for %1: det du endrar her, endrar tilbodet kontoret har til innbyggjarane, og blir registrert i namnet ditt.</translation>
    </message>
    <message>
        <source>Cells marked &quot;not yet saved&quot; (yellow) are on their way to Helsenorge; they are sent within seconds.</source>
        <translation>Ruter merkte «ikkje lagra enno» (gule) er på veg til Helsenorge; dei blir sende i løpet av sekund.</translation>
    </message>
</context>
<context>
    <name>hn::ui::PreviewPane</name>
    <message>
        <source>Save the preview as PDF</source>
        <translation>Lagre førehandsvisinga som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Show the page as a citizen sees it &amp;on:</source>
        <translation>Vis sida slik innbyggjaren ser ho på &amp;dato:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Next absence</source>
        <translation>Neste fråvær</translation>
    </message>
    <message>
        <source>Citizen&apos;s lang&amp;uage:</source>
        <translation>Innbyggjaren sitt &amp;språk:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>The preview cannot be shown: %1</source>
        <translation>Førehandsvisinga kan ikkje visast: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>The preview could not be saved as a PDF in %1.</source>
        <translation>Førehandsvisinga kunne ikkje lagrast som PDF i %1.</translation>
    </message>
    <message>
        <source>No %1 text for %2: citizens who read %1 see the bokmål text. Write it in the absence.</source>
        <translation>Ingen tekst på %1 for %2: innbyggjarar som les %1, ser bokmålsteksten. Skriv han i fråværet.</translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncLogDialog</name>
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
    <message>
        <source>Saved</source>
        <translation>Lagra</translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncStatusBar</name>
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
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the first synchronisation; it continues next time</source>
        <translation>Stopp den første synkroniseringa; ho held fram neste gong</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt å løyse</numerusform>
            <numerusform>%n konfliktar å løyse</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logga inn som %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar inn …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikkje logga inn</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Ikkje logga inn: %1</translation>
    </message>
</context>
<context>
    <name>hn::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>Take it back (Ctrl+Z)</source>
        <translation>Ta det tilbake (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
</TS>
