<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AppShell</name>
        <message>
            <location filename="../../desktop/app.py" line="112" />
            <source>The whole window changes language the next time ModDesk locks or starts.</source>
            <translation>Das ganze Fenster wechselt die Sprache, sobald ModDesk das nächste Mal gesperrt oder gestartet wird.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../change_passphrase_dialog.py" line="36" />
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="43" />
            <source>Changing the passphrase…</source>
            <translation>Passphrase wird geändert…</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="46" />
            <source>C&amp;hange passphrase</source>
            <translation>Passphrase ä&amp;ndern</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="59" />
            <source>C&amp;urrent passphrase:</source>
            <translation>&amp;Aktuelle Passphrase:</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="61" />
            <source>Backups you made before this change still open with the old passphrase. Make a new backup afterwards, and delete old ones you no longer need. If you lose the new passphrase, the vault cannot be recovered.</source>
            <translation>Sicherungen, die Sie vor dieser Änderung erstellt haben, lassen sich weiterhin mit der alten Passphrase öffnen. Erstellen Sie danach eine neue Sicherung und löschen Sie alte, die Sie nicht mehr brauchen. Wenn Sie die neue Passphrase verlieren, lässt sich der Tresor nicht wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="102" />
            <source>Passphrase changed. Older backups still open with the old passphrase.</source>
            <translation>Passphrase geändert. Ältere Sicherungen lassen sich weiterhin mit der alten Passphrase öffnen.</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="113" />
            <source>The current passphrase is not right.</source>
            <translation>Die aktuelle Passphrase stimmt nicht.</translation>
        </message>
    </context>
    <context>
        <name>ChatFormat</name>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>%1 messages</source>
            <translation>%1 Nachrichten</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>1 message</source>
            <translation>1 Nachricht</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="49" />
            <source>no messages yet</source>
            <translation>noch keine Nachrichten</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="61" />
            <source>Last import %1</source>
            <translation>Letzter Import: %1</translation>
        </message>
    </context>
    <context>
        <name>ChatListDelegate</name>
        <message>
            <location filename="../chat_list_delegate.py" line="37" />
            <source>Date order?</source>
            <translation>Datumsreihenfolge?</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="39" />
            <source>%1 removed</source>
            <translation>%1 entfernt</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="41" />
            <source>%1 merged</source>
            <translation>%1 zusammengeführt</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../chat_pane.py" line="103" />
            <source>Choose a chat on the left to read it.</source>
            <translation>Wählen Sie links einen Chat aus, um ihn zu lesen.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="119" />
            <location filename="../chat_pane.py" line="150" />
            <source>Go to date…</source>
            <translation>Zu Datum springen…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="120" />
            <location filename="../chat_pane.py" line="164" />
            <source>Newest</source>
            <translation>Neueste</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="121" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="139" />
            <source>The day/month order of this chat's dates is a guess: every date in one of its exports fits both ways.</source>
            <translation>Die Tag/Monat-Reihenfolge der Datumsangaben in diesem Chat ist geschätzt: Jedes Datum in einem seiner Exporte lässt sich auf beide Arten lesen.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="142" />
            <location filename="../chat_pane.py" line="154" />
            <source>Date order…</source>
            <translation>Datumsreihenfolge…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="151" />
            <source>Newest message</source>
            <translation>Neueste Nachricht</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="152" />
            <source>Rename…</source>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="153" />
            <source>Merge into another chat…</source>
            <translation>Mit anderem Chat zusammenführen…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="155" />
            <source>Undo merge</source>
            <translation>Zusammenführung rückgängig machen</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="200" />
            <source>exported as “%1”</source>
            <translation>exportiert als „%1“</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="319" />
            <source>Rename chat</source>
            <translation>Chat umbenennen</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="321" />
            <source>Name shown in ModDesk. Exports named “%1” still arrive in this chat; leave empty to show that name again.</source>
            <translation>Name, der in ModDesk angezeigt wird. Exporte mit dem Namen „%1“ landen weiterhin in diesem Chat. Lassen Sie das Feld leer, um wieder diesen Namen anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="339" />
            <source>There is no other chat to merge this one into.</source>
            <translation>Es gibt keinen anderen Chat, mit dem dieser zusammengeführt werden kann.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="386" />
            <source>The dates of this chat were read again.</source>
            <translation>Die Datumsangaben dieses Chats wurden neu eingelesen.</translation>
        </message>
    </context>
    <context>
        <name>ChatsPage</name>
        <message>
            <location filename="../chats_page.py" line="97" />
            <location filename="../chats_page.py" line="123" />
            <source>Chats</source>
            <translation>Chats</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="100" />
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="101" />
            <source>By name</source>
            <translation>Nach Name</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="102" />
            <source>By last activity</source>
            <translation>Nach letzter Aktivität</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="126" />
            <source>No chats yet — add a watched folder or import an export (Ctrl+I)</source>
            <translation>Noch keine Chats – fügen Sie einen überwachten Ordner hinzu oder importieren Sie einen Export (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="218" />
            <source>That message is no longer in the vault.</source>
            <translation>Diese Nachricht ist nicht mehr im Tresor.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../crash_dialog.py" line="36" />
            <source>ModDesk ran into a problem</source>
            <translation>In ModDesk ist ein Problem aufgetreten</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="41" />
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="42" />
            <source>C&amp;ontinue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="43" />
            <source>&amp;Quit ModDesk</source>
            <translation>ModDesk &amp;beenden</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="53" />
            <source>Something went wrong inside ModDesk. This is a bug in ModDesk, not something you did. Your vault is safe: saved work stays saved.</source>
            <translation>In ModDesk ist etwas schiefgelaufen. Das ist ein Fehler in ModDesk, nicht etwas, das Sie getan haben. Ihr Tresor ist sicher: Was gespeichert ist, bleibt gespeichert.</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="57" />
            <source>The details below name only the place in the program where it happened; they contain no messages, names or passphrases. You can copy them into a bug report.</source>
            <translation>Die Details unten nennen nur die Stelle im Programm, an der es passiert ist; sie enthalten keine Nachrichten, Namen oder Passphrasen. Sie können sie in eine Fehlermeldung kopieren.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <location filename="../create_vault_dialog.py" line="214" />
            <source>Choose a passphrase for your vault</source>
            <translation>Wählen Sie eine Passphrase für Ihren Tresor</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="216" />
            <source>ModDesk keeps everything you import and write in an encrypted vault on this computer. The passphrase is the only way to open it.</source>
            <translation>ModDesk bewahrt alles, was Sie importieren und schreiben, in einem verschlüsselten Tresor auf diesem Computer auf. Die Passphrase ist der einzige Weg, ihn zu öffnen.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="219" />
            <source>If you lose this passphrase, the vault cannot be recovered — not by you, not by anyone else. Write it down and keep it somewhere safe.</source>
            <translation>Wenn Sie diese Passphrase verlieren, lässt sich der Tresor nicht wiederherstellen – weder von Ihnen noch von jemand anderem. Schreiben Sie sie auf und bewahren Sie sie an einem sicheren Ort auf.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="221" />
            <source>Creating the vault. This takes a few seconds…</source>
            <translation>Der Tresor wird angelegt. Das dauert ein paar Sekunden…</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="222" />
            <source>&amp;Create vault</source>
            <translation>Tresor &amp;anlegen</translation>
        </message>
    </context>
    <context>
        <name>DateOrderDialog</name>
        <message>
            <location filename="../date_order_dialog.py" line="74" />
            <source>Date order</source>
            <translation>Datumsreihenfolge</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="79" />
            <source>Re-read dates</source>
            <translation>Datumsangaben neu einlesen</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="88" />
            <source>This export's dates could be read day-first or month-first: every date in it fits both ways, so ModDesk had to guess. Choose the reading that matches what you know about this chat, for example when it started. Re-reading changes only the dates; no message is added or lost.</source>
            <translation>Die Datumsangaben in diesem Export lassen sich mit dem Tag oder mit dem Monat zuerst lesen: Jedes Datum darin passt auf beide Arten, daher musste ModDesk schätzen. Wählen Sie die Lesart, die zu dem passt, was Sie über diesen Chat wissen, zum Beispiel wann er begonnen hat. Neu einlesen ändert nur die Datumsangaben; keine Nachricht kommt hinzu oder geht verloren.</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Day first (d/m/y)</source>
            <translation>Tag zuerst (T/M/J)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Month first (m/d/y)</source>
            <translation>Monat zuerst (M/T/J)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="103" />
            <source>Year first (y/m/d)</source>
            <translation>Jahr zuerst (J/M/T)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="106" />
            <source>— current reading</source>
            <translation>– aktuelle Lesart</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="116" />
            <source>No dates to show</source>
            <translation>Keine Datumsangaben zum Anzeigen</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="123" />
            <source>not a real date</source>
            <translation>kein gültiges Datum</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../message_bridge.py" line="28" />
            <source>That passphrase does not open this vault. Check it and try again.</source>
            <translation>Diese Passphrase öffnet diesen Tresor nicht. Prüfen Sie sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="30" />
            <source>The vault is damaged and cannot be opened. Nothing was changed. You can restore it from a backup.</source>
            <translation>Der Tresor ist beschädigt und kann nicht geöffnet werden. Es wurde nichts verändert. Sie können ihn aus einer Sicherung wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="33" />
            <source>The vault folder holds a file that is not a ModDesk vault. It was left untouched.</source>
            <translation>Im Tresor-Ordner liegt eine Datei, die kein ModDesk-Tresor ist. Sie wurde nicht angerührt.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="36" />
            <source>This vault is already open in another ModDesk window. Close that one first.</source>
            <translation>Dieser Tresor ist bereits in einem anderen ModDesk-Fenster geöffnet. Schließen Sie zuerst das andere Fenster.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="38" />
            <source>There is no vault in this folder.</source>
            <translation>In diesem Ordner gibt es keinen Tresor.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="39" />
            <source>A vault already exists in this folder.</source>
            <translation>In diesem Ordner gibt es bereits einen Tresor.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="40" />
            <source>A passphrase change was interrupted before it finished. Try the other passphrase (the old or the new one).</source>
            <translation>Eine Änderung der Passphrase wurde unterbrochen, bevor sie abgeschlossen war. Versuchen Sie es mit der anderen Passphrase (der alten oder der neuen).</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="43" />
            <source>The disk is full. Nothing was lost; free some space and try again.</source>
            <translation>Der Datenträger ist voll. Es ist nichts verloren gegangen; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="45" />
            <source>The vault's key file has settings out of range and may have been altered. Restore it from a backup.</source>
            <translation>Die Schlüsseldatei des Tresors enthält Einstellungen außerhalb des gültigen Bereichs und wurde möglicherweise verändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="48" />
            <source>The vault could not be read or written. Nothing was changed.</source>
            <translation>Der Tresor konnte nicht gelesen oder beschrieben werden. Es wurde nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../first_run_pages.py" line="37" />
            <source>Support community</source>
            <translation>Unterstützungsgemeinschaft</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="38" />
            <source>For groups where members help each other: cries for help, money requests, spam, floods and unanswered questions.</source>
            <translation>Für Gruppen, in denen sich Mitglieder gegenseitig helfen: Hilferufe, Bitten um Geld, Spam, Nachrichtenfluten und unbeantwortete Fragen.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="41" />
            <source>Child protection</source>
            <translation>Kinderschutz</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="42" />
            <source>For groups with or about children: grooming patterns, requests for photos, personal details and secrecy.</source>
            <translation>Für Gruppen mit oder über Kinder: Grooming-Muster, Bitten um Fotos, persönliche Daten und Geheimhaltung.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="95" />
            <source>Welcome to ModDesk</source>
            <translation>Willkommen bei ModDesk</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="96" />
            <source>&amp;Choose your language. You can change it later in the Vault menu.</source>
            <translation>Wählen Sie Ihre &amp;Sprache. Sie können sie später im Menü „Tresor“ ändern.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="98" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="131" />
            <source>Three things to know</source>
            <translation>Drei Dinge, die Sie wissen sollten</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="133" />
            <source>Your vault and its passphrase</source>
            <translation>Ihr Tresor und seine Passphrase</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="134" />
            <source>Everything you import and write is kept in an encrypted vault on this computer. Only your passphrase opens it. If you forget the passphrase, nobody can open the vault again, not even the people who made ModDesk.</source>
            <translation>Alles, was Sie importieren und schreiben, wird in einem verschlüsselten Tresor auf diesem Computer aufbewahrt. Nur Ihre Passphrase öffnet ihn. Wenn Sie die Passphrase vergessen, kann niemand den Tresor je wieder öffnen – auch nicht die Leute, die ModDesk entwickelt haben.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="137" />
            <source>The watched folder</source>
            <translation>Der überwachte Ordner</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="138" />
            <source>Put the chat exports from WhatsApp into one folder and ModDesk imports them by itself. The exports in that folder are not encrypted: anyone who can use this computer can read them. Delete them when they are imported, or keep that folder somewhere safe.</source>
            <translation>Legen Sie die Chat-Exporte aus WhatsApp in einen Ordner, und ModDesk importiert sie von selbst. Die Exporte in diesem Ordner sind nicht verschlüsselt: Alle, die diesen Computer benutzen können, können sie lesen. Löschen Sie sie nach dem Import oder bewahren Sie den Ordner an einem sicheren Ort auf.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="142" />
            <source>The idle lock</source>
            <translation>Die automatische Sperre</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="172" />
            <source>Who is moderating?</source>
            <translation>Wer moderiert?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="173" />
            <source>&amp;Your name or nickname:</source>
            <translation>&amp;Ihr Name oder Spitzname:</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="174" />
            <source>Your name or nickname</source>
            <translation>Ihr Name oder Spitzname</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="175" />
            <source>For example: Amira</source>
            <translation>Zum Beispiel: Amira</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="176" />
            <source>ModDesk shows it in the status bar and writes it into the incident logs you keep, so others on your team know who decided what. It is stored inside the encrypted vault. You can leave it empty and set it later in Settings.</source>
            <translation>ModDesk zeigt ihn in der Statusleiste an und schreibt ihn in die Vorfallprotokolle, die Sie führen, damit andere in Ihrem Team wissen, wer was entschieden hat. Er wird im verschlüsselten Tresor gespeichert. Sie können das Feld leer lassen und den Namen später in den Einstellungen festlegen.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="206" />
            <source>Guidelines for your groups</source>
            <translation>Richtlinien für Ihre Gruppen</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="207" />
            <source>ModDesk checks imported chats against guideline packs and puts what needs a look into your inbox. Choose the packs that fit your groups; you can choose per group later.</source>
            <translation>ModDesk prüft importierte Chats anhand von Richtlinienpaketen und legt alles, was einen Blick braucht, in Ihren Eingang. Wählen Sie die Pakete, die zu Ihren Gruppen passen; später können Sie für jede Gruppe einzeln wählen.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="263" />
            <source>Where do your chat exports go?</source>
            <translation>Wo landen Ihre Chat-Exporte?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="264" />
            <source>Choose the folder you save WhatsApp chat exports into. ModDesk watches it and imports new exports by itself. You can skip this and add folders later.</source>
            <translation>Wählen Sie den Ordner, in dem Sie WhatsApp-Chat-Exporte speichern. ModDesk überwacht ihn und importiert neue Exporte von selbst. Sie können diesen Schritt überspringen und Ordner später hinzufügen.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="267" />
            <source>Export &amp;folder:</source>
            <translation>Export-&amp;Ordner:</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="268" />
            <source>Export folder</source>
            <translation>Export-Ordner</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="269" />
            <source>No folder: I will import files by hand</source>
            <translation>Kein Ordner: Ich importiere Dateien von Hand</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="270" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="271" />
            <location filename="../first_run_pages.py" line="281" />
            <source>Choose the export folder</source>
            <translation>Export-Ordner auswählen</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="298" />
            <source>There is no folder at %1. Choose an existing folder, or leave the field empty.</source>
            <translation>Unter %1 gibt es keinen Ordner. Wählen Sie einen vorhandenen Ordner oder lassen Sie das Feld leer.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../first_run_wizard.py" line="73" />
            <source>Set up ModDesk</source>
            <translation>ModDesk einrichten</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="74" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="75" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Weiter &gt;</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="76" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>Guidelines</name>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Pack</source>
            <translation>Paket</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="15" />
            <source>Used by</source>
            <translation>Verwendet von</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="29" />
            <source>Phone numbers (numbers on the pack's allowlist are left alone)</source>
            <translation>Telefonnummern (Nummern auf der Ausnahmeliste des Pakets bleiben unberührt)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="31" />
            <source>E-mail addresses (addresses on the allowlist are left alone)</source>
            <translation>E-Mail-Adressen (Adressen auf der Ausnahmeliste bleiben unberührt)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="33" />
            <source>Street addresses and house numbers</source>
            <translation>Straßenadressen und Hausnummern</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="34" />
            <source>Messages that a later export of the chat no longer shows (deleted since)</source>
            <translation>Nachrichten, die ein späterer Export des Chats nicht mehr enthält (inzwischen gelöscht)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="36" />
            <source>Payment details and money requests: IBANs, card numbers, crypto wallets, "send money"</source>
            <translation>Zahlungsdaten und Bitten um Geld: IBANs, Kartennummern, Krypto-Wallets, „schick Geld“</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="38" />
            <source>Cries for help and signs of danger: violence, abuse, self-harm, a child in danger</source>
            <translation>Hilferufe und Anzeichen von Gefahr: Gewalt, Missbrauch, Selbstverletzung, ein Kind in Gefahr</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="40" />
            <source>Grooming patterns: moving a child to a private chat, asking for photos, asking for secrecy</source>
            <translation>Grooming-Muster: ein Kind in einen privaten Chat holen, um Fotos bitten, um Geheimhaltung bitten</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="42" />
            <source>Warning words that count when they occur together</source>
            <translation>Warnwörter, die zählen, wenn sie zusammen vorkommen</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="45" />
            <source>group invite links</source>
            <translation>Gruppen-Einladungslinks</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="46" />
            <source>link shorteners</source>
            <translation>Linkverkürzer</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="47" />
            <source>other links</source>
            <translation>andere Links</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="48" />
            <source>photos, videos and files</source>
            <translation>Fotos, Videos und Dateien</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="49" />
            <source>messages deleted by their author</source>
            <translation>von der schreibenden Person gelöschte Nachrichten</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="50" />
            <source>polls</source>
            <translation>Umfragen</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="51" />
            <source>shared locations</source>
            <translation>geteilte Standorte</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="52" />
            <source>contact cards</source>
            <translation>Kontaktkarten</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="53" />
            <source>members joining</source>
            <translation>Mitglieder treten bei</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="54" />
            <source>members being added</source>
            <translation>Mitglieder werden hinzugefügt</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="55" />
            <source>members leaving</source>
            <translation>Mitglieder treten aus</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="56" />
            <source>members being removed</source>
            <translation>Mitglieder werden entfernt</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="57" />
            <source>admin rights changing</source>
            <translation>Admin-Rechte ändern sich</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="58" />
            <source>the group name changing</source>
            <translation>der Gruppenname ändert sich</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="59" />
            <source>the group description changing</source>
            <translation>die Gruppenbeschreibung ändert sich</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="67" />
            <source>set by you</source>
            <translation>von Ihnen festgelegt</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="69" />
            <source>admin, from group notices</source>
            <translation>Admin, laut Gruppenhinweisen</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="70" />
            <source>not admin, from group notices</source>
            <translation>kein Admin, laut Gruppenhinweisen</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="115" />
            <source>Save for &amp;this group</source>
            <translation>Für diese Gruppe &amp;speichern</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="116" />
            <source>&amp;Undo changes</source>
            <translation>Änderungen &amp;zurücknehmen</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="121" />
            <source>Guideline pac&amp;ks</source>
            <translation>Richtlinien&amp;pakete</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="126" />
            <source>&amp;Admins</source>
            <translation>A&amp;dmins</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="128" />
            <source>Tick the members who are admins. Admins' messages are not flagged by rules that spare them, and an admin's answer counts as a reply. Your choice always wins over the group notices in an export.</source>
            <translation>Haken Sie die Mitglieder an, die Admins sind. Nachrichten von Admins werden von Regeln, die Admins ausnehmen, nicht markiert, und die Antwort eines Admins zählt als Antwort. Ihre Auswahl hat immer Vorrang vor den Gruppenhinweisen in einem Export.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="138" />
            <source>No groups yet. Import a chat export, then choose its guidelines and admins here.</source>
            <translation>Noch keine Gruppen. Importieren Sie einen Chat-Export und wählen Sie dann hier seine Richtlinien und Admins.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="146" />
            <source>Gr&amp;oups</source>
            <translation>Gr&amp;uppen</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="245" />
            <source>Uses every pack</source>
            <translation>Verwendet alle Pakete</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="246" />
            <source>Uses: %1</source>
            <translation>Verwendet: %1</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="269" />
            <source>Save changes?</source>
            <translation>Änderungen speichern?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="270" />
            <source>Save your changes to the guidelines of “%1”?</source>
            <translation>Ihre Änderungen an den Richtlinien von „%1“ speichern?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="321" />
            <source>Choose at least one pack: every group is checked against some guidelines.</source>
            <translation>Wählen Sie mindestens ein Paket: Jede Gruppe wird anhand von Richtlinien geprüft.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="324" />
            <source>No choice made yet: this group uses every pack, including packs you import later.</source>
            <translation>Noch keine Auswahl getroffen: Diese Gruppe verwendet alle Pakete, auch solche, die Sie später importieren.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="327" />
            <source>The group is checked against the ticked packs only.</source>
            <translation>Die Gruppe wird nur anhand der angehakten Pakete geprüft.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="339" />
            <source>Nobody has written in this group yet.</source>
            <translation>In dieser Gruppe hat noch niemand geschrieben.</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="76" />
            <source>&amp;Rules</source>
            <translation>&amp;Regeln</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="77" />
            <source>Per &amp;group</source>
            <translation>Pro &amp;Gruppe</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="78" />
            <source>Re&amp;plies</source>
            <translation>&amp;Antworten</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="79" />
            <source>Re&amp;sources</source>
            <translation>A&amp;nlaufstellen</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="80" />
            <source>Group &amp;description</source>
            <translation>Gruppen&amp;beschreibung</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="88" />
            <source>Your groups' rules, in plain words. ModDesk uses them to point out messages that may need you; it never deletes or sends anything.</source>
            <translation>Die Regeln Ihrer Gruppen, in einfachen Worten. ModDesk nutzt sie, um auf Nachrichten hinzuweisen, die Sie sich vielleicht ansehen sollten; es löscht oder sendet nie etwas.</translation>
        </message>
        <message>
            <location filename="../guidelines_text.py" line="46" />
            <source>ModDesk (shipped)</source>
            <translation>ModDesk (mitgeliefert)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="48" />
            <source>Edit “%1” (version %2)</source>
            <translation>„%1“ bearbeiten (Version %2)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="63" />
            <source>Saving checks the pack and stores it as version %1; every earlier version stays and can be restored. The groups that use this pack are then checked again.</source>
            <translation>Beim Speichern wird das Paket geprüft und als Version %1 gespeichert; alle früheren Versionen bleiben erhalten und lassen sich wiederherstellen. Die Gruppen, die dieses Paket verwenden, werden danach erneut geprüft.</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="69" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="70" />
            <source>Check and save (Ctrl+S)</source>
            <translation>Prüfen und speichern (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="102" />
            <location filename="../pack_panel.py" line="317" />
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="103" />
            <source>%1. Nothing was saved; fix it and save again.</source>
            <translation>%1. Es wurde nichts gespeichert; beheben Sie den Fehler und speichern Sie erneut.</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="126" />
            <source>Discard changes?</source>
            <translation>Änderungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="127" />
            <source>Your changes to this pack are not saved. Discard them?</source>
            <translation>Ihre Änderungen an diesem Paket sind nicht gespeichert. Verwerfen?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="98" />
            <source>Pac&amp;ks in this vault</source>
            <translation>Pa&amp;kete in diesem Tresor</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>&amp;Edit…</source>
            <translation>Bearb&amp;eiten…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>Change this pack's rules and words</source>
            <translation>Regeln und Wörter dieses Pakets ändern</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>Versio&amp;ns…</source>
            <translation>&amp;Versionen…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>See earlier versions and restore one</source>
            <translation>Frühere Versionen ansehen und eine wiederherstellen</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>Add a pack from a .toml file</source>
            <translation>Ein Paket aus einer .toml-Datei hinzufügen</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>Save this pack to a .toml file to share or edit elsewhere</source>
            <translation>Dieses Paket als .toml-Datei speichern, um es weiterzugeben oder anderswo zu bearbeiten</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="128" />
            <source>Each group is checked against the packs ticked for it on the “Per group” tab. Every change is kept as a new version.</source>
            <translation>Jede Gruppe wird anhand der Pakete geprüft, die auf dem Reiter „Pro Gruppe“ für sie angehakt sind. Jede Änderung wird als neue Version aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="270" />
            <source>Import a guideline pack</source>
            <translation>Richtlinienpaket importieren</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="271" />
            <location filename="../pack_panel.py" line="331" />
            <source>Guideline packs (%1)</source>
            <translation>Richtlinienpakete (%1)</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="288" />
            <source>Replace with a new version?</source>
            <translation>Durch eine neue Version ersetzen?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="289" />
            <source>“%1” is already in the vault (version %2). Save this file as its version %3? Earlier versions stay and can be restored; the groups that use it are checked again.</source>
            <translation>„%1“ ist bereits im Tresor (Version %2). Diese Datei als Version %3 speichern? Frühere Versionen bleiben erhalten und lassen sich wiederherstellen; die Gruppen, die das Paket verwenden, werden erneut geprüft.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="295" />
            <source>Save as new version</source>
            <translation>Als neue Version speichern</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="304" />
            <source>“%1” is the same as the version in the vault; nothing changed.</source>
            <translation>„%1“ entspricht der Version im Tresor; es hat sich nichts geändert.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="307" />
            <source>“%1” imported.</source>
            <translation>„%1“ importiert.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="318" />
            <source>This pack cannot be imported</source>
            <translation>Dieses Paket kann nicht importiert werden</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="319" />
            <source>%1. Nothing was changed. Fix the file and import it again.</source>
            <translation>%1. Es wurde nichts verändert. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="330" />
            <source>Export a guideline pack</source>
            <translation>Richtlinienpaket exportieren</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="342" />
            <source>The pack could not be written to %1 (%2). Choose another place.</source>
            <translation>Das Paket konnte nicht unter %1 gespeichert werden (%2). Wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="345" />
            <source>Version %1 of the pack saved to %2.</source>
            <translation>Version %1 des Pakets unter %2 gespeichert.</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="51" />
            <source>Versions of “%1”</source>
            <translation>Versionen von „%1“</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="63" />
            <source>&amp;Restore this version</source>
            <translation>Diese Version &amp;wiederherstellen</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="65" />
            <source>Save this text again as the newest version; nothing is deleted</source>
            <translation>Diesen Text erneut als neueste Version speichern; es wird nichts gelöscht</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="74" />
            <source>&amp;Versions, newest first</source>
            <translation>&amp;Versionen, neueste zuerst</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="91" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="93" />
            <source>%1 (in use)</source>
            <translation>%1 (in Verwendung)</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="144" />
            <source>no new inbox items</source>
            <translation>keine neuen Einträge im Eingang</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="146" />
            <source>Check stopped after %1 of %2 groups; %3 found before that are kept.</source>
            <translation>Prüfung nach %1 von %2 Gruppen angehalten; %3, die davor gefunden wurden, bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="149" />
            <source>No group uses this pack, so there was nothing to check.</source>
            <translation>Keine Gruppe verwendet dieses Paket, daher gab es nichts zu prüfen.</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="167" />
            <source>&amp;Cancel check</source>
            <translation>Prüfung &amp;abbrechen</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="168" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="169" />
            <source>Hide this message</source>
            <translation>Diesen Hinweis ausblenden</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="194" />
            <source>Checking %1 of %2 groups against the changed guidelines…</source>
            <translation>%1 von %2 Gruppen werden anhand der geänderten Richtlinien geprüft…</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="216" />
            <source>Stopping after the group being checked…</source>
            <translation>Wird nach der aktuell geprüften Gruppe angehalten…</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="77" />
            <source> in %1 languages</source>
            <translation> in %1 Sprachen</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="78" />
            <source> (case and accents do not matter)</source>
            <translation> (Groß- und Kleinschreibung sowie Akzente spielen keine Rolle)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="89" />
            <source>Links: %1</source>
            <translation>Links: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="93" />
            <source>Floods: %1 or more messages by one member within %2 minutes</source>
            <translation>Nachrichtenfluten: %1 oder mehr Nachrichten eines Mitglieds innerhalb von %2 Minuten</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="106" />
            <source>Shared in the group: %1</source>
            <translation>In der Gruppe geteilt: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="107" />
            <source>Group notices: %1</source>
            <translation>Gruppenhinweise: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="128" />
            <source>Messages written by the group's admins are not flagged.</source>
            <translation>Nachrichten von Admins der Gruppe werden nicht markiert.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="129" />
            <source>Repeated hits by one member within %1 minutes make one inbox item.</source>
            <translation>Wiederholte Treffer eines Mitglieds innerhalb von %1 Minuten ergeben einen gemeinsamen Eintrag im Eingang.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="135" />
            <source>What finds it</source>
            <translation>Woran es erkannt wird</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="137" />
            <source>Suggested responses</source>
            <translation>Empfohlene Reaktionen</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="174" />
            <source>Choose a pack to read its rules.</source>
            <translation>Wählen Sie ein Paket, um seine Regeln zu lesen.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="177" />
            <source>This version cannot be used:</source>
            <translation>Diese Version kann nicht verwendet werden:</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="178" />
            <source>Edit the pack or restore an earlier version.</source>
            <translation>Bearbeiten Sie das Paket oder stellen Sie eine frühere Version wieder her.</translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n message</source>
            <translation>
                <numerusform>%n Nachricht</numerusform>
                <numerusform>%n Nachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n messages</source>
            <translation>
                <numerusform>%n Nachricht</numerusform>
                <numerusform>%n Nachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n group</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox item</source>
            <translation>
                <numerusform>%n neuer Eintrag im Eingang</numerusform>
                <numerusform>%n neue Einträge im Eingang</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox items</source>
            <translation>
                <numerusform>%n neuer Eintrag im Eingang</numerusform>
                <numerusform>%n neue Einträge im Eingang</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n group again: %1.</source>
            <translation>
                <numerusform>%n Gruppe erneut geprüft: %1.</numerusform>
                <numerusform>%n Gruppen erneut geprüft: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n groups again: %1.</source>
            <translation>
                <numerusform>%n Gruppe erneut geprüft: %1.</numerusform>
                <numerusform>%n Gruppen erneut geprüft: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n term</source>
            <translation>
                <numerusform>Wörter und Wendungen: %n Begriff</numerusform>
                <numerusform>Wörter und Wendungen: %n Begriffe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n terms</source>
            <translation>
                <numerusform>Wörter und Wendungen: %n Begriff</numerusform>
                <numerusform>Wörter und Wendungen: %n Begriffe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hour</source>
            <translation>
                <numerusform>Fragen an und Erwähnungen der Admins ohne Antwort eines Admins innerhalb von %n Stunde</numerusform>
                <numerusform>Fragen an und Erwähnungen der Admins ohne Antwort eines Admins innerhalb von %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hours</source>
            <translation>
                <numerusform>Fragen an und Erwähnungen der Admins ohne Antwort eines Admins innerhalb von %n Stunde</numerusform>
                <numerusform>Fragen an und Erwähnungen der Admins ohne Antwort eines Admins innerhalb von %n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rule</source>
            <translation>
                <numerusform>%n Regel</numerusform>
                <numerusform>%n Regeln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rules</source>
            <translation>
                <numerusform>%n Regel</numerusform>
                <numerusform>%n Regeln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n pattern) for: %1</source>
            <translation>
                <numerusform>Textmuster (%n Muster) für: %1</numerusform>
                <numerusform>Textmuster (%n Muster) für: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n patterns) for: %1</source>
            <translation>
                <numerusform>Textmuster (%n Muster) für: %1</numerusform>
                <numerusform>Textmuster (%n Muster) für: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../import_controller.py" line="258" />
            <source>No chat exports (.txt, .zip or .json) were found there.</source>
            <translation>Dort wurden keine Chat-Exporte (.txt, .zip oder .json) gefunden.</translation>
        </message>
    </context>
    <context>
        <name>ImportStatus</name>
        <message>
            <location filename="../import_status.py" line="70" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="71" />
            <source>Summary…</source>
            <translation>Übersicht…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="98" />
            <source>Import finished. %1</source>
            <translation>Import abgeschlossen. %1</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../import_summary_dialog.py" line="30" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="31" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="32" />
            <source>New messages</source>
            <translation>Neue Nachrichten</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="33" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="36" />
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="37" />
            <source>Already imported</source>
            <translation>Bereits importiert</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="38" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="39" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="40" />
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="45" />
            <source>This file could not be read as a chat export. Export the chat again from WhatsApp (More → Export chat) and import the new file.</source>
            <translation>Diese Datei konnte nicht als Chat-Export gelesen werden. Exportieren Sie den Chat erneut aus WhatsApp (Mehr → Chat exportieren) und importieren Sie die neue Datei.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="48" />
            <source>The file is larger than %1, the most ModDesk imports. Export the chat again choosing “Without media”.</source>
            <translation>Die Datei ist größer als %1, die Höchstgröße, die ModDesk importiert. Exportieren Sie den Chat erneut und wählen Sie dabei „Ohne Medien“.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="51" />
            <source>The archive is incomplete or damaged; it may still be downloading or syncing. Let it finish, or export the chat again.</source>
            <translation>Das Archiv ist unvollständig oder beschädigt; vielleicht wird es noch heruntergeladen oder synchronisiert. Warten Sie, bis das abgeschlossen ist, oder exportieren Sie den Chat erneut.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="54" />
            <source>ModDesk could not open the file. Check that you may read it and that no other program is still writing it, then try again.</source>
            <translation>ModDesk konnte die Datei nicht öffnen. Prüfen Sie, ob Sie sie lesen dürfen und ob kein anderes Programm noch in sie schreibt, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="57" />
            <source>The file is no longer there; it may have been moved or deleted.</source>
            <translation>Die Datei ist nicht mehr da; vielleicht wurde sie verschoben oder gelöscht.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="59" />
            <source>This is a link to another file. ModDesk never follows links; choose the file itself.</source>
            <translation>Das ist eine Verknüpfung zu einer anderen Datei. ModDesk folgt nie Verknüpfungen; wählen Sie die Datei selbst.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="62" />
            <source>This is not an ordinary file (a device, pipe or socket).</source>
            <translation>Das ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket).</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="64" />
            <source>This is a folder. Use “Import folder…” to import the files in it.</source>
            <translation>Das ist ein Ordner. Verwenden Sie „Ordner importieren…“, um die Dateien darin zu importieren.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="66" />
            <source>Not a chat export: ModDesk imports .txt, .zip and .json files.</source>
            <translation>Kein Chat-Export: ModDesk importiert .txt-, .zip- und .json-Dateien.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="68" />
            <source>This is an unfinished download or a sync program's temporary file. Wait until it is complete.</source>
            <translation>Das ist ein unvollständiger Download oder eine temporäre Datei eines Synchronisierungsprogramms. Warten Sie, bis sie vollständig ist.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="71" />
            <source>The file changed while it was being read. Import it again once it has finished saving.</source>
            <translation>Die Datei hat sich beim Lesen verändert. Importieren Sie sie erneut, sobald sie fertig gespeichert ist.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="74" />
            <source>Nothing from this file was saved.</source>
            <translation>Aus dieser Datei wurde nichts gespeichert.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="75" />
            <source>The vault could not save this file. Nothing from it was kept.</source>
            <translation>Der Tresor konnte diese Datei nicht speichern. Aus ihr wurde nichts übernommen.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="77" />
            <source>An internal error stopped this import; nothing from the file was saved. Please report it.</source>
            <translation>Ein interner Fehler hat diesen Import gestoppt; aus der Datei wurde nichts gespeichert. Bitte melden Sie den Fehler.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="120" />
            <source>The same content was imported before; nothing was added.</source>
            <translation>Derselbe Inhalt wurde bereits importiert; es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="122" />
            <source>Date order uncertain: ModDesk guessed whether dates are day/month or month/day. Check a few dates in Chats.</source>
            <translation>Datumsreihenfolge unsicher: ModDesk hat geschätzt, ob die Datumsangaben Tag/Monat oder Monat/Tag sind. Prüfen Sie unter „Chats“ ein paar davon.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="125" />
            <source>%1 lines could not be read as messages.</source>
            <translation>%1 Zeilen konnten nicht als Nachrichten gelesen werden.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="128" />
            <source>The original file was moved into the vault.</source>
            <translation>Die Originaldatei wurde in den Tresor verschoben.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="138" />
            <source>Chat: %1</source>
            <translation>Chat: %1</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="140" />
            <source>%1 chats: %2</source>
            <translation>%1 Chats: %2</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="148" />
            <source>%1 imported (%2 new messages)</source>
            <translation>%1 importiert (%2 neue Nachrichten)</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="151" />
            <source>%1 already imported</source>
            <translation>%1 bereits importiert</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="154" />
            <source>%1 failed</source>
            <translation>%1 fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="156" />
            <source>%1 cancelled</source>
            <translation>%1 abgebrochen</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="157" />
            <source>%1 files: %2.</source>
            <translation>%1 Dateien: %2.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryDialog</name>
        <message>
            <location filename="../import_summary_dialog.py" line="175" />
            <source>Import summary</source>
            <translation>Import-Übersicht</translation>
        </message>
    </context>
    <context>
        <name>ImportUi</name>
        <message>
            <location filename="../import_status.py" line="37" />
            <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
            <translation>Chat-Exporte (*.txt *.zip *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="43" />
            <source>Importing %1 of %2</source>
            <translation>Importiere %1 von %2</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="47" />
            <source>%1: %2 of %3 messages…</source>
            <translation>%1: %2 von %3 Nachrichten…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="127" />
            <source>&amp;Import files…</source>
            <translation>Dateien &amp;importieren…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="129" />
            <source>Import f&amp;older…</source>
            <translation>&amp;Ordner importieren…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="131" />
            <source>&amp;Watched folders…</source>
            <translation>Über&amp;wachte Ordner…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="158" />
            <source>Watched folders notice</source>
            <translation>Hinweis zu überwachten Ordnern</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="202" />
            <source>Import chat exports</source>
            <translation>Chat-Exporte importieren</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="209" />
            <source>Import the chat exports in a folder</source>
            <translation>Die Chat-Exporte in einem Ordner importieren</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <location filename="../inbox_actions.py" line="42" />
            <source>Next item</source>
            <translation>Nächster Eintrag</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="43" />
            <source>Previous item</source>
            <translation>Vorheriger Eintrag</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="44" />
            <location filename="../inbox_item_view.py" line="230" />
            <source>Open in chat</source>
            <translation>Im Chat öffnen</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="45" />
            <source>Resolve: dealt with</source>
            <translation>Erledigen: ist geklärt</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="46" />
            <source>Dismiss: nothing to do (asks why)</source>
            <translation>Verwerfen: nichts zu tun (fragt nach dem Grund)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="48" />
            <source>Escalate: open an incident (Enter creates it)</source>
            <translation>Eskalieren: einen Vorfall eröffnen (Enter legt ihn an)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="50" />
            <source>Snooze until a later day</source>
            <translation>Bis zu einem späteren Tag zurückstellen</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="52" />
            <source>Reply with template…</source>
            <translation>Mit Vorlage antworten…</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="53" />
            <source>Severity: urgent</source>
            <translation>Dringlichkeit: dringend</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="54" />
            <source>Severity: high</source>
            <translation>Dringlichkeit: hoch</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="55" />
            <source>Severity: normal</source>
            <translation>Dringlichkeit: normal</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="56" />
            <source>Severity: low</source>
            <translation>Dringlichkeit: niedrig</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="57" />
            <source>Undo the last action, one item at a time</source>
            <translation>Letzte Aktion rückgängig machen, Eintrag für Eintrag</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="59" />
            <source>Show or hide this item's media</source>
            <translation>Medien dieses Eintrags anzeigen oder ausblenden</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="60" />
            <source>Show these shortcuts</source>
            <translation>Diese Tastenkürzel anzeigen</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="62" />
            <source>Shift+click, Ctrl+click, Ctrl+A</source>
            <translation>Shift+Klick, Ctrl+Klick, Ctrl+A</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="63" />
            <source>Select several items (resolve or dismiss them together)</source>
            <translation>Mehrere Einträge auswählen (gemeinsam erledigen oder verwerfen)</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="29" />
            <source>False alarm: harmless in this conversation</source>
            <translation>Fehlalarm: in diesem Gespräch harmlos</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="30" />
            <source>Already handled in the group</source>
            <translation>Bereits in der Gruppe geklärt</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="31" />
            <source>Allowed in this group</source>
            <translation>In dieser Gruppe erlaubt</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="32" />
            <source>Spam: removed in WhatsApp</source>
            <translation>Spam: in WhatsApp entfernt</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="33" />
            <source>Shared on purpose (for example a helpline number)</source>
            <translation>Absichtlich geteilt (zum Beispiel die Nummer eines Hilfetelefons)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="47" />
            <source>phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="48" />
            <source>e-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="49" />
            <source>street address</source>
            <translation>Straßenadresse</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="50" />
            <source>words</source>
            <translation>Wörter</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="51" />
            <source>warning words</source>
            <translation>Warnwörter</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="52" />
            <source>text pattern</source>
            <translation>Textmuster</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="53" />
            <source>links</source>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="54" />
            <source>many messages at once</source>
            <translation>viele Nachrichten auf einmal</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="55" />
            <source>unanswered question</source>
            <translation>unbeantwortete Frage</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="56" />
            <source>kind of message</source>
            <translation>Art der Nachricht</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="57" />
            <source>group notice</source>
            <translation>Gruppenhinweis</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="58" />
            <source>payment details</source>
            <translation>Zahlungsdaten</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="59" />
            <source>signs of danger</source>
            <translation>Anzeichen von Gefahr</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="60" />
            <source>grooming pattern</source>
            <translation>Grooming-Muster</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="61" />
            <source>deleted message</source>
            <translation>gelöschte Nachricht</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="42" />
            <location filename="../inbox_page.py" line="81" />
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="43" />
            <location filename="../inbox_page.py" line="82" />
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="44" />
            <location filename="../inbox_page.py" line="83" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="45" />
            <location filename="../inbox_page.py" line="84" />
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="46" />
            <location filename="../inbox_page.py" line="73" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="47" />
            <location filename="../inbox_page.py" line="74" />
            <source>In review</source>
            <translation>In Prüfung</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="48" />
            <location filename="../inbox_page.py" line="77" />
            <source>Resolved</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="49" />
            <location filename="../inbox_page.py" line="78" />
            <source>Dismissed</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="50" />
            <location filename="../inbox_page.py" line="75" />
            <source>Escalated</source>
            <translation>Eskaliert</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="51" />
            <source>Urgent help</source>
            <translation>Dringende Hilfe</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="52" />
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="53" />
            <source>Needs reply</source>
            <translation>Braucht Antwort</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Severity</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Author</source>
            <translation>Verfasser:in</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Waiting</source>
            <translation>Wartezeit</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Hits</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="57" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="72" />
            <source>Open items</source>
            <translation>Offene Einträge</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="76" />
            <source>Snoozed</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="79" />
            <source>All states</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="80" />
            <source>Any severity</source>
            <translation>Jede Dringlichkeit</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="86" />
            <source>Any time</source>
            <translation>Beliebiger Zeitraum</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="87" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="88" />
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="89" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="90" />
            <source>Custom range…</source>
            <translation>Eigener Zeitraum…</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>urgent help</source>
            <translation>dringende Hilfe</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>attention</source>
            <translation>Aufmerksamkeit</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="74" />
            <source>Groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="77" />
            <source>Most urgent first</source>
            <translation>Dringendste zuerst</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="122" />
            <source>All groups</source>
            <translation>Alle Gruppen</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="182" />
            <source>Nothing open</source>
            <translation>Nichts offen</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="54" />
            <source>Or write your own reason</source>
            <translation>Oder schreiben Sie einen eigenen Grund</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="56" />
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="61" />
            <source>Why does this need nothing more?</source>
            <translation>Warum ist hier nichts mehr zu tun?</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="91" />
            <source>Tomorrow, %1</source>
            <translation>Morgen, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="92" />
            <source>Next week, %1</source>
            <translation>Nächste Woche, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="97" />
            <source>Snooze to this day</source>
            <translation>Bis zu diesem Tag zurückstellen</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="99" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="118" />
            <source>Hide until the morning of:</source>
            <translation>Ausblenden bis zum Morgen dieses Tages:</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="150" />
            <source>Items from a date range</source>
            <translation>Einträge aus einem Zeitraum</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="159" />
            <source>Show these days</source>
            <translation>Diese Tage anzeigen</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="170" />
            <source>Show items whose messages were written on these days:</source>
            <translation>Einträge anzeigen, deren Nachrichten an diesen Tagen geschrieben wurden:</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="189" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="80" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="140" />
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="142" />
            <source>missing from a later export</source>
            <translation>fehlt in einem späteren Export</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="152" />
            <source>This message was deleted</source>
            <translation>Diese Nachricht wurde gelöscht</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="158" />
            <source>Media not included in the export</source>
            <translation>Medien nicht im Export enthalten</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="168" />
            <source>%1 shown only as a file: ModDesk does not open this type.</source>
            <translation>%1 wird nur als Datei angezeigt: ModDesk öffnet diesen Typ nicht.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="175" />
            <source>%1 hidden</source>
            <translation>%1 ausgeblendet</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="176" />
            <source>Press Space to show the media of this item.</source>
            <translation>Drücken Sie Space (Leertaste), um die Medien dieses Eintrags anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="231" />
            <source>Open the chat at this message (Enter)</source>
            <translation>Den Chat an dieser Nachricht öffnen (Enter)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="247" />
            <source>Choose an item in the list to see the message and what led to it.</source>
            <translation>Wählen Sie einen Eintrag in der Liste, um die Nachricht und ihren Anlass zu sehen.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="258" />
            <source>Previous flagged message of this item</source>
            <translation>Vorherige markierte Nachricht dieses Eintrags</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="259" />
            <source>Next flagged message of this item</source>
            <translation>Nächste markierte Nachricht dieses Eintrags</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="409" />
            <source>Rule %1 of the %2 guidelines</source>
            <translation>Regel %1 der Richtlinien „%2“</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="421" />
            <source>Escalated to incident %1</source>
            <translation>Zu Vorfall %1 eskaliert</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="423" />
            <source>Open incident %1 on the Incidents page</source>
            <translation>Vorfall %1 auf der Seite „Vorfälle“ öffnen</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="429" />
            <source>unknown author</source>
            <translation>unbekannte Person</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="431" />
            <source>found by %1</source>
            <translation>erkannt durch %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="434" />
            <source>last handled by %1</source>
            <translation>zuletzt bearbeitet von %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="436" />
            <source>reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="441" />
            <source>Flagged message %1 of %2</source>
            <translation>Markierte Nachricht %1 von %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="95" />
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="97" />
            <source>%n h</source>
            <translation>
                <numerusform>%n Std.</numerusform>
                <numerusform>%n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="98" />
            <source>%n d</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="104" />
            <source>Snoozed to %1</source>
            <translation>Zurückgestellt bis %1</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="215" />
            <source>First message: %1</source>
            <translation>Erste Nachricht: %1</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="219" />
            <source>Last handled by %1</source>
            <translation>Zuletzt bearbeitet von %1</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="173" />
            <source>Open items in this bucket, for the groups shown</source>
            <translation>Offene Einträge in dieser Kategorie, für die angezeigten Gruppen</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="177" />
            <source>Shortcuts  ?</source>
            <translation>Tastenkürzel  ?</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Resolve  R</source>
            <translation>Erledigen  R</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Dismiss…  D</source>
            <translation>Verwerfen…  D</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Incident…  E</source>
            <translation>Vorfall…  E</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Snooze…  S</source>
            <translation>Zurückstellen…  S</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Undo  Z</source>
            <translation>Rückgängig  Z</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="371" />
            <source>Nothing waits here. The groups are calm for now.</source>
            <translation>Hier wartet nichts. In den Gruppen ist es gerade ruhig.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="373" />
            <source>No items match these filters.</source>
            <translation>Keine Einträge passen zu diesen Filtern.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="400" />
            <source>All rules</source>
            <translation>Alle Regeln</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="443" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n ausgewählt</numerusform>
                <numerusform>%n ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="525" />
            <source>Nothing to undo.</source>
            <translation>Nichts rückgängig zu machen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="536" />
            <source>Undone. %n more to undo.</source>
            <translation>
                <numerusform>Rückgängig gemacht. Noch %n Schritt lässt sich rückgängig machen.</numerusform>
                <numerusform>Rückgängig gemacht. Noch %n Schritte lassen sich rückgängig machen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="540" />
            <source>That item changed since; nothing was undone.</source>
            <translation>Dieser Eintrag hat sich inzwischen geändert; es wurde nichts rückgängig gemacht.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="547" />
            <source>This item has no media to show.</source>
            <translation>Dieser Eintrag hat keine Medien zum Anzeigen.</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="37" />
            <source>Press Esc or ? to close.</source>
            <translation>Zum Schließen Esc oder ? drücken.</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n item</source>
            <translation>
                <numerusform>%n Eintrag verwerfen</numerusform>
                <numerusform>%n Einträge verwerfen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n items</source>
            <translation>
                <numerusform>%n Eintrag verwerfen</numerusform>
                <numerusform>%n Einträge verwerfen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n item</source>
            <translation>
                <numerusform>%n Eintrag zurückstellen</numerusform>
                <numerusform>%n Einträge zurückstellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n items</source>
            <translation>
                <numerusform>%n Eintrag zurückstellen</numerusform>
                <numerusform>%n Einträge zurückstellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged message</source>
            <translation>
                <numerusform>%n markierte Nachricht</numerusform>
                <numerusform>%n markierte Nachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged messages</source>
            <translation>
                <numerusform>%n markierte Nachricht</numerusform>
                <numerusform>%n markierte Nachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n item changed. Press Z to undo.</source>
            <translation>
                <numerusform>%n Eintrag geändert. Mit Z rückgängig machen.</numerusform>
                <numerusform>%n Einträge geändert. Mit Z rückgängig machen, Eintrag für Eintrag.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n items changed. Press Z to undo, one item at a time.</source>
            <translation>
                <numerusform>%n Eintrag geändert. Mit Z rückgängig machen.</numerusform>
                <numerusform>%n Einträge geändert. Mit Z rückgängig machen, Eintrag für Eintrag.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n item could not change: another change came first.</source>
            <translation>
                <numerusform>%n Eintrag konnte nicht geändert werden: Eine andere Änderung kam zuerst.</numerusform>
                <numerusform>%n Einträge konnten nicht geändert werden: Andere Änderungen kamen zuerst.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n items could not change: other changes came first.</source>
            <translation>
                <numerusform>%n Eintrag konnte nicht geändert werden: Eine andere Änderung kam zuerst.</numerusform>
                <numerusform>%n Einträge konnten nicht geändert werden: Andere Änderungen kamen zuerst.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../desktop/reports/wording.py" line="27" />
            <source>Reporting member</source>
            <translation>Meldendes Mitglied</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="28" />
            <source>Subject of the report</source>
            <translation>Gemeldete Person</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="29" />
            <source>Witness</source>
            <translation>Zeug:in</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="30" />
            <source>Affected person</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="33" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="34" />
            <source>Monitoring</source>
            <translation>In Beobachtung</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="35" />
            <source>Escalated</source>
            <translation>Eskaliert</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="36" />
            <source>Referred</source>
            <translation>Weitervermittelt</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="37" />
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="40" />
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="41" />
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="42" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="43" />
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="46" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <location filename="../../desktop/reports/wording.py" line="47" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="73" />
            <location filename="../../desktop/reports/wording.py" line="48" />
            <source>Severity</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="77" />
            <location filename="../../desktop/reports/wording.py" line="49" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="50" />
            <source>Follow-up date</source>
            <translation>Datum der Nachverfolgung</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="53" />
            <source>Internal copy</source>
            <translation>Interne Fassung</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="54" />
            <source>Copy for authorities and support services</source>
            <translation>Fassung für Behörden und Beratungsstellen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="55" />
            <source>Copy for the reporting member</source>
            <translation>Fassung für das meldende Mitglied</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="58" />
            <source>Complete record for the moderation team: every name, note and contact detail is shown. Do not pass this copy on.</source>
            <translation>Vollständige Akte für das Moderationsteam: Alle Namen, Notizen und Kontaktdaten sind sichtbar. Geben Sie diese Fassung nicht weiter.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="62" />
            <source>The people involved are named. Members who are not involved are shown as “%1”, “%2”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “%3” and “%4”. The moderators keep the complete record.</source>
            <translation>Die beteiligten Personen werden namentlich genannt. Nicht beteiligte Mitglieder erscheinen als „%1“, „%2“ – durchgehend derselbe Buchstabe für dieselbe Person, auch dort, wo ihre Namen in Nachrichten vorkommen. Telefonnummern und E-Mail-Adressen werden durch „%3“ und „%4“ ersetzt. Das Moderationsteam behält die vollständige Akte.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="68" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “%2”, “%3”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation>Diese Fassung zeigt nur, was %1 betrifft: die Belege, in denen die Person schreibt oder genannt wird, wann der Vorfall eröffnet wurde, Statusänderungen und Weitervermittlungen. Andere Mitglieder erscheinen als „%2“, „%3“; Telefonnummern und E-Mail-Adressen sind entfernt. Interne Notizen des Moderationsteams, Dringlichkeit und Schlagwörter sind nicht enthalten.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="77" />
            <source>Member %1</source>
            <translation>Mitglied %1</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="78" />
            <source>[phone number removed]</source>
            <translation>[Telefonnummer entfernt]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="79" />
            <source>[e-mail removed]</source>
            <translation>[E-Mail-Adresse entfernt]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="80" />
            <source>[name removed]</source>
            <translation>[Name entfernt]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="83" />
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="84" />
            <source>in review</source>
            <translation>in Prüfung</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="85" />
            <source>resolved</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="86" />
            <source>dismissed</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="87" />
            <source>escalated</source>
            <translation>eskaliert</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="90" />
            <source>System message</source>
            <translation>Systemnachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="91" />
            <source>Media</source>
            <translation>Medien</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="92" />
            <source>This message was deleted</source>
            <translation>Diese Nachricht wurde gelöscht</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="93" />
            <source>Poll</source>
            <translation>Umfrage</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="94" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="95" />
            <source>Contact card</source>
            <translation>Kontaktkarte</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="95" />
            <source>The printer or file could not be opened.</source>
            <translation>Der Drucker oder die Datei konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="110" />
            <source>%1 incident summary</source>
            <translation>Vorfallbericht %1</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="119" />
            <source>Could not write %1. Check that the folder exists and that you may write there.</source>
            <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="127" />
            <source>%1 · Incident summary</source>
            <translation>%1 · Vorfallbericht</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="128" />
            <source>Confidential</source>
            <translation>Vertraulich</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="129" />
            <source>%1 · generated %2 by %3</source>
            <translation>%1 · erstellt am %2 von %3</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="131" />
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="46" />
            <source>INCIDENT SUMMARY</source>
            <translation>VORFALLSBERICHT</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="53" />
            <source>Some text cannot be shown: no font for %1 is installed on the computer that made this copy. That text may appear as empty boxes; the moderators' record holds it unchanged.</source>
            <translation>Manche Texte können nicht angezeigt werden: Auf dem Computer, der diese Fassung erstellt hat, ist keine Schrift für %1 installiert. Diese Texte erscheinen vielleicht als leere Kästchen; die Akte des Moderationsteams enthält sie unverändert.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="64" />
            <source>Integrity warning: the incident log failed its check when this copy was made.</source>
            <translation>Integritätswarnung: Das Vorfallprotokoll hat die Prüfung nicht bestanden, als diese Fassung erstellt wurde.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="66" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered. Details are in the integrity appendix.</source>
            <translation>Das Protokoll wird so gedruckt, wie es jetzt ist; nichts wurde repariert. Behandeln Sie es als möglicherweise verändert. Details stehen im Anhang zur Integrität.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="72" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <source>Opened</source>
            <translation>Eröffnet</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <location filename="../../desktop/reports/sections.py" line="126" />
            <source>%1 by %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="76" />
            <source>Follow-up</source>
            <translation>Nachverfolgung</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="87" />
            <source>People involved</source>
            <translation>Beteiligte Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="89" />
            <source>Nobody is listed yet.</source>
            <translation>Noch niemand eingetragen.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Name as shown in the chat</source>
            <translation>Name, wie im Chat angezeigt</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="96" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="98" />
            <source>No entries.</source>
            <translation>Keine Einträge.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <source>What happened</source>
            <translation>Was geschehen ist</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="107" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="109" />
            <source>No messages are linked as evidence in this copy.</source>
            <translation>In dieser Fassung sind keine Nachrichten als Belege verknüpft.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="110" />
            <source>Highlighted: the linked message. In grey: the messages around it in the chat, for context. Times are as in the chat export.</source>
            <translation>Hervorgehoben: die verknüpfte Nachricht. In Grau: die umgebenden Nachrichten im Chat, für den Zusammenhang. Die Zeiten entsprechen dem Chat-Export.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="118" />
            <source>Evidence %1 of %2</source>
            <translation>Beleg %1 von %2</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <source>%1: message from %2, %3</source>
            <translation>%1: Nachricht von %2, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <location filename="../../desktop/reports/sections.py" line="146" />
            <source>system</source>
            <translation>System</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="122" />
            <location filename="../../desktop/reports/sections.py" line="208" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="122" />
            <location filename="../../desktop/reports/sections.py" line="208" />
            <source>Export file</source>
            <translation>Exportdatei</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="123" />
            <source>Line in export</source>
            <translation>Zeile im Export</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="124" />
            <source>Export SHA-256</source>
            <translation>SHA-256 des Exports</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="125" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Snapshot SHA-256</source>
            <translation>SHA-256 des Schnappschusses</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="126" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Linked</source>
            <translation>Verknüpft</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="166" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="168" />
            <source>No notes in this copy.</source>
            <translation>Keine Notizen in dieser Fassung.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Written</source>
            <translation>Geschrieben</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Note (current version)</source>
            <translation>Notiz (aktuelle Version)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="176" />
            <source>Edited: %1 versions, first written %2. Earlier versions are kept.</source>
            <translation>Bearbeitet: %1 Versionen, zuerst geschrieben am %2. Frühere Versionen bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="184" />
            <source>Actions and referrals</source>
            <translation>Maßnahmen und Weitervermittlungen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="187" />
            <source>No actions or referrals are recorded in this copy.</source>
            <translation>In dieser Fassung sind keine Maßnahmen oder Weitervermittlungen festgehalten.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="202" />
            <source>Integrity appendix</source>
            <translation>Anhang zur Integrität</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="203" />
            <source>Incident log check</source>
            <translation>Prüfung des Vorfallprotokolls</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="204" />
            <source>Content digest of this copy (SHA-256)</source>
            <translation>Prüfsumme des Inhalts dieser Fassung (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="207" />
            <source>Source exports</source>
            <translation>Quell-Exporte</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="208" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="211" />
            <location filename="../../desktop/reports/sections.py" line="216" />
            <source>None in this copy.</source>
            <translation>Keine in dieser Fassung.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="212" />
            <source>Evidence snapshots</source>
            <translation>Schnappschüsse der Belege</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="217" />
            <source>This copy</source>
            <translation>Diese Fassung</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="218" />
            <source>%1. Generated %2 by %3 with ModDesk %4.</source>
            <translation>%1. Erstellt am %2 von %3 mit ModDesk %4.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="231" />
            <source>Checked when this copy was made: all %1 entries of the incident log are intact, in order and complete.</source>
            <translation>Geprüft beim Erstellen dieser Fassung: Alle %1 Einträge des Vorfallprotokolls sind unverändert, in der richtigen Reihenfolge und vollständig.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="233" />
            <source>The incident log failed its check when this copy was made (%1 entries). ModDesk found:</source>
            <translation>Das Vorfallprotokoll hat die Prüfung beim Erstellen dieser Fassung nicht bestanden (%1 Einträge). ModDesk hat Folgendes gefunden:</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="236" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered and ask the moderation team.</source>
            <translation>Das Protokoll wird so gedruckt, wie es jetzt ist; nichts wurde repariert. Behandeln Sie es als möglicherweise verändert und wenden Sie sich an das Moderationsteam.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="243" />
            <source>The digest covers everything this copy shows about the incident, but not when or by whom it was generated. To check a copy, the moderation team runs “moddesk report %1 --profile %2 --digest” on their ModDesk vault: it prints the digest of the record as it is now, which must equal the one above. “--canonical FILE” writes the exact bytes the digest is computed from; any SHA-256 tool (for example “sha256sum FILE”) turns them into this digest.</source>
            <translation>Die Prüfsumme umfasst alles, was diese Fassung über den Vorfall zeigt, aber nicht, wann oder von wem sie erstellt wurde. Um eine Fassung zu prüfen, führt das Moderationsteam „moddesk report %1 --profile %2 --digest“ in seinem ModDesk-Tresor aus: Der Befehl gibt die Prüfsumme der Akte in ihrem jetzigen Zustand aus, die mit der obigen übereinstimmen muss. „--canonical DATEI“ schreibt genau die Bytes, aus denen die Prüfsumme berechnet wird; jedes SHA-256-Werkzeug (zum Beispiel „sha256sum DATEI“) macht daraus diese Prüfsumme.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened: “%1”.</source>
            <translation>Vorfall eröffnet: „%1“.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened.</source>
            <translation>Vorfall eröffnet.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="176" />
            <source>%1 set to “%2”.</source>
            <translation>%1 auf „%2“ gesetzt.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="178" />
            <source>%1 cleared (was “%2”).</source>
            <translation>%1 entfernt (vorher „%2“).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation>%1 von „%2“ in „%3“ geändert.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="183" />
            <source>Status changed from %1 to %2.</source>
            <translation>Status von %1 in %2 geändert.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="189" />
            <source>%1 is no longer listed as %2.</source>
            <translation>%1 ist nicht mehr als %2 eingetragen.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="190" />
            <source>%1 added as %2.</source>
            <translation>%1 als %2 hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="195" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation>Beleg hinzugefügt: eine Nachricht aus „%1“, Zeile %2 des Exports.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="197" />
            <source>Evidence added.</source>
            <translation>Beleg hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="201" />
            <source>Note %1 written.</source>
            <translation>Notiz %1 geschrieben.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="205" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation>Notiz %1 bearbeitet: Version %2 geschrieben, frühere Versionen bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="209" />
            <source>Reply “%1” copied, in %2.</source>
            <translation>Antwort „%1“ kopiert (Sprache: %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="215" />
            <source>Referred to %1, %2.</source>
            <translation>An %1 weitervermittelt, %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="216" />
            <source>Referred to %1.</source>
            <translation>An %1 weitervermittelt.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="222" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation>Eintrag %1 im Eingang zum Vorfall %2 eskaliert.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="224" />
            <source>Reason: %1.</source>
            <translation>Grund: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="229" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation>Eintrag %1 im Eingang von „%2“ auf „%3“ gesetzt.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="232" />
            <source>Inbox item %1: severity changed.</source>
            <translation>Eintrag %1 im Eingang: Dringlichkeit geändert.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="234" />
            <source>Inbox item %1 snoozed.</source>
            <translation>Eintrag %1 im Eingang zurückgestellt.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="236" />
            <source>Inbox item %1: an action was undone.</source>
            <translation>Eintrag %1 im Eingang: Eine Aktion wurde rückgängig gemacht.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="237" />
            <source>Inbox item %1: %2.</source>
            <translation>Eintrag %1 im Eingang: %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="169" />
            <source>Note %1 edited (version %2).</source>
            <translation type="vanished">Notiz %1 bearbeitet (Version %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="173" />
            <source>Reply template “%1” used (language: %2).</source>
            <translation type="vanished">Antwortvorlage „%1“ verwendet (Sprache: %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>Referred to %1 (%2).</source>
            <translation type="vanished">An %1 weitervermittelt (%2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="185" />
            <source>%1 Reason: %2.</source>
            <translation type="vanished">%1 Grund: %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="57" />
            <source>The people involved are named. Members who are not involved are shown as “Member A”, “Member B”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “[phone number removed]” and “[e-mail removed]”. The moderators keep the complete record.</source>
            <translation type="vanished">Die beteiligten Personen werden namentlich genannt. Nicht beteiligte Mitglieder erscheinen als „Member A“, „Member B“ – durchgehend derselbe Buchstabe für dieselbe Person, auch dort, wo ihre Namen in Nachrichten vorkommen. Telefonnummern und E-Mail-Adressen werden durch „[phone number removed]“ und „[e-mail removed]“ ersetzt. Das Moderationsteam behält die vollständige Akte.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="64" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “Member A”, “Member B”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation type="vanished">Diese Fassung zeigt nur, was %1 betrifft: die Belege, in denen die Person schreibt oder genannt wird, wann der Vorfall eröffnet wurde, Statusänderungen und Weitervermittlungen. Andere Mitglieder erscheinen als „Member A“, „Member B“; Telefonnummern und E-Mail-Adressen sind entfernt. Interne Notizen des Moderationsteams, Dringlichkeit und Schlagwörter sind nicht enthalten.</translation>
        </message>
    </context>
    <context>
        <name>Incidents</name>
        <message>
            <location filename="../evidence_view.py" line="22" />
            <source>This message was deleted</source>
            <translation>Diese Nachricht wurde gelöscht</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="23" />
            <source>Poll</source>
            <translation>Umfrage</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="24" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="25" />
            <source>Contact card</source>
            <translation>Kontaktkarte</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="108" />
            <source>Follow-up</source>
            <comment>incident list column heading: keep it short</comment>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="22" />
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="23" />
            <source>Monitoring</source>
            <translation>In Beobachtung</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="24" />
            <source>Escalated</source>
            <translation>Eskaliert</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="25" />
            <source>Referred</source>
            <translation>Weitervermittelt</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="26" />
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="29" />
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="30" />
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="31" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="32" />
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="35" />
            <source>Reporter</source>
            <translation>Meldende Person</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="36" />
            <source>Subject</source>
            <translation>Gemeldete Person</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="37" />
            <source>Witness</source>
            <translation>Zeug:in</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="38" />
            <source>Affected person</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="41" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="42" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="43" />
            <source>Severity</source>
            <translation>Dringlichkeit</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="44" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="45" />
            <source>Follow-up date</source>
            <translation>Datum der Nachverfolgung</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="24" />
            <source>by phone</source>
            <translation>telefonisch</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="25" />
            <source>by e-mail</source>
            <translation>per E-Mail</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="26" />
            <source>through their online form</source>
            <translation>über ihr Online-Formular</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="27" />
            <source>in person</source>
            <translation>persönlich</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="28" />
            <source>the member was given their details</source>
            <translation>das Mitglied hat die Kontaktdaten erhalten</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="44" />
            <source>People involved</source>
            <translation>Beteiligte Personen</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="58" />
            <source>Nobody is listed yet.</source>
            <translation>Noch niemand eingetragen.</translation>
        </message>
        <message>
            <location filename="../incident_timeline.py" line="32" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="35" />
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="84" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="40" />
            <source>No evidence yet. Link messages from the chat view or search: right-click a message, Add to incident…</source>
            <translation>Noch keine Belege. Verknüpfen Sie Nachrichten aus der Chatansicht oder der Suche: Rechtsklick auf eine Nachricht, dann „Zu Vorfall hinzufügen…“.</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="52" />
            <source>Evidence %1 · added %2 by %3</source>
            <translation>Beleg %1 · hinzugefügt am %2 von %3</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="60" />
            <source>System message</source>
            <translation>Systemnachricht</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="64" />
            <source>Evidence message</source>
            <translation>Beleg-Nachricht</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="76" />
            <source>a file</source>
            <translation>eine Datei</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="77" />
            <source>Media: %1 (not stored with the evidence, never shown by itself)</source>
            <translation>Medien: %1 (nicht mit dem Beleg gespeichert, wird nie von selbst angezeigt)</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="89" />
            <source>From “%1”, export file “%2”, line %3.</source>
            <translation>Aus „%1“, Exportdatei „%2“, Zeile %3.</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="91" />
            <source>Export SHA-256: %1</source>
            <translation>SHA-256 des Exports: %1</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="92" />
            <source>Snapshot SHA-256: %1</source>
            <translation>SHA-256 des Schnappschusses: %1</translation>
        </message>
        <message>
            <location filename="../followup_strip.py" line="47" />
            <source>Show them</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="73" />
            <source>Comma-separated, e.g. repeat, weekend</source>
            <translation>Durch Kommas getrennt, z. B. wiederholt, Wochenende</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="74" />
            <source>Follow up on</source>
            <translation>Nachverfolgen am</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="91" />
            <location filename="../new_incident_dialog.py" line="121" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="92" />
            <location filename="../new_incident_dialog.py" line="122" />
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="93" />
            <source>Severity, status:</source>
            <translation>Dringlichkeit, Status:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="94" />
            <source>T&amp;ags:</source>
            <translation>Schlag&amp;wörter:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="95" />
            <source>Follow-up:</source>
            <translation>Nachverfolgung:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="143" />
            <location filename="../new_incident_dialog.py" line="101" />
            <source>No category</source>
            <translation>Keine Kategorie</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="151" />
            <source>Due: %1</source>
            <translation>Fällig: %1</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="155" />
            <source>This incident's log was changed outside ModDesk. Open it to see what.</source>
            <translation>Das Protokoll dieses Vorfalls wurde außerhalb von ModDesk verändert. Öffnen Sie den Vorfall, um zu sehen, was sich geändert hat.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="158" />
            <source>The follow-up date has come: check on this incident today.</source>
            <translation>Das Datum der Nachverfolgung ist erreicht: Sehen Sie heute nach diesem Vorfall.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>%1
Category: %2</source>
            <translation>%1
Kategorie: %2</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="82" />
            <source>New incident from message…</source>
            <translation>Neuer Vorfall aus Nachricht…</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="89" />
            <source>Add to incident…</source>
            <translation>Zu Vorfall hinzufügen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="97" />
            <location filename="../incident_message_actions.py" line="98" />
            <source>%n messages are selected; one incident takes at most %1 at a time. Select fewer (each is kept with ten messages of context).</source>
            <translation>
                <numerusform>%n Nachricht ist ausgewählt; ein Vorfall nimmt höchstens %1 auf einmal auf. Wählen Sie weniger aus (jede wird mit zehn Nachrichten Kontext aufbewahrt).</numerusform>
                <numerusform>%n Nachrichten sind ausgewählt; ein Vorfall nimmt höchstens %1 auf einmal auf. Wählen Sie weniger aus (jede wird mit zehn Nachrichten Kontext aufbewahrt).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="113" />
            <location filename="../incident_message_actions.py" line="192" />
            <source>Select a message first.</source>
            <translation>Wählen Sie zuerst eine Nachricht aus.</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="132" />
            <source>Add to incident</source>
            <translation>Zu Vorfall hinzufügen</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="136" />
            <source>Type a number or words of the title</source>
            <translation>Nummer oder Wörter aus dem Titel eintippen</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="143" />
            <source>Add as evidence</source>
            <translation>Als Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="161" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="198" />
            <source>There is no incident yet. Use “New incident from message…”.</source>
            <translation>Es gibt noch keinen Vorfall. Verwenden Sie „Neuer Vorfall aus Nachricht…“.</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="113" />
            <source>Reply with template…  T</source>
            <translation>Mit Vorlage antworten…  T</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="114" />
            <source>Record referral…  R</source>
            <translation>Weitervermittlung festhalten…  R</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="115" />
            <source>Print summary…  Ctrl+P</source>
            <translation>Bericht drucken…  Ctrl+P</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="132" />
            <source>Choose an incident on the left, or press Ctrl+Shift+N to open a new one.</source>
            <translation>Wählen Sie links einen Vorfall aus, oder drücken Sie Ctrl+Shift+N, um einen neuen zu eröffnen.</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="214" />
            <location filename="../note_editor.py" line="148" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="215" />
            <source>Opened %1 by %2 · last change %3</source>
            <translation>Eröffnet am %1 von %2 · letzte Änderung %3</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="226" />
            <source>Notes (%1)</source>
            <translation>Notizen (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="227" />
            <source>Evidence (%1)</source>
            <translation>Belege (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="228" />
            <source>Timeline (%1)</source>
            <translation>Verlauf (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="229" />
            <source>People (%1)</source>
            <translation>Personen (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="334" />
            <source>The log does not match its seal.</source>
            <translation>Das Protokoll passt nicht zu seinem Siegel.</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="335" />
            <source>This log was changed outside ModDesk: %1 Nothing was repaired; what is shown below is the log as it is now. Keep this vault as it is and compare it with a backup or a printed summary.</source>
            <translation>Dieses Protokoll wurde außerhalb von ModDesk verändert: %1 Es wurde nichts repariert; unten sehen Sie das Protokoll so, wie es jetzt ist. Lassen Sie diesen Tresor unverändert und vergleichen Sie ihn mit einer Sicherung oder einem gedruckten Bericht.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="145" />
            <source>New incident…  Ctrl+Shift+N</source>
            <translation>Neuer Vorfall…  Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="147" />
            <source>Follow-ups due</source>
            <translation>Fällige Nachverfolgungen</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="150" />
            <source>Only incidents whose follow-up date is today or past</source>
            <translation>Nur Vorfälle, deren Datum der Nachverfolgung heute ist oder schon vorbei ist</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="161" />
            <source>Search titles and notes  /</source>
            <translation>Titel und Notizen durchsuchen  /</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="166" />
            <source>Not closed</source>
            <translation>Nicht abgeschlossen</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="169" />
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="172" />
            <source>Any severity</source>
            <translation>Jede Dringlichkeit</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="205" />
            <source>Incidents</source>
            <translation>Vorfälle</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Write a note</source>
            <translation>Notiz schreiben</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Reply with template…</source>
            <translation>Mit Vorlage antworten…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Record referral…</source>
            <translation>Weitervermittlung festhalten…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Print summary…</source>
            <translation>Bericht drucken…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>New incident…</source>
            <translation>Neuer Vorfall…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>Search incidents</source>
            <translation>Vorfälle durchsuchen</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="321" />
            <source>No incidents match these filters.</source>
            <translation>Keine Vorfälle passen zu diesen Filtern.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="322" />
            <source>No incidents yet. Press E on an item in the Inbox, right-click a message in a chat, or press Ctrl+Shift+N here.</source>
            <translation>Noch keine Vorfälle. Drücken Sie E bei einem Eintrag im Eingang, klicken Sie mit der rechten Maustaste auf eine Nachricht in einem Chat, oder drücken Sie hier Ctrl+Shift+N.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="330" />
            <source>Any category</source>
            <translation>Jede Kategorie</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="68" />
            <source>Moderator</source>
            <translation>Moderator:in</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="74" />
            <source>The incident was not changed: %1</source>
            <translation>Der Vorfall wurde nicht geändert: %1</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="94" />
            <source>New incident</source>
            <translation>Neuer Vorfall</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="123" />
            <source>&amp;Severity:</source>
            <translation>&amp;Dringlichkeit:</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="125" />
            <source>Create incident</source>
            <translation>Vorfall anlegen</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="187" />
            <source>Incident %1 opened. It is on the Incidents page (Ctrl+4).</source>
            <translation>Vorfall %1 eröffnet. Sie finden ihn auf der Seite „Vorfälle“ (Ctrl+4).</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="238" />
            <location filename="../people_editor.py" line="84" />
            <source>%1 — %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="277" />
            <source>Message from %1 in %2</source>
            <translation>Nachricht von %1 in %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="277" />
            <source>someone</source>
            <translation>jemandem</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="278" />
            <source>%1 messages in %2</source>
            <translation>%1 Nachrichten in %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="286" />
            <source>An incident with no evidence yet. You can link messages later from the chat view or search.</source>
            <translation>Ein Vorfall noch ohne Belege. Sie können später Nachrichten aus der Chatansicht oder der Suche verknüpfen.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="85" />
            <source>Edit note  F2</source>
            <translation>Notiz bearbeiten  F2</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="86" />
            <source>History…</source>
            <translation>Verlauf…</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="92" />
            <source>Write a note: what happened, what you did, what is next. Ctrl+Enter saves.</source>
            <translation>Notiz schreiben: was geschehen ist, was Sie getan haben, wie es weitergeht. Ctrl+Enter speichert.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="94" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="97" />
            <source>Save note  Ctrl+Enter</source>
            <translation>Notiz speichern  Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="99" />
            <source>Cancel edit</source>
            <translation>Bearbeiten abbrechen</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="153" />
            <source>Enter shows this note's history; F2 edits it.</source>
            <translation>Enter zeigt den Verlauf dieser Notiz; F2 bearbeitet sie.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="216" />
            <source>New note. Notes are signed with your name and cannot be deleted; an edit keeps the earlier text.</source>
            <translation>Neue Notiz. Notizen werden mit Ihrem Namen gezeichnet und können nicht gelöscht werden; beim Bearbeiten bleibt der frühere Text erhalten.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="220" />
            <source>Editing note %1: saving writes version %2; the earlier text stays in its history.</source>
            <translation>Notiz %1 wird bearbeitet: Beim Speichern entsteht Version %2; der frühere Text bleibt im Verlauf erhalten.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="267" />
            <source>Note %1: history</source>
            <translation>Notiz %1: Verlauf</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="285" />
            <source>Version %1 · %2 · %3</source>
            <translation>Version %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="49" />
            <source>Name as in the chat</source>
            <translation>Name wie im Chat</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="56" />
            <source>Add person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="57" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="44" />
            <location filename="../referral_dialog.py" line="59" />
            <source>Record referral</source>
            <translation>Weitervermittlung festhalten</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="46" />
            <source>A service, hotline, shelter or the police</source>
            <translation>Eine Anlaufstelle, ein Hilfetelefon, eine Schutzunterkunft oder die Polizei</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="49" />
            <source>Set the status to Referred</source>
            <translation>Status auf „Weitervermittelt“ setzen</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="52" />
            <source>The referral is written into the incident's timeline. It does not contact anyone: ModDesk never goes online.</source>
            <translation>Die Weitervermittlung wird im Verlauf des Vorfalls festgehalten. Dabei wird niemand kontaktiert: ModDesk geht nie online.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="63" />
            <source>Referred &amp;to:</source>
            <translation>Weitervermittelt &amp;an:</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="64" />
            <source>&amp;How:</source>
            <translation>&amp;Wie:</translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The log of %n incident was changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>Das Protokoll von %n Vorfall wurde außerhalb von ModDesk verändert. Öffnen Sie „Vorfälle“, um zu sehen, was sich geändert hat; es wurde nichts repariert oder verborgen.</numerusform>
                <numerusform>Die Protokolle von %n Vorfällen wurden außerhalb von ModDesk verändert. Öffnen Sie „Vorfälle“, um zu sehen, was sich geändert hat; es wurde nichts repariert oder verborgen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The logs of %n incidents were changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>Das Protokoll von %n Vorfall wurde außerhalb von ModDesk verändert. Öffnen Sie „Vorfälle“, um zu sehen, was sich geändert hat; es wurde nichts repariert oder verborgen.</numerusform>
                <numerusform>Die Protokolle von %n Vorfällen wurden außerhalb von ModDesk verändert. Öffnen Sie „Vorfälle“, um zu sehen, was sich geändert hat; es wurde nichts repariert oder verborgen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-up is due today.</source>
            <translation>
                <numerusform>%n Nachverfolgung eines Vorfalls ist heute fällig.</numerusform>
                <numerusform>%n Nachverfolgungen von Vorfällen sind heute fällig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-ups are due today.</source>
            <translation>
                <numerusform>%n Nachverfolgung eines Vorfalls ist heute fällig.</numerusform>
                <numerusform>%n Nachverfolgungen von Vorfällen sind heute fällig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n message…</source>
            <translation>
                <numerusform>Neuer Vorfall aus %n Nachricht…</numerusform>
                <numerusform>Neuer Vorfall aus %n Nachrichten…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n messages…</source>
            <translation>
                <numerusform>Neuer Vorfall aus %n Nachricht…</numerusform>
                <numerusform>Neuer Vorfall aus %n Nachrichten…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n message to incident…</source>
            <translation>
                <numerusform>%n Nachricht zu Vorfall hinzufügen…</numerusform>
                <numerusform>%n Nachrichten zu Vorfall hinzufügen…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n messages to incident…</source>
            <translation>
                <numerusform>%n Nachricht zu Vorfall hinzufügen…</numerusform>
                <numerusform>%n Nachrichten zu Vorfall hinzufügen…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n message as evidence in which incident?</source>
            <translation>
                <numerusform>In welchem Vorfall soll %n Nachricht als Beleg aufbewahrt werden?</numerusform>
                <numerusform>In welchem Vorfall sollen %n Nachrichten als Belege aufbewahrt werden?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n messages as evidence in which incident?</source>
            <translation>
                <numerusform>In welchem Vorfall soll %n Nachricht als Beleg aufbewahrt werden?</numerusform>
                <numerusform>In welchem Vorfall sollen %n Nachrichten als Belege aufbewahrt werden?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n message kept as evidence in %1.</source>
            <translation>
                <numerusform>%n Nachricht als Beleg in %1 aufbewahrt.</numerusform>
                <numerusform>%n Nachrichten als Belege in %1 aufbewahrt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n messages kept as evidence in %1.</source>
            <translation>
                <numerusform>%n Nachricht als Beleg in %1 aufbewahrt.</numerusform>
                <numerusform>%n Nachrichten als Belege in %1 aufbewahrt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entry checked.)</source>
            <translation>
                <numerusform>(%n Eintrag geprüft.)</numerusform>
                <numerusform>(%n Einträge geprüft.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entries checked.)</source>
            <translation>
                <numerusform>(%n Eintrag geprüft.)</numerusform>
                <numerusform>(%n Einträge geprüft.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incident</source>
            <translation>
                <numerusform>%n Vorfall</numerusform>
                <numerusform>%n Vorfälle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incidents</source>
            <translation>
                <numerusform>%n Vorfall</numerusform>
                <numerusform>%n Vorfälle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n group</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox item: it is escalated to the new incident, its flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>Aus %n Eintrag im Eingang: Er wird an den neuen Vorfall eskaliert, seine markierten Nachrichten werden als Belege aufbewahrt.</numerusform>
                <numerusform>Aus %n Einträgen im Eingang: Jeder wird an den neuen Vorfall eskaliert, ihre markierten Nachrichten werden als Belege aufbewahrt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox items: each is escalated to the new incident, their flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>Aus %n Eintrag im Eingang: Er wird an den neuen Vorfall eskaliert, seine markierten Nachrichten werden als Belege aufbewahrt.</numerusform>
                <numerusform>Aus %n Einträgen im Eingang: Jeder wird an den neuen Vorfall eskaliert, ihre markierten Nachrichten werden als Belege aufbewahrt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n message: it is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>Aus %n Nachricht: Sie wird mit je fünf Nachrichten davor und danach als Beleg aufbewahrt.</numerusform>
                <numerusform>Aus %n Nachrichten: Jede wird mit je fünf Nachrichten davor und danach als Beleg aufbewahrt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n messages: each is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>Aus %n Nachricht: Sie wird mit je fünf Nachrichten davor und danach als Beleg aufbewahrt.</numerusform>
                <numerusform>Aus %n Nachrichten: Jede wird mit je fünf Nachrichten davor und danach als Beleg aufbewahrt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n version. Versions are never removed.</source>
            <translation>
                <numerusform>Diese Notiz hat %n Version. Versionen werden nie entfernt.</numerusform>
                <numerusform>Diese Notiz hat %n Versionen. Versionen werden nie entfernt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n versions. Versions are never removed.</source>
            <translation>
                <numerusform>Diese Notiz hat %n Version. Versionen werden nie entfernt.</numerusform>
                <numerusform>Diese Notiz hat %n Versionen. Versionen werden nie entfernt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n version</source>
            <translation>
                <numerusform>bearbeitet – %n Version</numerusform>
                <numerusform>bearbeitet – %n Versionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n versions</source>
            <translation>
                <numerusform>bearbeitet – %n Version</numerusform>
                <numerusform>bearbeitet – %n Versionen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="49" />
            <source>new</source>
            <translation type="vanished">neu</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="50" />
            <source>in review</source>
            <translation type="vanished">in Prüfung</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="51" />
            <source>resolved</source>
            <translation type="vanished">erledigt</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="52" />
            <source>dismissed</source>
            <translation type="vanished">verworfen</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="53" />
            <source>escalated</source>
            <translation type="vanished">eskaliert</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="115" />
            <source>Incident opened: “%1”.</source>
            <translation type="vanished">Vorfall eröffnet: „%1“.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="125" />
            <source>%1 set to “%2”.</source>
            <translation type="vanished">%1 auf „%2“ gesetzt.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="127" />
            <source>%1 cleared (was “%2”).</source>
            <translation type="vanished">%1 entfernt (vorher „%2“).</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="128" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation type="vanished">%1 von „%2“ in „%3“ geändert.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="132" />
            <source>Status changed from %1 to %2.</source>
            <translation type="vanished">Status von %1 in %2 geändert.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="139" />
            <source>%1 is no longer listed as %2.</source>
            <translation type="vanished">%1 ist nicht mehr als %2 eingetragen.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="140" />
            <source>%1 added as %2.</source>
            <translation type="vanished">%1 als %2 hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="144" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation type="vanished">Beleg hinzugefügt: eine Nachricht aus „%1“, Zeile %2 des Exports.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="149" />
            <source>Note %1 written.</source>
            <translation type="vanished">Notiz %1 geschrieben.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="164" />
            <source>Referred to %1.</source>
            <translation type="vanished">An %1 weitervermittelt.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="181" />
            <source>Inbox item %1: %2.</source>
            <translation type="vanished">Eintrag %1 im Eingang: %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="153" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation type="vanished">Notiz %1 bearbeitet: Version %2 geschrieben, frühere Versionen bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="157" />
            <source>Reply “%1” copied, in %2.</source>
            <translation type="vanished">Antwort „%1“ kopiert (Sprache: %2).</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="163" />
            <source>Referred to %1, %2.</source>
            <translation type="vanished">An %1 weitervermittelt, %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="171" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation type="vanished">Eintrag %1 im Eingang zum Vorfall %2 eskaliert.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="173" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation type="vanished">Eintrag %1 im Eingang von „%2“ auf „%3“ gesetzt.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="175" />
            <source>Inbox item %1: severity changed.</source>
            <translation type="vanished">Eintrag %1 im Eingang: Dringlichkeit geändert.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="177" />
            <source>Inbox item %1 snoozed.</source>
            <translation type="vanished">Eintrag %1 im Eingang zurückgestellt.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="179" />
            <source>Inbox item %1: an action was undone.</source>
            <translation type="vanished">Eintrag %1 im Eingang: Eine Aktion wurde rückgängig gemacht.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="182" />
            <source>Reason: %1.</source>
            <translation type="vanished">Grund: %1.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="97" />
            <source>Follow-up</source>
            <translation type="vanished">Nachverfolgung</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="170" />
            <source>Referred to %1 (%2).</source>
            <translation type="vanished">An %1 weitervermittelt (%2).</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="188" />
            <source>%1 (%2)</source>
            <translation type="vanished">%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>JumpToDateDialog</name>
        <message>
            <location filename="../jump_to_date_dialog.py" line="26" />
            <source>Go to date</source>
            <translation>Zu Datum springen</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="35" />
            <source>Go</source>
            <translation>Los</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="39" />
            <source>Shows the first message on or after the day you pick.</source>
            <translation>Zeigt die erste Nachricht an oder nach dem gewählten Tag.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../translator.py" line="45" />
            <source>System language (%1)</source>
            <translation>Systemsprache (%1)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../language_dialog.py" line="37" />
            <location filename="../language_dialog.py" line="40" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../language_dialog.py" line="44" />
            <source>&amp;Show ModDesk in:</source>
            <translation>ModDesk &amp;anzeigen auf:</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../lock_screen.py" line="15" />
            <source>You locked ModDesk.</source>
            <translation>Sie haben ModDesk gesperrt.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="16" />
            <source>ModDesk locked itself after a while without use.</source>
            <translation>ModDesk hat sich gesperrt, weil es eine Weile nicht benutzt wurde.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="17" />
            <source>ModDesk locked because the screen was locked.</source>
            <translation>ModDesk wurde gesperrt, weil der Bildschirm gesperrt wurde.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="18" />
            <source>Unlock the vault to start.</source>
            <translation>Entsperren Sie den Tresor, um zu beginnen.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="36" />
            <source>ModDesk logo</source>
            <translation>ModDesk-Logo</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="37" />
            <source>ModDesk is locked</source>
            <translation>ModDesk ist gesperrt</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="42" />
            <source>The vault is closed and its key has been cleared from memory. Nothing from it is shown until you unlock again.</source>
            <translation>Der Tresor ist geschlossen und sein Schlüssel wurde aus dem Arbeitsspeicher gelöscht. Nichts daraus wird angezeigt, bis Sie wieder entsperren.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="48" />
            <source>&amp;Unlock…</source>
            <translation>&amp;Entsperren…</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="50" />
            <source>Asks for the passphrase</source>
            <translation>Fragt nach der Passphrase</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk — DEMO</source>
            <translation>ModDesk – DEMO</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk</source>
            <translation>ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="129" />
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="157" />
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="164" />
            <source>DEMO — synthetic data, deleted when you quit</source>
            <translation>DEMO – erfundene Daten, die beim Beenden gelöscht werden</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="173" />
            <source>&amp;Vault</source>
            <translation>&amp;Tresor</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>&amp;Lock</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Back up vault…</source>
            <translation>&amp;Tresor sichern…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="179" />
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Passphrase ändern…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="181" />
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Lan&amp;guage…</source>
            <translation>Spr&amp;ache…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="187" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="190" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>&amp;About ModDesk</source>
            <translation>&amp;Über ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="245" />
            <source>Search messages</source>
            <translation>Nachrichten suchen</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="254" />
            <source>Go to page %1</source>
            <translation>Zu Seite %1 wechseln</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="294" />
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>Unlocked</source>
            <translation>Entsperrt</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="313" />
            <source>Moderator: %1</source>
            <translation>Moderation: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="352" />
            <source>Making a backup…</source>
            <translation>Sicherung wird erstellt…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="359" />
            <source>Back up vault</source>
            <translation>Tresor sichern</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="360" />
            <source>ModDesk backups (*.mdbackup)</source>
            <translation>ModDesk-Sicherungen (*.mdbackup)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="365" />
            <source>Backup saved and verified: %1 (%2).</source>
            <translation>Sicherung gespeichert und überprüft: %1 (%2).</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="383" />
            <source>About ModDesk</source>
            <translation>Über ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="389" />
            <source>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;An offline, encrypted desk for volunteer moderators of WhatsApp groups.&lt;/p&gt;&lt;p&gt;Everything stays in an encrypted vault on this computer. ModDesk never connects to the internet.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;Ein verschlüsselter Offline-Arbeitsplatz für ehrenamtliche Moderator:innen von WhatsApp-Gruppen.&lt;/p&gt;&lt;p&gt;Alles bleibt in einem verschlüsselten Tresor auf diesem Computer. ModDesk verbindet sich nie mit dem Internet.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeChatsDialog</name>
        <message>
            <location filename="../merge_chats_dialog.py" line="43" />
            <source>Merge chats</source>
            <translation>Chats zusammenführen</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="45" />
            <source>Filter chats by name</source>
            <translation>Chats nach Namen filtern</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="56" />
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="64" />
            <source>Show the messages of “%1” together with the chat you choose below. “%1” leaves the chat list; its later exports still arrive and show in the chosen chat. You can undo this from that chat's menu.</source>
            <translation>Die Nachrichten von „%1“ zusammen mit dem Chat anzeigen, den Sie unten wählen. „%1“ verschwindet aus der Chatliste; seine späteren Exporte kommen weiterhin an und erscheinen im gewählten Chat. Sie können das im Menü des gewählten Chats rückgängig machen.</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../message_delegate.py" line="66" />
            <source>Poll</source>
            <translation>Umfrage</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="67" />
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="68" />
            <location filename="../message_delegate.py" line="467" />
            <source>Contact card</source>
            <translation>Kontaktkarte</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="69" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="70" />
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="71" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="243" />
            <source>This message was deleted</source>
            <translation>Diese Nachricht wurde gelöscht</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="406" />
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="454" />
            <source>Removed since an earlier export — kept as evidence</source>
            <translation>Seit einem früheren Export entfernt – als Beleg aufbewahrt</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="462" />
            <source>Sticker</source>
            <translation>Sticker</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Media</source>
            <translation>Medien</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="474" />
            <source>%1 not included in the export</source>
            <translation>%1 nicht im Export enthalten</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="477" />
            <source>%1 hidden — click to show</source>
            <translation>%1 ausgeblendet – zum Anzeigen klicken</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening sticker…</source>
            <translation>Sticker wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening photo…</source>
            <translation>Foto wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="485" />
            <source>This sticker could not be shown (%1, %2)</source>
            <translation>Dieser Sticker konnte nicht angezeigt werden (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="486" />
            <source>This photo could not be shown (%1, %2)</source>
            <translation>Dieses Foto konnte nicht angezeigt werden (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="488" />
            <source>%1 · %2 — click to hide</source>
            <translation>%1 · %2 – zum Ausblenden klicken</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="537" />
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="456" />
            <source>Opening %1…</source>
            <translation type="vanished">Wird geöffnet (%1)…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="458" />
            <source>This %1 could not be shown (%2, %3)</source>
            <translation type="vanished">Konnte nicht angezeigt werden (%1, %2, %3)</translation>
        </message>
    </context>
    <context>
        <name>NavPage</name>
        <message>
            <location filename="../nav_pages.py" line="80" />
            <source>This part of ModDesk is not built yet.</source>
            <translation>Dieser Teil von ModDesk ist noch nicht fertig.</translation>
        </message>
    </context>
    <context>
        <name>NavPages</name>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>Inbox</source>
            <translation>Eingang</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>The Inbox will gather new messages from the WhatsApp chat exports you choose to watch, and point out the ones that may need a moderator's attention first.</source>
            <translation>Der Eingang wird neue Nachrichten aus den WhatsApp-Chat-Exporten sammeln, die Sie überwachen lassen, und zuerst auf die hinweisen, die wahrscheinlich die Aufmerksamkeit der Moderation brauchen.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats</source>
            <translation>Chats</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats will list every imported group chat, so you can read a conversation in order, with its dates and number of messages.</source>
            <translation>Unter „Chats“ werden alle importierten Gruppenchats aufgelistet, damit Sie ein Gespräch der Reihe nach lesen können, mit Datum und Anzahl der Nachrichten.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search will find words and names across all imported chats. The search index stays inside this encrypted vault, on this computer.</source>
            <translation>Die Suche wird Wörter und Namen in allen importierten Chats finden. Der Suchindex bleibt in diesem verschlüsselten Tresor, auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents</source>
            <translation>Vorfälle</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents will hold your case notes: what happened, who was involved and what was done. Entries are kept tamper-evident and can be printed as a summary.</source>
            <translation>Unter „Vorfälle“ werden Sie Ihre Fallnotizen führen: was geschehen ist, wer beteiligt war und was unternommen wurde. Einträge werden so gespeichert, dass nachträgliche Änderungen erkennbar sind, und lassen sich als Bericht drucken.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines</source>
            <translation>Richtlinien</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines will keep your group's rules and agreed responses close at hand, so decisions stay consistent between moderators.</source>
            <translation>Unter „Richtlinien“ haben Sie die Regeln Ihrer Gruppe und vereinbarte Reaktionen immer zur Hand, damit die Moderation einheitlich entscheidet.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseForm</name>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Repeat it:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="119" />
            <source>Strength:</source>
            <translation>Stärke:</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="122" />
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="123" />
            <source>Repeat the new passphrase</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="124" />
            <source>Passphrase strength</source>
            <translation>Stärke der Passphrase</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="161" />
            <source>Too easy to guess for a vault like this one.</source>
            <translation>Für einen Tresor wie diesen zu leicht zu erraten.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="163" />
            <source>The two passphrases do not match.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../passphrase_strength.py" line="27" />
            <source>Very weak</source>
            <translation>Sehr schwach</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="28" />
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="29" />
            <source>Fair</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="30" />
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="31" />
            <source>Very strong</source>
            <translation>Sehr stark</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="33" />
            <source>Use at least 12 characters.</source>
            <translation>Verwenden Sie mindestens 12 Zeichen.</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="34" />
            <source>Four or more unrelated words are easy to remember and hard to guess.</source>
            <translation>Vier oder mehr Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="36" />
            <source>Avoid common passwords and words like "password" or "admin".</source>
            <translation>Vermeiden Sie gängige Passwörter und Wörter wie „passwort“ oder „admin“.</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="38" />
            <source>Avoid repeated characters and sequences like "aaa" or "1234".</source>
            <translation>Vermeiden Sie wiederholte Zeichen und Folgen wie „aaa“ oder „1234“.</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../translator.py" line="50" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../translator.py" line="51" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../translator.py" line="52" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../translator.py" line="53" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../translator.py" line="54" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../translator.py" line="55" />
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <location filename="../translator.py" line="56" />
            <source>&amp;No</source>
            <translation>&amp;Nein</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../report_dialog.py" line="62" />
            <source>Print %1</source>
            <translation>%1 drucken</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="74" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Vorschau…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="75" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="76" />
            <source>&amp;Export PDF…</source>
            <translation>PDF e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="90" />
            <source>&amp;Copy for:</source>
            <translation>&amp;Fassung für:</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="91" />
            <source>&amp;Reporting member:</source>
            <translation>&amp;Meldendes Mitglied:</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="94" />
            <source>PDF files are not encrypted: anyone who gets the file can read it. Printing goes through the system's print queue, which may keep a copy of the job for a while.</source>
            <translation>PDF-Dateien sind nicht verschlüsselt: Wer die Datei bekommt, kann sie lesen. Beim Drucken läuft der Auftrag über die Druckwarteschlange des Systems, die eine Kopie eine Zeit lang aufbewahren kann.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="133" />
            <source>%1 is not a reporting member of %2. Choose one of: %3.</source>
            <translation>%1 ist kein meldendes Mitglied von %2. Wählen Sie eines von: %3.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="134" />
            <source>nobody yet</source>
            <translation>noch niemand</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="136" />
            <source>%1 names several reporting members (%2). Choose whose copy to make.</source>
            <translation>%1 nennt mehrere meldende Mitglieder (%2). Wählen Sie, für wen die Fassung ist.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="138" />
            <source>%1 names no reporting member. Add the member who reported it (role: Reporter) to make their copy.</source>
            <translation>%1 nennt kein meldendes Mitglied. Fügen Sie das Mitglied hinzu, das es gemeldet hat (Rolle: Meldende Person), um seine Fassung zu erstellen.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="159" />
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="164" />
            <source>%1 incident summary</source>
            <translation>Vorfallbericht %1</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="174" />
            <source>Export incident summary</source>
            <translation>Vorfallbericht exportieren</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="175" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="184" />
            <source>Export PDF</source>
            <translation>PDF exportieren</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="185" />
            <source>Export %1 to %2?

The PDF is not encrypted: anyone who gets the file can read it. ModDesk writes only this file. Keep it safe and delete it when it is no longer needed.</source>
            <translation>%1 nach %2 exportieren?

Das PDF ist nicht verschlüsselt: Wer die Datei bekommt, kann sie lesen. ModDesk schreibt nur diese eine Datei. Bewahren Sie sie sicher auf und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="190" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="199" />
            <source>Nothing was exported.</source>
            <translation>Es wurde nichts exportiert.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="206" />
            <source>Exported %1 pages to %2.</source>
            <translation>%1 Seiten nach %2 exportiert.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="215" />
            <source>Moderator</source>
            <translation>Moderator:in</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../search_page.py" line="324" />
            <source>1 message</source>
            <translation>1 Nachricht</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="44" />
            <source>(no text: a photo, file or notice)</source>
            <translation>(kein Text: ein Foto, eine Datei oder ein Hinweis)</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="64" />
            <source>System notice</source>
            <translation>Systemhinweis</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="66" />
            <source>gone from a later export</source>
            <translation>fehlt in einem späteren Export</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="105" />
            <source>Search messages: words, "an exact phrase", or the start of a word*</source>
            <translation>Nachrichten suchen: Wörter, "eine genaue Wortfolge" oder ein Wortanfang*</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="114" />
            <source>Load more</source>
            <translation>Mehr laden</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="132" />
            <source>All chats</source>
            <translation>Alle Chats</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="135" />
            <source>Anyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="142" />
            <source>Between</source>
            <translation>Zwischen</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="144" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="145" />
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="149" />
            <source>Chat:</source>
            <translation>Chat:</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="152" />
            <source>Author:</source>
            <translation>Verfasst von:</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="157" />
            <source>and</source>
            <translation>und</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="299" />
            <source>Type to search all chats</source>
            <translation>Tippen Sie, um alle Chats zu durchsuchen</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="311" />
            <source>No messages by this author with these filters</source>
            <translation>Keine Nachrichten dieser Person mit diesen Filtern</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="312" />
            <source>No messages match “%1” with these filters</source>
            <translation>Keine Nachrichten zu „%1“ mit diesen Filtern</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="313" />
            <source>No messages match “%1”</source>
            <translation>Keine Nachrichten zu „%1“</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="322" />
            <source>%1 messages shown, newest first. There are more.</source>
            <translation>%1 Nachrichten angezeigt, neueste zuerst. Es gibt noch weitere.</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="325" />
            <source>%1 messages, newest first</source>
            <translation>%1 Nachrichten, neueste zuerst</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../desktop/session.py" line="252" />
            <source>The vault is locked; nothing was saved.</source>
            <translation>Der Tresor ist gesperrt; es wurde nichts gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../settings_dialog.py" line="42" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="46" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="47" />
            <source>Lock when the screen locks</source>
            <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="49" />
            <source>Shown only inside ModDesk</source>
            <translation>Wird nur in ModDesk angezeigt</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="64" />
            <source>Lock after no activity for:</source>
            <translation>Sperren nach Inaktivität von:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="66" />
            <source>Your name (moderator):</source>
            <translation>Ihr Name (Moderation):</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="67" />
            <source>These settings are stored inside the encrypted vault.</source>
            <translation>Diese Einstellungen werden im verschlüsselten Tresor gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../resources_panel.py" line="33" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="34" />
            <source>Helps with</source>
            <translation>Hilft bei</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="35" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="36" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="37" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="38" />
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="50" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="51" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="52" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="53" />
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="54" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="55" />
            <source>Service</source>
            <translation>Anlaufstelle</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="85" />
            <source>Group description</source>
            <translation>Gruppenbeschreibung</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="89" />
            <location filename="../template_dialog.py" line="217" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="90" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Druckvorschau…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="91" />
            <source>Save as &amp;PDF…</source>
            <translation>Als &amp;PDF speichern…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="93" />
            <source>Rules from:</source>
            <translation>Regeln aus:</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="95" />
            <source>Edit the text as you like, then paste it into the group's description in WhatsApp, or print it.</source>
            <translation>Bearbeiten Sie den Text nach Belieben und fügen Sie ihn dann in WhatsApp in die Gruppenbeschreibung ein oder drucken Sie ihn aus.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Group: %1</source>
            <translation>Gruppe: %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Pack: %1</source>
            <translation>Paket: %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="154" />
            <source>Rules of %1</source>
            <translation>Regeln von %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="155" />
            <source>Our group rules</source>
            <translation>Unsere Gruppenregeln</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="156" />
            <source>This group is here so we can support each other. To keep it kind and safe for everyone, please:</source>
            <translation>Diese Gruppe ist dafür da, dass wir uns gegenseitig unterstützen. Damit sie für alle freundlich und sicher bleibt, bitten wir Sie:</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="159" />
            <source>If you or someone else is in danger, call the emergency number first. Questions about the rules? Write to an admin.</source>
            <translation>Wenn Sie oder jemand anderes in Gefahr sind, rufen Sie zuerst den Notruf an. Fragen zu den Regeln? Schreiben Sie einem Admin.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="170" />
            <source>%1 of %2 characters</source>
            <translation>%1 von %2 Zeichen</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="173" />
            <source>(too long for WhatsApp: remove %1)</source>
            <translation>(zu lang für WhatsApp: %1 Zeichen entfernen)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="184" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds.</source>
            <translation>Kopiert. ModDesk leert die Zwischenablage in 60 Sekunden.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="206" />
            <source>Save the group rules as PDF</source>
            <translation>Gruppenregeln als PDF speichern</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="207" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="212" />
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="216" />
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="217" />
            <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where you mean to keep it.</source>
            <translation>Das PDF ist nicht verschlüsselt: Wer die Datei bekommt, kann sie lesen. Speichern Sie es nur dort, wo Sie es wirklich aufbewahren wollen.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="221" />
            <source>Save PDF</source>
            <translation>PDF speichern</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="234" />
            <source>Group rules</source>
            <translation>Gruppenregeln</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="380" />
            <source>Moderator</source>
            <translation>Moderator:in</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="86" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="67" />
            <source>&amp;Add a service</source>
            <translation>Anlaufstelle &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="68" />
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="69" />
            <source>&amp;Add a service you have checked</source>
            <translation>Geprüfte Anlaufstelle &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="77" />
            <source>No services yet</source>
            <translation>Noch keine Anlaufstellen</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="80" />
            <source>ModDesk comes without hotlines or services on purpose: a wrong number in a crisis does more harm than none, and numbers change from country to country.

Add the services you have checked yourself: call them or look at their own website, and note what they help with and in which languages. Then you can pass them on in a reply with confidence.</source>
            <translation>ModDesk enthält bewusst keine Hotlines oder Anlaufstellen: Eine falsche Nummer in einer Krise richtet mehr Schaden an als gar keine, und Nummern sind von Land zu Land verschieden.

Fügen Sie die Anlaufstellen hinzu, die Sie selbst geprüft haben: Rufen Sie dort an oder sehen Sie auf deren eigener Website nach, und notieren Sie, wobei sie helfen und in welchen Sprachen. Dann können Sie sie in einer Antwort mit gutem Gewissen weitergeben.</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="97" />
            <source>Only services you have checked. Double-click a cell to change it.</source>
            <translation>Nur Anlaufstellen, die Sie geprüft haben. Doppelklicken Sie auf eine Zelle, um sie zu ändern.</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="155" />
            <source>New service</source>
            <translation>Neue Anlaufstelle</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="182" />
            <source>Resources</source>
            <translation>Anlaufstellen</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="183" />
            <source>Remove %1 from your services?</source>
            <translation>%1 aus Ihren Anlaufstellen entfernen?</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="73" />
            <source>{%1} is not a placeholder. Use one of %2.</source>
            <translation>{%1} ist kein Platzhalter. Verwenden Sie einen von %2.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="74" />
            <source>{} has no name. Use one of %2.</source>
            <translation>{} hat keinen Namen. Verwenden Sie einen von %2.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="75" />
            <source>This { is never closed. Add } after the name, or write {{ for a brace.</source>
            <translation>Diese { wird nie geschlossen. Setzen Sie } hinter den Namen oder schreiben Sie {{ für eine geschweifte Klammer.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="76" />
            <source>This } has no {. Write }} for a brace.</source>
            <translation>Zu dieser } gibt es keine {. Schreiben Sie }} für eine geschweifte Klammer.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="78" />
            <source>Line %1, column %2:</source>
            <translation>Zeile %1, Spalte %2:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="157" />
            <source>Reply with a template</source>
            <translation>Mit einer Vorlage antworten</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="179" />
            <source>&amp;Template:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="180" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="210" />
            <source>Pick a checked service or type one</source>
            <translation>Geprüfte Anlaufstelle wählen oder eine eintippen</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="220" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="227" />
            <source>What will be copied:</source>
            <translation>Das wird kopiert:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="242" />
            <location filename="../template_dialog.py" line="328" />
            <source>Suggested: %1</source>
            <translation>Empfohlen: %1</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="356" />
            <source>Ready to copy.</source>
            <translation>Bereit zum Kopieren.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="358" />
            <source>Fill in %1 to copy this reply.</source>
            <translation>Bitte ausfüllen, um diese Antwort zu kopieren: %1.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="369" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds and when the vault locks.</source>
            <translation>Kopiert. ModDesk leert die Zwischenablage in 60 Sekunden und wenn der Tresor gesperrt wird.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="65" />
            <location filename="../templates_panel.py" line="325" />
            <source>Replies</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="73" />
            <source>&amp;Add a reply</source>
            <translation>Antwort &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="81" />
            <source>Reply text</source>
            <translation>Text der Antwort</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="87" />
            <source>&amp;Reset to shipped text</source>
            <translation>&amp;Originaltext wiederherstellen</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="88" />
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="104" />
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="105" />
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="109" />
            <source>Insert:</source>
            <translation>Einfügen:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="189" />
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Edited</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="237" />
            <source>Hello {member}, 

{moderator}</source>
            <translation>Hallo {member}, 

{moderator}</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="258" />
            <source>Give the reply a title.</source>
            <translation>Geben Sie der Antwort einen Titel.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="260" />
            <source>Write the text of the reply.</source>
            <translation>Schreiben Sie den Text der Antwort.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="278" />
            <source>No placeholders: the text is copied as it is.</source>
            <translation>Keine Platzhalter: Der Text wird so kopiert, wie er ist.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="279" />
            <source>Filled in when used: %1</source>
            <translation>Wird beim Verwenden ausgefüllt: %1</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="308" />
            <source>Bring back the text that came with ModDesk? Your version of this reply will be removed.</source>
            <translation>Den Text wiederherstellen, der mit ModDesk geliefert wurde? Ihre Version dieser Antwort wird entfernt.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="317" />
            <source>Delete this reply?</source>
            <translation>Diese Antwort löschen?</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../unlock_dialog.py" line="68" />
            <source>Unlock ModDesk</source>
            <translation>ModDesk entsperren</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="88" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="89" />
            <source>Demo vault: the passphrase is demo</source>
            <translation>Demo-Tresor: Die Passphrase lautet demo</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="97" />
            <source>Type the passphrase the backup was made with above, then choose a backup. The damaged vault is kept beside it, untouched.</source>
            <translation>Geben Sie oben die Passphrase ein, mit der die Sicherung erstellt wurde, und wählen Sie dann eine Sicherung. Der beschädigte Tresor bleibt unverändert daneben liegen.</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="99" />
            <source>&amp;Restore a backup…</source>
            <translation>Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="101" />
            <source>Opening the vault…</source>
            <translation>Tresor wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="104" />
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="109" />
            <source>ModDesk is locked</source>
            <translation>ModDesk ist gesperrt</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="112" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message numerus="yes">
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock (%n s)</source>
            <translation>
                <numerusform>&amp;Entsperren (%n s)</numerusform>
                <numerusform>&amp;Entsperren (%n s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="207" />
            <source>Choose a ModDesk backup</source>
            <translation>ModDesk-Sicherung auswählen</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="208" />
            <source>ModDesk backups (*.mdbackup);;All files (*)</source>
            <translation>ModDesk-Sicherungen (*.mdbackup);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="216" />
            <source>Type the backup's passphrase first.</source>
            <translation>Geben Sie zuerst die Passphrase der Sicherung ein.</translation>
        </message>
    </context>
    <context>
        <name>WatchedFolders</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="37" />
            <source>Chat exports in watched folders are not encrypted. Anyone with this computer can read them.</source>
            <translation>Chat-Exporte in überwachten Ordnern sind nicht verschlüsselt. Alle, die Zugang zu diesem Computer haben, können sie lesen.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="47" />
            <source>Plaintext notice</source>
            <translation>Hinweis zu unverschlüsselten Dateien</translation>
        </message>
    </context>
    <context>
        <name>WatchedFoldersDialog</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="62" />
            <source>Watched folders</source>
            <translation>Überwachte Ordner</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="66" />
            <source>&amp;Add folder…</source>
            <translation>Ordner &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="67" />
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="68" />
            <source>&amp;Look again now</source>
            <translation>&amp;Jetzt erneut nachsehen</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="70" />
            <source>&amp;Move imported files into the vault (delete them from the folder)</source>
            <translation>Importierte Dateien in den Tresor &amp;verschieben (aus dem Ordner löschen)</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="80" />
            <source>While the vault is unlocked, ModDesk imports new chat exports (.txt, .zip or .json files) saved directly in these folders, each one exactly once.</source>
            <translation>Solange der Tresor entsperrt ist, importiert ModDesk neue Chat-Exporte (.txt-, .zip- oder .json-Dateien), die direkt in diesen Ordnern gespeichert werden – jeden genau einmal.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Exports imported</source>
            <translation>Importierte Exporte</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="87" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="113" />
            <source>Moving stores each file's bytes inside the encrypted vault and then deletes the file, only after the import was saved. Deleting does not reliably erase it: SSDs, backups and sync services (Dropbox, OneDrive, iCloud, Google Drive) can keep copies and older versions, and WhatsApp keeps the chat on the phone. Remove those copies there as well.</source>
            <translation>Beim Verschieben wird der Inhalt jeder Datei im verschlüsselten Tresor gespeichert und die Datei danach gelöscht – erst, nachdem der Import gespeichert wurde. Löschen entfernt sie nicht zuverlässig: SSDs, Sicherungen und Synchronisierungsdienste (Dropbox, OneDrive, iCloud, Google Drive) können Kopien und ältere Versionen behalten, und WhatsApp behält den Chat auf dem Telefon. Entfernen Sie auch diese Kopien.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Watching</source>
            <translation>Wird überwacht</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="139" />
            <source>No folders yet.</source>
            <translation>Noch keine Ordner.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="162" />
            <source>Choose a folder to watch</source>
            <translation>Ordner zum Überwachen auswählen</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message numerus="yes">
            <location filename="../first_run_pages.py" line="143" />
            <source>ModDesk locks itself after %n minutes without use, and when the screen locks. Unlocking asks for the passphrase again. You can change the time in Settings.</source>
            <translation>
                <numerusform>ModDesk sperrt sich nach %n Minute ohne Nutzung selbst und wenn der Bildschirm gesperrt wird. Zum Entsperren wird wieder die Passphrase abgefragt. Sie können die Zeit in den Einstellungen ändern.</numerusform>
                <numerusform>ModDesk sperrt sich nach %n Minuten ohne Nutzung selbst und wenn der Bildschirm gesperrt wird. Zum Entsperren wird wieder die Passphrase abgefragt. Sie können die Zeit in den Einstellungen ändern.</numerusform>
            </translation>
        </message>
    </context>
</TS>
