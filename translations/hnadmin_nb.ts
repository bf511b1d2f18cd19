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
    <message>
        <source>The server cannot sign you in right now (HTTP %1). Try again in a moment.</source>
        <translation>Serveren kan ikke logge deg inn akkurat nå (HTTP %1). Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1).</source>
        <translation>Serveren avviste innloggingen (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>hn::models::AbsenceListModel</name>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Pågår nå</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (stengt)</translation>
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
        <translation>Fra og med</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjenester</translation>
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
        <translation>Kommunal enhet</translation>
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
        <translation>Annen aktør</translation>
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
        <translation>%1 ved %2 (ikke aktiv)</translation>
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
        <translation>Tjenester</translation>
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
        <translation>Ukjent fastlege</translation>
    </message>
    <message>
        <source>%1 offers %2</source>
        <translation>%1 tilbyr %2</translation>
    </message>
    <message>
        <source>%1 does not offer %2</source>
        <translation>%1 tilbyr ikke %2</translation>
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
        <translation>%1 (ikke lagret på Helsenorge ennå: innbyggerne ser det når det er lagret)</translation>
    </message>
    <message>
        <source>Away %1 to %2</source>
        <translation>Borte %1 til %2</translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation>ikke lagret ennå</translation>
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
        <translation>Vises fra</translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation>Vises til</translation>
    </message>
    <message>
        <source>Shown at the same time as &quot;%1&quot; (%2 to %3).</source>
        <translation>Vises samtidig som «%1» (%2 til %3).</translation>
    </message>
    <message>
        <source>%1 (overlaps)</source>
        <translation>%1 (overlapper)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Vises nå</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
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
        <translation>Reseptfornyelse</translation>
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
        <translation>Helsetjenester i hjemmet</translation>
    </message>
    <message>
        <source>School health service</source>
        <translation>Skolehelsetjenesten</translation>
    </message>
    <message>
        <source>Midwife service</source>
        <translation>Jordmortjeneste</translation>
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
        <translation>Avlastning og rehabilitering</translation>
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
        <translation>Aktivitet og dagtilbud</translation>
    </message>
    <message>
        <source>Safety alarm</source>
        <translation>Trygghetsalarm</translation>
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
        <translation>Hjelpemidler</translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation>Omsorgsbolig</translation>
    </message>
    <message>
        <source>Healthy life centre</source>
        <translation>Frisklivstilbud</translation>
    </message>
    <message>
        <source>Transport service card and parking</source>
        <translation>TT-kort og parkering</translation>
    </message>
    <message>
        <source>User-controlled personal assistance</source>
        <translation>Brukerstyrt personlig assistent</translation>
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
        <translation>Bestillerkontor</translation>
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
        <translation>Et organisasjonsnummer har 9 sifre.</translation>
    </message>
    <message>
        <source>This is not a valid organisation number (the check digit does not match).</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke).</translation>
    </message>
    <message>
        <source>Enter the HPR number.</source>
        <translation>Skriv inn HPR-nummeret.</translation>
    </message>
    <message>
        <source>An HPR number has up to 9 digits and nothing else.</source>
        <translation>Et HPR-nummer har opptil 9 sifre og ingenting annet.</translation>
    </message>
    <message>
        <source>Enter the HER-id.</source>
        <translation>Skriv inn HER-id.</translation>
    </message>
    <message>
        <source>A HER-id has up to 9 digits and nothing else.</source>
        <translation>En HER-id har opptil 9 sifre og ingenting annet.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Skriv inn et telefonnummer.</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces and +47.</source>
        <translation>Et telefonnummer kan bare inneholde sifre, mellomrom og +47.</translation>
    </message>
    <message>
        <source>A Norwegian phone number has 8 digits.</source>
        <translation>Et norsk telefonnummer har 8 sifre.</translation>
    </message>
    <message>
        <source>A Norwegian phone number starts with a digit from 2 to 9.</source>
        <translation>Et norsk telefonnummer begynner med et siffer fra 2 til 9.</translation>
    </message>
    <message>
        <source>Choose the first day of the absence.</source>
        <translation>Velg første dag av fraværet.</translation>
    </message>
    <message>
        <source>Choose the last day of the absence.</source>
        <translation>Velg siste dag av fraværet.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Siste dag kan ikke være før første dag.</translation>
    </message>
    <message>
        <source>The absence has already ended. Choose a last day from today on.</source>
        <translation>Fraværet er allerede over. Velg en siste dag fra og med i dag.</translation>
    </message>
    <message>
        <source>Choose at least one service that the absence affects.</source>
        <translation>Velg minst én tjeneste som fraværet gjelder.</translation>
    </message>
    <message>
        <source>Write the text citizens see while %1 is closed.</source>
        <translation>Skriv teksten innbyggerne ser mens %1 er stengt.</translation>
    </message>
    <message>
        <source>The text for citizens can be at most %1 characters (now %2).</source>
        <translation>Teksten til innbyggerne kan være høyst %1 tegn (nå %2).</translation>
    </message>
    <message>
        <source>%1 is already covered by another absence from %2 to %3.</source>
        <translation>%1 er allerede dekket av et annet fravær fra %2 til %3.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Skriv meldingen.</translation>
    </message>
    <message>
        <source>The message can be at most %1 characters (now %2).</source>
        <translation>Meldingen kan være høyst %1 tegn (nå %2).</translation>
    </message>
    <message>
        <source>Choose the first day the message is shown.</source>
        <translation>Velg første dag meldingen skal vises.</translation>
    </message>
    <message>
        <source>Choose the last day the message is shown.</source>
        <translation>Velg siste dag meldingen skal vises.</translation>
    </message>
    <message>
        <source>The message would never be shown: the last day has passed.</source>
        <translation>Meldingen ville aldri blitt vist: siste dag er passert.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Skriv inn navnet.</translation>
    </message>
    <message>
        <source>Enter the GP&apos;s family name.</source>
        <translation>Skriv inn fastlegens etternavn.</translation>
    </message>
    <message>
        <source>%1 is not a GP service and cannot be part of an absence.</source>
        <translation>%1 er ikke en fastlegetjeneste og kan ikke være del av et fravær.</translation>
    </message>
    <message>
        <source>%1 is chosen more than once.</source>
        <translation>%1 er valgt mer enn én gang.</translation>
    </message>
    <message>
        <source>Choose the language of the message: Norwegian Bokmål, Norwegian Nynorsk or English.</source>
        <translation>Velg språket meldingen er skrevet på: bokmål, nynorsk eller engelsk.</translation>
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
        <translation>Teksten på %1 til innbyggerne kan være høyst %2 tegn (nå %3).</translation>
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
    <message>
        <source>The item&apos;s id on the server (%1) cannot be used in a web address, so it cannot be sent</source>
        <translation>Elementets id på serveren (%1) kan ikke brukes i en nettadresse, så det kan ikke sendes</translation>
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
    <message>
        <source>The built-in test backend&apos;s data (%1) is in use by another copy of the test backend, perhaps started by another hnadmin that is still running. Close that program first.</source>
        <translation>Dataene til den innebygde testløsningen (%1) brukes av en annen kopi av testløsningen, kanskje startet av et annet hnadmin som fortsatt kjører. Lukk det programmet først.</translation>
    </message>
</context>
<context>
    <name>hn::repo::EditCommand</name>
    <message>
        <source>It has been deleted since.</source>
        <translation>Den er slettet siden.</translation>
    </message>
    <message>
        <source>It cannot be made again here: it is not in the local data.</source>
        <translation>Den kan ikke lages på nytt her: den finnes ikke i de lokale dataene.</translation>
    </message>
</context>
<context>
    <name>hn::store::Store</name>
    <message>
        <source>The local database cannot be read: %1</source>
        <translation>Den lokale databasen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of this program (schema %1).</source>
        <translation>Den lokale databasen er skrevet av en nyere versjon av programmet (skjema %1).</translation>
    </message>
    <message>
        <source>The local database is busy.</source>
        <translation>Den lokale databasen er opptatt.</translation>
    </message>
    <message>
        <source>The local database cannot be opened: %1</source>
        <translation>Den lokale databasen kan ikke åpnes: %1</translation>
    </message>
    <message>
        <source>The local database is damaged. Move %1 away and start again; unsent changes in it may be lost.</source>
        <translation>Den lokale databasen er skadet. Flytt %1 et annet sted og start på nytt; endringer som ikke er sendt, kan gå tapt.</translation>
    </message>
    <message>
        <source>The change is incomplete and was not saved.</source>
        <translation>Endringen er ufullstendig og ble ikke lagret.</translation>
    </message>
    <message>
        <source>The local database is busy; the change was not saved.</source>
        <translation>Den lokale databasen er opptatt; endringen ble ikke lagret.</translation>
    </message>
    <message>
        <source>The item to change is not in the local data.</source>
        <translation>Det du vil endre, finnes ikke i de lokale dataene.</translation>
    </message>
    <message>
        <source>The item to delete is not in the local data.</source>
        <translation>Det du vil slette, finnes ikke i de lokale dataene.</translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation>Fila %1 finnes allerede.</translation>
    </message>
    <message>
        <source>The file %1 is in use.</source>
        <translation>Fila %1 er i bruk.</translation>
    </message>
    <message>
        <source>The file %1 could not be copied.</source>
        <translation>Fila %1 kunne ikke kopieres.</translation>
    </message>
    <message>
        <source>The file %1 could not be split.</source>
        <translation>Fila %1 kunne ikke deles opp.</translation>
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
        <translation>en fastlege</translation>
    </message>
    <message>
        <source>an office</source>
        <translation>et legekontor</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>en tjeneste</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
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
        <translation>fravær</translation>
    </message>
    <message>
        <source>absence of %1</source>
        <translation>fravær for %1</translation>
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
        <translation>tjenester %1 → %2</translation>
    </message>
    <message>
        <source>text for citizens changed</source>
        <translation>teksten til innbyggerne endret</translation>
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
        <translation>%1, vises %2</translation>
    </message>
    <message>
        <source>text was %1</source>
        <translation>teksten var %1</translation>
    </message>
    <message>
        <source>shown %1 → %2</source>
        <translation>vises %1 → %2</translation>
    </message>
    <message>
        <source>shown %1</source>
        <translation>vises %1</translation>
    </message>
    <message>
        <source>services of a GP</source>
        <translation>tjenestene til en fastlege</translation>
    </message>
    <message>
        <source>services of %1</source>
        <translation>tjenestene til %1</translation>
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
        <translation>tjeneste</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>text for citizens %1 → %2</source>
        <translation>tekst til innbyggerne %1 → %2</translation>
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
        <translation>navn %1 → %2</translation>
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
    <message>
        <source>Changed on the server by someone else</source>
        <translation>Endret på serveren av noen andre</translation>
    </message>
    <message>
        <source>Someone else changed what you deleted (%1). Choose what to do.</source>
        <translation>Noen andre har endret det du slettet (%1). Velg hva som skal skje.</translation>
    </message>
    <message>
        <source>The answer from the server could not be saved here; trying again.</source>
        <translation>Svaret fra serveren kunne ikke lagres her; prøver igjen.</translation>
    </message>
    <message>
        <source>The answer from the server was incomplete</source>
        <translation>Svaret fra serveren var ufullstendig</translation>
    </message>
    <message>
        <source>Set aside %1: the server sent it in a form this program cannot read (%2). The rest is synchronised.</source>
        <translation>Lagt til side %1: serveren sendte det i en form dette programmet ikke kan lese (%2). Resten er synkronisert.</translation>
    </message>
    <message>
        <source>Deleted on Helsenorge: %1.</source>
        <translation>Slettet på Helsenorge: %1.</translation>
    </message>
    <message>
        <source>Saved on Helsenorge: %1. Citizens see it from %2.</source>
        <translation>Lagret på Helsenorge: %1. Innbyggerne ser det fra %2.</translation>
    </message>
    <message>
        <source>Saved on Helsenorge: %1. Citizens see it now.</source>
        <translation>Lagret på Helsenorge: %1. Innbyggerne ser det nå.</translation>
    </message>
</context>
<context>
    <name>hn::ui::AbsenceEditor</name>
    <message>
        <source>Add absence</source>
        <translation>Legg til fravær</translation>
    </message>
    <message>
        <source>Change absence</source>
        <translation>Endre fravær</translation>
    </message>
    <message>
        <source>Fill in to inform the patients about the absence. When the first day arrives, the chosen services are replaced for citizens by the absence message.</source>
        <translation>Fyll ut for å informere pasientene om fraværet. Når første dag kommer, erstattes de valgte tjenestene med fraværsmeldingen for innbyggerne.</translation>
    </message>
    <message>
        <source>&amp;GP:</source>
        <translation>&amp;Fastlege:</translation>
    </message>
    <message>
        <source>All GPs (vacation for the whole office)</source>
        <translation>Alle fastleger (ferie for hele legekontoret)</translation>
    </message>
    <message>
        <source>&amp;From (inclusive):</source>
        <translation>&amp;Fra og med:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;Til og med:</translation>
    </message>
    <message>
        <source>Which services does the absence affect?</source>
        <translation>Hvilke tjenester berøres av fraværet?</translation>
    </message>
    <message>
        <source>For each service, choose whether a substitute serves it or it is closed for the period. Citizens see the text below a closed service instead of the service.</source>
        <translation>Velg for hver tjeneste om den betjenes av vikar eller er stengt i perioden. Innbyggerne ser teksten under en stengt tjeneste i stedet for tjenesten.</translation>
    </message>
    <message>
        <source>Served by a substitute</source>
        <translation>Betjenes av vikar</translation>
    </message>
    <message>
        <source>Closed for the period</source>
        <translation>Stengt i perioden</translation>
    </message>
    <message>
        <source>Text for citizens about %1</source>
        <translation>Tekst til innbyggerne om %1</translation>
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
        <translation>En fastlege som ikke lenger er ved kontoret</translation>
    </message>
    <message>
        <source>This office has no GPs to register the absence for.</source>
        <translation>Dette kontoret har ingen fastleger å registrere fraværet for.</translation>
    </message>
    <message>
        <source>This is not a date. Type it as 14.12.2026.</source>
        <translation>Dette er ikke en dato. Skriv den som 14.12.2026.</translation>
    </message>
    <message>
        <source>1 &amp;week</source>
        <translation>1 &amp;uke</translation>
    </message>
    <message>
        <source>&amp;2 weeks</source>
        <translation>&amp;2 uker</translation>
    </message>
    <message>
        <source>Rest of the &amp;month</source>
        <translation>Resten av &amp;måneden</translation>
    </message>
    <message>
        <source>Sets the last day from the first</source>
        <translation>Setter siste dag ut fra første</translation>
    </message>
    <message>
        <source>No %1 text: citizens who read %1 see the bokmål text.</source>
        <translation>Ingen tekst på %1: innbyggere som leser %1, ser bokmålsteksten.</translation>
    </message>
    <message>
        <source>Text for citizens &amp;in:</source>
        <translation>Tekst til innbyggerne &amp;på:</translation>
    </message>
    <message>
        <source>Each language has its own text. Citizens see the text in the language they read Helsenorge in; where it is empty, the bokmål text.</source>
        <translation>Hvert språk har sin egen tekst. Innbyggerne ser teksten på språket de leser Helsenorge på; der den er tom, bokmålsteksten.</translation>
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
        <translation>Tjeneste eller helsekontakt</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Shown to citizens</source>
        <translation>Vises for innbyggerne</translation>
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
    <message>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>Innloggingen har utløpt. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>Sign out anyway and lose it?</source>
        <translation>Vil du logge ut likevel og miste det?</translation>
    </message>
    <message>
        <source>Sign out without saving</source>
        <translation>Logg ut uten å lagre</translation>
    </message>
    <message>
        <source>Sign in as %1 anyway and lose it?</source>
        <translation>Vil du logge inn som %1 likevel og miste det?</translation>
    </message>
    <message>
        <source>Sign in without saving</source>
        <translation>Logg inn uten å lagre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Signing in is not possible: %1</source>
        <translation>Innlogging er ikke mulig: %1</translation>
    </message>
    <message>
        <source>The connection to the server is still being set up. Try again in a moment.</source>
        <translation>Forbindelsen til serveren settes fortsatt opp. Prøv igjen om litt.</translation>
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
    <message>
        <source>Someone else deleted this on the server while your change was waiting to be sent. Keep your version to create it again, or take theirs to let it go.</source>
        <translation>Noen andre slettet dette på serveren mens endringen din ventet på å bli sendt. Behold din versjon for å opprette det på nytt, eller ta deres for å la det være slettet.</translation>
    </message>
    <message>
        <source>Someone else changed what you deleted while your deletion was waiting to be sent. Keep yours to delete their version too, or take theirs to keep it.</source>
        <translation>Noen andre endret det du slettet mens slettingen din ventet på å bli sendt. Behold din for å slette også deres versjon, eller ta deres for å beholde den.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Your choice could not be saved in the local database (it may be busy with a synchronisation). Nothing was changed; try again.</source>
        <translation>Valget ditt kunne ikke lagres i den lokale databasen (den kan være opptatt med en synkronisering). Ingenting ble endret; prøv igjen.</translation>
    </message>
</context>
<context>
    <name>hn::ui::DateField</name>
    <message>
        <source>Choose in a calendar</source>
        <translation>Velg i en kalender</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Velg i en kalender (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Type a date such as 14.12.2026, 14.12 or 14/12; Up and Down move a day, Page Up and Page Down a month.</source>
        <translation>Skriv en dato som 14.12.2026, 14.12 eller 14/12; Pil opp og Pil ned flytter en dag, Page Up og Page Down en måned.</translation>
    </message>
    <message>
        <source>Not a date. %1</source>
        <translation>Ikke en dato. %1</translation>
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
            <numerusform>%n fastleger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n GP(s)</source>
        <translation>
            <numerusform>%1 av %n fastlege</numerusform>
            <numerusform>%1 av %n fastleger</numerusform>
        </translation>
    </message>
    <message>
        <source>All GPs</source>
        <translation>Alle fastleger</translation>
    </message>
    <message>
        <source>Filter by name, HPR number or office</source>
        <translation>Filtrer på navn, HPR-nummer eller legekontor</translation>
    </message>
    <message>
        <source>Filter the GPs</source>
        <translation>Filtrer fastlegene</translation>
    </message>
    <message>
        <source>GPs</source>
        <translation>Fastleger</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>Only the GPs of this municipality</source>
        <translation>Bare fastlegene i denne kommunen</translation>
    </message>
    <message>
        <source>Any services</source>
        <translation>Alle tjenester</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Uten %1</translation>
    </message>
    <message>
        <source>Only the GPs who do not offer this service</source>
        <translation>Bare fastlegene som ikke tilbyr denne tjenesten</translation>
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
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>All &amp;GPs</source>
        <translation>Alle &amp;fastleger</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Ulagret innhold</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <source>Close anyway and lose it?</source>
        <translation>Vil du lukke likevel og miste det?</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet:
%1</source>
        <translation>Dette har du skrevet, men ikke lagret ennå:
%1</translation>
    </message>
    <message>
        <source>Sign in to see the actors you administer.</source>
        <translation>Logg inn for å se aktørene du administrerer.</translation>
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
        <translation>Logger inn …</translation>
    </message>
    <message>
        <source>Undone: the change had been sent already, so a change that sets it back is sent to Helsenorge.</source>
        <translation>Angret: endringen var allerede sendt, så en endring som setter den tilbake, sendes til Helsenorge.</translation>
    </message>
    <message>
        <source>Undone before it was sent.</source>
        <translation>Angret før den ble sendt.</translation>
    </message>
    <message>
        <source>Redone: the change is sent to Helsenorge again.</source>
        <translation>Gjort om: endringen sendes til Helsenorge igjen.</translation>
    </message>
    <message>
        <source>Redone: the change waits to be sent.</source>
        <translation>Gjort om: endringen venter på å bli sendt.</translation>
    </message>
    <message>
        <source>Nothing to undo. A change made before the program was started (or before you signed in) is changed back by changing the item again.</source>
        <translation>Ingenting å angre. En endring gjort før programmet ble startet (eller før du logget inn), endrer du tilbake ved å endre den på nytt.</translation>
    </message>
</context>
<context>
    <name>hn::ui::OfficePage</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tegn</translation>
    </message>
    <message>
        <source>Unknown GP</source>
        <translation>Ukjent fastlege</translation>
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
            <numerusform>slå på tjenester for %n fastlege</numerusform>
            <numerusform>slå på tjenester for %n fastleger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>turn off services for %n GP(s)</source>
        <translation>
            <numerusform>slå av tjenester for %n fastlege</numerusform>
            <numerusform>slå av tjenester for %n fastleger</numerusform>
        </translation>
    </message>
    <message>
        <source>change the services of %1</source>
        <translation>endre tjenestene til %1</translation>
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
        <translation>Teksten kan være høyst %1 tegn (nå %2).</translation>
    </message>
    <message>
        <source>change the office&apos;s text about %1</source>
        <translation>endre legekontorets tekst om %1</translation>
    </message>
    <message>
        <source>register a vacation for the whole office</source>
        <translation>registrere ferie for hele legekontoret</translation>
    </message>
    <message>
        <source>add an absence for %1</source>
        <translation>legge til fravær for %1</translation>
    </message>
    <message>
        <source>change an absence of %1</source>
        <translation>endre et fravær for %1</translation>
    </message>
    <message>
        <source>delete an absence of %1</source>
        <translation>slette et fravær for %1</translation>
    </message>
    <message>
        <source>add an info message</source>
        <translation>legge til en infomelding</translation>
    </message>
    <message>
        <source>change an info message</source>
        <translation>endre en infomelding</translation>
    </message>
    <message>
        <source>delete an info message</source>
        <translation>slette en infomelding</translation>
    </message>
    <message>
        <source>All GPs</source>
        <translation>Alle fastleger</translation>
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
        <translation>&amp;Tjenester</translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation>F&amp;ravær</translation>
    </message>
    <message>
        <source>&amp;Info messages</source>
        <translation>&amp;Infomeldinger</translation>
    </message>
    <message>
        <source>Citizen &amp;preview</source>
        <translation>&amp;Forhåndsvisning for innbyggere</translation>
    </message>
    <message>
        <source>Tick the services each GP offers. Space toggles the selected cell; select several cells (or a whole column by its heading) to turn them on or off at once.</source>
        <translation>Kryss av for tjenestene hver fastlege tilbyr. Mellomrom slår valgt celle av eller på; merk flere celler (eller en hel kolonne via overskriften) for å slå dem på eller av samtidig.</translation>
    </message>
    <message>
        <source>Services per GP</source>
        <translation>Tjenester per fastlege</translation>
    </message>
    <message>
        <source>Turn o&amp;n selected</source>
        <translation>Slå &amp;på valgte</translation>
    </message>
    <message>
        <source>Turn o&amp;ff selected</source>
        <translation>Slå &amp;av valgte</translation>
    </message>
    <message>
        <source>Office p&amp;hone shown to citizens:</source>
        <translation>Legekontorets &amp;telefon som vises for innbyggerne:</translation>
    </message>
    <message>
        <source>Save phone</source>
        <translation>Lagre telefon</translation>
    </message>
    <message>
        <source>The office&apos;s own te&amp;xt about:</source>
        <translation>Legekontorets egen te&amp;kst om:</translation>
    </message>
    <message>
        <source>For example: Sick notes require a physical appointment.</source>
        <translation>For eksempel: Sykmeldinger krever fysisk legetime.</translation>
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
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Pågår nå</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>&amp;Add absence…</source>
        <translation>&amp;Legg til fravær …</translation>
    </message>
    <message>
        <source>&amp;Vacation for the whole office…</source>
        <translation>&amp;Ferie for hele legekontoret …</translation>
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
        <translation>&amp;Tekst under «Informasjon fra legekontoret»:</translation>
    </message>
    <message>
        <source>Shown &amp;from:</source>
        <translation>Vises &amp;fra:</translation>
    </message>
    <message>
        <source>Shown &amp;to:</source>
        <translation>Vises &amp;til:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the text lands:&lt;/b&gt; on each GP&apos;s page on Helsenorge, under the heading &lt;i&gt;Informasjon fra legekontoret&lt;/i&gt;, above &lt;i&gt;Hva trenger du?&lt;/i&gt; and the services. See it in the citizen preview.</source>
        <translation>&lt;b&gt;Her havner teksten:&lt;/b&gt; på siden til hver fastlege på Helsenorge, under overskriften &lt;i&gt;Informasjon fra legekontoret&lt;/i&gt;, over &lt;i&gt;Hva trenger du?&lt;/i&gt; og tjenestene. Se den i forhåndsvisningen for innbyggere.</translation>
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
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>The change was not saved:
%1</source>
        <translation>Endringen ble ikke lagret:
%1</translation>
    </message>
    <message>
        <source>the office phone</source>
        <translation>telefonnummeret til legekontoret</translation>
    </message>
    <message>
        <source>the office&apos;s text about %1</source>
        <translation>legekontorets tekst om %1</translation>
    </message>
    <message>
        <source>an info message</source>
        <translation>en infomelding</translation>
    </message>
    <message>
        <source>This is not a date. Type it as 14.12.2026.</source>
        <translation>Dette er ikke en dato. Skriv den som 14.12.2026.</translation>
    </message>
    <message>
        <source>Delete absence</source>
        <translation>Slette fraværet?</translation>
    </message>
    <message>
        <source>The absence of %1 from %2 to %3 is shown to citizens now. Delete it?</source>
        <translation>Fraværet til %1 fra %2 til %3 vises for innbyggerne nå. Vil du slette det?</translation>
    </message>
    <message>
        <source>Citizens will see the absence of %1 from %2 to %3. Delete it?</source>
        <translation>Innbyggerne vil se fraværet til %1 fra %2 til %3. Vil du slette det?</translation>
    </message>
    <message>
        <source>Absence of %1 from %2 to %3 deleted</source>
        <translation>Fraværet til %1 fra %2 til %3 er slettet</translation>
    </message>
    <message>
        <source>Delete info message</source>
        <translation>Slette infomeldingen?</translation>
    </message>
    <message>
        <source>This message is shown to citizens now (until %1). Delete it?</source>
        <translation>Denne meldingen vises for innbyggerne nå (til %1). Vil du slette den?</translation>
    </message>
    <message>
        <source>Citizens will see this message from %1 to %2. Delete it?</source>
        <translation>Innbyggerne vil se denne meldingen fra %1 til %2. Vil du slette den?</translation>
    </message>
    <message>
        <source>Info message (%1 to %2) deleted</source>
        <translation>Infomeldingen (%1 til %2) er slettet</translation>
    </message>
    <message>
        <source>Shown at the same time as &quot;%1&quot; (%2 to %3): citizens see both.</source>
        <translation>Vises samtidig som «%1» (%2 til %3): innbyggerne ser begge.</translation>
    </message>
    <message>
        <source>You are acting as NHN for %1: what you change here changes the office&apos;s offer to citizens, and is recorded in your name.</source>
        <translation>Du opptrer som NHN for %1: det du endrer her, endrer kontorets tilbud til innbyggerne, og registreres i ditt navn.</translation>
    </message>
    <message>
        <source>Cells marked &quot;not yet saved&quot; (yellow) are on their way to Helsenorge; they are sent within seconds.</source>
        <translation>Ruter merket «ikke lagret ennå» (gule) er på vei til Helsenorge; de sendes i løpet av sekunder.</translation>
    </message>
</context>
<context>
    <name>hn::ui::PreviewPane</name>
    <message>
        <source>Save the preview as PDF</source>
        <translation>Lagre forhåndsvisningen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Show the page as a citizen sees it &amp;on:</source>
        <translation>Vis siden slik innbyggeren ser den på &amp;dato:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Next absence</source>
        <translation>Neste fravær</translation>
    </message>
    <message>
        <source>Citizen&apos;s lang&amp;uage:</source>
        <translation>Innbyggerens &amp;språk:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>The preview cannot be shown: %1</source>
        <translation>Forhåndsvisningen kan ikke vises: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>The preview could not be saved as a PDF in %1.</source>
        <translation>Forhåndsvisningen kunne ikke lagres som PDF i %1.</translation>
    </message>
    <message>
        <source>No %1 text for %2: citizens who read %1 see the bokmål text. Write it in the absence.</source>
        <translation>Ingen tekst på %1 for %2: innbyggere som leser %1, ser bokmålsteksten. Skriv den i fraværet.</translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncLogDialog</name>
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
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncStatusBar</name>
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
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the first synchronisation; it continues next time</source>
        <translation>Stopp den første synkroniseringen; den fortsetter neste gang</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n konflikt å løse</numerusform>
            <numerusform>%n konflikter å løse</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logget inn som %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger inn …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget inn</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Ikke logget inn: %1</translation>
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
