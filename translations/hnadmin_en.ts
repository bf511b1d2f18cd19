<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>hn::auth::Session</name>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot sign you in right now (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::models::AbsenceListModel</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (substitute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::models::ActorListModel</name>
    <message>
        <source>GP office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norsk helsenett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, organisation number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (org. no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::models::GpListModel</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (org. no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::models::GpServicesModel</name>
    <message>
        <source>Unknown GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · away %2 (+%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · away %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet saved on Helsenorge: citizens see it once it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::models::InfoMessageListModel</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the same time as &quot;%1&quot; (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overlaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::models::ServiceType</name>
    <message>
        <source>E-consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health station and youth health station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midwife service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respite care and rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities and day centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual plan and coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dementia and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistive devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheltered housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy life centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport service card and parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-controlled personal assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency primary care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service allocation office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::models::Validation</name>
    <message>
        <source>Enter the organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation number has 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid organisation number (the check digit does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the HPR number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HPR number has up to 9 digits and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the HER-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HER-id has up to 9 digits and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces and +47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Norwegian phone number has 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Norwegian phone number starts with a digit from 2 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first day of the absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the last day of the absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence has already ended. Choose a last day from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one service that the absence affects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text citizens see while %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text for citizens can be at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already covered by another absence from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message can be at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first day the message is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the last day the message is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message would never be shown: the last day has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the GP&apos;s family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GP service and cannot be part of an absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the message: Norwegian Bokmål, Norwegian Nynorsk or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 text for citizens can be at most %2 characters (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::net::FhirClient</name>
    <message>
        <source>The server refused the data as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in, or the sign-in has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have access to change this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the server was incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s id on the server (%1) cannot be used in a web address, so it cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::net::SandboxLauncher</name>
    <message>
        <source>The built-in test backend could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in test backend stopped before it was ready (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in test backend&apos;s data (%1) is in use by another copy of the test backend, perhaps started by another hnadmin that is still running. Close that program first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::repo::EditCommand</name>
    <message>
        <source>It has been deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be made again here: it is not in the local data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::store::Store</name>
    <message>
        <source>The local database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer version of this program (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is damaged. Move %1 away and start again; unsent changes in it may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is incomplete and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is busy; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to change is not in the local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to delete is not in the local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::sync::ChangeText</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text for citizens changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, shown %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services of a GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text for citizens %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::sync::SyncEngine</name>
    <message>
        <source>Synchronisation cancelled; it continues next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch updates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unreadable answer; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deleted on the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet (%1): %2. Trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server by someone else (%1). Choose what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change already on the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined with someone else&apos;s change to other fields (%1) and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same fields (%1). Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed what you deleted (%1). Choose what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the server could not be saved here; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the server was incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside %1: the server sent it in a form this program cannot read (%2). The rest is synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on Helsenorge: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on Helsenorge: %1. Citizens see it from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on Helsenorge: %1. Citizens see it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::AbsenceEditor</name>
    <message>
        <source>Add absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in to inform the patients about the absence. When the first day arrives, the chosen services are replaced for citizens by the absence message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All GPs (vacation for the whole office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which services does the absence affect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each service, choose whether a substitute serves it or it is closed for the period. Citizens see the text below a closed service instead of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by a substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for citizens about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GP no longer at this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has no GPs to register the absence for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date. Type it as 14.12.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of the &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the last day from the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 text: citizens who read %1 see the bokmål text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for citizens &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each language has its own text. Citizens see the text in the language they read Helsenorge in; where it is empty, the bokmål text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::ActorPage</name>
    <message>
        <source>Organisation number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HER-id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or health contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (org. no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GP &amp;offices in the municipality (%n):</source>
        <translation>
            <numerusform>GP &amp;office in the municipality (%n):</numerusform>
            <numerusform>GP &amp;offices in the municipality (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hn::ui::AppController</name>
    <message>
        <source>Starting the built-in test backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1 anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server is still being set up. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::ConflictDialog</name>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text for citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed or substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same fields while your change was waiting to be sent. Fields in bold differ. Keep your version, take theirs, or tick &quot;Use mine&quot; for the fields where yours should win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this on the server while your change was waiting to be sent. Keep your version to create it again, or take theirs to let it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed what you deleted while your deletion was waiting to be sent. Keep yours to delete their version too, or take theirs to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved in the local database (it may be busy with a synchronisation). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::DateField</name>
    <message>
        <source>Choose in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as 14.12.2026, 14.12 or 14/12; Up and Down move a day, Page Up and Page Down a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::GpRegisterPage</name>
    <message numerus="yes">
        <source>%n GP(s)</source>
        <translation>
            <numerusform>%n GP</numerusform>
            <numerusform>%n GPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n GP(s)</source>
        <translation>
            <numerusform>%1 of %n GP</numerusform>
            <numerusform>%1 of %n GPs</numerusform>
        </translation>
    </message>
    <message>
        <source>All GPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, HPR number or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the GPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the GPs of this municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the GPs who do not offer this service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>hn::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the test backend with one of its demo users (for example nhn, lege1 or kommune1; the password is demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>S&amp;ynchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;GPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here is not saved yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the actors you administer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the change had been sent already, so a change that sets it back is sent to Helsenorge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: the change is sent to Helsenorge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: the change waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo. A change made before the program was started (or before you signed in) is changed back by changing the item again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::OfficePage</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn on %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn off %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>turn on services for %n GP(s)</source>
        <translation>
            <numerusform>turn on services for %n GP</numerusform>
            <numerusform>turn on services for %n GPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>turn off services for %n GP(s)</source>
        <translation>
            <numerusform>turn off services for %n GP</numerusform>
            <numerusform>turn off services for %n GPs</numerusform>
        </translation>
    </message>
    <message>
        <source>change the services of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text can be at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office&apos;s text about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a vacation for the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an absence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an absence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete an absence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an info message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an info message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete an info message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All GPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP office · organisation number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Info messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the services each GP offers. Space toggles the selected cell; select several cells (or a whole column by its heading) to turn them on or off at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services per GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn o&amp;n selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn o&amp;ff selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office p&amp;hone shown to citizens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s own te&amp;xt about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Sick notes require a physical appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add absence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vacation for the whole office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text under &quot;Informasjon fra legekontoret&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the text lands:&lt;/b&gt; on each GP&apos;s page on Helsenorge, under the heading &lt;i&gt;Informasjon fra legekontoret&lt;/i&gt;, above &lt;i&gt;Hva trenger du?&lt;/i&gt; and the services. See it in the citizen preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s text about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an info message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date. Type it as 14.12.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence of %1 from %2 to %3 is shown to citizens now. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens will see the absence of %1 from %2 to %3. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence of %1 from %2 to %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete info message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is shown to citizens now (until %1). Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens will see this message from %1 to %2. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info message (%1 to %2) deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the same time as &quot;%1&quot; (%2 to %3): citizens see both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are acting as NHN for %1: what you change here changes the office&apos;s offer to citizens, and is recorded in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells marked &quot;not yet saved&quot; (yellow) are on their way to Helsenorge; they are sent within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::PreviewPane</name>
    <message>
        <source>Save the preview as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page as a citizen sees it &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be saved as a PDF in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 text for %2: citizens who read %1 see the bokmål text. Write it in the absence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncLogDialog</name>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncStatusBar</name>
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
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the first synchronisation; it continues next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
