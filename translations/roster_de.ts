<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>%1 (built against %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>About Roster</source>
        <translation>Über Roster</translation>
    </message>
    <message>
        <source>Roster&apos;s icon</source>
        <translation>Das Symbol von Roster</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The admin console for communities whose members sign in without passwords.</source>
        <translation>Die Admin-Konsole für Communitys, deren Mitglieder sich ohne Passwort anmelden.</translation>
    </message>
    <message>
        <source>Roster is free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation>Roster ist freie Software unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License, Version 3 oder neuer&lt;/a&gt;. Es gibt keine Gewährleistung.</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>wird ermittelt …</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cop&amp;y details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Angaben kopieren</translation>
    </message>
    <message>
        <source>Copies the version, Qt&apos;s version, the keychain and the system, for a support request.</source>
        <translation>Kopiert die Version, die Qt-Version, den Schlüsselbund und das System für eine Supportanfrage.</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <source>Wrong API key</source>
        <translation>Falscher API-Schlüssel</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Refused by the provider</source>
        <translation>Vom Anbieter abgelehnt</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Provider error</source>
        <translation>Fehler beim Anbieter</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Insecure address</source>
        <translation>Unsichere Adresse</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The provider may or may not have carried it out: check before trying again.</source>
        <translation>Ob der Anbieter den Vorgang ausgeführt hat, ist unklar: Prüfen Sie das vor einem erneuten Versuch.</translation>
    </message>
</context>
<context>
    <name>ApiTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>At most N entries, the newest.</source>
        <translation>Höchstens N Einträge, die neuesten.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>Die Einträge als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>audit takes no arguments besides its options.</source>
        <translation>audit nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>--limit is &quot;%1&quot;; expected a whole number above 0.</source>
        <translation>--limit ist „%1“; erwartet wird eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>Only the entries of members whose email contains TEXT.</source>
        <translation>Nur die Einträge von Mitgliedern, deren E-Mail-Adresse TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only this action: %1.</source>
        <translation>Nur diese Aktion: %1.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>Only what this OS user did.</source>
        <translation>Nur was dieser Betriebssystembenutzer getan hat.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Only entries at or after this date or time (ISO 8601).</source>
        <translation>Nur Einträge ab diesem Datum oder Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>Only entries before this time, or up to the end of this date.</source>
        <translation>Nur Einträge vor diesem Zeitpunkt oder bis zum Ende dieses Tages.</translation>
    </message>
    <message>
        <source>--%1 is &quot;%2&quot;; expected a date such as 2026-12-07 or a time such as 2026-12-07T14:30.</source>
        <translation>--%1 ist „%2“; erwartet wird ein Datum wie 2026-12-07 oder ein Zeitpunkt wie 2026-12-07T14:30.</translation>
    </message>
    <message>
        <source>--action is &quot;%1&quot;; expected one of %2.</source>
        <translation>--action ist „%1“; erwartet wird eines von %2.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot add &quot;%1&quot; to the audit log of workspace %2 in %3: %4</source>
        <translation>„%1“ kann nicht in das Aktionsprotokoll von Arbeitsbereich %2 in %3 eingetragen werden: %4</translation>
    </message>
    <message>
        <source>the entry has no workspace</source>
        <translation>der Eintrag hat keinen Arbeitsbereich</translation>
    </message>
    <message>
        <source>an action is a short word of lower-case letters, digits and &apos;-&apos;</source>
        <translation>eine Aktion ist ein kurzes Wort aus Kleinbuchstaben, Ziffern und „-“</translation>
    </message>
    <message>
        <source>Cannot read the audit log of workspace %1 from %2: %3</source>
        <translation>Das Aktionsprotokoll von Arbeitsbereich %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot remove the audit log of workspace %1 from %2: %3</source>
        <translation>Das Aktionsprotokoll von Arbeitsbereich %1 kann nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>[link removed]</source>
        <translation>[Link entfernt]</translation>
    </message>
</context>
<context>
    <name>AuditSource</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>bulk action</source>
        <translation>Sammelaktion</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>import run %1</source>
        <translation>Importlauf %1</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>added</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>login link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>refreshed</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>no longer listed</source>
        <translation>nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>added to a group</source>
        <translation>zu einer Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>removed from a group</source>
        <translation>aus einer Gruppe entfernt</translation>
    </message>
    <message>
        <source>connection tested</source>
        <translation>Verbindung getestet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AvatarCache</name>
    <message>
        <source>What %1 answered is not a picture.</source>
        <translation>Was %1 geantwortet hat, ist kein Bild.</translation>
    </message>
</context>
<context>
    <name>AvatarDelegate</name>
    <message>
        <source>No picture: %1</source>
        <translation>Kein Bild: %1</translation>
    </message>
</context>
<context>
    <name>AvatarDownload</name>
    <message>
        <source>The picture is larger than %1.</source>
        <translation>Das Bild ist größer als %1.</translation>
    </message>
</context>
<context>
    <name>BulkActionProgressDialog</name>
    <message>
        <source>Deactivating Members</source>
        <translation>Mitglieder werden deaktiviert</translation>
    </message>
    <message>
        <source>Reactivating Members</source>
        <translation>Mitglieder werden reaktiviert</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>Aktueller Vorgang</translation>
    </message>
    <message>
        <source>Deactivating %1 in %2.</source>
        <translation>%1 wird in %2 deaktiviert.</translation>
    </message>
    <message>
        <source>Reactivating %1 in %2.</source>
        <translation>%1 wird in %2 reaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n members of %1.</source>
        <translation>
            <numerusform>%n Mitglied von %1 wird deaktiviert.</numerusform>
            <numerusform>%n Mitglieder von %1 werden deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivating %n members of %1.</source>
        <translation>
            <numerusform>%n Mitglied von %1 wird reaktiviert.</numerusform>
            <numerusform>%n Mitglieder von %1 werden reaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Members done so far</source>
        <translation>Bisher erledigte Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Failed:</source>
        <translation>&amp;Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Members that failed, with the provider&apos;s message</source>
        <translation>Fehlgeschlagene Mitglieder mit der Meldung des Anbieters</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Provider&apos;s message</source>
        <translation>Meldung des Anbieters</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Vorgang abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry the members that failed</source>
        <translation>Die fehlgeschlagenen Mitglieder erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed</source>
        <translation>
            <numerusform>%1 von %2 erledigt, %n fehlgeschlagen</numerusform>
            <numerusform>%1 von %2 erledigt, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 deactivated.</source>
        <translation>%1 von %2 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 of %2 reactivated.</source>
        <translation>%1 von %2 reaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed: Retry Failed tries them again.</source>
        <translation>
            <numerusform>%n fehlgeschlagen: „Fehlgeschlagene wiederholen“ versucht es erneut.</numerusform>
            <numerusform>%n fehlgeschlagen: „Fehlgeschlagene wiederholen“ versucht sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n not started.</source>
        <translation>
            <numerusform>Abgebrochen: %n nicht begonnen.</numerusform>
            <numerusform>Abgebrochen: %n nicht begonnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped while in flight: the provider may or may not have carried them out.</source>
        <translation>
            <numerusform>%n während der Ausführung unterbrochen: Ob der Anbieter die Änderung ausgeführt hat, ist unklar.</numerusform>
            <numerusform>%n während der Ausführung unterbrochen: Ob der Anbieter die Änderungen ausgeführt hat, ist unklar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Adding Members to a Group</source>
        <translation>Mitglieder werden einer Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>Removing Members from a Group</source>
        <translation>Mitglieder werden aus einer Gruppe entfernt</translation>
    </message>
    <message>
        <source>Adding %1 to the group %2 in %3.</source>
        <translation>%1 wird in %3 der Gruppe %2 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n members of %1 to the group %2.</source>
        <translation>
            <numerusform>%n Mitglied von %1 wird der Gruppe %2 hinzugefügt.</numerusform>
            <numerusform>%n Mitglieder von %1 werden der Gruppe %2 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing %1 from the group %2 in %3.</source>
        <translation>%1 wird in %3 aus der Gruppe %2 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n members of %1 from the group %2.</source>
        <translation>
            <numerusform>%n Mitglied von %1 wird aus der Gruppe %2 entfernt.</numerusform>
            <numerusform>%n Mitglieder von %1 werden aus der Gruppe %2 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 added to %3.</source>
        <translation>%1 von %2 zu %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 of %2 removed from %3.</source>
        <translation>%1 von %2 aus %3 entfernt.</translation>
    </message>
</context>
<context>
    <name>BulkMemberAction</name>
    <message>
        <source>%1 did not add them to %2: not a member of the community?</source>
        <translation>%1 hat das Mitglied nicht zu %2 hinzugefügt: kein Mitglied der Community?</translation>
    </message>
    <message>
        <source>%1 still lists them in %2.</source>
        <translation>%1 führt das Mitglied weiterhin in %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent: try again once it has ended.</source>
        <translation>%1 Es wurde nichts gesendet: Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message numerus="yes">
        <source>deactivating %n members</source>
        <translation>
            <numerusform>Deaktivierung von %n Mitglied</numerusform>
            <numerusform>Deaktivierung von %n Mitgliedern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reactivating %n members</source>
        <translation>
            <numerusform>Reaktivierung von %n Mitglied</numerusform>
            <numerusform>Reaktivierung von %n Mitgliedern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %n members to %1</source>
        <translation>
            <numerusform>Hinzufügen von %n Mitglied zu %1</numerusform>
            <numerusform>Hinzufügen von %n Mitgliedern zu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %n members from %1</source>
        <translation>
            <numerusform>Entfernen von %n Mitglied aus %1</numerusform>
            <numerusform>Entfernen von %n Mitgliedern aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Beam.gg has no API that lists members; Roster keeps the members it created or looked up.</source>
        <translation>Beam.gg hat keine API zum Auflisten von Mitgliedern; Roster behält die Mitglieder, die es angelegt oder nachgeschlagen hat.</translation>
    </message>
    <message>
        <source>Only Heartbeat has pending members; %1 members are active at once.</source>
        <translation>Nur Heartbeat kennt ausstehende Mitglieder; bei %1 sind Mitglieder sofort aktiv.</translation>
    </message>
    <message>
        <source>Beam.gg has no API to deactivate or reactivate members.</source>
        <translation>Beam.gg hat keine API zum Deaktivieren oder Reaktivieren von Mitgliedern.</translation>
    </message>
    <message>
        <source>%1 has no roles or groups.</source>
        <translation>%1 kennt keine Rollen oder Gruppen.</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>%1: %2 → %3</source>
        <comment>a field&apos;s id, its old and its new value</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: → %2</source>
        <comment>a field&apos;s id and its new value</comment>
        <translation>%1: → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s id and what changes</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>picture removed</source>
        <translation>Bild entfernt</translation>
    </message>
    <message>
        <source>picture changed</source>
        <translation>Bild geändert</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: %1 COMMAND [options]

Roster&apos;s command line: workspaces, members and login links of passwordless communities on Heartbeat, Forward and Beam.gg.

Commands:
</source>
        <translation>Aufruf: %1 BEFEHL [Optionen]

Die Befehlszeile von Roster: Arbeitsbereiche, Mitglieder und Anmeldelinks passwortloser Communitys auf Heartbeat, Forward und Beam.gg.

Befehle:
</translation>
    </message>
    <message>
        <source>Commands:
%1
%2 COMMAND --help tells the options of a command.</source>
        <translation>Befehle:
%1
%2 BEFEHL --help nennt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. %2 --help lists them.</source>
        <translation>Es gibt keinen Befehl „%1“. %2 --help listet alle Befehle auf.</translation>
    </message>
    <message>
        <source>No progress messages on standard error.</source>
        <translation>Keine Fortschrittsmeldungen auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>%1 (%2 %3 --help tells the options)</source>
        <translation>%1 (%2 %3 --help nennt die Optionen)</translation>
    </message>
    <message>
        <source>Print every request to the provider and its answer on standard error, with keys, tokens, login links and passwords redacted (also ROSTER_TRACE_HTTP=1).</source>
        <translation>Jede Anfrage an den Anbieter und seine Antwort auf der Standardfehlerausgabe ausgeben, mit geschwärzten Schlüsseln, Tokens, Anmeldelinks und Passwörtern (auch ROSTER_TRACE_HTTP=1).</translation>
    </message>
    <message>
        <source>
%1 COMMAND --help tells the options of a command.

API keys live in the keychain; ROSTER_API_KEY or --key-stdin give one for a single run.

--trace-http (or ROSTER_TRACE_HTTP=1) prints every request to the provider and its answer on standard error, secrets redacted.

Exit codes: 0 done, 1 local failure, 2 usage error, 3 API key or keychain, 4 refused by the provider (an import: some rows failed), 5 network or provider unavailable, 6 refused: needs consent to deactivate members, 130 interrupted.
</source>
        <translation>
%1 BEFEHL --help nennt die Optionen eines Befehls.

API-Schlüssel liegen im Schlüsselbund; ROSTER_API_KEY oder --key-stdin geben einen für einen einzelnen Lauf.

--trace-http (oder ROSTER_TRACE_HTTP=1) schreibt jede Anfrage an den Anbieter und seine Antwort auf die Standardfehlerausgabe, Geheimnisse geschwärzt.

Exit-Codes: 0 erledigt, 1 lokaler Fehler, 2 Aufruffehler, 3 API-Schlüssel oder Schlüsselbund, 4 vom Anbieter abgelehnt (ein Import: einige Zeilen sind fehlgeschlagen), 5 Netzwerk oder Anbieter nicht erreichbar, 6 abgelehnt: Deaktivieren von Mitgliedern braucht Zustimmung, 130 unterbrochen.
</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>The provider may or may not have carried it out: check before trying again.</source>
        <translation>Ob der Anbieter den Vorgang ausgeführt hat, ist unklar: Prüfen Sie das vor einem erneuten Versuch.</translation>
    </message>
</context>
<context>
    <name>ClipboardCountdown</name>
    <message>
        <source>The link works once. Mail scanners that open links can use it up before the member does: prefer a chat message.</source>
        <translation>Der Link funktioniert nur einmal. Mail-Scanner, die Links öffnen, können ihn verbrauchen, bevor das Mitglied ihn nutzt: Senden Sie ihn besser per Chat.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clear the login link from the clipboard</source>
        <translation>Den Anmeldelink aus der Zwischenablage entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Login link on the clipboard, cleared in %n s</source>
        <translation>
            <numerusform>Anmeldelink in der Zwischenablage: noch %n s</numerusform>
            <numerusform>Anmeldelink in der Zwischenablage: noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Login link on the clipboard until you clear it or quit</source>
        <translation>Anmeldelink in der Zwischenablage bis zum Entfernen oder Beenden</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>Add a workspace; its API key goes to the keychain.</source>
        <translation>Einen Arbeitsbereich hinzufügen; sein API-Schlüssel kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>List the workspaces.</source>
        <translation>Die Arbeitsbereiche auflisten.</translation>
    </message>
    <message>
        <source>Change a workspace, or its API key.</source>
        <translation>Einen Arbeitsbereich oder seinen API-Schlüssel ändern.</translation>
    </message>
    <message>
        <source>Remove a workspace, its API key and its local roster.</source>
        <translation>Einen Arbeitsbereich samt API-Schlüssel und lokaler Mitgliederliste entfernen.</translation>
    </message>
    <message>
        <source>Check a workspace&apos;s address and API key.</source>
        <translation>Adresse und API-Schlüssel eines Arbeitsbereichs prüfen.</translation>
    </message>
    <message>
        <source>List the members in the local roster.</source>
        <translation>Die Mitglieder der lokalen Mitgliederliste auflisten.</translation>
    </message>
    <message>
        <source>Provision a member.</source>
        <translation>Ein Mitglied anlegen.</translation>
    </message>
    <message>
        <source>Change a member&apos;s profile.</source>
        <translation>Das Profil eines Mitglieds ändern.</translation>
    </message>
    <message>
        <source>Show a member as the provider has them.</source>
        <translation>Ein Mitglied so anzeigen, wie der Anbieter es führt.</translation>
    </message>
    <message>
        <source>Deactivate a member.</source>
        <translation>Ein Mitglied deaktivieren.</translation>
    </message>
    <message>
        <source>Reactivate a member.</source>
        <translation>Ein Mitglied reaktivieren.</translation>
    </message>
    <message>
        <source>Print a member&apos;s one-off login link on standard output.</source>
        <translation>Den einmaligen Anmeldelink eines Mitglieds auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Show what Roster did in a workspace, newest first.</source>
        <translation>Anzeigen, was Roster in einem Arbeitsbereich getan hat, Neuestes zuerst.</translation>
    </message>
    <message>
        <source>Write the local roster to a CSV file for a spreadsheet.</source>
        <translation>Die lokale Mitgliederliste für eine Tabellenkalkulation in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Provision members from a CSV file: plan, dry run, run at the budget, resume, report.</source>
        <translation>Mitglieder aus einer CSV-Datei anlegen: Planung, Probelauf, Ausführung im Anfragebudget, Fortsetzen, Bericht.</translation>
    </message>
    <message>
        <source>Show how Roster reads a CSV file.</source>
        <translation>Anzeigen, wie Roster eine CSV-Datei liest.</translation>
    </message>
    <message>
        <source>Refresh the local roster from the provider (Heartbeat, Forward).</source>
        <translation>Die lokale Mitgliederliste beim Anbieter auffrischen (Heartbeat, Forward).</translation>
    </message>
    <message>
        <source>Deactivate the members a file lists (--from FILE): paced, journaled, resumable, reported.</source>
        <translation>Die Mitglieder deaktivieren, die eine Datei nennt (--from DATEI): im Takt, protokolliert, fortsetzbar, mit Bericht.</translation>
    </message>
    <message>
        <source>Reactivate the members a file lists (--from FILE): paced, journaled, resumable, reported.</source>
        <translation>Die Mitglieder reaktivieren, die eine Datei nennt (--from DATEI): im Takt, protokolliert, fortsetzbar, mit Bericht.</translation>
    </message>
    <message>
        <source>List a workspace&apos;s imports, newest first: when, who, the file and its checksum, the mode and the counts.</source>
        <translation>Die Importe eines Arbeitsbereichs auflisten, die neuesten zuerst: wann, wer, die Datei und ihre Prüfsumme, der Modus und die Zahlen.</translation>
    </message>
    <message>
        <source>Undo a run: reactivate whom it deactivated, deactivate whom it reactivated, put changed fields back; first with --dry-run.</source>
        <translation>Einen Lauf rückgängig machen: reaktivieren, wen er deaktiviert hat, deaktivieren, wen er reaktiviert hat, geänderte Felder zurücksetzen; zuerst mit --dry-run.</translation>
    </message>
</context>
<context>
    <name>ConfirmMemberActionDialog</name>
    <message>
        <source>Deactivate Members?</source>
        <translation>Mitglieder deaktivieren?</translation>
    </message>
    <message>
        <source>Reactivate Members?</source>
        <translation>Mitglieder reaktivieren?</translation>
    </message>
    <message>
        <source>&amp;Deactivate Member</source>
        <translation>Mitglied &amp;deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Members</source>
        <translation>
            <numerusform>%n Mitglied &amp;deaktivieren</numerusform>
            <numerusform>%n Mitglieder &amp;deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate Member</source>
        <translation>Mitglied &amp;reaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reactivate %n Members</source>
        <translation>
            <numerusform>%n Mitglied &amp;reaktivieren</numerusform>
            <numerusform>%n Mitglieder &amp;reaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1 in %2?</source>
        <translation>%1 in %2 deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n members of %1?</source>
        <translation>
            <numerusform>%n Mitglied von %1 deaktivieren?</numerusform>
            <numerusform>%n Mitglieder von %1 deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate %1 in %2?</source>
        <translation>%1 in %2 reaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n members of %1?</source>
        <translation>
            <numerusform>%n Mitglied von %1 reaktivieren?</numerusform>
            <numerusform>%n Mitglieder von %1 reaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in until they are reactivated. Their profiles and posts are kept.</source>
        <translation>
            <numerusform>Das Mitglied kann sich erst wieder anmelden, wenn es reaktiviert wird. Profil und Beiträge bleiben erhalten.</numerusform>
            <numerusform>Die Mitglieder können sich erst wieder anmelden, wenn sie reaktiviert werden. Ihre Profile und Beiträge bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They can sign in again.</source>
        <translation>
            <numerusform>Das Mitglied kann sich wieder anmelden.</numerusform>
            <numerusform>Die Mitglieder können sich wieder anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Members to a Group?</source>
        <translation>Mitglieder einer Gruppe hinzufügen?</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Members</source>
        <translation>
            <numerusform>%n Mitglied &amp;hinzufügen</numerusform>
            <numerusform>%n Mitglieder &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Members from a Group?</source>
        <translation>Mitglieder aus einer Gruppe entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove Member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Members</source>
        <translation>
            <numerusform>%n Mitglied &amp;entfernen</numerusform>
            <numerusform>%n Mitglieder &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the group %2 in %3?</source>
        <translation>%1 in %3 der Gruppe %2 hinzufügen?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n members of %1 to the group %2?</source>
        <translation>
            <numerusform>%n Mitglied von %1 der Gruppe %2 hinzufügen?</numerusform>
            <numerusform>%n Mitglieder von %1 der Gruppe %2 hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the group %2 in %3?</source>
        <translation>%1 in %3 aus der Gruppe %2 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members of %1 from the group %2?</source>
        <translation>
            <numerusform>%n Mitglied von %1 aus der Gruppe %2 entfernen?</numerusform>
            <numerusform>%n Mitglieder von %1 aus der Gruppe %2 entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider skips addresses that are not members of the community; Roster reads the group back and lists them.</source>
        <translation>
            <numerusform>Der Anbieter übergeht Adressen, die keine Mitglieder der Community sind; Roster liest die Gruppe danach aus und nennt sie.</numerusform>
            <numerusform>Der Anbieter übergeht Adressen, die keine Mitglieder der Community sind; Roster liest die Gruppe danach aus und nennt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay members of the community; only their place in the group goes.</source>
        <translation>
            <numerusform>Das Mitglied bleibt in der Community; nur seine Mitgliedschaft in der Gruppe endet.</numerusform>
            <numerusform>Sie bleiben Mitglieder der Community; nur ihre Mitgliedschaft in der Gruppe endet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be deactivated; %n are already deactivated.</source>
        <translation>
            <numerusform>%1 von %2 werden deaktiviert; %n ist bereits deaktiviert.</numerusform>
            <numerusform>%1 von %2 werden deaktiviert; %n sind bereits deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be reactivated; %n are not deactivated.</source>
        <translation>
            <numerusform>%1 von %2 werden reaktiviert; %n ist nicht deaktiviert.</numerusform>
            <numerusform>%1 von %2 werden reaktiviert; %n sind nicht deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be added; %n are already in %3.</source>
        <translation>
            <numerusform>%1 von %2 werden hinzugefügt; %n ist bereits in %3.</numerusform>
            <numerusform>%1 von %2 werden hinzugefügt; %n sind bereits in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be removed; %n are not in %3.</source>
        <translation>
            <numerusform>%1 von %2 werden entfernt; %n ist nicht in %3.</numerusform>
            <numerusform>%1 von %2 werden entfernt; %n sind nicht in %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>%1 answers at %2 and accepts the key.</source>
        <translation>%1 antwortet unter %2 und akzeptiert den Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CsvCommandOptions</name>
    <message>
        <source>Read the file as UTF-8, UTF-16LE, UTF-16BE or windows-1252 instead of detecting it.</source>
        <translation>Die Datei als UTF-8, UTF-16LE, UTF-16BE oder windows-1252 lesen, statt die Kodierung zu erkennen.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <source>The delimiter: , ; | or tab, instead of detecting it.</source>
        <translation>Das Trennzeichen: , ; | oder tab, statt es zu erkennen.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <source>The first row names the columns.</source>
        <translation>Die erste Zeile benennt die Spalten.</translation>
    </message>
    <message>
        <source>The first row is data.</source>
        <translation>Die erste Zeile enthält Daten.</translation>
    </message>
    <message>
        <source>--encoding is &quot;%1&quot;; expected UTF-8, UTF-16LE, UTF-16BE or windows-1252.</source>
        <translation>--encoding ist „%1“; erwartet wird UTF-8, UTF-16LE, UTF-16BE oder windows-1252.</translation>
    </message>
    <message>
        <source>--delimiter is &quot;%1&quot;; expected one character such as , ; | or the word tab.</source>
        <translation>--delimiter ist „%1“; erwartet wird ein einzelnes Zeichen wie , ; | oder das Wort tab.</translation>
    </message>
    <message>
        <source>Give --header or --no-header, not both.</source>
        <translation>Geben Sie --header oder --no-header an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>CsvError</name>
    <message>
        <source> (in the record that starts on line %1)</source>
        <translation> (in dem Datensatz, der in Zeile %1 beginnt)</translation>
    </message>
    <message>
        <source>Line %1: the header has %2 fields, this record %3.</source>
        <translation>Zeile %1: Die Kopfzeile hat %2 Felder, dieser Datensatz %3.</translation>
    </message>
    <message>
        <source>Line %1: the first record has %2 fields, this one %3.</source>
        <translation>Zeile %1: Der erste Datensatz hat %2 Felder, dieser %3.</translation>
    </message>
    <message>
        <source>Line %1: the quoted field %2 is never closed, so it runs to the end of the file%3.</source>
        <translation>Zeile %1: Das Feld %2 in Anführungszeichen wird nie geschlossen und reicht daher bis zum Dateiende%3.</translation>
    </message>
    <message>
        <source>Line %1: field %2 contains a NUL character (shown as �)%3. Is this a text file?</source>
        <translation>Zeile %1: Feld %2 enthält ein NUL-Zeichen (als � dargestellt)%3. Ist das eine Textdatei?</translation>
    </message>
    <message>
        <source>Line %1: field %2 is longer than %3 characters, and only its start was kept%4.</source>
        <translation>Zeile %1: Feld %2 ist länger als %3 Zeichen; nur sein Anfang wurde behalten%4.</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 characters, and the rest of it was dropped%3.</source>
        <translation>Zeile %1: Der Datensatz ist länger als %2 Zeichen; der Rest wurde verworfen%3.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 fields, and the fields after that were dropped.</source>
        <translation>Zeile %1: Mehr als %2 Felder; die übrigen Felder wurden verworfen.</translation>
    </message>
    <message>
        <source>Line %1: field %2 has bytes that are not valid %3 (shown as �)%4. The file may be in another encoding.</source>
        <translation>Zeile %1: Feld %2 enthält Bytes, die kein gültiges %3 sind (als � dargestellt)%4. Die Datei hat möglicherweise eine andere Kodierung.</translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Lesen in Zeile %1 abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>CsvInputFile</name>
    <message>
        <source>%1 is a pipe (FIFO), not a file: Roster reads CSV files only.</source>
        <translation>%1 ist eine Pipe (FIFO), keine Datei: Roster liest nur CSV-Dateien.</translation>
    </message>
    <message>
        <source>%1 is a device, not a file: Roster reads CSV files only.</source>
        <translation>%1 ist ein Gerät, keine Datei: Roster liest nur CSV-Dateien.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file: Roster reads CSV files only.</source>
        <translation>%1 ist ein Socket, keine Datei: Roster liest nur CSV-Dateien.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>%1 changed while it was read (its size or modification time); read it again once it is written.</source>
        <translation>%1 hat sich beim Lesen geändert (Größe oder Änderungszeit); lesen Sie die Datei erneut, sobald sie fertig geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>CsvInspect</name>
    <message>
        <source>the list of errors could not be kept in a temporary file</source>
        <translation>die Fehlerliste konnte nicht in einer temporären Datei zwischengespeichert werden</translation>
    </message>
    <message>
        <source>the output could not be written: %1</source>
        <translation>die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CsvInspectCommand</name>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the format and every record as JSON: an array of objects keyed by the header, every value a string.</source>
        <translation>Das Format und jeden Datensatz als JSON ausgeben: ein Array von Objekten mit den Spalten der Kopfzeile als Schlüsseln, jeder Wert eine Zeichenkette.</translation>
    </message>
    <message>
        <source>Give one CSV file.</source>
        <translation>Geben Sie eine CSV-Datei an.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Kodierung: %1%2</translation>
    </message>
    <message>
        <source> (with BOM)</source>
        <translation> (mit BOM)</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Kopfzeile: %1</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) of the file; --json prints them all.</source>
        <translation>
            <numerusform>%n Datensatz vom Anfang der Datei; --json gibt alle aus.</numerusform>
            <numerusform>Die ersten %n Datensätze der Datei; --json gibt alle aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>CsvPreview</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not open for reading</source>
        <translation>die Datei ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>“%1” cannot be a delimiter (a quote, a line break or NUL)</source>
        <translation>„%1“ kann kein Trennzeichen sein (ein Anführungszeichen, ein Zeilenumbruch oder NUL)</translation>
    </message>
</context>
<context>
    <name>CsvSaveFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvTextSource</name>
    <message>
        <source>the device could not be read</source>
        <translation>das Gerät konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file could not be read again from its start: %1</source>
        <translation>die Datei konnte nicht erneut von Anfang an gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DeactivationConfirmation</name>
    <message>
        <source>Deactivate %1 Members?</source>
        <translation>%1 Mitglieder deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %1 members of %2?</source>
        <translation>
            <numerusform>%1 Mitglied von %2 deaktivieren?</numerusform>
            <numerusform>%1 Mitglieder von %2 deaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %1 Members</source>
        <translation>
            <numerusform>%1 Mitglied &amp;deaktivieren</numerusform>
            <numerusform>%1 Mitglieder &amp;deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, &amp;type the number of members to deactivate (%1):</source>
        <translation>Zur Bestätigung die Anzahl der zu deaktivierenden Mitglieder &amp;eingeben (%1):</translation>
    </message>
</context>
<context>
    <name>DeactivationConsent</name>
    <message>
        <source>Deactivate without asking: for a run without a terminal (cron, a systemd timer). Above the deactivation limit, --max-deactivations must allow the number as well.</source>
        <translation>Ohne Rückfrage deaktivieren: für einen Lauf ohne Terminal (cron, ein systemd-Timer). Über der Deaktivierungsgrenze muss --max-deactivations die Anzahl zusätzlich erlauben.</translation>
    </message>
    <message>
        <source>The most members this run may deactivate with --yes; more are refused. Without it, the limit is %1% of the active members or %2, whichever is larger.</source>
        <translation>Höchstens so viele Mitglieder darf dieser Lauf mit --yes deaktivieren; mehr werden abgelehnt. Ohne die Option liegt die Grenze bei %1 % der aktiven Mitglieder oder %2, je nachdem, was größer ist.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--max-deactivations is &quot;%1&quot;; expected a number of members, 0 or more.</source>
        <translation>--max-deactivations ist „%1“; erwartet wird eine Anzahl von Mitgliedern, 0 oder mehr.</translation>
    </message>
    <message numerus="yes">
        <source>This run deactivates %n member(s) of %1, more than --max-deactivations allows (%2). Nothing was sent.</source>
        <translation>
            <numerusform>Dieser Lauf deaktiviert %n Mitglied von %1, mehr als --max-deactivations erlaubt (%2). Es wurde nichts gesendet.</numerusform>
            <numerusform>Dieser Lauf deaktiviert %n Mitglieder von %1, mehr als --max-deactivations erlaubt (%2). Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>--yes is not enough above the limit: give --max-deactivations %1 as well, if that many is right. Nothing was sent.</source>
        <translation>Über der Grenze genügt --yes nicht: geben Sie zusätzlich --max-deactivations %1 an, wenn so viele richtig sind. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>This run deactivates %n member(s) of %1, and there is no terminal to ask on: give --yes to run it unattended. Nothing was sent.</source>
        <translation>
            <numerusform>Dieser Lauf deaktiviert %n Mitglied von %1, und es gibt kein Terminal, auf dem gefragt werden könnte: geben Sie --yes an, um ihn unbeaufsichtigt laufen zu lassen. Es wurde nichts gesendet.</numerusform>
            <numerusform>Dieser Lauf deaktiviert %n Mitglieder von %1, und es gibt kein Terminal, auf dem gefragt werden könnte: geben Sie --yes an, um ihn unbeaufsichtigt laufen zu lassen. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run deactivates %n member(s) of %1:</source>
        <translation>
            <numerusform>Dieser Lauf deaktiviert %n Mitglied von %1:</numerusform>
            <numerusform>Dieser Lauf deaktiviert %n Mitglieder von %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Type the number of members to deactivate (%1) to go on: </source>
        <translation>Geben Sie die Anzahl der zu deaktivierenden Mitglieder ein (%1), um fortzufahren: </translation>
    </message>
    <message>
        <source>Deactivate them? Type yes to go on: </source>
        <translation>Diese deaktivieren? Geben Sie ja ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>“%1” is not “%2”: nothing was sent.</source>
        <translation>„%1“ ist nicht „%2“: es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No answer came: nothing was sent.</source>
        <translation>Es kam keine Antwort: es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>DeactivationGuard</name>
    <message numerus="yes">
        <source>This run deactivates %1 of %Ln active members, more than the limit of %2.</source>
        <translation>
            <numerusform>Dieser Lauf deaktiviert %1 von %Ln aktiven Mitglied, mehr als die Grenze von %2.</numerusform>
            <numerusform>Dieser Lauf deaktiviert %1 von %Ln aktiven Mitgliedern, mehr als die Grenze von %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set the limit to %Ln members.</source>
        <translation>
            <numerusform>Sie haben die Grenze auf %Ln Mitglied gesetzt.</numerusform>
            <numerusform>Sie haben die Grenze auf %Ln Mitglieder gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The default limit is %1% of the active members or %2, whichever is larger.</source>
        <translation>Die voreingestellte Grenze ist %1 % der aktiven Mitglieder oder %2, je nachdem, was größer ist.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot make a directory for the demo: %1</source>
        <translation>Für die Demo kann kein Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>Heartbeat demo community</source>
        <translation>Heartbeat-Demo-Community</translation>
    </message>
    <message>
        <source>Forward demo portal</source>
        <translation>Forward-Demo-Portal</translation>
    </message>
    <message>
        <source>Beam.gg demo community</source>
        <translation>Beam.gg-Demo-Community</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Demo sandbox at %1.</source>
        <translation>Demo-Sandbox unter %1.</translation>
    </message>
</context>
<context>
    <name>DryRunPlan</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the dry run planned %1, not %2</source>
        <translation>der Probelauf hat %1 geplant, nicht %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes now, %3 at the dry run</source>
        <translation>%1 hat jetzt %2 Bytes, beim Probelauf %3</translation>
    </message>
    <message>
        <source>%1 was modified since the dry run (at %2)</source>
        <translation>%1 wurde seit dem Probelauf geändert (um %2)</translation>
    </message>
    <message>
        <source>the content of %1 is not what the dry run read</source>
        <translation>der Inhalt von %1 ist nicht der, den der Probelauf gelesen hat</translation>
    </message>
    <message>
        <source>%1 is %2 now, was %3 at the dry run</source>
        <translation>%1 ist jetzt %2, beim Probelauf war es %3</translation>
    </message>
    <message>
        <source>the plan is %1 minutes old, and a plan is run as it is for %2 minutes only: members may have changed at the provider since</source>
        <translation>der Plan ist %1 Minuten alt, und ein Plan wird nur %2 Minuten lang unverändert ausgeführt: Mitglieder können sich beim Anbieter inzwischen geändert haben</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: %2.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: %2.</translation>
    </message>
</context>
<context>
    <name>EmailCheck</name>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>sie ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>sie enthält kein @</translation>
    </message>
    <message>
        <source>it has more than one @</source>
        <translation>sie enthält mehr als ein @</translation>
    </message>
    <message>
        <source>nothing comes before the @</source>
        <translation>vor dem @ steht nichts</translation>
    </message>
    <message>
        <source>the part before the @ is longer than %1 characters</source>
        <translation>der Teil vor dem @ ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it holds a space or one of ( ) &lt; &gt; [ ] \ , ; : &quot;</source>
        <translation>sie enthält ein Leerzeichen oder eines der Zeichen ( ) &lt; &gt; [ ] \ , ; : &quot;</translation>
    </message>
    <message>
        <source>the part before the @ starts or ends with a dot, or has two in a row</source>
        <translation>der Teil vor dem @ beginnt oder endet mit einem Punkt oder enthält zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>the part after the @ is not a domain name such as example.com</source>
        <translation>der Teil nach dem @ ist kein Domainname wie example.com</translation>
    </message>
</context>
<context>
    <name>ExportScopeDialog</name>
    <message>
        <source>Export Members</source>
        <translation>Mitglieder exportieren</translation>
    </message>
    <message>
        <source>Which members go into the CSV file?</source>
        <translation>Welche Mitglieder kommen in die CSV-Datei?</translation>
    </message>
    <message>
        <source>&amp;Selected members (%1)</source>
        <translation>&amp;Ausgewählte Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Members the search and filters &amp;show (%1)</source>
        <translation>Von Suche und Filtern &amp;gezeigte Mitglieder (%1)</translation>
    </message>
    <message>
        <source>&amp;Every member of the workspace (%1)</source>
        <translation>&amp;Jedes Mitglied des Arbeitsbereichs (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>the selected members (%1)</source>
        <translation>die ausgewählten Mitglieder (%1)</translation>
    </message>
    <message>
        <source>the members shown (%1)</source>
        <translation>die gezeigten Mitglieder (%1)</translation>
    </message>
    <message>
        <source>every member (%1)</source>
        <translation>jedes Mitglied (%1)</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ForwardPaging</name>
    <message>
        <source>Forward answered page %1 when asked for page %2.</source>
        <translation>Forward hat Seite %1 geliefert, als Seite %2 angefragt war.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the users Forward listed had no id or email.</source>
        <translation>
            <numerusform>%n der von Forward aufgeführten Benutzer hatte keine ID oder E-Mail-Adresse.</numerusform>
            <numerusform>%n der von Forward aufgeführten Benutzer hatten keine ID oder E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward answered page %1 with users it had listed already.</source>
        <translation>Forward hat auf Seite %1 Benutzer geliefert, die es schon aufgeführt hatte.</translation>
    </message>
    <message>
        <source>Forward&apos;s list of users gave no count, so Roster cannot tell that it is complete.</source>
        <translation>Die Benutzerliste von Forward nannte keine Anzahl; Roster kann daher nicht feststellen, dass sie vollständig ist.</translation>
    </message>
    <message>
        <source>Forward listed %1 users where it counted %2: the list changed while Roster read it.</source>
        <translation>Forward hat %1 Benutzer aufgeführt, aber %2 gezählt: Die Liste hat sich geändert, während Roster sie las.</translation>
    </message>
    <message>
        <source>Forward&apos;s list of users ended after %1 of the %2 it counted.</source>
        <translation>Die Benutzerliste von Forward endete nach %1 der %2 gezählten Benutzer.</translation>
    </message>
    <message>
        <source>Forward kept answering pages beyond the %1 users it counted.</source>
        <translation>Forward lieferte weiter Seiten über die %1 gezählten Benutzer hinaus.</translation>
    </message>
</context>
<context>
    <name>GroupChecklist</name>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>Groups could not be loaded</source>
        <translation>Die Gruppen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>This community has no groups.</source>
        <translation>Diese Community hat keine Gruppen.</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
</context>
<context>
    <name>GroupPickerDialog</name>
    <message>
        <source>Add to Group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Aus der Gruppe entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected member(s) to the &amp;group:</source>
        <translation>
            <numerusform>Das ausgewählte Mitglied dieser &amp;Gruppe hinzufügen:</numerusform>
            <numerusform>Die %n ausgewählten Mitglieder dieser &amp;Gruppe hinzufügen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected member(s) from the &amp;group:</source>
        <translation>
            <numerusform>Das ausgewählte Mitglied aus dieser &amp;Gruppe entfernen:</numerusform>
            <numerusform>Die %n ausgewählten Mitglieder aus dieser &amp;Gruppe entfernen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Loading the groups</source>
        <translation>Die Gruppen werden geladen</translation>
    </message>
    <message>
        <source>Add to Group…</source>
        <translation>Zur Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from Group…</source>
        <translation>Aus der Gruppe entfernen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>The groups could not be loaded. %1</source>
        <translation>Die Gruppen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n of them in it)</source>
        <translation>
            <numerusform>%1 (%n davon darin)</numerusform>
            <numerusform>%1 (%n davon darin)</numerusform>
        </translation>
    </message>
    <message>
        <source>This community has no groups.</source>
        <translation>Diese Community hat keine Gruppen.</translation>
    </message>
</context>
<context>
    <name>HeartbeatClient</name>
    <message>
        <source>Heartbeat has no API for login links: members ask for their own magic link on the community page. Set the workspace&apos;s community URL so that Roster can point members to it.</source>
        <translation>Heartbeat hat keine API für Anmeldelinks: Mitglieder fordern ihren Magic Link selbst auf der Community-Seite an. Legen Sie die Community-URL des Arbeitsbereichs fest, damit Roster Mitglieder dorthin verweisen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the users Heartbeat listed had no id or email.</source>
        <translation>
            <numerusform>%n der von Heartbeat aufgeführten Benutzer hatte keine ID oder E-Mail-Adresse.</numerusform>
            <numerusform>%n der von Heartbeat aufgeführten Benutzer hatten keine ID oder E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Heartbeat answered one page of a longer list of users.</source>
        <translation>Heartbeat hat eine Seite einer längeren Benutzerliste geliefert.</translation>
    </message>
    <message>
        <source>Heartbeat did not add %1 to the group %2.</source>
        <translation>Heartbeat hat %1 nicht zur Gruppe %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Heartbeat did not remove %1 from the group %2.</source>
        <translation>Heartbeat hat %1 nicht aus der Gruppe %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message>
        <source>The workspace was closed.</source>
        <translation>Der Arbeitsbereich wurde geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: still rate limited after %2 attempts</source>
        <translation>%1: Anfragelimit auch nach %2 Versuchen noch erreicht</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1: Antwort mit HTTP %2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the connection closed before the answer came</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort kam</translation>
    </message>
    <message>
        <source>%1: the answer could not be read</source>
        <translation>%1: Die Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 after %3 bytes of the answer</source>
        <translation>%1: %2 nach %3 Bytes der Antwort</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>reactivate</source>
        <translation>reaktivieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>The CSV file of members.</source>
        <translation>Die CSV-Datei mit den Mitgliedern.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <source>A value for a field on every row that has none, e.g. role=Member; repeat for several.</source>
        <translation>Ein Wert für ein Feld in jeder Zeile, die keinen hat, z. B. role=Member; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FELD=WERT</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Heartbeat: create pending members.</source>
        <translation>Heartbeat: ausstehende Mitglieder anlegen.</translation>
    </message>
    <message>
        <source>Carry on with this file&apos;s import that stopped or crashed.</source>
        <translation>Den abgebrochenen oder abgestürzten Import dieser Datei fortsetzen.</translation>
    </message>
    <message>
        <source>Give one CSV file.</source>
        <translation>Geben Sie eine CSV-Datei an.</translation>
    </message>
    <message>
        <source>Give --resume or --dry-run, not both.</source>
        <translation>Geben Sie --resume oder --dry-run an, nicht beides.</translation>
    </message>
    <message>
        <source>There is no unfinished import of %1 in %2 to resume.</source>
        <translation>In %2 gibt es keinen nicht abgeschlossenen Import von %1, der fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>Resuming the import of %1, begun %2.</source>
        <translation>Der am %2 begonnene Import von %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>An import of %1 stopped half-way: carry it on with --resume, so that no member is created twice.</source>
        <translation>Ein Import von %1 wurde mittendrin abgebrochen: Setzen Sie ihn mit --resume fort, damit kein Mitglied doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>Reading %1 and comparing it with %2…</source>
        <translation>%1 wird gelesen und mit %2 verglichen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1.</source>
        <translation>
            <numerusform>%n Zeile: %1.</numerusform>
            <numerusform>%n Zeilen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>Stopped. Carry on with the same command and --resume.</source>
        <translation>Gestoppt. Setzen Sie den Import mit demselben Befehl und --resume fort.</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>The %n failed row(s) are in %1, with their line and error.</source>
        <translation>
            <numerusform>Die %n fehlgeschlagene Zeile steht mit Zeilennummer und Fehler in %1.</numerusform>
            <numerusform>Die %n fehlgeschlagenen Zeilen stehen mit Zeilennummer und Fehler in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Stopping after the rows in flight…</source>
        <translation>Wird nach den laufenden Zeilen gestoppt…</translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1 of %n members at the provider…</source>
        <translation>
            <numerusform>%1 von %n Mitglied beim Anbieter nachgeschlagen…</numerusform>
            <numerusform>%1 von %n Mitgliedern beim Anbieter nachgeschlagen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows done, %2 rows/s, about %3 s left%4</source>
        <translation>
            <numerusform>%1 von %n Zeile erledigt, %2 Zeilen/s, noch etwa %3 s%4</numerusform>
            <numerusform>%1 von %n Zeilen erledigt, %2 Zeilen/s, noch etwa %3 s%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill a field from a column: COLUMN=FIELD, COLUMN=skip or #N=FIELD (fields: %1); repeat for several. Columns are matched by name otherwise.</source>
        <translation>Ein Feld aus einer Spalte füllen: SPALTE=FELD, SPALTE=skip oder #N=FELD (Felder: %1); für mehrere wiederholen. Sonst werden Spalten über ihren Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Heartbeat: post each new member&apos;s bio as an introduction thread.</source>
        <translation>Heartbeat: die Biografie jedes neuen Mitglieds als Vorstellungsbeitrag veröffentlichen.</translation>
    </message>
    <message>
        <source>Print the plan (with --dry-run) or the outcome as JSON.</source>
        <translation>Den Plan (mit --dry-run) oder das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 keeps no bio to introduce members with: leave out --introduce.</source>
        <translation>%1 speichert keine Biografie, mit der Mitglieder vorgestellt werden könnten: Lassen Sie --introduce weg.</translation>
    </message>
    <message>
        <source>Write the rows that failed to FILE as CSV: their columns, line and error, ready to fix and import again; in the imported file&apos;s encoding and delimiter.</source>
        <translation>Die fehlgeschlagenen Zeilen als CSV in DATEI schreiben: ihre Spalten, Zeile und Fehler, bereit zum Korrigieren und erneuten Importieren; in der Kodierung und mit dem Trennzeichen der importierten Datei.</translation>
    </message>
    <message>
        <source>Write the --report file as UTF-8 with commas instead.</source>
        <translation>Die --report-Datei stattdessen als UTF-8 mit Kommas schreiben.</translation>
    </message>
    <message>
        <source>When an import or a bulk action is running in the workspace, wait for it to end instead of refusing.</source>
        <translation>Wenn im Arbeitsbereich ein Import oder eine Sammelaktion läuft, auf deren Ende warten, statt abzulehnen.</translation>
    </message>
    <message>
        <source>Try again when it has ended, or give --wait.</source>
        <translation>Versuchen Sie es erneut, wenn er beendet ist, oder geben Sie --wait an.</translation>
    </message>
    <message>
        <source>Waiting for it to end…</source>
        <translation>Warten auf das Ende…</translation>
    </message>
    <message>
        <source>Only say what the import would do, row by row. The plan is kept for --from-plan.</source>
        <translation>Nur sagen, was der Import Zeile für Zeile täte. Der Plan wird für --from-plan aufbewahrt.</translation>
    </message>
    <message>
        <source>Run the plan of dry run RUN (the number it printed, or last) as it is, looking no member up again. Refused unless the file is unchanged, the options are the same and the dry run is less than %1 minutes old: members may change at the provider meanwhile.</source>
        <translation>Den Plan des Probelaufs RUN (die Nummer, die er ausgab, oder last) unverändert ausführen, ohne ein Mitglied erneut nachzuschlagen. Wird abgelehnt, sofern die Datei nicht unverändert ist, die Optionen nicht gleich sind und der Probelauf nicht jünger als %1 Minuten ist: Mitglieder können sich beim Anbieter inzwischen ändern.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>--from-plan runs a dry run&apos;s plan: give it without --dry-run and --resume.</source>
        <translation>--from-plan führt den Plan eines Probelaufs aus: ohne --dry-run und --resume angeben.</translation>
    </message>
    <message>
        <source>--from-plan is &quot;%1&quot;; expected the number a dry run printed, or last.</source>
        <translation>--from-plan ist „%1“; erwartet wird die Nummer, die ein Probelauf ausgab, oder last.</translation>
    </message>
    <message>
        <source>Planning again. To run the plan of dry run %1 instead, looking no member up again: %2</source>
        <translation>Es wird neu geplant. Um stattdessen den Plan des Probelaufs %1 auszuführen, ohne ein Mitglied erneut nachzuschlagen: %2</translation>
    </message>
    <message>
        <source>There is no dry run in %1 whose plan could be run: make one with --dry-run first.</source>
        <translation>In %1 gibt es keinen Probelauf, dessen Plan ausgeführt werden könnte: zuerst einen mit --dry-run machen.</translation>
    </message>
    <message>
        <source>There is no dry run %1 in the journal of %2 (a new dry run of a file replaces its earlier plan): give the number the latest dry run printed, or last.</source>
        <translation>Im Journal von %2 gibt es keinen Probelauf %1 (ein neuer Probelauf einer Datei ersetzt ihren früheren Plan): die Nummer angeben, die der letzte Probelauf ausgab, oder last.</translation>
    </message>
    <message>
        <source>Dry run %1 was made in another workspace, not in %2.</source>
        <translation>Probelauf %1 wurde in einem anderen Arbeitsbereich gemacht, nicht in %2.</translation>
    </message>
    <message>
        <source>The plan of dry run %1 was started and stopped half-way: carry it on with --resume, so that no member is created twice.</source>
        <translation>Der Plan des Probelaufs %1 wurde begonnen und auf halbem Weg angehalten: mit --resume fortsetzen, damit kein Mitglied doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>The plan of dry run %1 was already run. A plan is run once: make a new dry run, or import without --from-plan.</source>
        <translation>Der Plan des Probelaufs %1 wurde bereits ausgeführt. Ein Plan wird einmal ausgeführt: einen neuen Probelauf machen oder ohne --from-plan importieren.</translation>
    </message>
    <message>
        <source>The plan of dry run %1 cannot be run as it is: %2. Make a new dry run, or import without --from-plan to plan again.</source>
        <translation>Der Plan des Probelaufs %1 kann nicht unverändert ausgeführt werden: %2. Einen neuen Probelauf machen oder ohne --from-plan importieren, um neu zu planen.</translation>
    </message>
    <message>
        <source>Running the plan of dry run %1, made at %2, as it is: no member is looked up again.</source>
        <translation>Der Plan des Probelaufs %1 von %2 wird unverändert ausgeführt: Kein Mitglied wird erneut nachgeschlagen.</translation>
    </message>
    <message>
        <source>To run this plan as it is, looking no member up again, within %1 minutes:</source>
        <translation>Um diesen Plan innerhalb von %1 Minuten unverändert auszuführen, ohne ein Mitglied erneut nachzuschlagen:</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <source>cannot deactivate</source>
        <translation>kann nicht deaktivieren</translation>
    </message>
    <message>
        <source>create: leave members who are there already (the default); upsert: update them, and reactivate deactivated ones; mirror: as upsert, and deactivate the members the file lacks, so that the community matches it; deactivate or reactivate: every row&apos;s member.</source>
        <translation>create: Mitglieder, die schon da sind, bleiben, wie sie sind (die Voreinstellung); upsert: sie werden aktualisiert und deaktivierte reaktiviert; mirror: wie upsert, und die Mitglieder, die der Datei fehlen, werden deaktiviert, sodass die Community ihr entspricht; deactivate oder reactivate: das Mitglied jeder Zeile.</translation>
    </message>
    <message>
        <source>However the import ends, write its outcome to FILE as JSON, whole or not at all: the run, workspace, file, mode, times, counts, failed rows, exit code and error. For scripts that watch unattended runs.</source>
        <translation>Wie auch immer der Import endet, sein Ergebnis als JSON in DATEI schreiben, ganz oder gar nicht: Lauf, Arbeitsbereich, Datei, Modus, Zeiten, Zahlen, fehlgeschlagene Zeilen, Exit-Code und Fehler. Für Skripte, die unbeaufsichtigte Läufe überwachen.</translation>
    </message>
    <message>
        <source>Give the file of members with --from FILE.</source>
        <translation>Geben Sie die Datei der Mitglieder mit --from DATEI an.</translation>
    </message>
    <message>
        <source>--mode is &quot;%1&quot;; expected create, upsert, mirror, deactivate or reactivate.</source>
        <translation>--mode ist „%1“; erwartet wird create, upsert, mirror, deactivate oder reactivate.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 created, %2 updated, %3 reactivated, %4 deactivated, %5 skipped, %6 failed.</source>
        <translation>
            <numerusform>%n Zeile: %1 angelegt, %2 aktualisiert, %3 reaktiviert, %4 deaktiviert, %5 übersprungen, %6 fehlgeschlagen.</numerusform>
            <numerusform>%n Zeilen: %1 angelegt, %2 aktualisiert, %3 reaktiviert, %4 deaktiviert, %5 übersprungen, %6 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The members to deactivate: a CSV file with an email column, or one address a line.</source>
        <translation>Die zu deaktivierenden Mitglieder: eine CSV-Datei mit einer E-Mail-Spalte oder eine Adresse pro Zeile.</translation>
    </message>
    <message>
        <source>The members to reactivate: a CSV file with an email column, or one address a line.</source>
        <translation>Die zu reaktivierenden Mitglieder: eine CSV-Datei mit einer E-Mail-Spalte oder eine Adresse pro Zeile.</translation>
    </message>
    <message>
        <source>Only say what would be done, member by member.</source>
        <translation>Nur sagen, was getan würde, Mitglied für Mitglied.</translation>
    </message>
    <message>
        <source>The column of the addresses, when its name does not say so: COLUMN=email or #N=email.</source>
        <translation>Die Spalte der Adressen, wenn ihr Name es nicht sagt: SPALTE=email oder #N=email.</translation>
    </message>
    <message>
        <source>Write the rows that failed to FILE as CSV, with their line and error.</source>
        <translation>Die fehlgeschlagenen Zeilen als CSV in DATEI schreiben, mit ihrer Zeile und ihrem Fehler.</translation>
    </message>
    <message>
        <source>However the run ends, write its outcome to FILE as JSON, whole or not at all.</source>
        <translation>Wie auch immer der Lauf endet, sein Ergebnis als JSON in DATEI schreiben, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Carry on with this file&apos;s run that stopped or crashed.</source>
        <translation>Den Lauf dieser Datei fortsetzen, der angehalten hat oder abgestürzt ist.</translation>
    </message>
    <message>
        <source>--report-json needs a file to write.</source>
        <translation>--report-json braucht eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>--report-json names the file to import: give another file.</source>
        <translation>--report-json nennt die zu importierende Datei: geben Sie eine andere Datei an.</translation>
    </message>
    <message>
        <source>--report names the file to import: give another file.</source>
        <translation>--report nennt die zu importierende Datei: geben Sie eine andere Datei an.</translation>
    </message>
    <message>
        <source>--report and --report-json name the same file: give two.</source>
        <translation>--report und --report-json nennen dieselbe Datei: geben Sie zwei an.</translation>
    </message>
    <message>
        <source>Exit codes:
  0    Every row was done, or there was nothing to do.
  1    A local failure: the local roster, the journal, a --report or --report-json
       file, or another import running in the workspace (see --wait).
  2    The command line, the file (missing, unreadable) or its mapping is wrong:
       nothing was sent.
  3    The API key: refused by the provider, or the keychain has none or is
       locked.
  4    The import finished, but some rows failed or were invalid (a dry run:
       some rows are invalid); --report and --report-json list them.
  5    The provider or the network failed the run as a whole (no answer, the
       listing refused): carry on later, with --resume if it had begun.
  6    Refused, nothing sent: the import would deactivate members, and consent
       was not given (--yes; above the threshold, --max-deactivations too).
  130  Interrupted (Ctrl+C, SIGTERM): carry on with --resume.
</source>
        <translation>Exit-Codes:
  0    Jede Zeile wurde erledigt, oder es gab nichts zu tun.
  1    Ein lokaler Fehler: die lokale Mitgliederliste, das Journal, eine --report- oder
       --report-json-Datei, oder ein anderer Import im Arbeitsbereich läuft (siehe --wait).
  2    Der Aufruf, die Datei (fehlt, unlesbar) oder ihre Zuordnung ist falsch:
       es wurde nichts gesendet.
  3    Der API-Schlüssel: vom Anbieter abgelehnt, oder der Schlüsselbund hat keinen
       oder ist gesperrt.
  4    Der Import ist fertig, aber einige Zeilen sind fehlgeschlagen oder ungültig (ein
       Probelauf: einige Zeilen sind ungültig); --report und --report-json nennen sie.
  5    Der Anbieter oder das Netzwerk hat den Lauf als Ganzes scheitern lassen (keine
       Antwort, die Liste abgelehnt): später fortsetzen, mit --resume, wenn er begonnen hatte.
  6    Abgelehnt, nichts gesendet: der Import würde Mitglieder deaktivieren, und die
       Zustimmung fehlte (--yes; über der Grenze auch --max-deactivations).
  130  Unterbrochen (Strg+C, SIGTERM): mit --resume fortsetzen.
</translation>
    </message>
    <message>
        <source>The run to undo: its number, as `import list` shows it, or last (the newest that ran).</source>
        <translation>Der rückgängig zu machende Lauf: seine Nummer, wie `import list` sie zeigt, oder last (der neueste, der gelaufen ist).</translation>
    </message>
    <message>
        <source>Only say what the undo would do, member by member.</source>
        <translation>Nur sagen, was das Rückgängigmachen täte, Mitglied für Mitglied.</translation>
    </message>
    <message>
        <source>Deactivate the members the run created as well (never deleted).</source>
        <translation>Auch die Mitglieder deaktivieren, die der Lauf angelegt hat (nie gelöscht).</translation>
    </message>
    <message>
        <source>Put back members changed again since the run as well.</source>
        <translation>Auch Mitglieder zurücksetzen, die seit dem Lauf erneut geändert wurden.</translation>
    </message>
    <message>
        <source>Give one run to undo: its number, or last.</source>
        <translation>Geben Sie einen rückgängig zu machenden Lauf an: seine Nummer oder last.</translation>
    </message>
    <message>
        <source>The run is &quot;%1&quot;; expected its number, as `import list` shows it, or last.</source>
        <translation>Der Lauf ist „%1“; erwartet wird seine Nummer, wie `import list` sie zeigt, oder last.</translation>
    </message>
    <message>
        <source>undo of run %1</source>
        <translation>Rückgängigmachen von Lauf %1</translation>
    </message>
    <message>
        <source>No run of %1 has run yet: there is nothing to undo.</source>
        <translation>In %1 ist noch kein Lauf gelaufen: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Carrying on with the undo of run %1, begun %2.</source>
        <translation>Das Rückgängigmachen von Lauf %1, begonnen %2, wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Comparing run %1 with %2…</source>
        <translation>Lauf %1 wird mit %2 verglichen …</translation>
    </message>
</context>
<context>
    <name>ImportDeactivationConsent</name>
    <message>
        <source>Deactivate Members?</source>
        <translation>Mitglieder deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>Start the import, and deactivate %n member(s) of %1?</source>
        <translation>
            <numerusform>Den Import starten und %n Mitglied von %1 deaktivieren?</numerusform>
            <numerusform>Den Import starten und %n Mitglieder von %1 deaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Member(s)</source>
        <translation>
            <numerusform>%n Mitglied &amp;deaktivieren</numerusform>
            <numerusform>%n Mitglieder &amp;deaktivieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDryRunPage</name>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Each row compared with the members of %1. Nothing is sent to %2 until you start the import.</source>
        <translation>Jede Zeile wird mit den Mitgliedern von %1 verglichen. An %2 wird nichts gesendet, bevor Sie den Import starten.</translation>
    </message>
    <message>
        <source>&amp;Start Import</source>
        <translation>Import &amp;starten</translation>
    </message>
    <message>
        <source>What the dry run does</source>
        <translation>Aktueller Schritt des Probelaufs</translation>
    </message>
    <message>
        <source>Dry run progress</source>
        <translation>Fortschritt des Probelaufs</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Stop the dry run</source>
        <translation>Den Probelauf stoppen</translation>
    </message>
    <message>
        <source>Rows by plan</source>
        <translation>Zeilen nach Plan</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show the rows of one plan</source>
        <translation>Die Zeilen eines Plans anzeigen</translation>
    </message>
    <message>
        <source>The plan, row by row</source>
        <translation>Der Plan, Zeile für Zeile</translation>
    </message>
    <message>
        <source>What starting the import does</source>
        <translation>Was das Starten des Imports bewirkt</translation>
    </message>
    <message>
        <source>Reading the community&apos;s roles and members…</source>
        <translation>Rollen und Mitglieder der Community werden gelesen…</translation>
    </message>
    <message>
        <source>Comparing each row with the members…</source>
        <translation>Jede Zeile wird mit den Mitgliedern verglichen…</translation>
    </message>
    <message>
        <source>The dry run is done. Nothing has been sent yet.</source>
        <translation>Der Probelauf ist abgeschlossen. Es wurde noch nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1.</source>
        <translation>
            <numerusform>%n Zeile: %1.</numerusform>
            <numerusform>%n Zeilen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row needs sending: Start Import only records the outcome, and the report lists the rows that failed.</source>
        <translation>Keine Zeile muss gesendet werden: „Import starten“ hält nur das Ergebnis fest, und der Bericht listet die fehlgeschlagenen Zeilen auf.</translation>
    </message>
    <message numerus="yes">
        <source>Start Import sends %n row(s) to %1 at the workspace&apos;s budget of %2 requests/s: %3. You can pause it, cancel it, or close this window and resume later.</source>
        <translation>
            <numerusform>„Import starten“ sendet %n Zeile an %1, mit dem Anfragebudget des Arbeitsbereichs von %2 Anfragen/s: %3. Sie können den Import anhalten, abbrechen oder dieses Fenster schließen und später fortsetzen.</numerusform>
            <numerusform>„Import starten“ sendet %n Zeilen an %1, mit dem Anfragebudget des Arbeitsbereichs von %2 Anfragen/s: %3. Sie können den Import anhalten, abbrechen oder dieses Fenster schließen und später fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dry run did not finish.</source>
        <translation>Der Probelauf wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Alle Zeilen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1 of %Ln members at %2 (it cannot list them)…</source>
        <translation>
            <numerusform>Mitglied %1 von %Ln wird bei %2 nachgeschlagen (dort lassen sich Mitglieder nicht auflisten)…</numerusform>
            <numerusform>Mitglied %1 von %Ln wird bei %2 nachgeschlagen (dort lassen sich Mitglieder nicht auflisten)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Import runs this plan as it is, looking no member up again, if you start it within %1 minutes and the file stays as it is; otherwise it plans again first.</source>
        <translation>„Import starten“ führt diesen Plan unverändert aus, ohne ein Mitglied erneut nachzuschlagen, wenn Sie ihn innerhalb von %1 Minuten starten und die Datei unverändert bleibt; sonst wird zuerst neu geplant.</translation>
    </message>
    <message>
        <source>Planned again, since %1.</source>
        <translation>Neu geplant, da %1.</translation>
    </message>
    <message>
        <source>Planning again before the import, since %1.</source>
        <translation>Vor dem Import wird neu geplant, da %1.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>State (active or deactivated)</source>
        <translation>Status (aktiv oder deaktiviert)</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>The CSV file of members to import into %1 (%2). Nothing is sent until the last step.</source>
        <translation>Die CSV-Datei mit den Mitgliedern, die in %1 (%2) importiert werden sollen. Bis zum letzten Schritt wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>/path/to/members.csv</source>
        <translation>/pfad/zu/mitglieder.csv</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Die Datei auswählen</translation>
    </message>
    <message>
        <source>About the file</source>
        <translation>Angaben zur Datei</translation>
    </message>
    <message>
        <source>A problem with the file</source>
        <translation>Ein Problem mit der Datei</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>Datei hier ablegen</translation>
    </message>
    <message>
        <source>Excel&apos;s “CSV UTF-8” and “CSV” files are read as they are: commas, semicolons or tabs, Windows-1252 or UTF-8, with or without a header row. The next step shows how the file reads.</source>
        <translation>Dateien in den Excel-Formaten „CSV UTF-8“ und „CSV“ werden so gelesen, wie sie sind: mit Kommas, Semikolons oder Tabulatoren, in Windows-1252 oder UTF-8, mit oder ohne Kopfzeile. Der nächste Schritt zeigt, wie die Datei gelesen wird.</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1: %2, changed %3</source>
        <translation>%1: %2, geändert am %3</translation>
    </message>
    <message>
        <source>An import of this file stopped half-way. Carry it on, so that no member is created twice; once it has finished, you can import the file again.</source>
        <translation>Ein Import dieser Datei wurde mittendrin abgebrochen. Setzen Sie ihn fort, damit kein Mitglied doppelt angelegt wird; sobald er abgeschlossen ist, können Sie die Datei erneut importieren.</translation>
    </message>
    <message>
        <source>&amp;Resume It</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Drop the file to choose it</source>
        <translation>Datei ablegen, um sie auszuwählen</translation>
    </message>
    <message>
        <source>Drop a CSV file here, or choose one with Browse…</source>
        <translation>Legen Sie hier eine CSV-Datei ab, oder wählen Sie eine mit „Durchsuchen…“ aus.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <source>First row is a &amp;header</source>
        <translation>&amp;Erste Zeile ist eine Kopfzeile</translation>
    </message>
    <message>
        <source>Check How the File Reads</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>Roster detected the format below. Change it if the preview looks wrong.</source>
        <translation>Roster hat das unten stehende Format erkannt. Ändern Sie es, wenn die Vorschau falsch aussieht.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Ko&amp;dierung:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Erste Zeile ist eine Kopfzeile</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>Problems reading the file</source>
        <translation>Probleme beim Lesen der Datei</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>The first rows as read</source>
        <translation>Die ersten Zeilen, wie sie gelesen wurden</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>About the preview</source>
        <translation>Hinweis zur Vorschau</translation>
    </message>
    <message>
        <source>%1 (detected, with byte order mark)</source>
        <translation>%1 (erkannt, mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <source>Detected: %1%2, %3, %4.</source>
        <translation>Erkannt: %1%2, %3, %4.</translation>
    </message>
    <message>
        <source> with byte order mark</source>
        <translation> mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>eine Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>(extra %1)</source>
        <translation>(zusätzlich %1)</translation>
    </message>
    <message numerus="yes">
        <source>The whole file: %n row(s) below the header.</source>
        <translation>
            <numerusform>Die gesamte Datei: %n Zeile unter der Kopfzeile.</numerusform>
            <numerusform>Die gesamte Datei: %n Zeilen unter der Kopfzeile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows, by their line in the file.</source>
        <translation>
            <numerusform>Die erste %n Zeile, mit ihrer Zeilennummer in der Datei.</numerusform>
            <numerusform>Die ersten %n Zeilen, mit ihrer Zeilennummer in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in these rows.</source>
        <translation>
            <numerusform>… und %n weiteres Problem in diesen Zeilen.</numerusform>
            <numerusform>… und %n weitere Probleme in diesen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read to its end:</source>
        <translation>Die Datei kann nicht bis zum Ende gelesen werden:</translation>
    </message>
    <message>
        <source>Some rows read oddly; if every row does, try another delimiter or encoding. Rows with problems are reported as failed, not sent:</source>
        <translation>Einige Zeilen werden seltsam gelesen; wenn das für alle Zeilen gilt, versuchen Sie ein anderes Trennzeichen oder eine andere Kodierung. Zeilen mit Problemen werden als fehlgeschlagen gemeldet und nicht gesendet:</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>senkrechter Strich (|)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message numerus="yes">
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln anzulegen</numerusform>
            <numerusform>%Ln anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln zu aktualisieren</numerusform>
            <numerusform>%Ln zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to reactivate</source>
        <translation>
            <numerusform>%Ln zu reaktivieren</numerusform>
            <numerusform>%Ln zu reaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to deactivate</source>
        <translation>
            <numerusform>%Ln zu deaktivieren</numerusform>
            <numerusform>%Ln zu deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cannot be deactivated</source>
        <translation>
            <numerusform>%Ln kann nicht deaktiviert werden</numerusform>
            <numerusform>%Ln können nicht deaktiviert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank</source>
        <translation>
            <numerusform>%Ln leer</numerusform>
            <numerusform>%Ln leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not done</source>
        <translation>
            <numerusform>%Ln nicht erledigt</numerusform>
            <numerusform>%Ln nicht erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln angelegt</numerusform>
            <numerusform>%Ln angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactivated</source>
        <translation>
            <numerusform>%Ln reaktiviert</numerusform>
            <numerusform>%Ln reaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deactivated</source>
        <translation>
            <numerusform>%Ln deaktiviert</numerusform>
            <numerusform>%Ln deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create only</source>
        <translation>Nur anlegen</translation>
    </message>
    <message>
        <source>Create and update</source>
        <translation>Anlegen und aktualisieren</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Planning cut off</source>
        <translation>Planung abgebrochen</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running or stopped</source>
        <translation>Läuft oder angehalten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent yet</source>
        <translation>
            <numerusform>%Ln noch nicht gesendet</numerusform>
            <numerusform>%Ln noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>rows: what became of them</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>started–finished, the same day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>started – finished, another day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes when imported)</source>
        <translation>%1 (%2 Byte beim Import)</translation>
    </message>
    <message>
        <source>No checksum was taken: the file changed while it was read, or the run is older than the import history.</source>
        <translation>Es wurde keine Prüfsumme gebildet: die Datei hat sich beim Lesen geändert, oder der Lauf ist älter als der Importverlauf.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Begonnen %1, beendet %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>Not recorded: the run is older than the import history.</source>
        <translation>Nicht festgehalten: der Lauf ist älter als der Importverlauf.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>ImportHistoryWindow</name>
    <message>
        <source>Import History of %1</source>
        <translation>Importverlauf von %1</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importläufe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the run&apos;s report: every row with what became of it.</source>
        <translation>Den Bericht des Laufs zeigen: jede Zeile mit dem, was aus ihr wurde.</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Reading the import journal…</source>
        <translation>Das Importjournal wird gelesen …</translation>
    </message>
    <message>
        <source>No import has been run in %1 yet.</source>
        <translation>In %1 wurde noch kein Import ausgeführt.</translation>
    </message>
    <message>
        <source>The newest %1 imports.</source>
        <translation>Die neuesten %1 Importe.</translation>
    </message>
    <message>
        <source>Imports: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>Wählen Sie zuerst einen Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n failed row(s) of this run as a CSV file, with their line and error, to fix and import again.</source>
        <translation>
            <numerusform>Die %n fehlgeschlagene Zeile dieses Laufs als CSV-Datei speichern, mit ihrer Zeile und ihrem Fehler, um sie zu korrigieren und erneut zu importieren.</numerusform>
            <numerusform>Die %n fehlgeschlagenen Zeilen dieses Laufs als CSV-Datei speichern, mit ihrer Zeile und ihrem Fehler, um sie zu korrigieren und erneut zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of this run failed: there is nothing to save.</source>
        <translation>Keine Zeile dieses Laufs ist fehlgeschlagen: es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>-failed</source>
        <translation>-fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save the Failed Rows of Import %1</source>
        <translation>Die fehlgeschlagenen Zeilen von Import %1 speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the failed rows of import %1 to %2…</source>
        <translation>Die fehlgeschlagenen Zeilen von Import %1 werden nach %2 geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n failed row(s) of import %1 to %2, with their line and error.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zeile von Import %1 in %2 gespeichert, mit ihrer Zeile und ihrem Fehler.</numerusform>
            <numerusform>%n fehlgeschlagene Zeilen von Import %1 in %2 gespeichert, mit ihrer Zeile und ihrem Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo This Run…</source>
        <translation>Diesen Lauf &amp;rückgängig machen …</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Cannot start an import of %1 in the journal of %2: %3</source>
        <translation>Ein Import von %1 kann nicht im Importjournal von %2 begonnen werden: %3</translation>
    </message>
    <message>
        <source>Cannot add rows to the import journal of %1: %2</source>
        <translation>Dem Importjournal von %1 können keine Zeilen hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add line %1 to the import journal of %2: %3</source>
        <translation>Zeile %1 kann nicht zum Importjournal von %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>there is no import %1</source>
        <translation>es gibt keinen Import %1</translation>
    </message>
    <message>
        <source>Cannot read import %1 from the journal of %2: %3</source>
        <translation>Import %1 kann nicht aus dem Importjournal von %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the import journal of %1: %2</source>
        <translation>Das Importjournal von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the rows of import %1 from the journal of %2: %3</source>
        <translation>Die Zeilen von Import %1 können nicht aus dem Importjournal von %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot count the rows of import %1 in the journal of %2: %3</source>
        <translation>Die Zeilen von Import %1 im Importjournal von %2 können nicht gezählt werden: %3</translation>
    </message>
    <message>
        <source>Cannot record the state of import %1 in the import journal of %2: %3</source>
        <translation>Der Status von Import %1 kann nicht im Importjournal von %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot record that line %1 is being sent in the import journal of %2: %3</source>
        <translation>Im Importjournal von %2 kann nicht vermerkt werden, dass Zeile %1 gesendet wird: %3</translation>
    </message>
    <message>
        <source>Cannot record the outcome of line %1 in the import journal of %2: %3</source>
        <translation>Das Ergebnis von Zeile %1 kann nicht im Importjournal von %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot prepare the failed rows of import %1 for a retry in the import journal of %2: %3</source>
        <translation>Die fehlgeschlagenen Zeilen von Import %1 können im Importjournal von %2 nicht für einen erneuten Versuch vorbereitet werden: %3</translation>
    </message>
    <message>
        <source>Cannot remove import %1 from the import journal of %2: %3</source>
        <translation>Import %1 kann nicht aus dem Importjournal von %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>Cannot record the plan of import %1 as complete in the import journal of %2: %3</source>
        <translation>Der Plan von Import %1 kann im Importprotokoll von %2 nicht als vollständig vermerkt werden: %3</translation>
    </message>
    <message>
        <source>Cannot keep the plan of dry run %1 in the import journal of %2: %3</source>
        <translation>Der Plan des Probelaufs %1 kann nicht im Importjournal von %2 aufbewahrt werden: %3</translation>
    </message>
    <message>
        <source>Cannot remove earlier dry runs from the import journal of %1: %2</source>
        <translation>Frühere Probeläufe können nicht aus dem Importjournal von %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the note of import %1 in the import journal of %2: %3</source>
        <translation>Der Hinweis zu Import %1 kann nicht im Importjournal von %2 festgehalten werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the import history from the journal of %1: %2</source>
        <translation>Der Importverlauf kann nicht aus dem Journal von %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the checksum of the file of import %1 in the import journal of %2: %3</source>
        <translation>Die Prüfsumme der Datei von Import %1 kann nicht im Importjournal von %2 festgehalten werden: %3</translation>
    </message>
    <message>
        <source>Cannot find the members import %1&apos;s file lacks in %2: %3</source>
        <translation>Die Mitglieder, die der Datei von Import %1 fehlen, können in %2 nicht gefunden werden: %3</translation>
    </message>
    <message>
        <source>Cannot record the change of line %1 in the import journal of %2: %3</source>
        <translation>Die Änderung von Zeile %1 kann nicht im Importjournal von %2 festgehalten werden: %3</translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message>
        <source>An import is open already: finish or close it first.</source>
        <translation>Es ist bereits ein Import geöffnet: Beenden oder schließen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Resuming import %1 of %2.</source>
        <translation>Import %1 von %2 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Discard the Import?</source>
        <translation>Import verwerfen?</translation>
    </message>
    <message>
        <source>Discard the import of %1?</source>
        <translation>Den Import von %1 verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) it has not sent will stay unsent; members it created or changed stay as they are.</source>
        <translation>
            <numerusform>Die %n noch nicht gesendete Zeile wird nicht mehr gesendet; Mitglieder, die der Import angelegt oder geändert hat, bleiben unverändert.</numerusform>
            <numerusform>Die %n noch nicht gesendeten Zeilen werden nicht mehr gesendet; Mitglieder, die der Import angelegt oder geändert hat, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when it stopped and may have reached the provider: refresh the member table to see.</source>
        <translation>
            <numerusform>%n Zeile wurde gerade gesendet, als der Import unterbrochen wurde, und hat den Anbieter möglicherweise erreicht: Aktualisieren Sie die Mitgliedertabelle, um das zu prüfen.</numerusform>
            <numerusform>%n Zeilen wurden gerade gesendet, als der Import unterbrochen wurde, und haben den Anbieter möglicherweise erreicht: Aktualisieren Sie die Mitgliedertabelle, um das zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discarded the import of %1: the %n row(s) it had not sent stay unsent.</source>
        <translation>
            <numerusform>Import von %1 verworfen: Die %n noch nicht gesendete Zeile wird nicht mehr gesendet.</numerusform>
            <numerusform>Import von %1 verworfen: Die %n noch nicht gesendeten Zeilen werden nicht mehr gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into %1: %2 created, %3 updated, %4 reactivated, %5 deactivated, %6 skipped, %7 failed.</source>
        <translation>Import in %1: %2 angelegt, %3 aktualisiert, %4 reaktiviert, %5 deaktiviert, %6 übersprungen, %7 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ImportListCommand</name>
    <message>
        <source>to create</source>
        <translation>anzulegen</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>zu aktualisieren</translation>
    </message>
    <message>
        <source>to reactivate</source>
        <translation>zu reaktivieren</translation>
    </message>
    <message>
        <source>to deactivate</source>
        <translation>zu deaktivieren</translation>
    </message>
    <message>
        <source>cannot deactivate</source>
        <translation>nicht deaktivierbar</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>planning cut off</source>
        <translation>Planung abgebrochen</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 not sent yet</source>
        <translation>%1 noch nicht gesendet</translation>
    </message>
    <message>
        <source>At most N runs, the newest.</source>
        <translation>Höchstens N Läufe, die neuesten.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the runs as a JSON array, with each file&apos;s whole SHA-256 and the rows counted by plan and by outcome.</source>
        <translation>Die Läufe als JSON-Array ausgeben, mit der ganzen SHA-256 jeder Datei und den Zeilen nach Plan und nach Ergebnis gezählt.</translation>
    </message>
    <message>
        <source>import list takes no arguments besides its options.</source>
        <translation>import list nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--limit is &quot;%1&quot;; expected a whole number above 0.</source>
        <translation>--limit ist „%1“; erwartet wird eine ganze Zahl über 0.</translation>
    </message>
    <message>
        <source>No import has been run in %1 yet.</source>
        <translation>In %1 wurde noch kein Import ausgeführt.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAND</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose the member field each column fills in %1; columns Roster recognised are chosen already.</source>
        <translation>Wählen Sie für jede Spalte das Mitgliedsfeld in %1, das sie füllt; von Roster erkannte Spalten sind bereits zugeordnet.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>&amp;Role for rows without one:</source>
        <translation>&amp;Rolle für Zeilen ohne Rolle:</translation>
    </message>
    <message>
        <source>Role for rows without one</source>
        <translation>Rolle für Zeilen ohne Rolle</translation>
    </message>
    <message>
        <source>Loading the roles</source>
        <translation>Laden der Rollen</translation>
    </message>
    <message>
        <source>What the provider still needs</source>
        <translation>Was der Anbieter noch benötigt</translation>
    </message>
    <message>
        <source>Columns that are not imported</source>
        <translation>Spalten, die nicht importiert werden</translation>
    </message>
    <message>
        <source>Members already in the community</source>
        <translation>Mitglieder, die bereits in der Community sind</translation>
    </message>
    <message>
        <source>&amp;Leave them as they are: only create new members</source>
        <translation>&amp;Belassen, wie sie sind: nur neue Mitglieder anlegen</translation>
    </message>
    <message>
        <source>Only create new members</source>
        <translation>Nur neue Mitglieder anlegen</translation>
    </message>
    <message>
        <source>&amp;Update them as the file says, and reactivate deactivated ones</source>
        <translation>Gemäß der Datei &amp;aktualisieren und deaktivierte reaktivieren</translation>
    </message>
    <message>
        <source>&amp;Update them as the file says</source>
        <translation>Gemäß der Datei &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Create new members and update existing ones</source>
        <translation>Neue Mitglieder anlegen und bestehende aktualisieren</translation>
    </message>
    <message>
        <source>Create new members as pending</source>
        <translation>Neue Mitglieder als ausstehend anlegen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Member field</source>
        <translation>Mitgliedsfeld</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>Sample value of column “%1”</source>
        <translation>Beispielwert der Spalte „%1“</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Member field for column “%1”</source>
        <translation>Mitgliedsfeld für Spalte „%1“</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Diese Spalte überspringen</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>Roles could not be loaded</source>
        <translation>Rollen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The community&apos;s roles could not be loaded: %1</source>
        <translation>Die Rollen der Community konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneu&amp;t versuchen</translation>
    </message>
    <message>
        <source>None: each row names its role</source>
        <translation>Keine: Jede Zeile nennt ihre Rolle</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) skipped: they are not imported.</source>
        <translation>
            <numerusform>%n Spalte übersprungen: Sie wird nicht importiert.</numerusform>
            <numerusform>%n Spalten übersprungen: Sie werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post each bio as an &amp;introduction thread</source>
        <translation>Jede Biografie als &amp;Vorstellungsbeitrag veröffentlichen</translation>
    </message>
    <message>
        <source>Post each bio as an introduction thread</source>
        <translation>Jede Biografie als Vorstellungsbeitrag veröffentlichen</translation>
    </message>
    <message>
        <source>Each new member with a bio gets a thread introducing them, with their bio in it. Pending members get none.</source>
        <translation>Jedes neue Mitglied mit Biografie erhält einen Beitrag, der es mit seiner Biografie vorstellt. Ausstehende Mitglieder erhalten keinen.</translation>
    </message>
    <message>
        <source>Create new members as &amp;pending: activated at their first sign-in</source>
        <translation>Neue Mitglieder als &amp;ausstehend anlegen: bei ihrer ersten Anmeldung aktiviert</translation>
    </message>
    <message>
        <source>&amp;Mirror: make the community match the file (members it lacks are deactivated)</source>
        <translation>&amp;Spiegeln: die Community der Datei angleichen (Mitglieder, die ihr fehlen, werden deaktiviert)</translation>
    </message>
    <message>
        <source>Mirror the file</source>
        <translation>Die Datei spiegeln</translation>
    </message>
    <message>
        <source>Members are created and updated as the file says, deactivated ones in it reactivated, and the members of %1 whose address is in no row are deactivated. The next pages show who first; nothing is sent before you start the import, and you confirm the deactivations then.</source>
        <translation>Mitglieder werden angelegt und aktualisiert, wie die Datei es sagt, deaktivierte darin reaktiviert, und die Mitglieder von %1, deren Adresse in keiner Zeile steht, werden deaktiviert. Die nächsten Seiten zeigen zuerst, wen es betrifft; nichts wird gesendet, bevor Sie den Import starten, und Sie bestätigen die Deaktivierungen dann.</translation>
    </message>
    <message>
        <source>%1 cannot deactivate members: those the file lacks are listed in the dry run as not deactivated, and nothing is sent for them. The rest is created and updated as the file says.</source>
        <translation>%1 kann keine Mitglieder deaktivieren: die, die der Datei fehlen, stehen im Probelauf als nicht deaktiviert, und für sie wird nichts gesendet. Der Rest wird angelegt und aktualisiert, wie die Datei es sagt.</translation>
    </message>
    <message>
        <source>Choose the column of the members&apos; email addresses; a file of one address a line needs nothing here.</source>
        <translation>Wählen Sie die Spalte mit den E-Mail-Adressen der Mitglieder; eine Datei mit einer Adresse pro Zeile braucht hier nichts.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>Der Probelauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the community&apos;s roles: %1</source>
        <translation>Die Rollen der Community können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the community&apos;s groups: %1</source>
        <translation>Die Gruppen der Community können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the community&apos;s members to compare the file with: %1</source>
        <translation>Die Mitglieder der Community können nicht zum Vergleich mit der Datei gelesen werden: %1</translation>
    </message>
    <message>
        <source>The row is empty.</source>
        <translation>Die Zeile ist leer.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a group&apos;s name in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>the community has no group named %1</source>
        <translation>
            <numerusform>die Community hat keine Gruppe namens %1</numerusform>
            <numerusform>die Community hat keine Gruppen namens %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep the file&apos;s emails for finding duplicates: %1</source>
        <translation>Die E-Mail-Adressen der Datei können für die Suche nach Duplikaten nicht vorgehalten werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s) now, not the %2 that were mapped: map them again.</source>
        <translation>
            <numerusform>%1 hat jetzt %n Spalte, nicht die %2, die zugeordnet wurden: ordnen Sie sie neu zu.</numerusform>
            <numerusform>%1 hat jetzt %n Spalten, nicht die %2, die zugeordnet wurden: ordnen Sie sie neu zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a member: there is nobody to deactivate.</source>
        <translation>%1 ist kein Mitglied: es gibt niemanden zu deaktivieren.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation>%1 ist kein Mitglied von %2.</translation>
    </message>
    <message>
        <source>Cannot look up %1: %2</source>
        <translation>%1 kann nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>The file has no valid rows: a mirror deactivates nobody.</source>
        <translation>Die Datei hat keine gültigen Zeilen: ein Spiegeln deaktiviert niemanden.</translation>
    </message>
    <message>
        <source>The members&apos; listing was not complete, so Roster cannot tell who the file lacks: a mirror deactivates nobody. %1</source>
        <translation>Die Liste der Mitglieder war nicht vollständig, daher kann Roster nicht sagen, wer der Datei fehlt: ein Spiegeln deaktiviert niemanden. %1</translation>
    </message>
    <message>
        <source>%1 is an admin of the community: a mirror never deactivates an admin.</source>
        <translation>%1 ist Admin der Community: ein Spiegeln deaktiviert nie einen Admin.</translation>
    </message>
    <message>
        <source>%1 cannot list its members: only those Roster has seen can be compared with the file.</source>
        <translation>%1 kann seine Mitglieder nicht auflisten: nur die, die Roster kennt, können mit der Datei verglichen werden.</translation>
    </message>
</context>
<context>
    <name>ImportReportJson</name>
    <message>
        <source>Cannot write the report %1: its folder cannot be made.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: sein Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>Rows that &amp;failed:</source>
        <translation>&amp;Fehlgeschlagene Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Save Failed Rows as CSV…</source>
        <translation>Fehlgeschlagene Zeilen als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation>Fehlgeschlagene Zeilen &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What the import did, row by row. The member table shows the changes.</source>
        <translation>Was der Import getan hat, Zeile für Zeile. Die Mitgliedertabelle zeigt die Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Rows that failed, with the reason</source>
        <translation>Fehlgeschlagene Zeilen mit dem Grund</translation>
    </message>
    <message>
        <source>Save the failed rows as a CSV file</source>
        <translation>Die fehlgeschlagenen Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Send the failed rows again</source>
        <translation>Die fehlgeschlagenen Zeilen erneut senden</translation>
    </message>
    <message>
        <source>The failed-rows file</source>
        <translation>Die Datei der fehlgeschlagenen Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n row(s) the provider refused or did not answer again.</source>
        <translation>
            <numerusform>Die %n Zeile, die der Anbieter abgelehnt oder nicht beantwortet hat, erneut senden.</numerusform>
            <numerusform>Die %n Zeilen, die der Anbieter abgelehnt oder nicht beantwortet hat, erneut senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the failed rows to fix them and import them again.</source>
        <translation>Speichern Sie die fehlgeschlagenen Zeilen, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <source>Only rows the provider refused or did not answer can be retried; rows with problems need fixing in the file.</source>
        <translation>Nur Zeilen, die der Anbieter abgelehnt oder nicht beantwortet hat, können erneut versucht werden; Zeilen mit Problemen müssen in der Datei korrigiert werden.</translation>
    </message>
    <message>
        <source>-failed</source>
        <translation>-fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save Failed Rows as CSV</source>
        <translation>Fehlgeschlagene Zeilen als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the failed rows to %1…</source>
        <translation>Die fehlgeschlagenen Zeilen werden in %1 geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n failed row(s) to %1, with their line and error.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zeile mit Zeilennummer und Fehler in %1 gespeichert.</numerusform>
            <numerusform>%n fehlgeschlagene Zeilen mit Zeilennummer und Fehler in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Format of the failed-rows file</source>
        <translation>Format der Datei mit den fehlgeschlagenen Zeilen</translation>
    </message>
    <message>
        <source>As the imported file: %1</source>
        <translation>Wie die importierte Datei: %1</translation>
    </message>
    <message>
        <source>UTF-8 with commas</source>
        <translation>UTF-8 mit Kommas</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 mit BOM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Undo This Run…</source>
        <translation>Diesen Lauf &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>Undo this run</source>
        <translation>Diesen Lauf rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2 created, %3 updated, %4 reactivated, %5 deactivated, %6 skipped, %7 failed.</source>
        <translation>
            <numerusform>%1: %n Zeile, %2 angelegt, %3 aktualisiert, %4 reaktiviert, %5 deaktiviert, %6 übersprungen, %7 fehlgeschlagen.</numerusform>
            <numerusform>%1: %n Zeilen, %2 angelegt, %3 aktualisiert, %4 reaktiviert, %5 deaktiviert, %6 übersprungen, %7 fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRequirements</name>
    <message>
        <source>%1 needs an email address: choose the column that holds it</source>
        <translation>%1 benötigt eine E-Mail-Adresse: Wählen Sie die Spalte, die sie enthält</translation>
    </message>
    <message>
        <source>%1 needs a name: choose a Full name column, or First name and Last name columns</source>
        <translation>%1 benötigt einen Namen: Wählen Sie eine Spalte für den vollständigen Namen oder Spalten für Vorname und Nachname</translation>
    </message>
    <message>
        <source>%1 needs a role for every member: choose a Role column, or give one role for the whole file</source>
        <translation>%1 benötigt für jedes Mitglied eine Rolle: Wählen Sie eine Spalte für die Rolle oder legen Sie eine Rolle für die ganze Datei fest</translation>
    </message>
    <message>
        <source>%1 needs a first name: choose a First name column, or a Full name column to split</source>
        <translation>%1 benötigt einen Vornamen: Wählen Sie eine Spalte für den Vornamen oder eine Spalte mit dem vollständigen Namen zum Aufteilen</translation>
    </message>
    <message>
        <source>%1 needs a last name: choose a Last name column, or a Full name column to split</source>
        <translation>%1 benötigt einen Nachnamen: Wählen Sie eine Spalte für den Nachnamen oder eine Spalte mit dem vollständigen Namen zum Aufteilen</translation>
    </message>
    <message>
        <source>%1 keeps no field “%2”: column “%3” is not imported</source>
        <translation>%1 kennt kein Feld „%2“: Spalte „%3“ wird nicht importiert</translation>
    </message>
</context>
<context>
    <name>ImportResumeBanner</name>
    <message>
        <source>Unfinished import</source>
        <translation>Nicht abgeschlossener Import</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Resume the import of %1</source>
        <translation>Den Import von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Discard the import of %1</source>
        <translation>Den Import von %1 verwerfen</translation>
    </message>
    <message>
        <source>Carry on where it stopped; nothing is sent twice.</source>
        <translation>Dort weitermachen, wo er angehalten hat; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Waiting for the workspace&apos;s connection.</source>
        <translation>Warten auf die Verbindung des Arbeitsbereichs.</translation>
    </message>
    <message numerus="yes">
        <source>An import of %1 was planned (%Ln rows to send) but not started.</source>
        <translation>
            <numerusform>Ein Import von %1 wurde geplant (%Ln Zeile zu senden), aber nicht gestartet.</numerusform>
            <numerusform>Ein Import von %1 wurde geplant (%Ln Zeilen zu senden), aber nicht gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import of %1 stopped at %2 of %Ln rows.</source>
        <translation>
            <numerusform>Ein Import von %1 wurde nach %2 von %Ln Zeile unterbrochen.</numerusform>
            <numerusform>Ein Import von %1 wurde nach %2 von %Ln Zeilen unterbrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowDetails</name>
    <message>
        <source>What the selected row changes</source>
        <translation>Was die ausgewählte Zeile ändert</translation>
    </message>
    <message>
        <source>Changes, one per line</source>
        <translation>Änderungen, eine pro Zeile</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>Nothing changes for this member.</source>
        <translation>Für dieses Mitglied ändert sich nichts.</translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation>Keine Zeile ausgewählt</translation>
    </message>
    <message>
        <source>Select a row to see what it changes, field by field.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, was sie ändert, Feld für Feld.</translation>
    </message>
    <message>
        <source>state: deactivated → active</source>
        <translation>Status: deaktiviert → aktiv</translation>
    </message>
    <message>
        <source>state: active → deactivated</source>
        <translation>Status: aktiv → deaktiviert</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Not in the file</source>
        <translation>Nicht in der Datei</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>where the row is · its plan</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Not in the file</source>
        <translation>Nicht in der Datei</translation>
    </message>
    <message>
        <source>Not in the file: a member at the provider whom the file does not list.</source>
        <translation>Nicht in der Datei: ein Mitglied beim Anbieter, das die Datei nicht nennt.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Cancel &amp;Import…</source>
        <translation>&amp;Import abbrechen…</translation>
    </message>
    <message>
        <source>&amp;Failed so far:</source>
        <translation>&amp;Bisher fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Rows go to %1 at the workspace&apos;s budget. The window stays usable meanwhile.</source>
        <translation>Die Zeilen werden im Rahmen des Anfragebudgets des Arbeitsbereichs an %1 gesendet. Das Fenster bleibt währenddessen nutzbar.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>What is imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Rows done:</source>
        <translation>Erledigte Zeilen:</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Erledigte Zeilen</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Rows a second</source>
        <translation>Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Verbleibende Zeit:</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Rows failed so far</source>
        <translation>Bisher fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>Pause or resume the import</source>
        <translation>Den Import anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>The import&apos;s state</source>
        <translation>Status des Imports</translation>
    </message>
    <message>
        <source>Rows that failed, with the provider&apos;s reason</source>
        <translation>Fehlgeschlagene Zeilen mit der Begründung des Anbieters</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Provider&apos;s reason</source>
        <translation>Begründung des Anbieters</translation>
    </message>
    <message>
        <source>Closing this window pauses the import; the main window then offers to resume it where it stopped.</source>
        <translation>Wenn Sie dieses Fenster schließen, wird der Import angehalten; das Hauptfenster bietet dann an, ihn dort fortzusetzen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Importing %1 into %2 (%3).</source>
        <translation>%1 wird in %2 (%3) importiert.</translation>
    </message>
    <message>
        <source>Cancel the Import?</source>
        <translation>Import abbrechen?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the import of the %n row(s) not sent yet?</source>
        <translation>
            <numerusform>Den Import der %n noch nicht gesendeten Zeile abbrechen?</numerusform>
            <numerusform>Den Import der %n noch nicht gesendeten Zeilen abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in flight finish; the others are skipped and recorded as such, not lost: the report lists them, and importing the file again sends them.</source>
        <translation>Zeilen, die gerade gesendet werden, werden noch abgeschlossen; die übrigen werden übersprungen und als solche vermerkt, nicht verloren: Der Bericht listet sie auf, und ein erneuter Import der Datei sendet sie.</translation>
    </message>
    <message>
        <source>Cancel &amp;Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep Importing</source>
        <translation>&amp;Weiter importieren</translation>
    </message>
    <message>
        <source>Cancelling: the rows in flight finish, the others are skipped.</source>
        <translation>Wird abgebrochen: Zeilen, die gerade gesendet werden, werden noch abgeschlossen, die übrigen werden übersprungen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Pausing: the rows in flight finish, nothing new is sent.</source>
        <translation>Wird angehalten: Zeilen, die gerade gesendet werden, werden noch abgeschlossen, Neues wird nicht mehr gesendet.</translation>
    </message>
    <message>
        <source>Paused: nothing is being sent. Resume when you are ready; if you close the wizard, the import waits in the journal to be resumed.</source>
        <translation>Angehalten: Es wird nichts gesendet. Setzen Sie den Import fort, sobald Sie bereit sind; wenn Sie den Assistenten schließen, wartet der Import im Importjournal darauf, fortgesetzt zu werden.</translation>
    </message>
    <message>
        <source>The import stopped: %1 It waits in the journal; resume it from the window once the problem is solved.</source>
        <translation>Der Import wurde unterbrochen: %1 Er wartet im Importjournal; setzen Sie ihn im Hauptfenster fort, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Whose plan is run</source>
        <translation>Wessen Plan ausgeführt wird</translation>
    </message>
    <message>
        <source>This runs the dry run&apos;s plan of %1 as it is: no member is looked up again.</source>
        <translation>Hier wird der Plan des Probelaufs von %1 unverändert ausgeführt: Kein Mitglied wird erneut nachgeschlagen.</translation>
    </message>
    <message>
        <source>This carries on the import planned %1 where it stopped.</source>
        <translation>Hier wird der um %1 geplante Import dort fortgesetzt, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Undoing import %1 in %2 (%3).</source>
        <translation>Import %1 in %2 (%3) wird rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Deactivating the members listed in %1, in %2 (%3).</source>
        <translation>Die in %1 aufgeführten Mitglieder werden in %2 (%3) deaktiviert.</translation>
    </message>
</context>
<context>
    <name>ImportRunReportDialog</name>
    <message>
        <source>Import %1: %2</source>
        <translation>Import %1: %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Every row, with what became of it:</source>
        <translation>&amp;Jede Zeile mit dem, was aus ihr wurde:</translation>
    </message>
    <message>
        <source>Rows of the import</source>
        <translation>Zeilen des Imports</translation>
    </message>
    <message>
        <source>Cannot deactivate</source>
        <translation>Nicht deaktivierbar</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import was cancelled before this row was sent.</source>
        <translation>Der Import wurde abgebrochen, bevor diese Zeile gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation>%1 ist kein Mitglied mehr.</translation>
    </message>
    <message>
        <source>%1 is a member already, as the row has them.</source>
        <translation>%1 ist bereits Mitglied, mit denselben Angaben wie in der Zeile.</translation>
    </message>
    <message>
        <source>The provider may have carried it out: retrying this row looks the member up first.</source>
        <translation>Der Anbieter hat es vielleicht ausgeführt: Ein erneuter Versuch dieser Zeile sucht das Mitglied zuerst.</translation>
    </message>
    <message>
        <source>%1 was a member already: updated instead of created.</source>
        <translation>%1 war bereits Mitglied: aktualisiert statt angelegt.</translation>
    </message>
    <message>
        <source>%1 was a member already: reactivated instead of created.</source>
        <translation>%1 war bereits Mitglied: reaktiviert statt angelegt.</translation>
    </message>
</context>
<context>
    <name>ImportSettings</name>
    <message>
        <source>The import&apos;s settings name no mode.</source>
        <translation>Die Einstellungen des Imports nennen keinen Modus.</translation>
    </message>
    <message>
        <source>The import&apos;s settings name an unknown encoding.</source>
        <translation>Die Einstellungen des Imports nennen eine unbekannte Kodierung.</translation>
    </message>
    <message>
        <source>The import&apos;s settings name an unusable delimiter.</source>
        <translation>Die Einstellungen des Imports nennen ein unbrauchbares Trennzeichen.</translation>
    </message>
    <message>
        <source>The import&apos;s settings map a column to an unknown field.</source>
        <translation>Die Einstellungen des Imports ordnen eine Spalte einem unbekannten Feld zu.</translation>
    </message>
    <message>
        <source>The import&apos;s mapping cannot be read: %1</source>
        <translation>Die Zuordnung des Imports kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>etwa %n s</numerusform>
            <numerusform>etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln anzulegen</numerusform>
            <numerusform>%Ln anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln zu aktualisieren</numerusform>
            <numerusform>%Ln zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to reactivate</source>
        <translation>
            <numerusform>%Ln zu reaktivieren</numerusform>
            <numerusform>%Ln zu reaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank</source>
        <translation>
            <numerusform>%Ln leer</numerusform>
            <numerusform>%Ln leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Cannot deactivate</source>
        <translation>Nicht deaktivierbar</translation>
    </message>
    <message>
        <source>Cannot deactivate on %1</source>
        <translation>Auf %1 nicht deaktivierbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to deactivate</source>
        <translation>
            <numerusform>%Ln zu deaktivieren</numerusform>
            <numerusform>%Ln zu deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln that cannot be deactivated</source>
        <translation>
            <numerusform>%Ln nicht deaktivierbar</numerusform>
            <numerusform>%Ln nicht deaktivierbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>ImportUndoPage</name>
    <message>
        <source>Also put back members &amp;changed again since the run (conflicts)</source>
        <translation>Auch seit dem Lauf erneut &amp;geänderte Mitglieder zurücksetzen (Konflikte)</translation>
    </message>
    <message>
        <source>Undo Run %1</source>
        <translation>Lauf %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Roster plans the reverse of the run and shows it as a dry run first: nothing is sent to %1 until you start it.</source>
        <translation>Roster plant die Umkehrung des Laufs und zeigt sie zuerst als Probelauf: nichts wird an %1 gesendet, bevor Sie sie starten.</translation>
    </message>
    <message>
        <source>The run to undo</source>
        <translation>Der rückgängig zu machende Lauf</translation>
    </message>
    <message>
        <source>Also deactivate the members the run created</source>
        <translation>Auch die Mitglieder deaktivieren, die der Lauf angelegt hat</translation>
    </message>
    <message>
        <source>Also put back members changed since the run</source>
        <translation>Auch seit dem Lauf geänderte Mitglieder zurücksetzen</translation>
    </message>
    <message>
        <source>A member changed again since the run (by hand, or by another import) is left alone unless you include them: putting them back undoes that change too.</source>
        <translation>Ein seit dem Lauf erneut geändertes Mitglied (von Hand oder durch einen anderen Import) bleibt unangetastet, wenn Sie es nicht einschließen: es zurückzusetzen macht auch diese Änderung rückgängig.</translation>
    </message>
    <message>
        <source>Run %1 imported %2 on %3. It created %4, updated %5, reactivated %6 and deactivated %7 members.</source>
        <translation>Lauf %1 hat %2 am %3 importiert. Er hat %4 Mitglieder angelegt, %5 aktualisiert, %6 reaktiviert und %7 deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;deactivate the %n member(s) this run created (never deleted)</source>
        <translation>
            <numerusform>Auch das %n Mitglied &amp;deaktivieren, das dieser Lauf angelegt hat (nie gelöscht)</numerusform>
            <numerusform>Auch die %n Mitglieder &amp;deaktivieren, die dieser Lauf angelegt hat (nie gelöscht)</numerusform>
        </translation>
    </message>
    <message>
        <source>Members are never deleted: those the run created are deactivated, and can be reactivated.</source>
        <translation>Mitglieder werden nie gelöscht: die, die der Lauf angelegt hat, werden deaktiviert und können reaktiviert werden.</translation>
    </message>
</context>
<context>
    <name>ImportValidationPage</name>
    <message>
        <source>&amp;Stop Checking</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check the Rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Every row is checked as %1 needs it. Rows with problems are reported as failed, not sent; go Back to change the mapping.</source>
        <translation>Jede Zeile wird so geprüft, wie %1 es verlangt. Zeilen mit Problemen werden als fehlgeschlagen gemeldet und nicht gesendet; mit „Zurück“ können Sie die Zuordnung ändern.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Geprüfte Zeilen</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <source>Check the rows again</source>
        <translation>Die Zeilen erneut prüfen</translation>
    </message>
    <message>
        <source>Rows that can be imported</source>
        <translation>Importierbare Zeilen</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Leere Zeilen</translation>
    </message>
    <message>
        <source>The check&apos;s result</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Problems, one a line</source>
        <translation>Probleme, eines pro Zeile</translation>
    </message>
    <message>
        <source>Rows with problems, as read</source>
        <translation>Zeilen mit Problemen, wie gelesen</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>&amp;Rows with problems, as read (problem cells are tinted; point at one for its problem):</source>
        <translation>Zeilen mit Problemen, wie &amp;gelesen (Zellen mit Problemen sind eingefärbt; zeigen Sie auf eine Zelle, um ihr Problem zu sehen):</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Alle Zeilen von %1 werden geprüft…</translation>
    </message>
    <message>
        <source>The check was stopped before the end of the file. Check Again to check it whole, or go Back to change the mapping.</source>
        <translation>Die Prüfung wurde vor dem Ende der Datei beendet. „Erneut prüfen“ prüft die ganze Datei; mit „Zurück“ können Sie die Zuordnung ändern.</translation>
    </message>
    <message>
        <source>Can be imported: %1</source>
        <translation>Importierbar: %1</translation>
    </message>
    <message>
        <source>With problems: %1</source>
        <translation>Mit Problemen: %1</translation>
    </message>
    <message>
        <source>Blank: %1</source>
        <translation>Leer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s).</source>
        <translation>
            <numerusform>%n Zeile geprüft.</numerusform>
            <numerusform>%n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported: go Back to change the format or the mapping.</source>
        <translation>Keine Zeile kann importiert werden: Mit „Zurück“ können Sie das Format oder die Zuordnung ändern.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Alle Zeilen können importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n Zeile kann importiert werden.</numerusform>
            <numerusform>%n Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be reported as failed and not sent: fix them in the file, or go Back to change the mapping.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen wird als fehlgeschlagen gemeldet und nicht gesendet: Korrigieren Sie sie in der Datei, oder ändern Sie mit „Zurück“ die Zuordnung.</numerusform>
            <numerusform>%n Zeilen mit Problemen werden als fehlgeschlagen gemeldet und nicht gesendet: Korrigieren Sie sie in der Datei, oder ändern Sie mit „Zurück“ die Zuordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) are counted and skipped.</source>
        <translation>
            <numerusform>%n leere Zeile wird gezählt und übersprungen.</numerusform>
            <numerusform>%n leere Zeilen werden gezählt und übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rows with problems are listed here; the failed-rows file after the import has them all.</source>
        <translation>Hier sind die ersten %1 Zeilen mit Problemen aufgeführt; die Datei mit den fehlgeschlagenen Zeilen enthält nach dem Import alle.</translation>
    </message>
    <message>
        <source>The rows could not all be checked.</source>
        <translation>Nicht alle Zeilen konnten geprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped at %Ln rows.</source>
        <translation>
            <numerusform>Prüfung nach %Ln Zeile beendet.</numerusform>
            <numerusform>Prüfung nach %Ln Zeilen beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Members into %1</source>
        <translation>Mitglieder in %1 importieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Den Import starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Retry Failed Rows</source>
        <translation>Fehlgeschlagene Zeilen erneut versuchen</translation>
    </message>
    <message>
        <source>Close While Importing?</source>
        <translation>Während des Imports schließen?</translation>
    </message>
    <message>
        <source>The import is still running. Pause it and close?</source>
        <translation>Der Import läuft noch. Anhalten und schließen?</translation>
    </message>
    <message>
        <source>Nothing is lost: the import waits in the journal, and the window offers to resume it.</source>
        <translation>Es geht nichts verloren: Der Import wartet im Importjournal, und das Hauptfenster bietet an, ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>&amp;Pause and Close</source>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep Importing</source>
        <translation>&amp;Weiter importieren</translation>
    </message>
    <message>
        <source>Undo Import %1 in %2</source>
        <translation>Import %1 in %2 rückgängig machen</translation>
    </message>
    <message>
        <source>Deactivate Members of %1 from a File</source>
        <translation>Mitglieder von %1 aus einer Datei deaktivieren</translation>
    </message>
    <message>
        <source>Start the Import</source>
        <translation>Den Import starten</translation>
    </message>
    <message>
        <source>Resume the Import</source>
        <translation>Den Import fortsetzen</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Meldungssymbol</translation>
    </message>
</context>
<context>
    <name>KeyInput</name>
    <message>
        <source>Cannot read the API key from standard input.</source>
        <translation>Der API-Schlüssel kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>No API key was given.</source>
        <translation>Es wurde kein API-Schlüssel angegeben.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>That is not a workspace id.</source>
        <translation>Das ist keine Arbeitsbereichs-ID.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>KWallet 4</source>
        <translation>KWallet 4</translation>
    </message>
    <message>
        <source>KWallet 5</source>
        <translation>KWallet 5</translation>
    </message>
    <message>
        <source>KWallet 6</source>
        <translation>KWallet 6</translation>
    </message>
    <message>
        <source>GNOME Keyring (libgnome-keyring)</source>
        <translation>GNOME Keyring (libgnome-keyring)</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
</context>
<context>
    <name>KeychainFailure</name>
    <message>
        <source>You can give the API key for this run only with --key-stdin or the ROSTER_API_KEY environment variable; Roster then keeps it in memory and writes it nowhere.</source>
        <translation>Sie können den API-Schlüssel nur für diesen Aufruf mit --key-stdin oder der Umgebungsvariablen ROSTER_API_KEY angeben; Roster behält ihn dann im Speicher und schreibt ihn nirgendwohin.</translation>
    </message>
    <message>
        <source>No keychain answered: Roster keeps API keys only in a Secret Service (such as GNOME Keyring) or in KWallet, and neither could be reached. To fix this, install and unlock GNOME Keyring (package gnome-keyring) or KWallet, and make sure Roster runs inside a desktop or D-Bus session (DBUS_SESSION_BUS_ADDRESS is set).</source>
        <translation>Kein Schlüsselbund hat geantwortet: Roster speichert API-Schlüssel nur in einem Secret Service (etwa GNOME Keyring) oder in KWallet, und keiner von beiden war erreichbar. Installieren und entsperren Sie zur Abhilfe GNOME Keyring (Paket gnome-keyring) oder KWallet, und stellen Sie sicher, dass Roster in einer Desktop- oder D-Bus-Sitzung läuft (DBUS_SESSION_BUS_ADDRESS ist gesetzt).</translation>
    </message>
    <message>
        <source>No keychain answered: a Secret Service is running, but Roster reaches it through libsecret, which is not installed. Install it (Debian package libsecret-1-0).</source>
        <translation>Kein Schlüsselbund hat geantwortet: Ein Secret Service läuft, aber Roster erreicht ihn über libsecret, und libsecret ist nicht installiert. Installieren Sie es (Debian-Paket libsecret-1-0).</translation>
    </message>
    <message>
        <source>No keychain can answer: Roster&apos;s event loop does not run GLib, which the Secret Service needs. Unset QT_NO_GLIB.</source>
        <translation>Kein Schlüsselbund kann antworten: Die Ereignisschleife von Roster läuft nicht über GLib, das der Secret Service braucht. Entfernen Sie die Umgebungsvariable QT_NO_GLIB.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring or wallet and allow Roster to use it.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie Ihren Schlüsselbund bzw. KWallet und erlauben Sie Roster den Zugriff.</translation>
    </message>
    <message>
        <source>No API key is stored in the keychain for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist kein API-Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not store the API key: %1.</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel nicht speichern: %1.</translation>
    </message>
    <message>
        <source>The keychain could not read the API key: %1.</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel nicht lesen: %1.</translation>
    </message>
    <message>
        <source>The keychain could not delete the API key: %1.</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel nicht löschen: %1.</translation>
    </message>
    <message>
        <source>If your keyring or wallet is locked or has no default collection, unlock or create it (for example in Passwords and Keys, or KWallet Manager).</source>
        <translation>Wenn Ihr Schlüsselbund bzw. KWallet gesperrt ist oder es keinen Standardschlüsselbund gibt, entsperren oder erstellen Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“ oder im KWalletManager).</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>The member&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Mitglieds.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Asking %1 for a login link for %2…</source>
        <translation>Anmeldelink für %2 wird bei %1 angefordert…</translation>
    </message>
    <message>
        <source>Heartbeat issues no login links by API: %1 gets their magic link by asking for it on this page.</source>
        <translation>Heartbeat stellt per API keine Anmeldelinks aus: %1 kann den Magic Link auf dieser Seite selbst anfordern.</translation>
    </message>
    <message>
        <source>This link signs %1 in once and then expires. Mail scanners that open links can use it up before the member does: prefer a chat message.</source>
        <translation>Dieser Link meldet %1 einmal an und verfällt dann. Mail-Scanner, die Links öffnen, können ihn verbrauchen, bevor das Mitglied ihn nutzt: Senden Sie ihn besser per Chat.</translation>
    </message>
</context>
<context>
    <name>ListingWriter</name>
    <message>
        <source>The members of workspace %1 in %2 are already being refreshed.</source>
        <translation>Die Mitglieder des Arbeitsbereichs %1 in %2 werden bereits aufgefrischt.</translation>
    </message>
    <message>
        <source>Cannot refresh the members of workspace %1 in %2: %3</source>
        <translation>Die Mitglieder des Arbeitsbereichs %1 in %2 können nicht aufgefrischt werden: %3</translation>
    </message>
    <message>
        <source>Cannot refresh the members of workspace %1 in %2: member %3: %4</source>
        <translation>Die Mitglieder des Arbeitsbereichs %1 in %2 können nicht aufgefrischt werden: Mitglied %3: %4</translation>
    </message>
    <message>
        <source>The refresh of workspace %1 in %2 was not started or has ended.</source>
        <translation>Das Auffrischen des Arbeitsbereichs %1 in %2 wurde nicht begonnen oder ist beendet.</translation>
    </message>
    <message>
        <source>member %1: %2</source>
        <translation>Mitglied %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roster (demo)</source>
        <translation>Roster (Demo)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>Arbeits&amp;bereiche</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Add workspace…</source>
        <translation>Arbeitsbereich hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Add workspace…</source>
        <translation>Arbeitsbereich &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit or remove workspace…</source>
        <translation>Arbeitsbereich b&amp;earbeiten oder entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Mitglied</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>Mitglied &amp;suchen</translation>
    </message>
    <message>
        <source>Application &amp;log</source>
        <translation>Anwendungs&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Roster</source>
        <translation>Ü&amp;ber Roster</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Add a workspace to begin: Workspace → Add workspace.</source>
        <translation>Fügen Sie zuerst einen Arbeitsbereich hinzu: Arbeitsbereich → Arbeitsbereich hinzufügen.</translation>
    </message>
    <message>
        <source>%1 — Roster (demo)</source>
        <translation>%1 — Roster (Demo)</translation>
    </message>
    <message>
        <source>%1 — Roster</source>
        <translation>%1 — Roster</translation>
    </message>
    <message>
        <source>Reading every member of %1 from %2…</source>
        <translation>Alle Mitglieder von %1 werden von %2 gelesen…</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>Aktualisieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Added workspace %1.</source>
        <translation>Arbeitsbereich %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved workspace %1.</source>
        <translation>Arbeitsbereich %1 gespeichert.</translation>
    </message>
    <message>
        <source>Removed workspace %1.</source>
        <translation>Arbeitsbereich %1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n members of %1 in %2 ms.</source>
        <translation>
            <numerusform>%n Mitglied von %1 in %2 ms geladen.</numerusform>
            <numerusform>%n Mitglieder von %1 in %2 ms geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>No members to export.</source>
        <translation>Keine Mitglieder zum Exportieren.</translation>
    </message>
    <message>
        <source>No member is shown.</source>
        <translation>Kein Mitglied wird angezeigt.</translation>
    </message>
    <message>
        <source>Testing the connection to %1: its state shows in the sidebar.</source>
        <translation>Die Verbindung zu %1 wird getestet: Ihr Zustand erscheint in der Seitenleiste.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Add a workspace first.</source>
        <translation>Fügen Sie zuerst einen Arbeitsbereich hinzu.</translation>
    </message>
    <message>
        <source>Who did what in this workspace, when, from where.</source>
        <translation>Wer in diesem Arbeitsbereich was getan hat, wann und von wo aus.</translation>
    </message>
    <message>
        <source>Add a workspace first: history is per workspace.</source>
        <translation>Fügen Sie zuerst einen Arbeitsbereich hinzu: Der Verlauf gilt je Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 failed in %2%3: %4</source>
        <translation>%1 in %2%3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Refreshing %1 was cancelled: the local roster is as it was.</source>
        <translation>Das Auffrischen von %1 wurde abgebrochen: Die lokale Mitgliederliste ist unverändert.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Reading members of %1… %2</source>
        <translation>Mitglieder von %1 werden gelesen… %2</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;verlauf …</translation>
    </message>
    <message>
        <source>The imports of this workspace: when, who, which file, what they did.</source>
        <translation>Die Importe dieses Arbeitsbereichs: wann, wer, welche Datei, was sie getan haben.</translation>
    </message>
    <message>
        <source>Add a workspace first: imports are per workspace.</source>
        <translation>Fügen Sie zuerst einen Arbeitsbereich hinzu: Importe gehören zu einem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Show %1 in the window to undo its imports.</source>
        <translation>Zeigen Sie %1 im Fenster an, um seine Importe rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>MappingText</name>
    <message>
        <source>“%1”: expected COLUMN=FIELD (for example “E-mail=email”)</source>
        <translation>„%1“: erwartet wird SPALTE=FELD (zum Beispiel „E-Mail=email“)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a field; the fields are %3, or skip</source>
        <translation>„%1“: „%2“ ist kein Feld; die Felder sind %3 oder skip</translation>
    </message>
    <message>
        <source>“%1”: %2 is already mapped by “%3”</source>
        <translation>„%1“: %2 ist bereits durch „%3“ zugeordnet</translation>
    </message>
    <message>
        <source>“%1”: expected FIELD=VALUE (for example “role=Member”)</source>
        <translation>„%1“: erwartet wird FELD=WERT (zum Beispiel „role=Member“)</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a field; the fields are %3</source>
        <translation>„%1“: „%2“ ist kein Feld; die Felder sind %3</translation>
    </message>
    <message>
        <source>there is no column %1; the columns are numbered from 1 to %2</source>
        <translation>es gibt keine Spalte %1; die Spalten sind von 1 bis %2 nummeriert</translation>
    </message>
    <message>
        <source>“%1” matches both “%2” and “%3”; write the column&apos;s name exactly or use #N</source>
        <translation>„%1“ passt sowohl zu „%2“ als auch zu „%3“; schreiben Sie den Namen der Spalte genau aus oder verwenden Sie #N</translation>
    </message>
    <message>
        <source>there is no column “%1” (the columns are %2)</source>
        <translation>es gibt keine Spalte „%1“ (vorhandene Spalten: %2)</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>Mitglied &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Copy login link</source>
        <translation>Anmeldelink &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quick login link…</source>
        <translation>Anmeldelink &amp;schnell kopieren…</translation>
    </message>
    <message>
        <source>Re&amp;fresh from provider</source>
        <translation>Vom Anbieter &amp;aktualisieren</translation>
    </message>
    <message>
        <source>One-time links work once: mail scanners that open links can use them up before the member does. Send them by chat where you can.</source>
        <translation>Einmallinks gelten nur ein einziges Mal: Mail-Scanner, die Links öffnen, können sie verbrauchen, bevor das Mitglied sie nutzt. Senden Sie sie nach Möglichkeit per Chat.</translation>
    </message>
    <message>
        <source>Asking for a login link for %1…</source>
        <translation>Anmeldelink für %1 wird angefordert…</translation>
    </message>
    <message>
        <source>Copied the community&apos;s sign-in page: Heartbeat issues no login links, so %1 gets their magic link by asking for it there.</source>
        <translation>Anmeldeseite der Community kopiert: Heartbeat stellt keine Anmeldelinks aus, daher fordert %1 den Magic Link dort selbst an.</translation>
    </message>
    <message>
        <source>Copied a one-time login link for %1. It works once; mail scanners can use it up.</source>
        <translation>Einmallink für %1 kopiert; Mail-Scanner können ihn verbrauchen.</translation>
    </message>
    <message>
        <source>No login link for %1</source>
        <translation>Kein Anmeldelink für %1</translation>
    </message>
    <message>
        <source>The workspace is not connected yet.</source>
        <translation>Der Arbeitsbereich ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Select one member to edit.</source>
        <translation>Wählen Sie ein einzelnes Mitglied zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>Select members who are not deactivated.</source>
        <translation>Wählen Sie Mitglieder aus, die nicht deaktiviert sind.</translation>
    </message>
    <message>
        <source>Select deactivated members.</source>
        <translation>Wählen Sie deaktivierte Mitglieder aus.</translation>
    </message>
    <message>
        <source>Select one member to copy their login link.</source>
        <translation>Wählen Sie ein einzelnes Mitglied aus, um seinen Anmeldelink zu kopieren.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Deactivating %1…</source>
        <translation>%1 wird deaktiviert…</translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation>%1 wird reaktiviert…</translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Reactivated %1.</source>
        <translation>%1 reaktiviert.</translation>
    </message>
    <message>
        <source>%1 was not deactivated</source>
        <translation>%1 wurde nicht deaktiviert</translation>
    </message>
    <message>
        <source>%1 was not reactivated</source>
        <translation>%1 wurde nicht reaktiviert</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n members done, %2 failed.</source>
        <translation>
            <numerusform>%1 von %n Mitglied erledigt, %2 fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Mitgliedern erledigt, %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import members from CSV…</source>
        <translation>Mitglieder aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>Zur &amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from gro&amp;up…</source>
        <translation>Aus der Gr&amp;uppe entfernen…</translation>
    </message>
    <message>
        <source>Select the members whose groups to change.</source>
        <translation>Wählen Sie die Mitglieder aus, deren Gruppen geändert werden sollen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 is no longer in the roster. %2</source>
        <translation>%1 ist nicht mehr in der Mitgliederliste. %2</translation>
    </message>
    <message>
        <source>Nothing to do: all of them are in %1.</source>
        <translation>Nichts zu tun: Alle sind bereits in %1.</translation>
    </message>
    <message>
        <source>Nothing to do: none of them is in %1.</source>
        <translation>Nichts zu tun: Keines ist in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n members.</source>
        <translation>
            <numerusform>%n Mitglied deaktiviert.</numerusform>
            <numerusform>%n Mitglieder deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate these</source>
        <translation>Diese reaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %n members.</source>
        <translation>
            <numerusform>%n Mitglied reaktiviert.</numerusform>
            <numerusform>%n Mitglieder reaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate these</source>
        <translation>Diese deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Added %n members to %1.</source>
        <translation>
            <numerusform>%n Mitglied zu %1 hinzugefügt.</numerusform>
            <numerusform>%n Mitglieder zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove them from %1</source>
        <translation>Aus %1 wieder entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n members from %1.</source>
        <translation>
            <numerusform>%n Mitglied aus %1 entfernt.</numerusform>
            <numerusform>%n Mitglieder aus %1 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them back to %1</source>
        <translation>Wieder zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Not undone: the workspace of that action is no longer the one shown.</source>
        <translation>Nicht rückgängig gemacht: Der Arbeitsbereich dieser Aktion wird nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>No login link for %1: its workspace was removed.</source>
        <translation>Kein Anmeldelink für %1: Sein Arbeitsbereich wurde entfernt.</translation>
    </message>
    <message>
        <source>No login link for %1: %2</source>
        <translation>Kein Anmeldelink für %1: %2</translation>
    </message>
    <message>
        <source>Roster is reading the members of %1; try again when it has finished.</source>
        <translation>Roster liest gerade die Mitglieder von %1; versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Deac&amp;tivate from file…</source>
        <translation>Aus Datei deak&amp;tivieren …</translation>
    </message>
</context>
<context>
    <name>MemberAddCommand</name>
    <message>
        <source>The new member&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des neuen Mitglieds.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Full name (Heartbeat); split into first and last names for Forward and Beam.gg.</source>
        <translation>Vollständiger Name (Heartbeat); für Forward und Beam.gg in Vor- und Nachname aufgeteilt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>Heartbeat: the role, by name or id (required).</source>
        <translation>Heartbeat: die Rolle, als Name oder ID (erforderlich).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Heartbeat: a group, by name or id; repeat for several.</source>
        <translation>Heartbeat: eine Gruppe, als Name oder ID; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Heartbeat: create a pending member, who becomes active at first sign-in.</source>
        <translation>Heartbeat: ein ausstehendes Mitglied anlegen, das bei der ersten Anmeldung aktiv wird.</translation>
    </message>
    <message>
        <source>Print the member as JSON.</source>
        <translation>Das Mitglied als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Heartbeat needs the member&apos;s name: give --name.</source>
        <translation>Heartbeat benötigt den Namen des Mitglieds: Geben Sie --name an.</translation>
    </message>
    <message>
        <source>%1 needs a first and a last name: give --first-name and --last-name, or --name with both.</source>
        <translation>%1 benötigt Vor- und Nachnamen: Geben Sie --first-name und --last-name an oder --name mit beiden.</translation>
    </message>
    <message>
        <source>Reading the roles of %1…</source>
        <translation>Rollen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Heartbeat needs a role for a new member: give --role, one of: %1.</source>
        <translation>Heartbeat benötigt eine Rolle für ein neues Mitglied: Geben Sie --role mit einer dieser Rollen an: %1.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;; the roles are: %2.</source>
        <translation>Es gibt keine Rolle „%1“; vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>Creating %1 at %2…</source>
        <translation>%1 wird bei %2 angelegt…</translation>
    </message>
    <message>
        <source>Heartbeat: post the bio as an introduction thread.</source>
        <translation>Heartbeat: die Biografie als Vorstellungsbeitrag veröffentlichen.</translation>
    </message>
    <message>
        <source>--introduce posts the bio as an introduction thread: give --bio too.</source>
        <translation>--introduce veröffentlicht die Biografie als Vorstellungsbeitrag: Geben Sie auch --bio an.</translation>
    </message>
</context>
<context>
    <name>MemberClient</name>
    <message>
        <source>%1 has no member with the email %2.</source>
        <translation>%1 hat kein Mitglied mit der E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>%1 says: %2 (HTTP %3)</source>
        <translation>%1 meldet: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>%1 cannot change a member&apos;s %2; it can change: %3.</source>
        <translation>%1 kann bei Mitgliedern %2 nicht ändern, sondern nur: %3.</translation>
    </message>
    <message>
        <source>{&quot;user&quot;: {id, email, ...}}</source>
        <translation>{&quot;user&quot;: {id, email, ...}}</translation>
    </message>
    <message>
        <source>the created {&quot;user&quot;} with its id</source>
        <translation>den angelegten {&quot;user&quot;} mit seiner ID</translation>
    </message>
    <message>
        <source>the updated {&quot;user&quot;}</source>
        <translation>den geänderten {&quot;user&quot;}</translation>
    </message>
    <message>
        <source>{&quot;url&quot;: ...}</source>
        <translation>{&quot;url&quot;: ...}</translation>
    </message>
    <message>
        <source>a list of users {data, meta}</source>
        <translation>eine Benutzerliste {data, meta}</translation>
    </message>
    <message>
        <source>users with an id and an email</source>
        <translation>Benutzer mit ID und E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the created user with its id</source>
        <translation>den angelegten Benutzer mit seiner ID</translation>
    </message>
    <message>
        <source>the updated user, with its id</source>
        <translation>den geänderten Benutzer mit seiner ID</translation>
    </message>
    <message>
        <source>a login_url for this user</source>
        <translation>eine login_url für diesen Benutzer</translation>
    </message>
    <message>
        <source>a login_url</source>
        <translation>eine login_url</translation>
    </message>
    <message>
        <source>a user object or a list of users</source>
        <translation>ein Benutzerobjekt oder eine Benutzerliste</translation>
    </message>
    <message>
        <source>a list of users</source>
        <translation>eine Benutzerliste</translation>
    </message>
    <message>
        <source>a list of {id, name}</source>
        <translation>eine Liste von {id, name}</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>%1 answered %2 (HTTP %3) with something Roster cannot read: it expected %4, and got: %5</source>
        <translation>%1 hat auf %2 (HTTP %3) etwas geantwortet, das Roster nicht lesen kann: erwartet war %4, gekommen ist: %5</translation>
    </message>
    <message>
        <source>%1 refused %2 without saying why (HTTP %3)</source>
        <translation>%1 hat %2 ohne Begründung abgelehnt (HTTP %3)</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>bereits aktiv</translation>
    </message>
    <message>
        <source>already deactivated</source>
        <translation>bereits deaktiviert</translation>
    </message>
    <message>
        <source>a group with its users</source>
        <translation>eine Gruppe mit ihren Mitgliedern</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <source>Member details</source>
        <translation>Mitgliedsdetails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What Roster did to this member</source>
        <translation>Was Roster mit diesem Mitglied getan hat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>%n members selected</source>
        <translation>
            <numerusform>%n Mitglied ausgewählt</numerusform>
            <numerusform>%n Mitglieder ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Kein Mitglied ausgewählt</translation>
    </message>
    <message>
        <source>Deactivate or reactivate them all at once from the Member menu.</source>
        <translation>Im Menü „Mitglied“ können Sie alle auf einmal deaktivieren oder reaktivieren.</translation>
    </message>
    <message>
        <source>Pick a member in the table, or press Ctrl+Shift+L to find one and copy their login link.</source>
        <translation>Wählen Sie ein Mitglied in der Tabelle aus, oder drücken Sie Strg+Umschalt+L, um eines zu suchen und seinen Anmeldelink zu kopieren.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>the user, and where from: casey (dialog)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit Member %1</source>
        <translation>Mitglied %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add Member to %1</source>
        <translation>Mitglied zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Loading roles and groups</source>
        <translation>Rollen und Gruppen werden geladen</translation>
    </message>
    <message>
        <source>Saving the member</source>
        <translation>Mitglied wird gespeichert</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>Aktueller Vorgang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Die Änderungen speichern</translation>
    </message>
    <message>
        <source>Add the member</source>
        <translation>Das Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The roles could not be loaded. %1</source>
        <translation>Die Rollen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The groups could not be loaded. %1</source>
        <translation>Die Gruppen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The roles and groups could not be loaded. %1</source>
        <translation>Die Rollen und Gruppen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut ver&amp;suchen</translation>
    </message>
    <message>
        <source>Saving %1 at %2…</source>
        <translation>%1 wird bei %2 gespeichert…</translation>
    </message>
    <message>
        <source>Creating %1 at %2…</source>
        <translation>%1 wird bei %2 angelegt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled. The provider may or may not have carried it out: check before trying again.</source>
        <translation>Abgebrochen. Ob der Anbieter den Vorgang ausgeführt hat, ist unklar: Prüfen Sie das vor einem erneuten Versuch.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 did not save the changes (%2).</source>
        <translation>%1 hat die Änderungen nicht gespeichert (%2).</translation>
    </message>
    <message>
        <source>%1 did not create the member (%2).</source>
        <translation>%1 hat das Mitglied nicht angelegt (%2).</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Erneut versuc&amp;hen</translation>
    </message>
    <message>
        <source>A member with this email exists</source>
        <translation>Ein Mitglied mit dieser E-Mail-Adresse existiert</translation>
    </message>
    <message>
        <source>Already a member of %1.</source>
        <translation>Bereits Mitglied von %1.</translation>
    </message>
    <message>
        <source>%1 already has this email: %2 is a member, so adding them again would fail.</source>
        <translation>%1 hat diese E-Mail-Adresse bereits: %2 ist Mitglied, ein erneutes Hinzufügen würde fehlschlagen.</translation>
    </message>
    <message>
        <source>&amp;Open the existing member</source>
        <translation>Vorhandenes Mitglied ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>MemberEditCommand</name>
    <message>
        <source>The member&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Mitglieds.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>New full name (Heartbeat).</source>
        <translation>Neuer vollständiger Name (Heartbeat).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>New first name (Forward, Beam.gg).</source>
        <translation>Neuer Vorname (Forward, Beam.gg).</translation>
    </message>
    <message>
        <source>New last name (Forward, Beam.gg).</source>
        <translation>Neuer Nachname (Forward, Beam.gg).</translation>
    </message>
    <message>
        <source>New email address (Forward).</source>
        <translation>Neue E-Mail-Adresse (Forward).</translation>
    </message>
    <message>
        <source>Print the member as JSON.</source>
        <translation>Das Mitglied als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Heartbeat: add the member to a group, by name or id; repeat for several.</source>
        <translation>Heartbeat: das Mitglied einer Gruppe hinzufügen, als Name oder ID; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Heartbeat: remove the member from a group, by name or id; repeat for several.</source>
        <translation>Heartbeat: das Mitglied aus einer Gruppe entfernen, als Name oder ID; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Say what to change: --name, --first-name, --last-name, --email, --bio, --status, --linkedin, --twitter, --instagram, --picture, --clear, --add-group or --remove-group.</source>
        <translation>Geben Sie an, was geändert werden soll: --name, --first-name, --last-name, --email, --bio, --status, --linkedin, --twitter, --instagram, --picture, --clear, --add-group oder --remove-group.</translation>
    </message>
    <message>
        <source>Give the group &quot;%1&quot; to --add-group or to --remove-group, not both.</source>
        <translation>Geben Sie die Gruppe „%1“ bei --add-group oder bei --remove-group an, nicht bei beiden.</translation>
    </message>
    <message>
        <source>Looking up %1 at %2…</source>
        <translation>%1 wird bei %2 nachgeschlagen…</translation>
    </message>
    <message>
        <source>%1 has no member with the email %2.</source>
        <translation>%1 hat kein Mitglied mit der E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>%1 is as asked already: nothing was sent.</source>
        <translation>%1 ist bereits wie gewünscht: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Changing %1 of %2 at %3…</source>
        <translation>%1 von %2 wird bei %3 geändert…</translation>
    </message>
</context>
<context>
    <name>MemberExportLauncher</name>
    <message>
        <source>No members to export.</source>
        <translation>Keine Mitglieder zu exportieren.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting %1: choose the file.</source>
        <translation>Export von %1: Wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>%1 cannot change this.</source>
        <translation>%1 kann das nicht ändern.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Biografie:</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Optional: tick every group to join.</source>
        <translation>Optional: Markieren Sie alle Gruppen, denen das Mitglied beitreten soll.</translation>
    </message>
    <message>
        <source>Create as a pending member, activated at first sign-in</source>
        <translation>Als ausstehendes Mitglied anlegen, bei der ersten Anmeldung aktiviert</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Rolle auswählen</translation>
    </message>
    <message>
        <source>Roles could not be loaded</source>
        <translation>Rollen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 needs the member&apos;s name.</source>
        <translation>%1 benötigt den Namen des Mitglieds.</translation>
    </message>
    <message>
        <source>%1 needs a first name.</source>
        <translation>%1 benötigt einen Vornamen.</translation>
    </message>
    <message>
        <source>%1 needs a last name.</source>
        <translation>%1 benötigt einen Nachnamen.</translation>
    </message>
    <message>
        <source>Choose a role: %1 gives every new member one.</source>
        <translation>Wählen Sie eine Rolle aus: %1 gibt jedem neuen Mitglied eine.</translation>
    </message>
    <message>
        <source>The roles have not been loaded yet.</source>
        <translation>Die Rollen sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>&amp;Status line:</source>
        <translation>&amp;Statuszeile:</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Statuszeile</translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation>&amp;LinkedIn:</translation>
    </message>
    <message>
        <source>LinkedIn profile address</source>
        <translation>Adresse des LinkedIn-Profils</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>T&amp;witter / X:</source>
        <translation>T&amp;witter / X:</translation>
    </message>
    <message>
        <source>Twitter or X profile address</source>
        <translation>Adresse des Twitter- bzw. X-Profils</translation>
    </message>
    <message>
        <source>https://x.com/…</source>
        <translation>https://x.com/…</translation>
    </message>
    <message>
        <source>&amp;Instagram:</source>
        <translation>&amp;Instagram:</translation>
    </message>
    <message>
        <source>Instagram profile address</source>
        <translation>Adresse des Instagram-Profils</translation>
    </message>
    <message>
        <source>https://www.instagram.com/…</source>
        <translation>https://www.instagram.com/…</translation>
    </message>
    <message>
        <source>Optional: a line shown on their profile.</source>
        <translation>Optional: eine Zeile, die im Profil angezeigt wird.</translation>
    </message>
    <message>
        <source>Ticked: the groups they are in. Tick to join, untick to leave.</source>
        <translation>Markiert: die Gruppen des Mitglieds. Markieren zum Beitreten, Markierung entfernen zum Austreten.</translation>
    </message>
    <message>
        <source>Profile pict&amp;ure:</source>
        <translation>Profil&amp;bild:</translation>
    </message>
    <message>
        <source>Post the bio as an intr&amp;oduction thread</source>
        <translation>Die Biografie als V&amp;orstellungsbeitrag veröffentlichen</translation>
    </message>
    <message>
        <source>Post the bio as an introduction thread</source>
        <translation>Die Biografie als Vorstellungsbeitrag veröffentlichen</translation>
    </message>
    <message>
        <source>A pending member gets no introduction thread.</source>
        <translation>Ein ausstehendes Mitglied erhält keinen Vorstellungsbeitrag.</translation>
    </message>
    <message>
        <source>Write a bio first: the thread posts it.</source>
        <translation>Schreiben Sie zuerst eine Biografie: Der Beitrag veröffentlicht sie.</translation>
    </message>
    <message>
        <source>The picture is still being read.</source>
        <translation>Das Bild wird noch gelesen.</translation>
    </message>
    <message>
        <source>&amp;Pending: activated at their first sign-in</source>
        <translation>&amp;Ausstehend: bei der ersten Anmeldung aktiviert</translation>
    </message>
</context>
<context>
    <name>MemberFormat</name>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>GROUPS</source>
        <translation>GRUPPEN</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
</context>
<context>
    <name>MemberLoader</name>
    <message>
        <source>Cannot read the members of workspace %1: the roster database %2 does not exist.</source>
        <translation>Die Mitglieder von Arbeitsbereich %1 können nicht gelesen werden: Die Roster-Datenbank %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot hold the members of workspace %1 in memory: their text passes 4 billion characters.</source>
        <translation>Die Mitglieder von Arbeitsbereich %1 passen nicht in den Speicher: Ihr Text übersteigt 4 Milliarden Zeichen.</translation>
    </message>
</context>
<context>
    <name>MemberReader</name>
    <message>
        <source>Cannot read the members of workspace %1 from %2: %3</source>
        <translation>Die Mitglieder von Arbeitsbereich %1 können nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>the read has ended</source>
        <translation>der Lesevorgang ist beendet</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>its text is in %1, not UTF-8</source>
        <translation>ihr Text ist in %1, nicht in UTF-8</translation>
    </message>
    <message>
        <source>the read has already started</source>
        <translation>das Lesen hat bereits begonnen</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>Cannot save member %1 of workspace %2 in %3: %4</source>
        <translation>Mitglied %1 von Arbeitsbereich %2 kann nicht in %3 gespeichert werden: %4</translation>
    </message>
    <message>
        <source>Cannot look up member %1 of workspace %2 in %3: %4</source>
        <translation>Mitglied %1 von Arbeitsbereich %2 kann in %3 nicht nachgeschlagen werden: %4</translation>
    </message>
    <message>
        <source>Cannot count the members of workspace %1 in %2: %3</source>
        <translation>Die Mitglieder von Arbeitsbereich %1 können in %2 nicht gezählt werden: %3</translation>
    </message>
    <message>
        <source>Cannot read when workspace %1 was last refreshed from %2: %3</source>
        <translation>Der Zeitpunkt der letzten Aktualisierung von Arbeitsbereich %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot remove member %1 of workspace %2 from %3: %4</source>
        <translation>Mitglied %1 von Arbeitsbereich %2 kann nicht aus %3 entfernt werden: %4</translation>
    </message>
    <message>
        <source>Cannot remove the members of workspace %1 from %2: %3</source>
        <translation>Die Mitglieder von Arbeitsbereich %1 können nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>Cannot save the members of workspace %1 in %2: %3</source>
        <translation>Die Mitglieder des Arbeitsbereichs %1 können nicht in %2 gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>group set %1 is missing</source>
        <translation>Gruppensatz %1 fehlt</translation>
    </message>
    <message>
        <source>group set %1 is not a list of groups</source>
        <translation>Gruppensatz %1 ist keine Liste von Gruppen</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
</context>
<context>
    <name>MemberSearchBar</name>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Nach Name oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show members who are</source>
        <translation>Angezeigte Mitglieder</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not deactivated</source>
        <translation>Nicht deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not listed by the provider</source>
        <translation>Vom Anbieter nicht aufgeführt</translation>
    </message>
    <message>
        <source>Show members with the role</source>
        <translation>Mitglieder mit dieser Rolle anzeigen</translation>
    </message>
    <message>
        <source>Show members in the group</source>
        <translation>Mitglieder in dieser Gruppe anzeigen</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Jede Gruppe</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>key accepted</source>
        <translation>Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>created pending</source>
        <translation>als ausstehend angelegt</translation>
    </message>
    <message>
        <source>created active</source>
        <translation>als aktiv angelegt</translation>
    </message>
    <message>
        <source>one-time link issued</source>
        <translation>Einmallink ausgestellt</translation>
    </message>
    <message>
        <source>not in %1&apos;s complete list of members: deactivated or removed outside Roster</source>
        <translation>nicht in der vollständigen Mitgliederliste von %1: außerhalb von Roster deaktiviert oder entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n members listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</source>
        <translation>
            <numerusform>%n Mitglied aufgeführt: %1 neu, %2 geändert, %3 unverändert, %4 nicht mehr aufgeführt.</numerusform>
            <numerusform>%n Mitglieder aufgeführt: %1 neu, %2 geändert, %3 unverändert, %4 nicht mehr aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was incomplete, so nobody was marked as no longer listed: %1</source>
        <translation>Die Liste war unvollständig, daher wurde niemand als nicht mehr aufgeführt markiert: %1</translation>
    </message>
    <message>
        <source>%1 did not add them to %2: not a member there?</source>
        <translation>%1 hat das Mitglied nicht zu %2 hinzugefügt: dort kein Mitglied?</translation>
    </message>
    <message>
        <source>%1 still lists them in %2.</source>
        <translation>%1 führt das Mitglied weiterhin in %2.</translation>
    </message>
    <message>
        <source>adding %1: %2</source>
        <translation>Hinzufügen von %1: %2</translation>
    </message>
    <message>
        <source>copied the community&apos;s sign-in page</source>
        <translation>Anmeldeseite der Community kopiert</translation>
    </message>
</context>
<context>
    <name>MemberShowCommand</name>
    <message>
        <source>The member&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Mitglieds.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Show what the local roster holds, without asking the provider.</source>
        <translation>Anzeigen, was die lokale Mitgliederliste enthält, ohne den Anbieter zu fragen.</translation>
    </message>
    <message>
        <source>Print the member as JSON.</source>
        <translation>Das Mitglied als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Looking up %1 at %2…</source>
        <translation>%1 wird bei %2 nachgeschlagen…</translation>
    </message>
    <message>
        <source>%1 has no member with the email %2.</source>
        <translation>%1 hat kein Mitglied mit der E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>The local roster of %1 has no member with the email %2.</source>
        <translation>Die lokale Mitgliederliste von %1 enthält kein Mitglied mit der E-Mail-Adresse %2.</translation>
    </message>
</context>
<context>
    <name>MemberStateCommand</name>
    <message>
        <source>The member&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Mitglieds.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Print the member as JSON.</source>
        <translation>Das Mitglied als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Deactivating %1 at %2…</source>
        <translation>%1 wird bei %2 deaktiviert…</translation>
    </message>
    <message>
        <source>Reactivating %1 at %2…</source>
        <translation>%1 wird bei %2 reaktiviert…</translation>
    </message>
</context>
<context>
    <name>MemberStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The member can sign in.</source>
        <translation>Das Mitglied kann sich anmelden.</translation>
    </message>
    <message>
        <source>The member has not signed in for the first time yet.</source>
        <translation>Das Mitglied hat sich noch nie angemeldet.</translation>
    </message>
    <message>
        <source>The account is deactivated: the member cannot sign in.</source>
        <translation>Das Konto ist deaktiviert: Das Mitglied kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht aufgeführt</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>The provider&apos;s last complete list of members did not include this member: they were deactivated or removed outside Roster. Roster keeps them; reactivating brings them back where the provider can.</source>
        <translation>Die letzte vollständige Mitgliederliste des Anbieters enthielt dieses Mitglied nicht: Es wurde außerhalb von Roster deaktiviert oder entfernt. Roster behält es; Reaktivieren holt es zurück, wo der Anbieter das kann.</translation>
    </message>
    <message>
        <source>The provider does not report account states. This member has never signed in: pending, or not yet used.</source>
        <translation>Der Anbieter meldet keinen Kontostatus. Dieses Mitglied hat sich nie angemeldet: ausstehend oder noch nicht genutzt.</translation>
    </message>
    <message>
        <source>The provider does not report account states, and Roster has not set or seen this member&apos;s.</source>
        <translation>Der Anbieter meldet keinen Kontostatus, und Roster hat den dieses Mitglieds weder gesetzt noch gesehen.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Full name: %1</source>
        <translation>Vollständiger Name: %1</translation>
    </message>
    <message>
        <source>Role id: %1</source>
        <translation>Rollen-ID: %1</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Never read from or written to the provider</source>
        <translation>Nie vom Anbieter gelesen oder zu ihm geschrieben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Hat sich nie angemeldet</translation>
    </message>
    <message>
        <source>The provider does not say</source>
        <translation>Der Anbieter gibt es nicht an</translation>
    </message>
    <message>
        <source>An admin of the community</source>
        <translation>Ein Admin der Community</translation>
    </message>
    <message>
        <source>Not an admin of the community</source>
        <translation>Kein Admin der Community</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>MemberTableView</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>MemberValidator</name>
    <message>
        <source>the email address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address: %2</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>%1 is on line %2 already, and only that row is imported</source>
        <translation>%1 steht bereits in Zeile %2, und nur jene Zeile wird importiert</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the first name is empty</source>
        <translation>der Vorname ist leer</translation>
    </message>
    <message>
        <source>“%1” is a single word, which leaves no last name</source>
        <translation>„%1“ ist ein einzelnes Wort, daher bleibt kein Nachname übrig</translation>
    </message>
    <message>
        <source>the last name is empty</source>
        <translation>der Nachname ist leer</translation>
    </message>
    <message>
        <source>the role is empty</source>
        <translation>die Rolle ist leer</translation>
    </message>
    <message>
        <source>“%1” is not a role of this community (its roles: %2)</source>
        <translation>„%1“ ist keine Rolle dieser Community (ihre Rollen: %2)</translation>
    </message>
    <message>
        <source>the group name “%1…” is %2 characters long, more than %3</source>
        <translation>der Gruppenname „%1…“ ist %2 Zeichen lang, mehr als %3</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>the first name is %1 characters long, more than %2</source>
        <translation>der Vorname ist %1 Zeichen lang, mehr als %2</translation>
    </message>
    <message>
        <source>the last name is %1 characters long, more than %2</source>
        <translation>der Nachname ist %1 Zeichen lang, mehr als %2</translation>
    </message>
    <message>
        <source>the bio is %1 characters long, more than %2</source>
        <translation>die Biografie ist %1 Zeichen lang, mehr als %2</translation>
    </message>
    <message>
        <source>the full name is %1 characters long, more than %2</source>
        <translation>der vollständige Name ist %1 Zeichen lang, mehr als %2</translation>
    </message>
    <message>
        <source>the status line is %1 characters long, more than %2</source>
        <translation>die Statuszeile ist %1 Zeichen lang, mehr als %2</translation>
    </message>
    <message>
        <source>“%1” is no state: write one of %2</source>
        <translation>„%1“ ist kein Status: schreiben Sie eines von %2</translation>
    </message>
</context>
<context>
    <name>MemberWriter</name>
    <message>
        <source>the member has no workspace</source>
        <translation>das Mitglied hat keinen Arbeitsbereich</translation>
    </message>
    <message>
        <source>a member needs an email address</source>
        <translation>ein Mitglied benötigt eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the workspace has no room for more members</source>
        <translation>der Arbeitsbereich hat keinen Platz für weitere Mitglieder</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver does not run on the SQLite library Roster uses</source>
        <translation>Der SQLite-Treiber von Qt läuft nicht mit der SQLite-Bibliothek, die Roster verwendet</translation>
    </message>
</context>
<context>
    <name>MembersExportCommand</name>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Give the CSV file to write.</source>
        <translation>Geben Sie die zu schreibende CSV-Datei an.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>%n Mitglied in %1 geschrieben.</numerusform>
            <numerusform>%n Mitglieder in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersListCommand</name>
    <message>
        <source>Print the members as a JSON array.</source>
        <translation>Die Mitglieder als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>members list takes no arguments besides its options.</source>
        <translation>members list nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
</context>
<context>
    <name>MembersSyncCommand</name>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>Die Zahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Reading every member of %1…</source>
        <translation>Alle Mitglieder von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Cancelled: the local roster is as it was.</source>
        <translation>Abgebrochen: Die lokale Mitgliederliste ist unverändert.</translation>
    </message>
    <message>
        <source>Reading members… %1</source>
        <translation>Mitglieder werden gelesen… %1</translation>
    </message>
    <message>
        <source>Reading members… %1 of %2</source>
        <translation>Mitglieder werden gelesen… %1 von %2</translation>
    </message>
    <message>
        <source>%1% of the answer</source>
        <translation>%1 % der Antwort</translation>
    </message>
</context>
<context>
    <name>NamedRefChoice</name>
    <message>
        <source>There is no group &quot;%1&quot;; the groups are: %2.</source>
        <translation>Es gibt keine Gruppe „%1“; vorhanden sind: %2.</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>Aktuelles &amp;behalten</translation>
    </message>
    <message>
        <source>Picture as it will be sent</source>
        <translation>Das Bild, wie es gesendet wird</translation>
    </message>
    <message>
        <source>About the picture</source>
        <translation>Über das Bild</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Eine Bilddatei wählen</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Das Bild entfernen</translation>
    </message>
    <message>
        <source>Keep the current picture</source>
        <translation>Das aktuelle Bild behalten</translation>
    </message>
    <message>
        <source>Choose a Profile Picture</source>
        <translation>Profilbild wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels: sent as it is (%4).</source>
        <translation>%1, %2 × %3 Pixel: wird unverändert gesendet (%4).</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels: sent as %4 × %5 (%6).</source>
        <translation>%1, %2 × %3 Pixel: wird als %4 × %5 gesendet (%6).</translation>
    </message>
    <message>
        <source>Current picture</source>
        <translation>Aktuelles Bild</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Optional: a PNG, JPEG or GIF file, made smaller to at most %1 × %1 pixels.</source>
        <translation>Optional: eine PNG-, JPEG- oder GIF-Datei, verkleinert auf höchstens %1 × %1 Pixel.</translation>
    </message>
    <message>
        <source>The member&apos;s current picture stays.</source>
        <translation>Das aktuelle Bild des Mitglieds bleibt.</translation>
    </message>
    <message>
        <source>The member&apos;s picture is removed when you save.</source>
        <translation>Das Bild des Mitglieds wird beim Speichern entfernt.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never (until cleared or Roster quits)</source>
        <translation>Nie (bis zum Entfernen oder Beenden)</translation>
    </message>
    <message>
        <source>Clear login links from the clipboard after</source>
        <translation>Anmeldelinks aus der Zwischenablage entfernen nach</translation>
    </message>
    <message>
        <source>&amp;Clear login links after:</source>
        <translation>Anmeldelinks &amp;entfernen nach:</translation>
    </message>
    <message>
        <source>Workspace shown at start</source>
        <translation>Beim Start angezeigter Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Workspace at start:</source>
        <translation>&amp;Arbeitsbereich beim Start:</translation>
    </message>
    <message>
        <source>Table density</source>
        <translation>Tabellendichte</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Komfortabel</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Table &amp;density:</source>
        <translation>Tabellen&amp;dichte:</translation>
    </message>
    <message>
        <source>Login links are cleared on quit whatever this says.</source>
        <translation>Beim Beenden werden Anmeldelinks in jedem Fall entfernt.</translation>
    </message>
    <message>
        <source>The one shown last</source>
        <translation>Der zuletzt angezeigte</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s look; Light and Dark use Roster&apos;s own.</source>
        <translation>System folgt dem Aussehen des Desktops; Hell und Dunkel verwenden Rosters eigenes.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Ask me to type the &amp;number when a run deactivates more than:</source>
        <translation>Nach der &amp;Anzahl fragen, wenn ein Lauf mehr deaktiviert als:</translation>
    </message>
    <message>
        <source>Ask to type the number when a run deactivates more than</source>
        <translation>Nach der Anzahl fragen, wenn ein Lauf mehr deaktiviert als</translation>
    </message>
    <message>
        <source>Default: %1% or %2 members</source>
        <translation>Voreinstellung: %1 % oder %2 Mitglieder</translation>
    </message>
    <message>
        <source> member</source>
        <translation> Mitglied</translation>
    </message>
    <message>
        <source> members</source>
        <translation> Mitglieder</translation>
    </message>
    <message>
        <source>For mirror runs, deactivations from a file and undos. The default is %1% of the workspace&apos;s active members or %2, whichever is larger; a number of your own replaces it.
roster-cli: --max-deactivations N</source>
        <translation>Für Spiegel-Läufe, Deaktivierungen aus einer Datei und Rückgängigmachen. Voreingestellt sind %1 % der aktiven Mitglieder des Arbeitsbereichs oder %2, je nachdem, was größer ist; eine eigene Zahl ersetzt das.
roster-cli: --max-deactivations N</translation>
    </message>
</context>
<context>
    <name>ProblemRowModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Statuszeile</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Twitter / X</source>
        <translation>Twitter / X</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>%1 must be a full address starting with https://, such as https://www.linkedin.com/in/ada, not &quot;%2&quot;.</source>
        <translation>%1 muss eine vollständige Adresse sein, die mit https:// beginnt, etwa https://www.linkedin.com/in/ada, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>ProfileOptions</name>
    <message>
        <source>Heartbeat: a short bio.</source>
        <translation>Heartbeat: eine kurze Biografie.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Heartbeat: the status line the member shows on their profile.</source>
        <translation>Heartbeat: die Statuszeile, die das Mitglied in seinem Profil zeigt.</translation>
    </message>
    <message>
        <source>Heartbeat: the LinkedIn profile, a full https:// address.</source>
        <translation>Heartbeat: das LinkedIn-Profil, eine vollständige https://-Adresse.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Heartbeat: the Twitter / X profile, a full https:// address.</source>
        <translation>Heartbeat: das Twitter- bzw. X-Profil, eine vollständige https://-Adresse.</translation>
    </message>
    <message>
        <source>Heartbeat: the Instagram profile, a full https:// address.</source>
        <translation>Heartbeat: das Instagram-Profil, eine vollständige https://-Adresse.</translation>
    </message>
    <message>
        <source>Heartbeat: the profile picture, a PNG, JPEG or GIF file; scaled down to at most %1 × %1 pixels.</source>
        <translation>Heartbeat: das Profilbild, eine PNG-, JPEG- oder GIF-Datei; verkleinert auf höchstens %1 × %1 Pixel.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Empty a field: one of %1; repeat for several.</source>
        <translation>Ein Feld leeren: eines von %1; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>--clear %1: a field Roster cannot empty; it can empty %2.</source>
        <translation>--clear %1: ein Feld, das Roster nicht leeren kann; leeren kann es %2.</translation>
    </message>
    <message>
        <source>Give --%1 or --clear %1, not both.</source>
        <translation>Geben Sie --%1 oder --clear %1 an, nicht beides.</translation>
    </message>
    <message>
        <source>A pending member gets no introduction thread: leave out --introduce or --pending.</source>
        <translation>Ein ausstehendes Mitglied erhält keinen Vorstellungsbeitrag: Lassen Sie --introduce oder --pending weg.</translation>
    </message>
    <message>
        <source>%1 takes %2: leave out %3.</source>
        <translation>%1 nimmt %2 an: Lassen Sie %3 weg.</translation>
    </message>
</context>
<context>
    <name>ProfilePicture</name>
    <message>
        <source>The picture %1 does not exist.</source>
        <translation>Das Bild %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The picture %1 cannot be read: %2</source>
        <translation>Das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture Roster can read.</source>
        <translation>%1 ist kein Bild, das Roster lesen kann.</translation>
    </message>
    <message>
        <source>%1 is a %2 picture; the provider takes PNG, JPEG or GIF.</source>
        <translation>%1 ist ein %2-Bild; der Anbieter nimmt PNG, JPEG oder GIF an.</translation>
    </message>
    <message>
        <source>%1 is not a picture Roster can read: %2</source>
        <translation>%1 ist kein Bild, das Roster lesen kann: %2</translation>
    </message>
    <message>
        <source>%1 stays too large to send even when made smaller.</source>
        <translation>%1 bleibt auch verkleinert zu groß zum Senden.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Beam.gg</source>
        <translation>Beam.gg</translation>
    </message>
</context>
<context>
    <name>QuickLinkPalette</name>
    <message>
        <source>Quick login link</source>
        <translation>Anmeldelink schnell kopieren</translation>
    </message>
    <message>
        <source>Copy a login link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>Member to find</source>
        <translation>Gesuchtes Mitglied</translation>
    </message>
    <message>
        <source>Part of an email address or a name, then Enter</source>
        <translation>Teil einer E-Mail-Adresse oder eines Namens, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Matching members</source>
        <translation>Passende Mitglieder</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;</source>
        <translation>Kein Mitglied passt zu „%1“</translation>
    </message>
    <message>
        <source>Type to find a member of any workspace</source>
        <translation>Tippen Sie, um ein Mitglied in einem beliebigen Arbeitsbereich zu finden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RequestActivity</name>
    <message>
        <source>Idle</source>
        <translation>Keine Anfragen</translation>
    </message>
    <message>
        <source>Requests go out at up to %1 a second.</source>
        <translation>Anfragerate: bis zu %1 pro Sekunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <translation>
            <numerusform>%n laufend</numerusform>
            <numerusform>%n laufend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>paused %1 s by the provider</source>
        <translation>vom Anbieter %1 s pausiert</translation>
    </message>
    <message>
        <source>Requests go out at up to %1 a second, the workspace&apos;s budget or the provider&apos;s limit, whichever is lower.</source>
        <translation>Anfragerate: bis zu %1 pro Sekunde – das Budget des Arbeitsbereichs oder das Limit des Anbieters, je nachdem, was niedriger ist.</translation>
    </message>
</context>
<context>
    <name>RosterDatabase</name>
    <message>
        <source>the SQLite driver of Qt Sql is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt Sql ist nicht installiert (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>not a file path</source>
        <translation>kein Dateipfad</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another Roster has held the lock file %1 for more than %2 s</source>
        <translation>eine andere Roster-Instanz hält die Sperrdatei %1 seit mehr als %2 s</translation>
    </message>
    <message>
        <source>the file system does not support SQLite&apos;s WAL mode</source>
        <translation>das Dateisystem unterstützt den WAL-Modus von SQLite nicht</translation>
    </message>
    <message>
        <source>The roster database %1 is not open.</source>
        <translation>Die Roster-Datenbank %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the roster database %1: %2</source>
        <translation>Die Roster-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>RowChange</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>state: %1 → %2</source>
        <comment>a member&apos;s state before and after</comment>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>%1 (its value before was never known)</source>
        <translation>%1 (sein Wert davor war nie bekannt)</translation>
    </message>
    <message>
        <source>the picture (Roster keeps no copy of the one before)</source>
        <translation>das Bild (Roster behält keine Kopie des vorigen)</translation>
    </message>
</context>
<context>
    <name>RunLogWindow</name>
    <message>
        <source>Roster log</source>
        <translation>Roster-Protokoll</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Cannot read the roster database %1: %2</source>
        <translation>Die Roster-Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The roster database %1 has schema version %2, but this version of Roster only knows versions up to %3. The file was left untouched; open it with a newer Roster.</source>
        <translation>Die Roster-Datenbank %1 hat die Schemaversion %2, diese Roster-Version kennt aber nur Versionen bis %3. Die Datei bleibt unverändert; öffnen Sie sie mit einer neueren Roster-Version.</translation>
    </message>
    <message>
        <source>Cannot update the roster database %1 to schema version %2: %3</source>
        <translation>Die Roster-Datenbank %1 kann nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>it is at version %1, and no migration leads from there</source>
        <translation>sie hat Version %1, und von dort führt keine Migration weiter</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>The workspace, by name.</source>
        <translation>Name des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the workspace&apos;s API key for this run from standard input, instead of the keychain. It is written nowhere.</source>
        <translation>Den API-Schlüssel des Arbeitsbereichs für diesen Aufruf von der Standardeingabe lesen statt aus dem Schlüsselbund. Er wird nirgendwo gespeichert.</translation>
    </message>
    <message>
        <source>Give up on a request the provider has not answered within S seconds (default 30).</source>
        <translation>Eine Anfrage aufgeben, die der Anbieter nicht innerhalb von S Sekunden beantwortet hat (Standard: 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Say which workspace: give its name.</source>
        <translation>Welcher Arbeitsbereich? Geben Sie seinen Namen an.</translation>
    </message>
    <message>
        <source>Say which workspace with --workspace NAME.</source>
        <translation>Geben Sie den Arbeitsbereich mit --workspace NAME an.</translation>
    </message>
    <message>
        <source>--timeout is &quot;%1&quot;; expected more than 0 and at most 3600 seconds.</source>
        <translation>--timeout ist „%1“; erwartet werden mehr als 0 und höchstens 3600 Sekunden.</translation>
    </message>
    <message>
        <source>There is no workspace &quot;%1&quot;: there are none yet (add one with roster-cli workspace add).</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“: Es gibt noch gar keinen (fügen Sie einen mit roster-cli workspace add hinzu).</translation>
    </message>
    <message>
        <source>There is no workspace &quot;%1&quot;; there are: %2.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“; vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>Warning: the provider&apos;s answer could not be kept in the local roster: %1</source>
        <translation>Warnung: Die Antwort des Anbieters konnte nicht in der lokalen Mitgliederliste gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionKeys</name>
    <message>
        <source>The API key given is longer than %1 characters.</source>
        <translation>Der angegebene API-Schlüssel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>No API key was given.</source>
        <translation>Es wurde kein API-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The API key given spans several lines; give one key on one line.</source>
        <translation>Der angegebene API-Schlüssel erstreckt sich über mehrere Zeilen; geben Sie einen Schlüssel in einer Zeile an.</translation>
    </message>
    <message>
        <source>The API key given contains a control character or is not UTF-8.</source>
        <translation>Der angegebene API-Schlüssel enthält ein Steuerzeichen oder ist kein UTF-8.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the search field, Down or Enter goes to the first member shown. In the table, Enter or a double-click opens the member. In the quick-link palette, Up and Down choose, Enter copies, Esc closes.</source>
        <translation>Im Suchfeld führt Pfeil nach unten oder Eingabe zum ersten angezeigten Mitglied. In der Tabelle öffnet Eingabe oder ein Doppelklick das Mitglied. In der Schnelllink-Palette wählen Pfeil nach oben und unten, Eingabe kopiert, Esc schließt.</translation>
    </message>
</context>
<context>
    <name>SqliteEmailLines</name>
    <message>
        <source>Cannot keep the file&apos;s emails for finding duplicates: %1</source>
        <translation>Die E-Mail-Adressen der Datei können für die Suche nach Duplikaten nicht vorgehalten werden: %1</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>StateWords</name>
    <message>
        <source>active, deactivated, inactive, yes, no, true, false, 1, 0</source>
        <translation>active, deactivated, inactive, yes, no, true, false, 1, 0</translation>
    </message>
</context>
<context>
    <name>StatusOption</name>
    <message>
        <source>Only members in this state: active, pending, deactivated.</source>
        <translation>Nur Mitglieder mit diesem Status: active, pending, deactivated.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>--status is &quot;%1&quot;; expected active, pending or deactivated.</source>
        <translation>--status ist „%1“; erwartet wird active, pending oder deactivated.</translation>
    </message>
</context>
<context>
    <name>StoreTransaction</name>
    <message>
        <source>Cannot start a transaction in the roster database %1: %2</source>
        <translation>In der Roster-Datenbank %1 kann keine Transaktion gestartet werden: %2</translation>
    </message>
    <message>
        <source>No transaction is active in the roster database %1.</source>
        <translation>In der Roster-Datenbank %1 ist keine Transaktion aktiv.</translation>
    </message>
    <message>
        <source>Cannot commit to the roster database %1: %2</source>
        <translation>Die Transaktion in der Roster-Datenbank %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 ist keine gültige URL</translation>
    </message>
    <message>
        <source>Roster only sends API keys over HTTPS (plain HTTP is allowed to this computer only), not to %1</source>
        <translation>Roster sendet API-Schlüssel nur über HTTPS (unverschlüsseltes HTTP nur an diesen Computer), nicht an %1</translation>
    </message>
</context>
<context>
    <name>TypedConfirmation</name>
    <message>
        <source>Disabled until you type %1 in the field above.</source>
        <translation>Deaktiviert, bis Sie %1 in das Feld darüber eingeben.</translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <source>Planning the undo was cancelled.</source>
        <translation>Das Planen des Rückgängigmachens wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Run %1 was made in another workspace, not in %2.</source>
        <translation>Lauf %1 wurde in einem anderen Arbeitsbereich ausgeführt, nicht in %2.</translation>
    </message>
    <message>
        <source>Run %1 never ran: there is nothing to undo.</source>
        <translation>Lauf %1 ist nie gelaufen: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Run %1 is running or stopped half-way: resume it or let it end before undoing it.</source>
        <translation>Lauf %1 läuft oder hat auf halbem Weg angehalten: setzen Sie ihn fort oder lassen Sie ihn enden, bevor Sie ihn rückgängig machen.</translation>
    </message>
    <message>
        <source>Cannot read the community&apos;s members to compare them with run %1: %2</source>
        <translation>Die Mitglieder der Community können nicht gelesen werden, um sie mit Lauf %1 zu vergleichen: %2</translation>
    </message>
    <message>
        <source>Run %1 changed no member: there is nothing to undo.</source>
        <translation>Lauf %1 hat kein Mitglied geändert: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Run %1 kept no values from before it changed %2: it was made by an older Roster.</source>
        <translation>Lauf %1 hat keine Werte von vor seiner Änderung an %2 behalten: er stammt von einem älteren Roster.</translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation>%1 ist kein Mitglied mehr.</translation>
    </message>
    <message>
        <source>Run %1 created %2, and %3 cannot deactivate members.</source>
        <translation>Lauf %1 hat %2 angelegt, und %3 kann keine Mitglieder deaktivieren.</translation>
    </message>
    <message>
        <source>Run %1 created %2: deactivated only when you include the members it created.</source>
        <translation>Lauf %1 hat %2 angelegt: wird nur deaktiviert, wenn Sie die angelegten Mitglieder einschließen.</translation>
    </message>
    <message>
        <source>%1 changed again since run %2: left alone unless you include the members changed since.</source>
        <translation>%1 wurde seit Lauf %2 erneut geändert: bleibt unangetastet, wenn Sie die seitdem geänderten Mitglieder nicht einschließen.</translation>
    </message>
    <message>
        <source>%1 cannot deactivate members: %2 stays active.</source>
        <translation>%1 kann keine Mitglieder deaktivieren: %2 bleibt aktiv.</translation>
    </message>
    <message>
        <source>Nothing of %1 can be put back: %2.</source>
        <translation>Von %1 kann nichts zurückgesetzt werden: %2.</translation>
    </message>
    <message>
        <source>cannot be put back: %1</source>
        <translation>kann nicht zurückgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>UndoRunCheck</name>
    <message>
        <source>This run never ran: there is nothing to undo.</source>
        <translation>Dieser Lauf ist nie gelaufen: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This run is still running or stopped half-way: let it end, or resume it, before undoing it.</source>
        <translation>Dieser Lauf läuft noch oder hat auf halbem Weg angehalten: lassen Sie ihn enden oder setzen Sie ihn fort, bevor Sie ihn rückgängig machen.</translation>
    </message>
    <message>
        <source>This run changed no member: there is nothing to undo.</source>
        <translation>Dieser Lauf hat kein Mitglied geändert: es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Plan the reverse of this run and show it as a dry run first: reactivate whom it deactivated, deactivate whom it reactivated, put changed fields back.</source>
        <translation>Die Umkehrung dieses Laufs planen und zuerst als Probelauf zeigen: reaktivieren, wen er deaktiviert hat, deaktivieren, wen er reaktiviert hat, geänderte Felder zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User &amp;Guide…</source>
        <translation>&amp;Benutzerhandbuch…</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer (no README.md under share/doc/roster).</source>
        <translation>Das Benutzerhandbuch ist auf diesem Computer nicht installiert (keine README.md unter share/doc/roster).</translation>
    </message>
    <message>
        <source>Opens %1 in the desktop&apos;s viewer.</source>
        <translation>Öffnet %1 im Betrachter des Desktops.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1.</translation>
    </message>
</context>
<context>
    <name>ValidatedRowReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Reading %1 stopped at line %2: %3</source>
        <translation>Das Lesen von %1 hat in Zeile %2 angehalten: %3</translation>
    </message>
</context>
<context>
    <name>ValidationIssueModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace id &quot;%1&quot; is not a UUID.</source>
        <translation>Die Arbeitsbereichs-ID „%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>Name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Name is longer than %n characters.</source>
        <translation>
            <numerusform>Der Name ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Name ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name contains a control character.</source>
        <translation>Der Name enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>API address is missing: Forward has no default; give the address of your Forward portal&apos;s API.</source>
        <translation>Die API-Adresse fehlt: Forward hat keine Standardadresse; geben Sie die API-Adresse Ihres Forward-Portals an.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Die API-Adresse</translation>
    </message>
    <message>
        <source>Community address applies to Heartbeat only, not to %1.</source>
        <translation>Die Community-Adresse gilt nur für Heartbeat, nicht für %1.</translation>
    </message>
    <message>
        <source>Community address</source>
        <translation>Die Community-Adresse</translation>
    </message>
    <message>
        <source>Business ID applies to Forward only, not to %1.</source>
        <translation>Die Business-ID gilt nur für Forward, nicht für %1.</translation>
    </message>
    <message numerus="yes">
        <source>Business ID is longer than %n characters.</source>
        <translation>
            <numerusform>Die Business-ID ist länger als %n Zeichen.</numerusform>
            <numerusform>Die Business-ID ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Business ID contains a space or a control character.</source>
        <translation>Die Business-ID enthält ein Leerzeichen oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Request budget must be more than 0 requests per second.</source>
        <translation>Das Anfragebudget muss über 0 Anfragen pro Sekunde liegen.</translation>
    </message>
    <message>
        <source>Request budget of %1 requests per second is more than the limit of %2.</source>
        <translation>Ein Anfragebudget von %1 Anfragen pro Sekunde liegt über dem Limit von %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceAddCommand</name>
    <message>
        <source>A name for the workspace.</source>
        <translation>Ein Name für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give the workspace&apos;s name, once.</source>
        <translation>Geben Sie den Namen des Arbeitsbereichs genau einmal an.</translation>
    </message>
    <message>
        <source>Say which provider with --provider heartbeat, forward or beam.</source>
        <translation>Geben Sie den Anbieter mit --provider heartbeat, forward oder beam an.</translation>
    </message>
    <message>
        <source>There is already a workspace &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown): </source>
        <translation>API-Schlüssel für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Give the workspace&apos;s API key with --key-stdin or ROSTER_API_KEY.</source>
        <translation>Geben Sie den API-Schlüssel des Arbeitsbereichs mit --key-stdin oder ROSTER_API_KEY an.</translation>
    </message>
    <message>
        <source>Added workspace &quot;%1&quot;: %2 at %3.</source>
        <translation>Arbeitsbereich „%1“ hinzugefügt: %2 unter %3.</translation>
    </message>
    <message>
        <source>The workspace was added without its API key: give the key with --key-stdin or ROSTER_API_KEY each time you use it, or store it later with roster-cli workspace edit %1 --key-stdin once a keychain runs.</source>
        <translation>Der Arbeitsbereich wurde ohne API-Schlüssel hinzugefügt: Geben Sie den Schlüssel bei jeder Verwendung mit --key-stdin oder ROSTER_API_KEY an, oder speichern Sie ihn später mit roster-cli workspace edit %1 --key-stdin, sobald ein Schlüsselbund läuft.</translation>
    </message>
    <message>
        <source>Its API key is in the keychain.</source>
        <translation>Sein API-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Edit Workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add Workspace</source>
        <translation>Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel T&amp;est</source>
        <translation>Test abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Den Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saving the workspace</source>
        <translation>Arbeitsbereich wird gespeichert</translation>
    </message>
    <message>
        <source>Save the workspace</source>
        <translation>Den Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove Workspace…</source>
        <translation>Arbeitsbereich &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove this workspace</source>
        <translation>Diesen Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Calling %1 at %2…</source>
        <translation>%1 wird unter %2 aufgerufen…</translation>
    </message>
    <message>
        <source>You can also use the key for this session only: Roster then keeps it in memory, writes it nowhere, and asks for it again next time.</source>
        <translation>Sie können den Schlüssel auch nur für diese Sitzung verwenden: Roster behält ihn dann im Speicher, schreibt ihn nirgendwohin und fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <source>Use the Key for This Session &amp;Only</source>
        <translation>N&amp;ur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Remove Workspace?</source>
        <translation>Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <source>Remove the workspace &quot;%1&quot;?</source>
        <translation>Den Arbeitsbereich „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its local roster is removed from this computer. The members at %1 are not touched.</source>
        <translation>Seine lokale Mitgliederliste wird von diesem Computer entfernt. Die Mitglieder bei %1 bleiben unberührt.</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain and its local roster from this computer. The members at %1 are not touched.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht und seine lokale Mitgliederliste von diesem Computer entfernt. Die Mitglieder bei %1 bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the workspace</source>
        <translation>Den Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Keep the workspace</source>
        <translation>Den Arbeitsbereich behalten</translation>
    </message>
    <message>
        <source>Removed the workspace &quot;%1&quot;. %2</source>
        <translation>Der Arbeitsbereich „%1“ wurde entfernt. %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>WorkspaceEditCommand</name>
    <message>
        <source>The workspace to change.</source>
        <translation>Der zu ändernde Arbeitsbereich.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give the workspace&apos;s name, once.</source>
        <translation>Geben Sie den Namen des Arbeitsbereichs genau einmal an.</translation>
    </message>
    <message>
        <source>There is no workspace &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot; and its new API key.</source>
        <translation>Arbeitsbereich „%1“ und sein neuer API-Schlüssel wurden gespeichert.</translation>
    </message>
    <message>
        <source>Saved workspace &quot;%1&quot;.</source>
        <translation>Arbeitsbereich „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>WorkspaceForm</name>
    <message>
        <source>Heartbeat&apos;s guide says 20 requests/s per key and its limits page 10/s: 10 is the safe figure.</source>
        <translation>Die Anleitung von Heartbeat nennt 20 Anfragen/s pro Schlüssel, die Seite zu den Limits 10/s: 10 ist der sichere Wert.</translation>
    </message>
    <message>
        <source>Forward&apos;s guide names no limit: 10 requests/s is a cautious start.</source>
        <translation>Die Anleitung von Forward nennt kein Limit: 10 Anfragen/s sind ein vorsichtiger Anfang.</translation>
    </message>
    <message>
        <source>Beam.gg names no limit and calls its API experimental: 5 requests/s is a cautious start.</source>
        <translation>Beam.gg nennt kein Limit und bezeichnet seine API als experimentell: 5 Anfragen/s sind ein vorsichtiger Anfang.</translation>
    </message>
    <message>
        <source>The address of your Forward portal&apos;s API (Forward has no default).</source>
        <translation>Die API-Adresse Ihres Forward-Portals (Forward hat keine Standardadresse).</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Den API-Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Den API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>How this community is called in Roster.</source>
        <translation>Wie diese Community in Roster heißt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Community address</source>
        <translation>Community-Adresse</translation>
    </message>
    <message>
        <source>Optional: the page where members ask for their magic link.</source>
        <translation>Optional: die Seite, auf der Mitglieder ihren Magic Link anfordern.</translation>
    </message>
    <message>
        <source>&amp;Community URL:</source>
        <translation>&amp;Community-URL:</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Business-ID</translation>
    </message>
    <message>
        <source>B&amp;usiness ID:</source>
        <translation>Business-&amp;ID:</translation>
    </message>
    <message>
        <source>Request budget in requests per second</source>
        <translation>Anfragebudget in Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Request &amp;budget:</source>
        <translation>Anfragebud&amp;get:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key.</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>Demo mode: kept in memory for this session only.</source>
        <translation>Demomodus: nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Give the workspace&apos;s API key.</source>
        <translation>Geben Sie den API-Schlüssel des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>There is already a workspace &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>Optional: Roster lists, adds and finds only this business&apos;s members. Without it, every member the key can reach.</source>
        <translation>Optional: Roster listet, ergänzt und findet nur die Mitglieder dieses Unternehmens. Ohne sie jedes Mitglied, das der Schlüssel erreicht.</translation>
    </message>
</context>
<context>
    <name>WorkspaceHistoryDialog</name>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>(workspace)</source>
        <translation>(Arbeitsbereich)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Member&apos;s email</source>
        <translation>E-Mail-Adresse des Mitglieds</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Der neueste Eintrag; schränken Sie die Filter ein, um ältere zu sehen.</numerusform>
            <numerusform>Die neuesten %n Einträge; schränken Sie die Filter ein, um ältere zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the entries shown, in the order shown, as a CSV file.</source>
        <translation>Die gezeigten Einträge in der gezeigten Reihenfolge als CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>No entries to export: nothing matches the filters.</source>
        <translation>Keine Einträge zu exportieren: Nichts passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Export the history of %1</source>
        <translation>Den Verlauf von %1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 history.csv</source>
        <translation>%1 Verlauf.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n history entries of %1 to %2.</source>
        <translation>
            <numerusform>%n Verlaufseintrag von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Verlaufseinträge von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the history: %1</source>
        <translation>Der Verlauf konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“</translation>
    </message>
    <message>
        <source>a workspace</source>
        <translation>ein Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (API keys belong in the keychain, never in this file).</source>
        <translation>unbekanntes Feld „%1“ (API-Schlüssel gehören in den Schlüsselbund, nie in diese Datei).</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not text.</source>
        <translation>Feld „%1“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is &quot;%2&quot;; expected heartbeat, forward or beam.</source>
        <translation>Feld „%1“ ist „%2“; erwartet wird heartbeat, forward oder beam.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text.</source>
        <translation>Feld „%1“ ist kein Text.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a number.</source>
        <translation>Feld „%1“ fehlt oder ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>WorkspaceListCommand</name>
    <message>
        <source>Print the workspaces as a JSON array.</source>
        <translation>Die Arbeitsbereiche als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>workspace list takes no arguments besides its options.</source>
        <translation>workspace list nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>API ADDRESS</source>
        <translation>API-ADRESSE</translation>
    </message>
    <message>
        <source>REQUESTS/S</source>
        <translation>ANFRAGEN/S</translation>
    </message>
</context>
<context>
    <name>WorkspaceListModel</name>
    <message>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>pid %1, started %2</source>
        <translation>PID %1, gestartet %2</translation>
    </message>
    <message>
        <source>pid %1 on %2, started %3</source>
        <translation>PID %1 auf %2, gestartet %3</translation>
    </message>
    <message>
        <source>An import of %1 (%2) is running in %3.</source>
        <translation>Ein Import von %1 (%2) läuft in %3.</translation>
    </message>
    <message>
        <source>A bulk action, %1 (%2), is running in %3.</source>
        <translation>Eine Sammelaktion, %1 (%2), läuft in %3.</translation>
    </message>
    <message>
        <source>A mirror run (%1) is running in %2.</source>
        <translation>Ein Abgleichlauf (%1) läuft in %2.</translation>
    </message>
    <message>
        <source>Cannot lock the workspace for this run: %1</source>
        <translation>Der Arbeitsbereich kann für diesen Lauf nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace&apos;s lock: %1</source>
        <translation>Die Sperre des Arbeitsbereichs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Roster is reading the members of %1 (%2); try again when it has finished.</source>
        <translation>Roster liest gerade die Mitglieder von %1 (%2); versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Nothing was sent to the provider.</source>
        <translation>An den Anbieter wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOptions</name>
    <message>
        <source>heartbeat, forward or beam.</source>
        <translation>heartbeat, forward oder beam.</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>A new name for the workspace.</source>
        <translation>Ein neuer Name für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The API&apos;s base address (defaults: https://api.heartbeat.chat/v0, https://api.beam.gg; Forward has none: give your portal&apos;s).</source>
        <translation>Die Basisadresse der API (Standard: https://api.heartbeat.chat/v0, https://api.beam.gg; Forward hat keine: Geben Sie die Ihres Portals an).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Heartbeat: the community&apos;s sign-in page, where members ask for their magic link.</source>
        <translation>Heartbeat: die Anmeldeseite der Community, auf der Mitglieder ihren Magic Link anfordern.</translation>
    </message>
    <message>
        <source>Forward: the business whose members Roster lists.</source>
        <translation>Forward: das Business, dessen Mitglieder Roster auflistet.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requests per second Roster may send with this key (defaults: Heartbeat 10, Forward 10, Beam.gg 5).</source>
        <translation>Anfragen pro Sekunde, die Roster mit diesem Schlüssel senden darf (Standard: Heartbeat 10, Forward 10, Beam.gg 5).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Read the API key from standard input.</source>
        <translation>Den API-Schlüssel von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--rate-limit is &quot;%1&quot;; expected a number of requests per second.</source>
        <translation>--rate-limit ist „%1“; erwartet wird eine Anzahl Anfragen pro Sekunde.</translation>
    </message>
</context>
<context>
    <name>WorkspaceRemoveCommand</name>
    <message>
        <source>The workspace to remove.</source>
        <translation>Der zu entfernende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give the workspace&apos;s name, once.</source>
        <translation>Geben Sie den Namen des Arbeitsbereichs genau einmal an.</translation>
    </message>
    <message>
        <source>There is no workspace &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot;, but not its API key: %2</source>
        <translation>Arbeitsbereich „%1“ entfernt, sein API-Schlüssel aber nicht: %2</translation>
    </message>
    <message>
        <source>Removed workspace &quot;%1&quot; and its API key.</source>
        <translation>Arbeitsbereich „%1“ und sein API-Schlüssel wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>WorkspaceRemover</name>
    <message>
        <source>Its local roster could not be removed: %1</source>
        <translation>Seine lokale Mitgliederliste konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Its API key could not be deleted from the keychain: %1</source>
        <translation>Sein API-Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A workspace with id %1 already exists.</source>
        <translation>Ein Arbeitsbereich mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>No workspace has id %1.</source>
        <translation>Kein Arbeitsbereich hat die ID %1.</translation>
    </message>
    <message>
        <source>No workspace is named &quot;%1&quot;.</source>
        <translation>Kein Arbeitsbereich heißt „%1“.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspaces file.</source>
        <translation>Der Ordner %1 für die Arbeitsbereichsdatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot change %1: another Roster is changing it (lock file %2). Try again.</source>
        <translation>%1 kann nicht geändert werden: Eine andere Roster-Instanz ändert die Datei gerade (Sperrdatei %2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Roster has left the file untouched; fix it or move it away.</source>
        <translation>Roster hat die Datei nicht verändert; korrigieren oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>Cannot read the workspaces file %1: %2 %3</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht gelesen werden: %2 %3</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation>die Datei ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it does not hold a JSON object.</source>
        <translation>die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not &quot;%2&quot;.</source>
        <translation>das Feld „%1“ ist nicht „%2“.</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is missing or not a whole number.</source>
        <translation>das Feld „%1“ fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>it has version %1, but this Roster reads version %2 only.</source>
        <translation>die Datei hat Version %1, diese Roster-Version liest aber nur Version %2.</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is missing or not a list.</source>
        <translation>das Feld „%1“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object.</source>
        <translation>ein Eintrag in „%1“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>id %1 appears twice.</source>
        <translation>die ID %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice.</source>
        <translation>der Name „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Cannot write the workspaces file %1: %2</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceSwitcher</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>WorkspaceTestCommand</name>
    <message>
        <source>Calling %1 at %2…</source>
        <translation>%1 wird unter %2 aufgerufen…</translation>
    </message>
    <message>
        <source>%1 answers at %2 and accepts the key.</source>
        <translation>%1 antwortet unter %2 und akzeptiert den Schlüssel.</translation>
    </message>
</context>
<context>
    <name>WorkspaceUrl</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 must start with https:// (it is &quot;%2&quot;).</source>
        <translation>%1 muss mit https:// beginnen (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>%1 has no host name (it is &quot;%2&quot;).</source>
        <translation>%1 enthält keinen Hostnamen (angegeben: „%2“).</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…).</source>
        <translation>%1 darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>%1 uses plain http:// to %2. Use https://; plain http:// is accepted only to this machine (127.0.0.1, ::1 or localhost).</source>
        <translation>%1 verwendet unverschlüsseltes http:// zu %2. Verwenden Sie https://; unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (127.0.0.1, ::1 oder localhost).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>The admin console for passwordless communities on Heartbeat, Forward and Beam.gg.</source>
        <translation>Die Admin-Konsole für passwortlose Communitys auf Heartbeat, Forward und Beam.gg.</translation>
    </message>
    <message>
        <source>Start on the built-in demo sandbox: three demo communities, nothing of yours touched.</source>
        <translation>Mit der eingebauten Demo-Sandbox starten: drei Demo-Communitys, Ihre Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>The demo sandbox&apos;s port on 127.0.0.1 (default: a free one).</source>
        <translation>Port der Demo-Sandbox auf 127.0.0.1 (Standard: ein freier Port).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>--demo-port is not a port.</source>
        <translation>--demo-port ist kein Port.</translation>
    </message>
</context>
</TS>
