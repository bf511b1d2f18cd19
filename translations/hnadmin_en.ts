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
</context>
<context>
    <name>hn::sync::SyncEngine</name>
    <message>
        <source>absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services of a GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Deletion sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sent: %1.</source>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the first synchronisation; it continues next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
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
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hn::ui::SyncLogDialog</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
