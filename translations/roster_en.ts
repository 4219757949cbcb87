<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkActionProgressDialog</name>
    <message numerus="yes">
        <source>Deactivating %n members of %1.</source>
        <translation>
            <numerusform>Deactivating %n member of %1.</numerusform>
            <numerusform>Deactivating %n members of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivating %n members of %1.</source>
        <translation>
            <numerusform>Reactivating %n member of %1.</numerusform>
            <numerusform>Reactivating %n members of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed</source>
        <translation>
            <numerusform>%1 of %2 done, %n failed</numerusform>
            <numerusform>%1 of %2 done, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: Retry Failed tries them again.</source>
        <translation>
            <numerusform>%n failed: Retry Failed tries it again.</numerusform>
            <numerusform>%n failed: Retry Failed tries them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n not started.</source>
        <translation>
            <numerusform>Cancelled: %n not started.</numerusform>
            <numerusform>Cancelled: %n not started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped while in flight: the provider may or may not have carried them out.</source>
        <translation>
            <numerusform>%n stopped while in flight: the provider may or may not have carried it out.</numerusform>
            <numerusform>%n stopped while in flight: the provider may or may not have carried them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n members of %1 to the group %2.</source>
        <translation>
            <numerusform>Adding %n member of %1 to the group %2.</numerusform>
            <numerusform>Adding %n members of %1 to the group %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n members of %1 from the group %2.</source>
        <translation>
            <numerusform>Removing %n member of %1 from the group %2.</numerusform>
            <numerusform>Removing %n members of %1 from the group %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkMemberAction</name>
    <message numerus="yes">
        <source>deactivating %n members</source>
        <translation>
            <numerusform>deactivating %n member</numerusform>
            <numerusform>deactivating %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reactivating %n members</source>
        <translation>
            <numerusform>reactivating %n member</numerusform>
            <numerusform>reactivating %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adding %n members to %1</source>
        <translation>
            <numerusform>adding %n member to %1</numerusform>
            <numerusform>adding %n members to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %n members from %1</source>
        <translation>
            <numerusform>removing %n member from %1</numerusform>
            <numerusform>removing %n members from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipboardCountdown</name>
    <message numerus="yes">
        <source>Login link on the clipboard, cleared in %n s</source>
        <translation>
            <numerusform>Login link on the clipboard, cleared in %n s</numerusform>
            <numerusform>Login link on the clipboard, cleared in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmMemberActionDialog</name>
    <message numerus="yes">
        <source>&amp;Deactivate %n Members</source>
        <translation>
            <numerusform>&amp;Deactivate %n Member</numerusform>
            <numerusform>&amp;Deactivate %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reactivate %n Members</source>
        <translation>
            <numerusform>&amp;Reactivate %n Member</numerusform>
            <numerusform>&amp;Reactivate %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n members of %1?</source>
        <translation>
            <numerusform>Deactivate %n member of %1?</numerusform>
            <numerusform>Deactivate %n members of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %n members of %1?</source>
        <translation>
            <numerusform>Reactivate %n member of %1?</numerusform>
            <numerusform>Reactivate %n members of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in until they are reactivated. Their profiles and posts are kept.</source>
        <translation>
            <numerusform>The member can no longer sign in until they are reactivated. Their profile and posts are kept.</numerusform>
            <numerusform>They can no longer sign in until they are reactivated. Their profiles and posts are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They can sign in again.</source>
        <translation>
            <numerusform>The member can sign in again.</numerusform>
            <numerusform>They can sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Members</source>
        <translation>
            <numerusform>&amp;Add %n Member</numerusform>
            <numerusform>&amp;Add %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Members</source>
        <translation>
            <numerusform>&amp;Remove %n Member</numerusform>
            <numerusform>&amp;Remove %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n members of %1 to the group %2?</source>
        <translation>
            <numerusform>Add %n member of %1 to the group %2?</numerusform>
            <numerusform>Add %n members of %1 to the group %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members of %1 from the group %2?</source>
        <translation>
            <numerusform>Remove %n member of %1 from the group %2?</numerusform>
            <numerusform>Remove %n members of %1 from the group %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider skips addresses that are not members of the community; Roster reads the group back and lists them.</source>
        <translation>
            <numerusform>The provider skips an address that is not a member of the community; Roster reads the group back and names it.</numerusform>
            <numerusform>The provider skips addresses that are not members of the community; Roster reads the group back and lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay members of the community; only their place in the group goes.</source>
        <translation>
            <numerusform>They stay a member of the community; only their place in the group goes.</numerusform>
            <numerusform>They stay members of the community; only their place in the group goes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be deactivated; %n are already deactivated.</source>
        <translation>
            <numerusform>%1 of %2 will be deactivated; %n is already deactivated.</numerusform>
            <numerusform>%1 of %2 will be deactivated; %n are already deactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be reactivated; %n are not deactivated.</source>
        <translation>
            <numerusform>%1 of %2 will be reactivated; %n is not deactivated.</numerusform>
            <numerusform>%1 of %2 will be reactivated; %n are not deactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be added; %n are already in %3.</source>
        <translation>
            <numerusform>%1 of %2 will be added; %n is already in %3.</numerusform>
            <numerusform>%1 of %2 will be added; %n are already in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 will be removed; %n are not in %3.</source>
        <translation>
            <numerusform>%1 of %2 will be removed; %n is not in %3.</numerusform>
            <numerusform>%1 of %2 will be removed; %n are not in %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvInspectCommand</name>
    <message numerus="yes">
        <source>The first %n record(s) of the file; --json prints them all.</source>
        <translation>
            <numerusform>The first %n record of the file; --json prints them all.</numerusform>
            <numerusform>The first %n records of the file; --json prints them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeactivationConfirmation</name>
    <message numerus="yes">
        <source>Deactivate %1 members of %2?</source>
        <translation>
            <numerusform>Deactivate %1 member of %2?</numerusform>
            <numerusform>Deactivate %1 members of %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %1 Members</source>
        <translation>
            <numerusform>&amp;Deactivate %1 Member</numerusform>
            <numerusform>&amp;Deactivate %1 Members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeactivationConsent</name>
    <message numerus="yes">
        <source>This run deactivates %n member(s) of %1, more than --max-deactivations allows (%2). Nothing was sent.</source>
        <translation>
            <numerusform>This run deactivates %n member of %1, more than --max-deactivations allows (%2). Nothing was sent.</numerusform>
            <numerusform>This run deactivates %n members of %1, more than --max-deactivations allows (%2). Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run deactivates %n member(s) of %1, and there is no terminal to ask on: give --yes to run it unattended. Nothing was sent.</source>
        <translation>
            <numerusform>This run deactivates %n member of %1, and there is no terminal to ask on: give --yes to run it unattended. Nothing was sent.</numerusform>
            <numerusform>This run deactivates %n members of %1, and there is no terminal to ask on: give --yes to run it unattended. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run deactivates %n member(s) of %1:</source>
        <translation>
            <numerusform>This run deactivates %n member of %1:</numerusform>
            <numerusform>This run deactivates %n members of %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeactivationGuard</name>
    <message numerus="yes">
        <source>This run deactivates %1 of %Ln active members, more than the limit of %2.</source>
        <translation>
            <numerusform>This run deactivates %1 of %Ln active member, more than the limit of %2.</numerusform>
            <numerusform>This run deactivates %1 of %Ln active members, more than the limit of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set the limit to %Ln members.</source>
        <translation>
            <numerusform>You set the limit to %Ln member.</numerusform>
            <numerusform>You set the limit to %Ln members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardPaging</name>
    <message numerus="yes">
        <source>%n of the users Forward listed had no id or email.</source>
        <translation>
            <numerusform>%n of the users Forward listed had no id or email.</numerusform>
            <numerusform>%n of the users Forward listed had no id or email.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPickerDialog</name>
    <message numerus="yes">
        <source>Add the %n selected member(s) to the &amp;group:</source>
        <translation>
            <numerusform>Add the selected member to the &amp;group:</numerusform>
            <numerusform>Add the %n selected members to the &amp;group:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected member(s) from the &amp;group:</source>
        <translation>
            <numerusform>Remove the selected member from the &amp;group:</numerusform>
            <numerusform>Remove the %n selected members from the &amp;group:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n of them in it)</source>
        <translation>
            <numerusform>%1 (%n of them in it)</numerusform>
            <numerusform>%1 (%n of them in it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeartbeatClient</name>
    <message numerus="yes">
        <source>%n of the users Heartbeat listed had no id or email.</source>
        <translation>
            <numerusform>%n of the users Heartbeat listed had no id or email.</numerusform>
            <numerusform>%n of the users Heartbeat listed had no id or email.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n row(s): %1.</source>
        <translation>
            <numerusform>%n row: %1.</numerusform>
            <numerusform>%n rows: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n failed row(s) are in %1, with their line and error.</source>
        <translation>
            <numerusform>The failed row is in %1, with its line and error.</numerusform>
            <numerusform>The %n failed rows are in %1, with their line and error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1 of %n members at the provider…</source>
        <translation>
            <numerusform>Looked up %1 of %n member at the provider…</numerusform>
            <numerusform>Looked up %1 of %n members at the provider…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows done, %2 rows/s, about %3 s left%4</source>
        <translation>
            <numerusform>%1 of %n row done, %2 rows/s, about %3 s left%4</numerusform>
            <numerusform>%1 of %n rows done, %2 rows/s, about %3 s left%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 created, %2 updated, %3 reactivated, %4 deactivated, %5 skipped, %6 failed.</source>
        <translation>
            <numerusform>%n row: %1 created, %2 updated, %3 reactivated, %4 deactivated, %5 skipped, %6 failed.</numerusform>
            <numerusform>%n rows: %1 created, %2 updated, %3 reactivated, %4 deactivated, %5 skipped, %6 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDeactivationConsent</name>
    <message numerus="yes">
        <source>Start the import, and deactivate %n member(s) of %1?</source>
        <translation>
            <numerusform>Start the import, and deactivate %n member of %1?</numerusform>
            <numerusform>Start the import, and deactivate %n members of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n Member(s)</source>
        <translation>
            <numerusform>&amp;Deactivate %n Member</numerusform>
            <numerusform>&amp;Deactivate %n Members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDryRunPage</name>
    <message numerus="yes">
        <source>%n row(s): %1.</source>
        <translation>
            <numerusform>%n row: %1.</numerusform>
            <numerusform>%n rows: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start Import sends %n row(s) to %1 at the workspace&apos;s budget of %2 requests/s: %3. You can pause it, cancel it, or close this window and resume later.</source>
        <translation>
            <numerusform>Start Import sends %n row to %1 at the workspace&apos;s budget of %2 requests/s: %3. You can pause it, cancel it, or close this window and resume later.</numerusform>
            <numerusform>Start Import sends %n rows to %1 at the workspace&apos;s budget of %2 requests/s: %3. You can pause it, cancel it, or close this window and resume later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1 of %Ln members at %2 (it cannot list them)…</source>
        <translation>
            <numerusform>Looking up %1 of %Ln member at %2 (it cannot list members)…</numerusform>
            <numerusform>Looking up %1 of %Ln members at %2 (it cannot list them)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message numerus="yes">
        <source>The whole file: %n row(s) below the header.</source>
        <translation>
            <numerusform>The whole file: %n row below the header.</numerusform>
            <numerusform>The whole file: %n rows below the header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows, by their line in the file.</source>
        <translation>
            <numerusform>The first row, by its line in the file.</numerusform>
            <numerusform>The first %n rows, by their line in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in these rows.</source>
        <translation>
            <numerusform>… and %n more in these rows.</numerusform>
            <numerusform>… and %n more in these rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message numerus="yes">
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln to create</numerusform>
            <numerusform>%Ln to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln to update</numerusform>
            <numerusform>%Ln to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to reactivate</source>
        <translation>
            <numerusform>%Ln to reactivate</numerusform>
            <numerusform>%Ln to reactivate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to deactivate</source>
        <translation>
            <numerusform>%Ln to deactivate</numerusform>
            <numerusform>%Ln to deactivate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cannot be deactivated</source>
        <translation>
            <numerusform>%Ln cannot be deactivated</numerusform>
            <numerusform>%Ln cannot be deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank</source>
        <translation>
            <numerusform>%Ln blank</numerusform>
            <numerusform>%Ln blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not done</source>
        <translation>
            <numerusform>%Ln not done</numerusform>
            <numerusform>%Ln not done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactivated</source>
        <translation>
            <numerusform>%Ln reactivated</numerusform>
            <numerusform>%Ln reactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deactivated</source>
        <translation>
            <numerusform>%Ln deactivated</numerusform>
            <numerusform>%Ln deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent yet</source>
        <translation>
            <numerusform>%Ln not sent yet</numerusform>
            <numerusform>%Ln not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryWindow</name>
    <message numerus="yes">
        <source>Save the %n failed row(s) of this run as a CSV file, with their line and error, to fix and import again.</source>
        <translation>
            <numerusform>Save the %n failed row of this run as a CSV file, with its line and error, to fix and import again.</numerusform>
            <numerusform>Save the %n failed rows of this run as a CSV file, with their line and error, to fix and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n failed row(s) of import %1 to %2, with their line and error.</source>
        <translation>
            <numerusform>Saved %n failed row of import %1 to %2, with its line and error.</numerusform>
            <numerusform>Saved %n failed rows of import %1 to %2, with their line and error.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message numerus="yes">
        <source>The %n row(s) it has not sent will stay unsent; members it created or changed stay as they are.</source>
        <translation>
            <numerusform>The %n row it has not sent will stay unsent; members it created or changed stay as they are.</numerusform>
            <numerusform>The %n rows it has not sent will stay unsent; members it created or changed stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were being sent when it stopped and may have reached the provider: refresh the member table to see.</source>
        <translation>
            <numerusform>%n row was being sent when it stopped and may have reached the provider: refresh the member table to see.</numerusform>
            <numerusform>%n rows were being sent when it stopped and may have reached the provider: refresh the member table to see.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded the import of %1: the %n row(s) it had not sent stay unsent.</source>
        <translation>
            <numerusform>Discarded the import of %1: the %n row it had not sent stays unsent.</numerusform>
            <numerusform>Discarded the import of %1: the %n rows it had not sent stay unsent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message numerus="yes">
        <source>%n column(s) skipped: they are not imported.</source>
        <translation>
            <numerusform>%n column skipped: it is not imported.</numerusform>
            <numerusform>%n columns skipped: they are not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message numerus="yes">
        <source>the community has no group named %1</source>
        <translation>
            <numerusform>the community has no group named %1</numerusform>
            <numerusform>the community has no groups named %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n column(s) now, not the %2 that were mapped: map them again.</source>
        <translation>
            <numerusform>%1 has %n column now, not the %2 that were mapped: map them again.</numerusform>
            <numerusform>%1 has %n columns now, not the %2 that were mapped: map them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message numerus="yes">
        <source>Send the %n row(s) the provider refused or did not answer again.</source>
        <translation>
            <numerusform>Send the %n row the provider refused or did not answer again.</numerusform>
            <numerusform>Send the %n rows the provider refused or did not answer again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n failed row(s) to %1, with their line and error.</source>
        <translation>
            <numerusform>Saved %n failed row to %1, with its line and error.</numerusform>
            <numerusform>Saved %n failed rows to %1, with their line and error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2 created, %3 updated, %4 reactivated, %5 deactivated, %6 skipped, %7 failed.</source>
        <translation>
            <numerusform>%1: %n row, %2 created, %3 updated, %4 reactivated, %5 deactivated, %6 skipped, %7 failed.</numerusform>
            <numerusform>%1: %n rows, %2 created, %3 updated, %4 reactivated, %5 deactivated, %6 skipped, %7 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResumeBanner</name>
    <message numerus="yes">
        <source>An import of %1 was planned (%Ln rows to send) but not started.</source>
        <translation>
            <numerusform>An import of %1 was planned (%Ln row to send) but not started.</numerusform>
            <numerusform>An import of %1 was planned (%Ln rows to send) but not started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import of %1 stopped at %2 of %Ln rows.</source>
        <translation>
            <numerusform>An import of %1 stopped at %2 of %Ln row.</numerusform>
            <numerusform>An import of %1 stopped at %2 of %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message numerus="yes">
        <source>Cancel the import of the %n row(s) not sent yet?</source>
        <translation>
            <numerusform>Cancel the import of the %n row not sent yet?</numerusform>
            <numerusform>Cancel the import of the %n rows not sent yet?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>about %n s</source>
        <translation>
            <numerusform>about %n s</numerusform>
            <numerusform>about %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln to create</numerusform>
            <numerusform>%Ln to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln to update</numerusform>
            <numerusform>%Ln to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to reactivate</source>
        <translation>
            <numerusform>%Ln to reactivate</numerusform>
            <numerusform>%Ln to reactivate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank</source>
        <translation>
            <numerusform>%Ln blank</numerusform>
            <numerusform>%Ln blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to deactivate</source>
        <translation>
            <numerusform>%Ln to deactivate</numerusform>
            <numerusform>%Ln to deactivate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln that cannot be deactivated</source>
        <translation>
            <numerusform>%Ln that cannot be deactivated</numerusform>
            <numerusform>%Ln that cannot be deactivated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUndoPage</name>
    <message numerus="yes">
        <source>Also &amp;deactivate the %n member(s) this run created (never deleted)</source>
        <translation>
            <numerusform>Also &amp;deactivate the %n member this run created (never deleted)</numerusform>
            <numerusform>Also &amp;deactivate the %n members this run created (never deleted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValidationPage</name>
    <message numerus="yes">
        <source>Checked %n row(s).</source>
        <translation>
            <numerusform>Checked %n row.</numerusform>
            <numerusform>Checked %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be reported as failed and not sent: fix them in the file, or go Back to change the mapping.</source>
        <translation>
            <numerusform>%n row with problems will be reported as failed and not sent: fix it in the file, or go Back to change the mapping.</numerusform>
            <numerusform>%n rows with problems will be reported as failed and not sent: fix them in the file, or go Back to change the mapping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) are counted and skipped.</source>
        <translation>
            <numerusform>%n blank row is counted and skipped.</numerusform>
            <numerusform>%n blank rows are counted and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking stopped at %Ln rows.</source>
        <translation>
            <numerusform>Checking stopped at %Ln row.</numerusform>
            <numerusform>Checking stopped at %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n members of %1 in %2 ms.</source>
        <translation>
            <numerusform>Loaded %n member of %1 in %2 ms.</numerusform>
            <numerusform>Loaded %n members of %1 in %2 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message numerus="yes">
        <source>%1 of %n members done, %2 failed.</source>
        <translation>
            <numerusform>%1 of %n member done, %2 failed.</numerusform>
            <numerusform>%1 of %n members done, %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n members.</source>
        <translation>
            <numerusform>Deactivated %n member.</numerusform>
            <numerusform>Deactivated %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivated %n members.</source>
        <translation>
            <numerusform>Reactivated %n member.</numerusform>
            <numerusform>Reactivated %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n members to %1.</source>
        <translation>
            <numerusform>Added %n member to %1.</numerusform>
            <numerusform>Added %n members to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n members from %1.</source>
        <translation>
            <numerusform>Removed %n member from %1.</numerusform>
            <numerusform>Removed %n members from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message numerus="yes">
        <source>%n members selected</source>
        <translation>
            <numerusform>%n member selected</numerusform>
            <numerusform>%n members selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberSearchBar</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message numerus="yes">
        <source>%n members listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</source>
        <translation>
            <numerusform>%n member listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</numerusform>
            <numerusform>%n members listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberValidator</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n member to %1.</numerusform>
            <numerusform>Wrote %n members to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestActivity</name>
    <message numerus="yes">
        <source>%n in flight</source>
        <translation>
            <numerusform>%n in flight</numerusform>
            <numerusform>%n in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Name is longer than %n characters.</source>
        <translation>
            <numerusform>Name is longer than %n character.</numerusform>
            <numerusform>Name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Business ID is longer than %n characters.</source>
        <translation>
            <numerusform>Business ID is longer than %n character.</numerusform>
            <numerusform>Business ID is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceHistoryDialog</name>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest entry; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n entries; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n history entries of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n history entry of %1 to %2.</numerusform>
            <numerusform>Exported %n history entries of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
