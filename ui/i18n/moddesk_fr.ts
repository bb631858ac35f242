<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AppShell</name>
        <message>
            <location filename="../../desktop/app.py" line="112" />
            <source>The whole window changes language the next time ModDesk locks or starts.</source>
            <translation>Toute la fenêtre changera de langue la prochaine fois que ModDesk se verrouillera ou démarrera.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../change_passphrase_dialog.py" line="36" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="43" />
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="46" />
            <source>C&amp;hange passphrase</source>
            <translation>C&amp;hanger la phrase secrète</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="59" />
            <source>C&amp;urrent passphrase:</source>
            <translation>Phrase secrète a&amp;ctuelle :</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="61" />
            <source>Backups you made before this change still open with the old passphrase. Make a new backup afterwards, and delete old ones you no longer need. If you lose the new passphrase, the vault cannot be recovered.</source>
            <translation>Les sauvegardes faites avant ce changement s'ouvrent toujours avec l'ancienne phrase secrète. Faites ensuite une nouvelle sauvegarde et supprimez les anciennes dont vous n'avez plus besoin. Si vous perdez la nouvelle phrase secrète, le coffre-fort ne pourra pas être récupéré.</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="102" />
            <source>Passphrase changed. Older backups still open with the old passphrase.</source>
            <translation>Phrase secrète changée. Les anciennes sauvegardes s'ouvrent toujours avec l'ancienne phrase secrète.</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="113" />
            <source>The current passphrase is not right.</source>
            <translation>La phrase secrète actuelle n'est pas la bonne.</translation>
        </message>
    </context>
    <context>
        <name>ChatFormat</name>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>%1 messages</source>
            <translation>%1 messages</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>1 message</source>
            <translation>1 message</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="49" />
            <source>no messages yet</source>
            <translation>pas encore de messages</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="61" />
            <source>Last import %1</source>
            <translation>Dernier import : %1</translation>
        </message>
    </context>
    <context>
        <name>ChatListDelegate</name>
        <message>
            <location filename="../chat_list_delegate.py" line="37" />
            <source>Date order?</source>
            <translation>Ordre des dates ?</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="39" />
            <source>%1 removed</source>
            <translation>%1 supprimé(s)</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="41" />
            <source>%1 merged</source>
            <translation>%1 fusionnée(s)</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../chat_pane.py" line="103" />
            <source>Choose a chat on the left to read it.</source>
            <translation>Choisissez une discussion à gauche pour la lire.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="119" />
            <location filename="../chat_pane.py" line="150" />
            <source>Go to date…</source>
            <translation>Aller à une date…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="120" />
            <location filename="../chat_pane.py" line="164" />
            <source>Newest</source>
            <translation>Plus récents</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="121" />
            <source>Chat</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="139" />
            <source>The day/month order of this chat's dates is a guess: every date in one of its exports fits both ways.</source>
            <translation>L'ordre jour/mois des dates de cette discussion est une supposition : chaque date de l'un de ses exports peut se lire dans les deux sens.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="142" />
            <location filename="../chat_pane.py" line="154" />
            <source>Date order…</source>
            <translation>Ordre des dates…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="151" />
            <source>Newest message</source>
            <translation>Message le plus récent</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="152" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="153" />
            <source>Merge into another chat…</source>
            <translation>Fusionner avec une autre discussion…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="155" />
            <source>Undo merge</source>
            <translation>Annuler la fusion</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="200" />
            <source>exported as “%1”</source>
            <translation>exportée sous le nom « %1 »</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="319" />
            <source>Rename chat</source>
            <translation>Renommer la discussion</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="321" />
            <source>Name shown in ModDesk. Exports named “%1” still arrive in this chat; leave empty to show that name again.</source>
            <translation>Nom affiché dans ModDesk. Les exports nommés « %1 » arrivent toujours dans cette discussion ; laissez vide pour afficher de nouveau ce nom.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="339" />
            <source>There is no other chat to merge this one into.</source>
            <translation>Il n'y a pas d'autre discussion avec laquelle fusionner celle-ci.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="386" />
            <source>The dates of this chat were read again.</source>
            <translation>Les dates de cette discussion ont été relues.</translation>
        </message>
    </context>
    <context>
        <name>ChatsPage</name>
        <message>
            <location filename="../chats_page.py" line="97" />
            <location filename="../chats_page.py" line="123" />
            <source>Chats</source>
            <translation>Discussions</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="100" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="101" />
            <source>By name</source>
            <translation>Par nom</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="102" />
            <source>By last activity</source>
            <translation>Par dernière activité</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="126" />
            <source>No chats yet — add a watched folder or import an export (Ctrl+I)</source>
            <translation>Pas encore de discussions — ajoutez un dossier surveillé ou importez un export (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="218" />
            <source>That message is no longer in the vault.</source>
            <translation>Ce message n'est plus dans le coffre-fort.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../crash_dialog.py" line="36" />
            <source>ModDesk ran into a problem</source>
            <translation>ModDesk a rencontré un problème</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="41" />
            <source>&amp;Copy details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="42" />
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinuer</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="43" />
            <source>&amp;Quit ModDesk</source>
            <translation>&amp;Quitter ModDesk</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="53" />
            <source>Something went wrong inside ModDesk. This is a bug in ModDesk, not something you did. Your vault is safe: saved work stays saved.</source>
            <translation>Quelque chose s'est mal passé dans ModDesk. C'est une erreur de ModDesk, pas quelque chose que vous avez fait. Votre coffre-fort ne risque rien : ce qui est enregistré reste enregistré.</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="57" />
            <source>The details below name only the place in the program where it happened; they contain no messages, names or passphrases. You can copy them into a bug report.</source>
            <translation>Les détails ci-dessous indiquent seulement l'endroit du programme où c'est arrivé ; ils ne contiennent ni messages, ni noms, ni phrases secrètes. Vous pouvez les copier dans un rapport d'erreur.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <location filename="../create_vault_dialog.py" line="214" />
            <source>Choose a passphrase for your vault</source>
            <translation>Choisissez une phrase secrète pour votre coffre-fort</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="216" />
            <source>ModDesk keeps everything you import and write in an encrypted vault on this computer. The passphrase is the only way to open it.</source>
            <translation>ModDesk garde tout ce que vous importez et écrivez dans un coffre-fort chiffré sur cet ordinateur. La phrase secrète est le seul moyen de l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="219" />
            <source>If you lose this passphrase, the vault cannot be recovered — not by you, not by anyone else. Write it down and keep it somewhere safe.</source>
            <translation>Si vous perdez cette phrase secrète, le coffre-fort ne pourra pas être récupéré — ni par vous, ni par personne d'autre. Notez-la et gardez-la en lieu sûr.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="221" />
            <source>Creating the vault. This takes a few seconds…</source>
            <translation>Création du coffre-fort. Cela prend quelques secondes…</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="222" />
            <source>&amp;Create vault</source>
            <translation>&amp;Créer le coffre-fort</translation>
        </message>
    </context>
    <context>
        <name>DateOrderDialog</name>
        <message>
            <location filename="../date_order_dialog.py" line="74" />
            <source>Date order</source>
            <translation>Ordre des dates</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="79" />
            <source>Re-read dates</source>
            <translation>Relire les dates</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="88" />
            <source>This export's dates could be read day-first or month-first: every date in it fits both ways, so ModDesk had to guess. Choose the reading that matches what you know about this chat, for example when it started. Re-reading changes only the dates; no message is added or lost.</source>
            <translation>Les dates de cet export peuvent se lire avec le jour ou le mois en premier : chaque date peut se lire dans les deux sens, ModDesk a donc dû faire une supposition. Choisissez la lecture qui correspond à ce que vous savez de cette discussion, par exemple sa date de début. Relire ne change que les dates ; aucun message n'est ajouté ni perdu.</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Day first (d/m/y)</source>
            <translation>Jour en premier (j/m/a)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Month first (m/d/y)</source>
            <translation>Mois en premier (m/j/a)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="103" />
            <source>Year first (y/m/d)</source>
            <translation>Année en premier (a/m/j)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="106" />
            <source>— current reading</source>
            <translation>— lecture actuelle</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="116" />
            <source>No dates to show</source>
            <translation>Aucune date à afficher</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="123" />
            <source>not a real date</source>
            <translation>date impossible</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../message_bridge.py" line="28" />
            <source>That passphrase does not open this vault. Check it and try again.</source>
            <translation>Cette phrase secrète n'ouvre pas ce coffre-fort. Vérifiez-la et réessayez.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="30" />
            <source>The vault is damaged and cannot be opened. Nothing was changed. You can restore it from a backup.</source>
            <translation>Le coffre-fort est endommagé et ne peut pas être ouvert. Rien n'a été modifié. Vous pouvez le restaurer à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="33" />
            <source>The vault folder holds a file that is not a ModDesk vault. It was left untouched.</source>
            <translation>Le dossier du coffre-fort contient un fichier qui n'est pas un coffre-fort ModDesk. Il n'a pas été touché.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="36" />
            <source>This vault is already open in another ModDesk window. Close that one first.</source>
            <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre de ModDesk. Fermez d'abord cette fenêtre.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="38" />
            <source>There is no vault in this folder.</source>
            <translation>Il n'y a pas de coffre-fort dans ce dossier.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="39" />
            <source>A vault already exists in this folder.</source>
            <translation>Un coffre-fort existe déjà dans ce dossier.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="40" />
            <source>A passphrase change was interrupted before it finished. Try the other passphrase (the old or the new one).</source>
            <translation>Un changement de phrase secrète a été interrompu avant la fin. Essayez l'autre phrase secrète (l'ancienne ou la nouvelle).</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="43" />
            <source>The disk is full. Nothing was lost; free some space and try again.</source>
            <translation>Le disque est plein. Rien n'a été perdu ; libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="45" />
            <source>The vault's key file has settings out of range and may have been altered. Restore it from a backup.</source>
            <translation>Le fichier de clé du coffre-fort contient des réglages hors limites et a peut-être été modifié. Restaurez-le à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="48" />
            <source>The vault could not be read or written. Nothing was changed.</source>
            <translation>Impossible de lire ou d'écrire dans le coffre-fort. Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../first_run_pages.py" line="37" />
            <source>Support community</source>
            <translation>Communauté d'entraide</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="38" />
            <source>For groups where members help each other: cries for help, money requests, spam, floods and unanswered questions.</source>
            <translation>Pour les groupes où les membres s'entraident : appels à l'aide, demandes d'argent, spam, rafales de messages et questions restées sans réponse.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="41" />
            <source>Child protection</source>
            <translation>Protection de l'enfance</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="42" />
            <source>For groups with or about children: grooming patterns, requests for photos, personal details and secrecy.</source>
            <translation>Pour les groupes avec des enfants ou qui parlent d'enfants : signes de grooming (manipulation d'enfants), demandes de photos, informations personnelles et demandes de secret.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="95" />
            <source>Welcome to ModDesk</source>
            <translation>Bienvenue dans ModDesk</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="96" />
            <source>&amp;Choose your language. You can change it later in the Vault menu.</source>
            <translation>&amp;Choisissez votre langue. Vous pourrez la changer plus tard dans le menu Coffre-fort.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="98" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="131" />
            <source>Three things to know</source>
            <translation>Trois choses à savoir</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="133" />
            <source>Your vault and its passphrase</source>
            <translation>Votre coffre-fort et sa phrase secrète</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="134" />
            <source>Everything you import and write is kept in an encrypted vault on this computer. Only your passphrase opens it. If you forget the passphrase, nobody can open the vault again, not even the people who made ModDesk.</source>
            <translation>Tout ce que vous importez et écrivez est gardé dans un coffre-fort chiffré sur cet ordinateur. Seule votre phrase secrète l'ouvre. Si vous l'oubliez, personne ne pourra plus ouvrir le coffre-fort, même pas les personnes qui ont créé ModDesk.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="137" />
            <source>The watched folder</source>
            <translation>Le dossier surveillé</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="138" />
            <source>Put the chat exports from WhatsApp into one folder and ModDesk imports them by itself. The exports in that folder are not encrypted: anyone who can use this computer can read them. Delete them when they are imported, or keep that folder somewhere safe.</source>
            <translation>Placez les exports de discussion WhatsApp dans un même dossier et ModDesk les importe tout seul. Les exports de ce dossier ne sont pas chiffrés : toute personne qui peut utiliser cet ordinateur peut les lire. Supprimez-les une fois importés, ou gardez ce dossier en lieu sûr.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="142" />
            <source>The idle lock</source>
            <translation>Le verrouillage automatique</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="172" />
            <source>Who is moderating?</source>
            <translation>Qui modère ?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="173" />
            <source>&amp;Your name or nickname:</source>
            <translation>&amp;Votre nom ou surnom :</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="174" />
            <source>Your name or nickname</source>
            <translation>Votre nom ou surnom</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="175" />
            <source>For example: Amira</source>
            <translation>Par exemple : Amira</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="176" />
            <source>ModDesk shows it in the status bar and writes it into the incident logs you keep, so others on your team know who decided what. It is stored inside the encrypted vault. You can leave it empty and set it later in Settings.</source>
            <translation>ModDesk l'affiche dans la barre d'état et l'inscrit dans les journaux d'incidents que vous tenez, pour que les autres membres de votre équipe sachent qui a décidé quoi. Il est enregistré dans le coffre-fort chiffré. Vous pouvez laisser ce champ vide et le remplir plus tard dans les Paramètres.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="206" />
            <source>Guidelines for your groups</source>
            <translation>Des consignes pour vos groupes</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="207" />
            <source>ModDesk checks imported chats against guideline packs and puts what needs a look into your inbox. Choose the packs that fit your groups; you can choose per group later.</source>
            <translation>ModDesk vérifie les discussions importées à l'aide de packs de consignes et place dans votre boîte de réception ce qui mérite un coup d'œil. Choisissez les packs adaptés à vos groupes ; vous pourrez choisir groupe par groupe plus tard.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="263" />
            <source>Where do your chat exports go?</source>
            <translation>Où vont vos exports de discussion ?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="264" />
            <source>Choose the folder you save WhatsApp chat exports into. ModDesk watches it and imports new exports by itself. You can skip this and add folders later.</source>
            <translation>Choisissez le dossier où vous enregistrez les exports de discussion WhatsApp. ModDesk le surveille et importe tout seul les nouveaux exports. Vous pouvez passer cette étape et ajouter des dossiers plus tard.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="267" />
            <source>Export &amp;folder:</source>
            <translation>&amp;Dossier d'export :</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="268" />
            <source>Export folder</source>
            <translation>Dossier d'export</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="269" />
            <source>No folder: I will import files by hand</source>
            <translation>Pas de dossier : j'importerai les fichiers moi-même</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="270" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="271" />
            <location filename="../first_run_pages.py" line="281" />
            <source>Choose the export folder</source>
            <translation>Choisir le dossier d'export</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="298" />
            <source>There is no folder at %1. Choose an existing folder, or leave the field empty.</source>
            <translation>Il n'y a pas de dossier à l'emplacement %1. Choisissez un dossier existant ou laissez le champ vide.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../first_run_wizard.py" line="73" />
            <source>Set up ModDesk</source>
            <translation>Configurer ModDesk</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="74" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Retour</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="75" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="76" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Guidelines</name>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Pack</source>
            <translation>Pack</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="15" />
            <source>Used by</source>
            <translation>Utilisé par</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="29" />
            <source>Phone numbers (numbers on the pack's allowlist are left alone)</source>
            <translation>Numéros de téléphone (ceux de la liste d'exceptions du pack sont ignorés)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="31" />
            <source>E-mail addresses (addresses on the allowlist are left alone)</source>
            <translation>Adresses e-mail (celles de la liste d'exceptions sont ignorées)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="33" />
            <source>Street addresses and house numbers</source>
            <translation>Adresses postales et numéros de rue</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="34" />
            <source>Messages that a later export of the chat no longer shows (deleted since)</source>
            <translation>Messages qu'un export plus récent de la discussion ne montre plus (supprimés depuis)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="36" />
            <source>Payment details and money requests: IBANs, card numbers, crypto wallets, "send money"</source>
            <translation>Coordonnées bancaires et demandes d'argent : IBAN, numéros de carte, portefeuilles crypto, « envoie de l'argent »</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="38" />
            <source>Cries for help and signs of danger: violence, abuse, self-harm, a child in danger</source>
            <translation>Appels à l'aide et signes de danger : violence, maltraitance, automutilation, enfant en danger</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="40" />
            <source>Grooming patterns: moving a child to a private chat, asking for photos, asking for secrecy</source>
            <translation>Signes de grooming : attirer un enfant dans une discussion privée, lui demander des photos, lui demander de garder le secret</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="42" />
            <source>Warning words that count when they occur together</source>
            <translation>Mots d'alerte qui comptent quand ils apparaissent ensemble</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="45" />
            <source>group invite links</source>
            <translation>liens d'invitation à des groupes</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="46" />
            <source>link shorteners</source>
            <translation>raccourcisseurs de liens</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="47" />
            <source>other links</source>
            <translation>autres liens</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="48" />
            <source>photos, videos and files</source>
            <translation>photos, vidéos et fichiers</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="49" />
            <source>messages deleted by their author</source>
            <translation>messages supprimés par leur auteur</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="50" />
            <source>polls</source>
            <translation>sondages</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="51" />
            <source>shared locations</source>
            <translation>positions partagées</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="52" />
            <source>contact cards</source>
            <translation>fiches de contact</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="53" />
            <source>members joining</source>
            <translation>arrivées de membres</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="54" />
            <source>members being added</source>
            <translation>ajouts de membres</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="55" />
            <source>members leaving</source>
            <translation>départs de membres</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="56" />
            <source>members being removed</source>
            <translation>retraits de membres</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="57" />
            <source>admin rights changing</source>
            <translation>changements de droits d'admin</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="58" />
            <source>the group name changing</source>
            <translation>changements du nom du groupe</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="59" />
            <source>the group description changing</source>
            <translation>changements de la description du groupe</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="67" />
            <source>set by you</source>
            <translation>défini par vous</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="69" />
            <source>admin, from group notices</source>
            <translation>admin, d'après les notifications du groupe</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="70" />
            <source>not admin, from group notices</source>
            <translation>pas admin, d'après les notifications du groupe</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="115" />
            <source>Save for &amp;this group</source>
            <translation>Enregistrer pour &amp;ce groupe</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="116" />
            <source>&amp;Undo changes</source>
            <translation>&amp;Annuler les modifications</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="121" />
            <source>Guideline pac&amp;ks</source>
            <translation>Pac&amp;ks de consignes</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="126" />
            <source>&amp;Admins</source>
            <translation>A&amp;dmins</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="128" />
            <source>Tick the members who are admins. Admins' messages are not flagged by rules that spare them, and an admin's answer counts as a reply. Your choice always wins over the group notices in an export.</source>
            <translation>Cochez les membres qui sont admins. Les messages des admins ne sont pas repérés par les règles qui les épargnent, et la réponse d'un admin compte comme une réponse. Votre choix l'emporte toujours sur les notifications du groupe présentes dans un export.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="138" />
            <source>No groups yet. Import a chat export, then choose its guidelines and admins here.</source>
            <translation>Pas encore de groupes. Importez un export de discussion, puis choisissez ici ses consignes et ses admins.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="146" />
            <source>Gr&amp;oups</source>
            <translation>Gr&amp;oupes</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="245" />
            <source>Uses every pack</source>
            <translation>Utilise tous les packs</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="246" />
            <source>Uses: %1</source>
            <translation>Utilise : %1</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="269" />
            <source>Save changes?</source>
            <translation>Enregistrer les modifications ?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="270" />
            <source>Save your changes to the guidelines of “%1”?</source>
            <translation>Enregistrer vos modifications des consignes de « %1 » ?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="321" />
            <source>Choose at least one pack: every group is checked against some guidelines.</source>
            <translation>Choisissez au moins un pack : chaque groupe est vérifié à l'aide de consignes.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="324" />
            <source>No choice made yet: this group uses every pack, including packs you import later.</source>
            <translation>Aucun choix pour l'instant : ce groupe utilise tous les packs, y compris ceux que vous importerez plus tard.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="327" />
            <source>The group is checked against the ticked packs only.</source>
            <translation>Le groupe est vérifié uniquement à l'aide des packs cochés.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="339" />
            <source>Nobody has written in this group yet.</source>
            <translation>Personne n'a encore écrit dans ce groupe.</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="76" />
            <source>&amp;Rules</source>
            <translation>&amp;Règles</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="77" />
            <source>Per &amp;group</source>
            <translation>Par &amp;groupe</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="78" />
            <source>Re&amp;plies</source>
            <translation>Ré&amp;ponses</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="79" />
            <source>Re&amp;sources</source>
            <translation>&amp;Services d'aide</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="80" />
            <source>Group &amp;description</source>
            <translation>&amp;Description du groupe</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="88" />
            <source>Your groups' rules, in plain words. ModDesk uses them to point out messages that may need you; it never deletes or sends anything.</source>
            <translation>Les règles de vos groupes, en mots simples. ModDesk s'en sert pour vous signaler les messages qui pourraient demander votre attention ; il ne supprime et n'envoie jamais rien.</translation>
        </message>
        <message>
            <location filename="../guidelines_text.py" line="46" />
            <source>ModDesk (shipped)</source>
            <translation>ModDesk (fourni)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="48" />
            <source>Edit “%1” (version %2)</source>
            <translation>Modifier « %1 » (version %2)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="63" />
            <source>Saving checks the pack and stores it as version %1; every earlier version stays and can be restored. The groups that use this pack are then checked again.</source>
            <translation>L'enregistrement vérifie le pack et le garde comme version %1 ; toutes les versions précédentes restent et peuvent être restaurées. Les groupes qui utilisent ce pack sont ensuite vérifiés à nouveau.</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="69" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="70" />
            <source>Check and save (Ctrl+S)</source>
            <translation>Vérifier et enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="102" />
            <location filename="../pack_panel.py" line="317" />
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="103" />
            <source>%1. Nothing was saved; fix it and save again.</source>
            <translation>%1. Rien n'a été enregistré ; corrigez et enregistrez à nouveau.</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="126" />
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="127" />
            <source>Your changes to this pack are not saved. Discard them?</source>
            <translation>Vos modifications de ce pack ne sont pas enregistrées. Les abandonner ?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="98" />
            <source>Pac&amp;ks in this vault</source>
            <translation>Pac&amp;ks de ce coffre-fort</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>Change this pack's rules and words</source>
            <translation>Changer les règles et les mots de ce pack</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>Versio&amp;ns…</source>
            <translation>Versio&amp;ns…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>See earlier versions and restore one</source>
            <translation>Voir les versions précédentes et en restaurer une</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>Add a pack from a .toml file</source>
            <translation>Ajouter un pack à partir d'un fichier .toml</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>Save this pack to a .toml file to share or edit elsewhere</source>
            <translation>Enregistrer ce pack dans un fichier .toml pour le partager ou le modifier ailleurs</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="128" />
            <source>Each group is checked against the packs ticked for it on the “Per group” tab. Every change is kept as a new version.</source>
            <translation>Chaque groupe est vérifié à l'aide des packs cochés pour lui dans l'onglet « Par groupe ». Chaque modification est gardée comme nouvelle version.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="270" />
            <source>Import a guideline pack</source>
            <translation>Importer un pack de consignes</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="271" />
            <location filename="../pack_panel.py" line="331" />
            <source>Guideline packs (%1)</source>
            <translation>Packs de consignes (%1)</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="288" />
            <source>Replace with a new version?</source>
            <translation>Remplacer par une nouvelle version ?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="289" />
            <source>“%1” is already in the vault (version %2). Save this file as its version %3? Earlier versions stay and can be restored; the groups that use it are checked again.</source>
            <translation>« %1 » est déjà dans le coffre-fort (version %2). Enregistrer ce fichier comme sa version %3 ? Les versions précédentes restent et peuvent être restaurées ; les groupes qui l'utilisent sont vérifiés à nouveau.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="295" />
            <source>Save as new version</source>
            <translation>Enregistrer comme nouvelle version</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="304" />
            <source>“%1” is the same as the version in the vault; nothing changed.</source>
            <translation>« %1 » est identique à la version du coffre-fort ; rien n'a changé.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="307" />
            <source>“%1” imported.</source>
            <translation>« %1 » importé.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="318" />
            <source>This pack cannot be imported</source>
            <translation>Ce pack ne peut pas être importé</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="319" />
            <source>%1. Nothing was changed. Fix the file and import it again.</source>
            <translation>%1. Rien n'a été modifié. Corrigez le fichier et importez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="330" />
            <source>Export a guideline pack</source>
            <translation>Exporter un pack de consignes</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="342" />
            <source>The pack could not be written to %1 (%2). Choose another place.</source>
            <translation>Impossible d'écrire le pack dans %1 (%2). Choisissez un autre emplacement.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="345" />
            <source>Version %1 of the pack saved to %2.</source>
            <translation>Version %1 du pack enregistrée dans %2.</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="51" />
            <source>Versions of “%1”</source>
            <translation>Versions de « %1 »</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="63" />
            <source>&amp;Restore this version</source>
            <translation>&amp;Restaurer cette version</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="65" />
            <source>Save this text again as the newest version; nothing is deleted</source>
            <translation>Enregistrer de nouveau ce texte comme version la plus récente ; rien n'est supprimé</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="74" />
            <source>&amp;Versions, newest first</source>
            <translation>&amp;Versions, les plus récentes d'abord</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="91" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="93" />
            <source>%1 (in use)</source>
            <translation>%1 (utilisée)</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="144" />
            <source>no new inbox items</source>
            <translation>aucun nouvel élément dans la boîte de réception</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="146" />
            <source>Check stopped after %1 of %2 groups; %3 found before that are kept.</source>
            <translation>Vérification arrêtée après %1 groupes sur %2. Trouvé avant l'arrêt et conservé : %3.</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="149" />
            <source>No group uses this pack, so there was nothing to check.</source>
            <translation>Aucun groupe n'utilise ce pack, il n'y avait donc rien à vérifier.</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="167" />
            <source>&amp;Cancel check</source>
            <translation>Arrêter la &amp;vérification</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="168" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="169" />
            <source>Hide this message</source>
            <translation>Masquer cet avis</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="194" />
            <source>Checking %1 of %2 groups against the changed guidelines…</source>
            <translation>Vérification de %1 groupes sur %2 avec les consignes modifiées…</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="216" />
            <source>Stopping after the group being checked…</source>
            <translation>Arrêt après le groupe en cours de vérification…</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="77" />
            <source> in %1 languages</source>
            <translation> en %1 langues</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="78" />
            <source> (case and accents do not matter)</source>
            <translation> (majuscules et accents sans importance)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="89" />
            <source>Links: %1</source>
            <translation>Liens : %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="93" />
            <source>Floods: %1 or more messages by one member within %2 minutes</source>
            <translation>Rafales de messages : %1 messages ou plus d'un même membre en %2 minutes</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="106" />
            <source>Shared in the group: %1</source>
            <translation>Partagé dans le groupe : %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="107" />
            <source>Group notices: %1</source>
            <translation>Notifications du groupe : %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="128" />
            <source>Messages written by the group's admins are not flagged.</source>
            <translation>Les messages écrits par les admins du groupe ne sont pas repérés.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="129" />
            <source>Repeated hits by one member within %1 minutes make one inbox item.</source>
            <translation>Plusieurs occurrences d'un même membre en %1 minutes forment un seul élément dans la boîte de réception.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="135" />
            <source>What finds it</source>
            <translation>Comment c'est repéré</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="137" />
            <source>Suggested responses</source>
            <translation>Réactions suggérées</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="174" />
            <source>Choose a pack to read its rules.</source>
            <translation>Choisissez un pack pour lire ses règles.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="177" />
            <source>This version cannot be used:</source>
            <translation>Cette version ne peut pas être utilisée :</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="178" />
            <source>Edit the pack or restore an earlier version.</source>
            <translation>Modifiez le pack ou restaurez une version précédente.</translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n message</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n messages</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n group</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox item</source>
            <translation>
                <numerusform>%n nouvel élément dans la boîte de réception</numerusform>
                <numerusform>%n nouveaux éléments dans la boîte de réception</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox items</source>
            <translation>
                <numerusform>%n nouvel élément dans la boîte de réception</numerusform>
                <numerusform>%n nouveaux éléments dans la boîte de réception</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n group again: %1.</source>
            <translation>
                <numerusform>%n groupe vérifié à nouveau : %1.</numerusform>
                <numerusform>%n groupes vérifiés à nouveau : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n groups again: %1.</source>
            <translation>
                <numerusform>%n groupe vérifié à nouveau : %1.</numerusform>
                <numerusform>%n groupes vérifiés à nouveau : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n term</source>
            <translation>
                <numerusform>Mots et expressions : %n terme</numerusform>
                <numerusform>Mots et expressions : %n termes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n terms</source>
            <translation>
                <numerusform>Mots et expressions : %n terme</numerusform>
                <numerusform>Mots et expressions : %n termes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hour</source>
            <translation>
                <numerusform>Questions et mentions des admins sans réponse d'un admin en %n heure</numerusform>
                <numerusform>Questions et mentions des admins sans réponse d'un admin en %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hours</source>
            <translation>
                <numerusform>Questions et mentions des admins sans réponse d'un admin en %n heure</numerusform>
                <numerusform>Questions et mentions des admins sans réponse d'un admin en %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rule</source>
            <translation>
                <numerusform>%n règle</numerusform>
                <numerusform>%n règles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rules</source>
            <translation>
                <numerusform>%n règle</numerusform>
                <numerusform>%n règles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n pattern) for: %1</source>
            <translation>
                <numerusform>Motifs de texte (%n motif) pour : %1</numerusform>
                <numerusform>Motifs de texte (%n motifs) pour : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n patterns) for: %1</source>
            <translation>
                <numerusform>Motifs de texte (%n motif) pour : %1</numerusform>
                <numerusform>Motifs de texte (%n motifs) pour : %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../import_controller.py" line="258" />
            <source>No chat exports (.txt, .zip or .json) were found there.</source>
            <translation>Aucun export de discussion (.txt, .zip ou .json) n'a été trouvé à cet endroit.</translation>
        </message>
    </context>
    <context>
        <name>ImportStatus</name>
        <message>
            <location filename="../import_status.py" line="70" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="71" />
            <source>Summary…</source>
            <translation>Résumé…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="98" />
            <source>Import finished. %1</source>
            <translation>Import terminé. %1</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../import_summary_dialog.py" line="30" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="31" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="32" />
            <source>New messages</source>
            <translation>Nouveaux messages</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="33" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="36" />
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="37" />
            <source>Already imported</source>
            <translation>Déjà importé</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="38" />
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="39" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="40" />
            <source>Not imported</source>
            <translation>Non importé</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="45" />
            <source>This file could not be read as a chat export. Export the chat again from WhatsApp (More → Export chat) and import the new file.</source>
            <translation>Ce fichier n'a pas pu être lu comme un export de discussion. Exportez à nouveau la discussion depuis WhatsApp (Plus → Exporter la discussion) et importez le nouveau fichier.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="48" />
            <source>The file is larger than %1, the most ModDesk imports. Export the chat again choosing “Without media”.</source>
            <translation>Le fichier dépasse %1, la taille maximale que ModDesk importe. Exportez à nouveau la discussion en choisissant « Sans médias ».</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="51" />
            <source>The archive is incomplete or damaged; it may still be downloading or syncing. Let it finish, or export the chat again.</source>
            <translation>L'archive est incomplète ou endommagée ; elle est peut-être encore en cours de téléchargement ou de synchronisation. Attendez la fin, ou exportez à nouveau la discussion.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="54" />
            <source>ModDesk could not open the file. Check that you may read it and that no other program is still writing it, then try again.</source>
            <translation>ModDesk n'a pas pu ouvrir le fichier. Vérifiez que vous avez le droit de le lire et qu'aucun autre programme n'est encore en train de l'écrire, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="57" />
            <source>The file is no longer there; it may have been moved or deleted.</source>
            <translation>Le fichier n'est plus là ; il a peut-être été déplacé ou supprimé.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="59" />
            <source>This is a link to another file. ModDesk never follows links; choose the file itself.</source>
            <translation>Ceci est un lien vers un autre fichier. ModDesk ne suit jamais les liens ; choisissez le fichier lui-même.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="62" />
            <source>This is not an ordinary file (a device, pipe or socket).</source>
            <translation>Ceci n'est pas un fichier ordinaire (un périphérique, un tube ou un socket).</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="64" />
            <source>This is a folder. Use “Import folder…” to import the files in it.</source>
            <translation>Ceci est un dossier. Utilisez « Importer un dossier… » pour importer les fichiers qu'il contient.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="66" />
            <source>Not a chat export: ModDesk imports .txt, .zip and .json files.</source>
            <translation>Pas un export de discussion : ModDesk importe les fichiers .txt, .zip et .json.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="68" />
            <source>This is an unfinished download or a sync program's temporary file. Wait until it is complete.</source>
            <translation>Ceci est un téléchargement inachevé ou un fichier temporaire d'un programme de synchronisation. Attendez qu'il soit complet.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="71" />
            <source>The file changed while it was being read. Import it again once it has finished saving.</source>
            <translation>Le fichier a changé pendant sa lecture. Importez-le à nouveau une fois son enregistrement terminé.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="74" />
            <source>Nothing from this file was saved.</source>
            <translation>Rien de ce fichier n'a été enregistré.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="75" />
            <source>The vault could not save this file. Nothing from it was kept.</source>
            <translation>Le coffre-fort n'a pas pu enregistrer ce fichier. Rien n'en a été gardé.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="77" />
            <source>An internal error stopped this import; nothing from the file was saved. Please report it.</source>
            <translation>Une erreur interne a arrêté cet import ; rien de ce fichier n'a été enregistré. Merci de la signaler.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="120" />
            <source>The same content was imported before; nothing was added.</source>
            <translation>Le même contenu a déjà été importé ; rien n'a été ajouté.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="122" />
            <source>Date order uncertain: ModDesk guessed whether dates are day/month or month/day. Check a few dates in Chats.</source>
            <translation>Ordre des dates incertain : ModDesk a supposé si les dates sont au format jour/mois ou mois/jour. Vérifiez quelques dates dans Discussions.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="125" />
            <source>%1 lines could not be read as messages.</source>
            <translation>%1 lignes n'ont pas pu être lues comme des messages.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="128" />
            <source>The original file was moved into the vault.</source>
            <translation>Le fichier d'origine a été déplacé dans le coffre-fort.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="138" />
            <source>Chat: %1</source>
            <translation>Discussion : %1</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="140" />
            <source>%1 chats: %2</source>
            <translation>%1 discussions : %2</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="148" />
            <source>%1 imported (%2 new messages)</source>
            <translation>%1 importé(s) (%2 nouveaux messages)</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="151" />
            <source>%1 already imported</source>
            <translation>%1 déjà importé(s)</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="154" />
            <source>%1 failed</source>
            <translation>%1 en échec</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="156" />
            <source>%1 cancelled</source>
            <translation>%1 annulé(s)</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="157" />
            <source>%1 files: %2.</source>
            <translation>%1 fichiers : %2.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryDialog</name>
        <message>
            <location filename="../import_summary_dialog.py" line="175" />
            <source>Import summary</source>
            <translation>Résumé de l'import</translation>
        </message>
    </context>
    <context>
        <name>ImportUi</name>
        <message>
            <location filename="../import_status.py" line="37" />
            <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
            <translation>Exports de discussion (*.txt *.zip *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="43" />
            <source>Importing %1 of %2</source>
            <translation>Import de %1 sur %2</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="47" />
            <source>%1: %2 of %3 messages…</source>
            <translation>%1 : %2 messages sur %3…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="127" />
            <source>&amp;Import files…</source>
            <translation>&amp;Importer des fichiers…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="129" />
            <source>Import f&amp;older…</source>
            <translation>Importer un d&amp;ossier…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="131" />
            <source>&amp;Watched folders…</source>
            <translation>&amp;Dossiers surveillés…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="158" />
            <source>Watched folders notice</source>
            <translation>Avertissement sur les dossiers surveillés</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="202" />
            <source>Import chat exports</source>
            <translation>Importer des exports de discussion</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="209" />
            <source>Import the chat exports in a folder</source>
            <translation>Importer les exports de discussion d'un dossier</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <location filename="../inbox_actions.py" line="42" />
            <source>Next item</source>
            <translation>Élément suivant</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="43" />
            <source>Previous item</source>
            <translation>Élément précédent</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="44" />
            <location filename="../inbox_item_view.py" line="230" />
            <source>Open in chat</source>
            <translation>Ouvrir dans la discussion</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="45" />
            <source>Resolve: dealt with</source>
            <translation>Résoudre : c'est réglé</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="46" />
            <source>Dismiss: nothing to do (asks why)</source>
            <translation>Écarter : rien à faire (demande pourquoi)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="48" />
            <source>Escalate: open an incident (Enter creates it)</source>
            <translation>Escalader : ouvrir un incident (Enter le crée)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="50" />
            <source>Snooze until a later day</source>
            <translation>Reporter à un autre jour</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="52" />
            <source>Reply with template…</source>
            <translation>Répondre avec un modèle…</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="53" />
            <source>Severity: urgent</source>
            <translation>Priorité : urgente</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="54" />
            <source>Severity: high</source>
            <translation>Priorité : haute</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="55" />
            <source>Severity: normal</source>
            <translation>Priorité : normale</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="56" />
            <source>Severity: low</source>
            <translation>Priorité : basse</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="57" />
            <source>Undo the last action, one item at a time</source>
            <translation>Annuler la dernière action, un élément à la fois</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="59" />
            <source>Show or hide this item's media</source>
            <translation>Afficher ou masquer les médias de cet élément</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="60" />
            <source>Show these shortcuts</source>
            <translation>Afficher ces raccourcis</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="62" />
            <source>Shift+click, Ctrl+click, Ctrl+A</source>
            <translation>Shift+clic, Ctrl+clic, Ctrl+A</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="63" />
            <source>Select several items (resolve or dismiss them together)</source>
            <translation>Sélectionner plusieurs éléments (pour les résoudre ou les écarter ensemble)</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="29" />
            <source>False alarm: harmless in this conversation</source>
            <translation>Fausse alerte : sans danger dans cette conversation</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="30" />
            <source>Already handled in the group</source>
            <translation>Déjà réglé dans le groupe</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="31" />
            <source>Allowed in this group</source>
            <translation>Autorisé dans ce groupe</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="32" />
            <source>Spam: removed in WhatsApp</source>
            <translation>Spam : supprimé dans WhatsApp</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="33" />
            <source>Shared on purpose (for example a helpline number)</source>
            <translation>Partagé volontairement (par exemple le numéro d'une ligne d'écoute)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="47" />
            <source>phone number</source>
            <translation>numéro de téléphone</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="48" />
            <source>e-mail address</source>
            <translation>adresse e-mail</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="49" />
            <source>street address</source>
            <translation>adresse postale</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="50" />
            <source>words</source>
            <translation>mots</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="51" />
            <source>warning words</source>
            <translation>mots d'alerte</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="52" />
            <source>text pattern</source>
            <translation>motif de texte</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="53" />
            <source>links</source>
            <translation>liens</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="54" />
            <source>many messages at once</source>
            <translation>beaucoup de messages d'un coup</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="55" />
            <source>unanswered question</source>
            <translation>question sans réponse</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="56" />
            <source>kind of message</source>
            <translation>type de message</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="57" />
            <source>group notice</source>
            <translation>notification du groupe</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="58" />
            <source>payment details</source>
            <translation>coordonnées de paiement</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="59" />
            <source>signs of danger</source>
            <translation>signes de danger</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="60" />
            <source>grooming pattern</source>
            <translation>signes de grooming</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="61" />
            <source>deleted message</source>
            <translation>message supprimé</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="42" />
            <location filename="../inbox_page.py" line="81" />
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="43" />
            <location filename="../inbox_page.py" line="82" />
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="44" />
            <location filename="../inbox_page.py" line="83" />
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="45" />
            <location filename="../inbox_page.py" line="84" />
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="46" />
            <location filename="../inbox_page.py" line="73" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="47" />
            <location filename="../inbox_page.py" line="74" />
            <source>In review</source>
            <translation>En cours d'examen</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="48" />
            <location filename="../inbox_page.py" line="77" />
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="49" />
            <location filename="../inbox_page.py" line="78" />
            <source>Dismissed</source>
            <translation>Écarté</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="50" />
            <location filename="../inbox_page.py" line="75" />
            <source>Escalated</source>
            <translation>Escaladé</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="51" />
            <source>Urgent help</source>
            <translation>Aide urgente</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="52" />
            <source>Needs attention</source>
            <translation>À surveiller</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="53" />
            <source>Needs reply</source>
            <translation>Réponse attendue</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Severity</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Author</source>
            <translation>Écrit par</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Waiting</source>
            <translation>Attente</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Hits</source>
            <translation>Occurrences</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="57" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="72" />
            <source>Open items</source>
            <translation>Éléments ouverts</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="76" />
            <source>Snoozed</source>
            <translation>Reportés</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="79" />
            <source>All states</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="80" />
            <source>Any severity</source>
            <translation>Toutes les priorités</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="86" />
            <source>Any time</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="87" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="88" />
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="89" />
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="90" />
            <source>Custom range…</source>
            <translation>Période personnalisée…</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>urgent help</source>
            <translation>aide urgente</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>attention</source>
            <translation>à surveiller</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>reply</source>
            <translation>réponse attendue</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="74" />
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="77" />
            <source>Most urgent first</source>
            <translation>Les plus urgents d'abord</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="122" />
            <source>All groups</source>
            <translation>Tous les groupes</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="182" />
            <source>Nothing open</source>
            <translation>Rien en attente</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="54" />
            <source>Or write your own reason</source>
            <translation>Ou écrivez votre propre raison</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="56" />
            <source>Dismiss</source>
            <translation>Écarter</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="61" />
            <source>Why does this need nothing more?</source>
            <translation>Pourquoi n'y a-t-il plus rien à faire ?</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="91" />
            <source>Tomorrow, %1</source>
            <translation>Demain, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="92" />
            <source>Next week, %1</source>
            <translation>La semaine prochaine, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="97" />
            <source>Snooze to this day</source>
            <translation>Reporter à ce jour</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="99" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="118" />
            <source>Hide until the morning of:</source>
            <translation>Masquer jusqu'au matin du :</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="150" />
            <source>Items from a date range</source>
            <translation>Éléments d'une période</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="159" />
            <source>Show these days</source>
            <translation>Afficher ces jours</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="170" />
            <source>Show items whose messages were written on these days:</source>
            <translation>Afficher les éléments dont les messages ont été écrits ces jours-là :</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="189" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="80" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="140" />
            <source>edited</source>
            <translation>modifié</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="142" />
            <source>missing from a later export</source>
            <translation>absent d'un export plus récent</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="152" />
            <source>This message was deleted</source>
            <translation>Ce message a été supprimé</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="158" />
            <source>Media not included in the export</source>
            <translation>Médias non inclus dans l'export</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="168" />
            <source>%1 shown only as a file: ModDesk does not open this type.</source>
            <translation>%1 : affiché seulement comme fichier ; ModDesk n'ouvre pas ce type.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="175" />
            <source>%1 hidden</source>
            <translation>%1 : masqué</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="176" />
            <source>Press Space to show the media of this item.</source>
            <translation>Appuyez sur Space (barre d'espace) pour afficher les médias de cet élément.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="231" />
            <source>Open the chat at this message (Enter)</source>
            <translation>Ouvrir la discussion à ce message (Enter)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="247" />
            <source>Choose an item in the list to see the message and what led to it.</source>
            <translation>Choisissez un élément dans la liste pour voir le message et ce qui l'a déclenché.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="258" />
            <source>Previous flagged message of this item</source>
            <translation>Message repéré précédent de cet élément</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="259" />
            <source>Next flagged message of this item</source>
            <translation>Message repéré suivant de cet élément</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="409" />
            <source>Rule %1 of the %2 guidelines</source>
            <translation>Règle %1 des consignes « %2 »</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="421" />
            <source>Escalated to incident %1</source>
            <translation>Escaladé vers l’incident %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="423" />
            <source>Open incident %1 on the Incidents page</source>
            <translation>Ouvrir l’incident %1 sur la page Incidents</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="429" />
            <source>unknown author</source>
            <translation>personne inconnue</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="431" />
            <source>found by %1</source>
            <translation>repéré par %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="434" />
            <source>last handled by %1</source>
            <translation>traité en dernier par %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="436" />
            <source>reason: %1</source>
            <translation>raison : %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="441" />
            <source>Flagged message %1 of %2</source>
            <translation>Message repéré %1 sur %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="95" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="97" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="98" />
            <source>%n d</source>
            <translation>
                <numerusform>%n j</numerusform>
                <numerusform>%n j</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="104" />
            <source>Snoozed to %1</source>
            <translation>Reporté au %1</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="215" />
            <source>First message: %1</source>
            <translation>Premier message : %1</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="219" />
            <source>Last handled by %1</source>
            <translation>Traité en dernier par %1</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="173" />
            <source>Open items in this bucket, for the groups shown</source>
            <translation>Éléments ouverts dans cette catégorie, pour les groupes affichés</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="177" />
            <source>Shortcuts  ?</source>
            <translation>Raccourcis  ?</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Resolve  R</source>
            <translation>Résoudre  R</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Dismiss…  D</source>
            <translation>Écarter…  D</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Incident…  E</source>
            <translation>Incident…  E</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Snooze…  S</source>
            <translation>Reporter…  S</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Undo  Z</source>
            <translation>Annuler  Z</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="371" />
            <source>Nothing waits here. The groups are calm for now.</source>
            <translation>Rien en attente ici. Les groupes sont calmes pour le moment.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="373" />
            <source>No items match these filters.</source>
            <translation>Aucun élément ne correspond à ces filtres.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="400" />
            <source>All rules</source>
            <translation>Toutes les règles</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="443" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n sélectionné</numerusform>
                <numerusform>%n sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="525" />
            <source>Nothing to undo.</source>
            <translation>Rien à annuler.</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="536" />
            <source>Undone. %n more to undo.</source>
            <translation>
                <numerusform>Annulé. Encore %n action à annuler.</numerusform>
                <numerusform>Annulé. Encore %n actions à annuler.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="540" />
            <source>That item changed since; nothing was undone.</source>
            <translation>Cet élément a changé entre-temps ; rien n'a été annulé.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="547" />
            <source>This item has no media to show.</source>
            <translation>Cet élément n'a pas de médias à afficher.</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="37" />
            <source>Press Esc or ? to close.</source>
            <translation>Appuyez sur Esc ou ? pour fermer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n item</source>
            <translation>
                <numerusform>Écarter %n élément</numerusform>
                <numerusform>Écarter %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n items</source>
            <translation>
                <numerusform>Écarter %n élément</numerusform>
                <numerusform>Écarter %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n item</source>
            <translation>
                <numerusform>Reporter %n élément</numerusform>
                <numerusform>Reporter %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n items</source>
            <translation>
                <numerusform>Reporter %n élément</numerusform>
                <numerusform>Reporter %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged message</source>
            <translation>
                <numerusform>%n message repéré</numerusform>
                <numerusform>%n messages repérés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged messages</source>
            <translation>
                <numerusform>%n message repéré</numerusform>
                <numerusform>%n messages repérés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n item changed. Press Z to undo.</source>
            <translation>
                <numerusform>%n élément modifié. Appuyez sur Z pour annuler.</numerusform>
                <numerusform>%n éléments modifiés. Appuyez sur Z pour annuler, un élément à la fois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n items changed. Press Z to undo, one item at a time.</source>
            <translation>
                <numerusform>%n élément modifié. Appuyez sur Z pour annuler.</numerusform>
                <numerusform>%n éléments modifiés. Appuyez sur Z pour annuler, un élément à la fois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n item could not change: another change came first.</source>
            <translation>
                <numerusform>%n élément n'a pas pu être modifié : une autre modification est passée avant.</numerusform>
                <numerusform>%n éléments n'ont pas pu être modifiés : d'autres modifications sont passées avant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n items could not change: other changes came first.</source>
            <translation>
                <numerusform>%n élément n'a pas pu être modifié : une autre modification est passée avant.</numerusform>
                <numerusform>%n éléments n'ont pas pu être modifiés : d'autres modifications sont passées avant.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../desktop/reports/wording.py" line="27" />
            <source>Reporting member</source>
            <translation>Membre qui signale</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="28" />
            <source>Subject of the report</source>
            <translation>Personne signalée</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="29" />
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="30" />
            <source>Affected person</source>
            <translation>Personne concernée</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="33" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="34" />
            <source>Monitoring</source>
            <translation>En observation</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="35" />
            <source>Escalated</source>
            <translation>Escaladé</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="36" />
            <source>Referred</source>
            <translation>Orienté</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="37" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="40" />
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="41" />
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="42" />
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="43" />
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="46" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <location filename="../../desktop/reports/wording.py" line="47" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="73" />
            <location filename="../../desktop/reports/wording.py" line="48" />
            <source>Severity</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="77" />
            <location filename="../../desktop/reports/wording.py" line="49" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="50" />
            <source>Follow-up date</source>
            <translation>Date de suivi</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="53" />
            <source>Internal copy</source>
            <translation>Exemplaire interne</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="54" />
            <source>Copy for authorities and support services</source>
            <translation>Exemplaire pour les autorités et les services d'aide</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="55" />
            <source>Copy for the reporting member</source>
            <translation>Exemplaire pour le membre qui a signalé</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="58" />
            <source>Complete record for the moderation team: every name, note and contact detail is shown. Do not pass this copy on.</source>
            <translation>Dossier complet pour l'équipe de modération : tous les noms, notes et coordonnées sont visibles. Ne transmettez pas cet exemplaire.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="62" />
            <source>The people involved are named. Members who are not involved are shown as “%1”, “%2”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “%3” and “%4”. The moderators keep the complete record.</source>
            <translation>Les personnes impliquées sont nommées. Les membres non impliqués apparaissent comme « %1 », « %2 », avec la même lettre pour la même personne partout, y compris là où leur nom apparaît dans les messages. Les numéros de téléphone et les adresses e-mail sont remplacés par « %3 » et « %4 ». L'équipe de modération garde le dossier complet.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="68" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “%2”, “%3”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation>Cet exemplaire ne montre que ce qui concerne %1 : les preuves où cette personne écrit ou est nommée, la date d'ouverture de l'incident, les changements de statut et les orientations. Les autres membres apparaissent comme « %2 », « %3 » ; les numéros de téléphone et les adresses e-mail sont retirés. Les notes internes de l'équipe de modération, la priorité et les étiquettes ne sont pas incluses.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="77" />
            <source>Member %1</source>
            <translation>Membre %1</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="78" />
            <source>[phone number removed]</source>
            <translation>[numéro de téléphone retiré]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="79" />
            <source>[e-mail removed]</source>
            <translation>[adresse e-mail retirée]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="80" />
            <source>[name removed]</source>
            <translation>[nom retiré]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="83" />
            <source>new</source>
            <translation>nouveau</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="84" />
            <source>in review</source>
            <translation>en cours d'examen</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="85" />
            <source>resolved</source>
            <translation>résolu</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="86" />
            <source>dismissed</source>
            <translation>écarté</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="87" />
            <source>escalated</source>
            <translation>escaladé</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="90" />
            <source>System message</source>
            <translation>Message système</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="91" />
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="92" />
            <source>This message was deleted</source>
            <translation>Ce message a été supprimé</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="93" />
            <source>Poll</source>
            <translation>Sondage</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="94" />
            <source>Location</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="95" />
            <source>Contact card</source>
            <translation>Fiche de contact</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="95" />
            <source>The printer or file could not be opened.</source>
            <translation>Impossible d'ouvrir l'imprimante ou le fichier.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="110" />
            <source>%1 incident summary</source>
            <translation>Rapport d'incident %1</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="119" />
            <source>Could not write %1. Check that the folder exists and that you may write there.</source>
            <translation>Impossible d'écrire %1. Vérifiez que le dossier existe et que vous avez le droit d'y écrire.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="127" />
            <source>%1 · Incident summary</source>
            <translation>%1 · Rapport d'incident</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="128" />
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="129" />
            <source>%1 · generated %2 by %3</source>
            <translation>%1 · créé le %2 par %3</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="131" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="46" />
            <source>INCIDENT SUMMARY</source>
            <translation>RAPPORT D'INCIDENT</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="53" />
            <source>Some text cannot be shown: no font for %1 is installed on the computer that made this copy. That text may appear as empty boxes; the moderators' record holds it unchanged.</source>
            <translation>Une partie du texte ne peut pas être affichée : aucune police pour %1 n'est installée sur l'ordinateur qui a créé cet exemplaire. Ce texte peut apparaître sous forme de cases vides ; le dossier de l'équipe de modération le contient sans modification.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="64" />
            <source>Integrity warning: the incident log failed its check when this copy was made.</source>
            <translation>Avertissement d'intégrité : le journal de l'incident n'a pas passé la vérification lors de la création de cet exemplaire.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="66" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered. Details are in the integrity appendix.</source>
            <translation>Le journal est imprimé tel qu'il est maintenant ; rien n'a été réparé. Considérez qu'il a peut-être été modifié. Les détails figurent dans l'annexe d'intégrité.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="72" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <source>Opened</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <location filename="../../desktop/reports/sections.py" line="126" />
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="76" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="87" />
            <source>People involved</source>
            <translation>Personnes impliquées</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="89" />
            <source>Nobody is listed yet.</source>
            <translation>Personne n'est encore inscrit.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Name as shown in the chat</source>
            <translation>Nom tel qu'affiché dans la discussion</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="96" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="98" />
            <source>No entries.</source>
            <translation>Aucune entrée.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="107" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="109" />
            <source>No messages are linked as evidence in this copy.</source>
            <translation>Aucun message n'est lié comme preuve dans cet exemplaire.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="110" />
            <source>Highlighted: the linked message. In grey: the messages around it in the chat, for context. Times are as in the chat export.</source>
            <translation>En surbrillance : le message lié. En gris : les messages qui l'entourent dans la discussion, pour le contexte. Les heures sont celles de l'export de la discussion.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="118" />
            <source>Evidence %1 of %2</source>
            <translation>Preuve %1 sur %2</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <source>%1: message from %2, %3</source>
            <translation>%1 : message de %2, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <location filename="../../desktop/reports/sections.py" line="146" />
            <source>system</source>
            <translation>système</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="122" />
            <location filename="../../desktop/reports/sections.py" line="208" />
            <source>Chat</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="122" />
            <location filename="../../desktop/reports/sections.py" line="208" />
            <source>Export file</source>
            <translation>Fichier d'export</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="123" />
            <source>Line in export</source>
            <translation>Ligne dans l'export</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="124" />
            <source>Export SHA-256</source>
            <translation>SHA-256 de l'export</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="125" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Snapshot SHA-256</source>
            <translation>SHA-256 de l'instantané</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="126" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Linked</source>
            <translation>Lié</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="166" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="168" />
            <source>No notes in this copy.</source>
            <translation>Aucune note dans cet exemplaire.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Written</source>
            <translation>Rédaction</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Note (current version)</source>
            <translation>Note (version actuelle)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="176" />
            <source>Edited: %1 versions, first written %2. Earlier versions are kept.</source>
            <translation>Modifiée : %1 versions, écrite pour la première fois le %2. Les versions précédentes sont conservées.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="184" />
            <source>Actions and referrals</source>
            <translation>Actions et orientations</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="187" />
            <source>No actions or referrals are recorded in this copy.</source>
            <translation>Aucune action ni orientation n'est enregistrée dans cet exemplaire.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="202" />
            <source>Integrity appendix</source>
            <translation>Annexe d'intégrité</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="203" />
            <source>Incident log check</source>
            <translation>Vérification du journal de l'incident</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="204" />
            <source>Content digest of this copy (SHA-256)</source>
            <translation>Empreinte du contenu de cet exemplaire (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="207" />
            <source>Source exports</source>
            <translation>Exports d'origine</translation>
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
            <translation>Aucun élément dans cet exemplaire.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="212" />
            <source>Evidence snapshots</source>
            <translation>Instantanés des preuves</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="217" />
            <source>This copy</source>
            <translation>Cet exemplaire</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="218" />
            <source>%1. Generated %2 by %3 with ModDesk %4.</source>
            <translation>%1. Créé le %2 par %3 avec ModDesk %4.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="231" />
            <source>Checked when this copy was made: all %1 entries of the incident log are intact, in order and complete.</source>
            <translation>Vérifié lors de la création de cet exemplaire : les %1 entrées du journal de l'incident sont intactes, dans l'ordre et complètes.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="233" />
            <source>The incident log failed its check when this copy was made (%1 entries). ModDesk found:</source>
            <translation>Le journal de l'incident n'a pas passé la vérification lors de la création de cet exemplaire (%1 entrées). ModDesk a trouvé :</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="236" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered and ask the moderation team.</source>
            <translation>Le journal est imprimé tel qu'il est maintenant ; rien n'a été réparé. Considérez qu'il a peut-être été modifié et adressez-vous à l'équipe de modération.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="243" />
            <source>The digest covers everything this copy shows about the incident, but not when or by whom it was generated. To check a copy, the moderation team runs “moddesk report %1 --profile %2 --digest” on their ModDesk vault: it prints the digest of the record as it is now, which must equal the one above. “--canonical FILE” writes the exact bytes the digest is computed from; any SHA-256 tool (for example “sha256sum FILE”) turns them into this digest.</source>
            <translation>L'empreinte couvre tout ce que cet exemplaire montre de l'incident, mais pas quand ni par qui il a été créé. Pour vérifier un exemplaire, l'équipe de modération lance « moddesk report %1 --profile %2 --digest » sur son coffre-fort ModDesk : la commande affiche l'empreinte du dossier tel qu'il est maintenant, qui doit être identique à celle ci-dessus. « --canonical FICHIER » écrit exactement les octets à partir desquels l'empreinte est calculée ; n'importe quel outil SHA-256 (par exemple « sha256sum FICHIER ») en tire cette empreinte.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened: “%1”.</source>
            <translation>Incident ouvert : « %1 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened.</source>
            <translation>Incident ouvert.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="176" />
            <source>%1 set to “%2”.</source>
            <translation>%1 : valeur « %2 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="178" />
            <source>%1 cleared (was “%2”).</source>
            <translation>%1 : valeur effacée (avant : « %2 »).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation>%1 : « %2 » remplacé par « %3 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="183" />
            <source>Status changed from %1 to %2.</source>
            <translation>Statut passé de « %1 » à « %2 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="189" />
            <source>%1 is no longer listed as %2.</source>
            <translation>%1 : retrait du rôle « %2 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="190" />
            <source>%1 added as %2.</source>
            <translation>%1 : ajout avec le rôle « %2 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="195" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation>Preuve ajoutée : un message de « %1 », ligne %2 de l'export.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="197" />
            <source>Evidence added.</source>
            <translation>Preuve ajoutée.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="201" />
            <source>Note %1 written.</source>
            <translation>Note %1 écrite.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="205" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation>Note %1 modifiée : version %2 écrite, versions précédentes conservées.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="209" />
            <source>Reply “%1” copied, in %2.</source>
            <translation>Réponse « %1 » copiée, en %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="215" />
            <source>Referred to %1, %2.</source>
            <translation>Orienté vers %1, %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="216" />
            <source>Referred to %1.</source>
            <translation>Orienté vers %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="222" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation>Élément %1 de la boîte de réception escaladé vers l'incident %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="224" />
            <source>Reason: %1.</source>
            <translation>Motif : %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="229" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation>Élément %1 de la boîte de réception passé de « %2 » à « %3 ».</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="232" />
            <source>Inbox item %1: severity changed.</source>
            <translation>Élément %1 de la boîte de réception : priorité modifiée.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="234" />
            <source>Inbox item %1 snoozed.</source>
            <translation>Élément %1 de la boîte de réception reporté.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="236" />
            <source>Inbox item %1: an action was undone.</source>
            <translation>Élément %1 de la boîte de réception : une action a été annulée.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="237" />
            <source>Inbox item %1: %2.</source>
            <translation>Élément %1 de la boîte de réception : %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="169" />
            <source>Note %1 edited (version %2).</source>
            <translation type="vanished">Note %1 modifiée (version %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="173" />
            <source>Reply template “%1” used (language: %2).</source>
            <translation type="vanished">Modèle de réponse « %1 » utilisé (langue : %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>Referred to %1 (%2).</source>
            <translation type="vanished">Orienté vers %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="185" />
            <source>%1 Reason: %2.</source>
            <translation type="vanished">%1 Raison : %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="57" />
            <source>The people involved are named. Members who are not involved are shown as “Member A”, “Member B”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “[phone number removed]” and “[e-mail removed]”. The moderators keep the complete record.</source>
            <translation type="vanished">Les personnes impliquées sont nommées. Les membres non impliqués apparaissent comme « Member A », « Member B », avec la même lettre pour la même personne partout, y compris là où leur nom apparaît dans les messages. Les numéros de téléphone et les adresses e-mail sont remplacés par « [phone number removed] » et « [e-mail removed] ». L'équipe de modération garde le dossier complet.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="64" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “Member A”, “Member B”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation type="vanished">Cet exemplaire ne montre que ce qui concerne %1 : les preuves où cette personne écrit ou est nommée, la date d'ouverture de l'incident, les changements de statut et les orientations. Les autres membres apparaissent comme « Member A », « Member B » ; les numéros de téléphone et les adresses e-mail sont retirés. Les notes internes de l'équipe de modération, la priorité et les étiquettes ne sont pas incluses.</translation>
        </message>
    </context>
    <context>
        <name>Incidents</name>
        <message>
            <location filename="../evidence_view.py" line="22" />
            <source>This message was deleted</source>
            <translation>Ce message a été supprimé</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="23" />
            <source>Poll</source>
            <translation>Sondage</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="24" />
            <source>Location</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="25" />
            <source>Contact card</source>
            <translation>Fiche de contact</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="108" />
            <source>Follow-up</source>
            <comment>incident list column heading: keep it short</comment>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="22" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="23" />
            <source>Monitoring</source>
            <translation>En observation</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="24" />
            <source>Escalated</source>
            <translation>Escaladé</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="25" />
            <source>Referred</source>
            <translation>Orienté</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="26" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="29" />
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="30" />
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="31" />
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="32" />
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="35" />
            <source>Reporter</source>
            <translation>Personne qui signale</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="36" />
            <source>Subject</source>
            <translation>Personne signalée</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="37" />
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="38" />
            <source>Affected person</source>
            <translation>Personne concernée</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="41" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="42" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="43" />
            <source>Severity</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="44" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="45" />
            <source>Follow-up date</source>
            <translation>Date de suivi</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="24" />
            <source>by phone</source>
            <translation>par téléphone</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="25" />
            <source>by e-mail</source>
            <translation>par e-mail</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="26" />
            <source>through their online form</source>
            <translation>via leur formulaire en ligne</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="27" />
            <source>in person</source>
            <translation>en personne</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="28" />
            <source>the member was given their details</source>
            <translation>le membre a reçu leurs coordonnées</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="44" />
            <source>People involved</source>
            <translation>Personnes impliquées</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="58" />
            <source>Nobody is listed yet.</source>
            <translation>Personne n'est encore inscrit.</translation>
        </message>
        <message>
            <location filename="../incident_timeline.py" line="32" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="35" />
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="84" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="40" />
            <source>No evidence yet. Link messages from the chat view or search: right-click a message, Add to incident…</source>
            <translation>Pas encore de preuves. Liez des messages depuis la vue de discussion ou la recherche : clic droit sur un message, puis « Ajouter à un incident… ».</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="52" />
            <source>Evidence %1 · added %2 by %3</source>
            <translation>Preuve %1 · ajoutée le %2 par %3</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="60" />
            <source>System message</source>
            <translation>Message système</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="64" />
            <source>Evidence message</source>
            <translation>Message de preuve</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="76" />
            <source>a file</source>
            <translation>un fichier</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="77" />
            <source>Media: %1 (not stored with the evidence, never shown by itself)</source>
            <translation>Médias : %1 (non enregistrés avec la preuve, jamais affichés d'eux-mêmes)</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="89" />
            <source>From “%1”, export file “%2”, line %3.</source>
            <translation>De « %1 », fichier d'export « %2 », ligne %3.</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="91" />
            <source>Export SHA-256: %1</source>
            <translation>SHA-256 de l'export : %1</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="92" />
            <source>Snapshot SHA-256: %1</source>
            <translation>SHA-256 de l'instantané : %1</translation>
        </message>
        <message>
            <location filename="../followup_strip.py" line="47" />
            <source>Show them</source>
            <translation>Les afficher</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="73" />
            <source>Comma-separated, e.g. repeat, weekend</source>
            <translation>Séparées par des virgules, par ex. récidive, week-end</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="74" />
            <source>Follow up on</source>
            <translation>Suivi le</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="91" />
            <location filename="../new_incident_dialog.py" line="121" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="92" />
            <location filename="../new_incident_dialog.py" line="122" />
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="93" />
            <source>Severity, status:</source>
            <translation>Priorité, statut :</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="94" />
            <source>T&amp;ags:</source>
            <translation>&amp;Étiquettes :</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="95" />
            <source>Follow-up:</source>
            <translation>Suivi :</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="143" />
            <location filename="../new_incident_dialog.py" line="101" />
            <source>No category</source>
            <translation>Sans catégorie</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="151" />
            <source>Due: %1</source>
            <translation>Échéance : %1</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="155" />
            <source>This incident's log was changed outside ModDesk. Open it to see what.</source>
            <translation>Le journal de cet incident a été modifié en dehors de ModDesk. Ouvrez-le pour voir ce qui a changé.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="158" />
            <source>The follow-up date has come: check on this incident today.</source>
            <translation>La date de suivi est arrivée : faites le point sur cet incident aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>%1
Category: %2</source>
            <translation>%1
Catégorie : %2</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="82" />
            <source>New incident from message…</source>
            <translation>Nouvel incident à partir du message…</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="89" />
            <source>Add to incident…</source>
            <translation>Ajouter à un incident…</translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="97" />
            <location filename="../incident_message_actions.py" line="98" />
            <source>%n messages are selected; one incident takes at most %1 at a time. Select fewer (each is kept with ten messages of context).</source>
            <translation>
                <numerusform>%n message est sélectionné ; un incident en accepte au plus %1 à la fois. Sélectionnez-en moins (chacun est conservé avec dix messages de contexte).</numerusform>
                <numerusform>%n messages sont sélectionnés ; un incident en accepte au plus %1 à la fois. Sélectionnez-en moins (chacun est conservé avec dix messages de contexte).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="113" />
            <location filename="../incident_message_actions.py" line="192" />
            <source>Select a message first.</source>
            <translation>Sélectionnez d'abord un message.</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="132" />
            <source>Add to incident</source>
            <translation>Ajouter à un incident</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="136" />
            <source>Type a number or words of the title</source>
            <translation>Tapez un numéro ou des mots du titre</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="143" />
            <source>Add as evidence</source>
            <translation>Ajouter comme preuve</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="161" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="198" />
            <source>There is no incident yet. Use “New incident from message…”.</source>
            <translation>Il n'y a pas encore d'incident. Utilisez « Nouvel incident à partir du message… ».</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="113" />
            <source>Reply with template…  T</source>
            <translation>Répondre avec un modèle…  T</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="114" />
            <source>Record referral…  R</source>
            <translation>Noter une orientation…  R</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="115" />
            <source>Print summary…  Ctrl+P</source>
            <translation>Imprimer le rapport…  Ctrl+P</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="132" />
            <source>Choose an incident on the left, or press Ctrl+Shift+N to open a new one.</source>
            <translation>Choisissez un incident à gauche, ou appuyez sur Ctrl+Shift+N pour en ouvrir un nouveau.</translation>
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
            <translation>Ouvert le %1 par %2 · dernière modification le %3</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="226" />
            <source>Notes (%1)</source>
            <translation>Notes (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="227" />
            <source>Evidence (%1)</source>
            <translation>Preuves (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="228" />
            <source>Timeline (%1)</source>
            <translation>Chronologie (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="229" />
            <source>People (%1)</source>
            <translation>Personnes (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="334" />
            <source>The log does not match its seal.</source>
            <translation>Le journal ne correspond pas à son sceau.</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="335" />
            <source>This log was changed outside ModDesk: %1 Nothing was repaired; what is shown below is the log as it is now. Keep this vault as it is and compare it with a backup or a printed summary.</source>
            <translation>Ce journal a été modifié en dehors de ModDesk : %1 Rien n'a été réparé ; ce qui s'affiche ci-dessous est le journal tel qu'il est maintenant. Gardez ce coffre-fort tel quel et comparez-le avec une sauvegarde ou un rapport imprimé.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="145" />
            <source>New incident…  Ctrl+Shift+N</source>
            <translation>Nouvel incident…  Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="147" />
            <source>Follow-ups due</source>
            <translation>Suivis à faire</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="150" />
            <source>Only incidents whose follow-up date is today or past</source>
            <translation>Seulement les incidents dont la date de suivi est aujourd'hui ou déjà passée</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="161" />
            <source>Search titles and notes  /</source>
            <translation>Rechercher dans les titres et les notes  /</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="166" />
            <source>Not closed</source>
            <translation>Non clos</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="169" />
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="172" />
            <source>Any severity</source>
            <translation>Toutes les priorités</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="205" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Write a note</source>
            <translation>Écrire une note</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Reply with template…</source>
            <translation>Répondre avec un modèle…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Record referral…</source>
            <translation>Noter une orientation…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Print summary…</source>
            <translation>Imprimer le rapport…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>New incident…</source>
            <translation>Nouvel incident…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>Search incidents</source>
            <translation>Rechercher des incidents</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="321" />
            <source>No incidents match these filters.</source>
            <translation>Aucun incident ne correspond à ces filtres.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="322" />
            <source>No incidents yet. Press E on an item in the Inbox, right-click a message in a chat, or press Ctrl+Shift+N here.</source>
            <translation>Pas encore d'incidents. Appuyez sur E sur un élément de la boîte de réception, faites un clic droit sur un message dans une discussion, ou appuyez ici sur Ctrl+Shift+N.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="330" />
            <source>Any category</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="68" />
            <source>Moderator</source>
            <translation>Modération</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="74" />
            <source>The incident was not changed: %1</source>
            <translation>L'incident n'a pas été modifié : %1</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="94" />
            <source>New incident</source>
            <translation>Nouvel incident</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="123" />
            <source>&amp;Severity:</source>
            <translation>&amp;Priorité :</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="125" />
            <source>Create incident</source>
            <translation>Créer l'incident</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="187" />
            <source>Incident %1 opened. It is on the Incidents page (Ctrl+4).</source>
            <translation>Incident %1 ouvert. Il se trouve sur la page Incidents (Ctrl+4).</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="238" />
            <location filename="../people_editor.py" line="84" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="277" />
            <source>Message from %1 in %2</source>
            <translation>Message de %1 dans %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="277" />
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="278" />
            <source>%1 messages in %2</source>
            <translation>%1 messages dans %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="286" />
            <source>An incident with no evidence yet. You can link messages later from the chat view or search.</source>
            <translation>Un incident sans preuve pour l'instant. Vous pourrez lier des messages plus tard depuis la vue de discussion ou la recherche.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="85" />
            <source>Edit note  F2</source>
            <translation>Modifier la note  F2</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="86" />
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="92" />
            <source>Write a note: what happened, what you did, what is next. Ctrl+Enter saves.</source>
            <translation>Écrivez une note : ce qui s'est passé, ce que vous avez fait, la suite. Ctrl+Enter enregistre.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="94" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="97" />
            <source>Save note  Ctrl+Enter</source>
            <translation>Enregistrer la note  Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="99" />
            <source>Cancel edit</source>
            <translation>Annuler la modification</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="153" />
            <source>Enter shows this note's history; F2 edits it.</source>
            <translation>Enter affiche l'historique de cette note ; F2 la modifie.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="216" />
            <source>New note. Notes are signed with your name and cannot be deleted; an edit keeps the earlier text.</source>
            <translation>Nouvelle note. Les notes sont signées de votre nom et ne peuvent pas être supprimées ; une modification garde le texte précédent.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="220" />
            <source>Editing note %1: saving writes version %2; the earlier text stays in its history.</source>
            <translation>Modification de la note %1 : l'enregistrement crée la version %2 ; le texte précédent reste dans son historique.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="267" />
            <source>Note %1: history</source>
            <translation>Note %1 : historique</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="285" />
            <source>Version %1 · %2 · %3</source>
            <translation>Version %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="49" />
            <source>Name as in the chat</source>
            <translation>Nom comme dans la discussion</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="56" />
            <source>Add person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="57" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="44" />
            <location filename="../referral_dialog.py" line="59" />
            <source>Record referral</source>
            <translation>Noter une orientation</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="46" />
            <source>A service, hotline, shelter or the police</source>
            <translation>Un service d'aide, une ligne d'écoute, un centre d'hébergement ou la police</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="49" />
            <source>Set the status to Referred</source>
            <translation>Mettre le statut sur « Orienté »</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="52" />
            <source>The referral is written into the incident's timeline. It does not contact anyone: ModDesk never goes online.</source>
            <translation>L'orientation est inscrite dans la chronologie de l'incident. Elle ne contacte personne : ModDesk ne se connecte jamais à Internet.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="63" />
            <source>Referred &amp;to:</source>
            <translation>Orienté &amp;vers :</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="64" />
            <source>&amp;How:</source>
            <translation>&amp;Comment :</translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The log of %n incident was changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>Le journal de %n incident a été modifié en dehors de ModDesk. Ouvrez Incidents pour voir ce qui a changé ; rien n'a été réparé ni masqué.</numerusform>
                <numerusform>Les journaux de %n incidents ont été modifiés en dehors de ModDesk. Ouvrez Incidents pour voir ce qui a changé ; rien n'a été réparé ni masqué.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The logs of %n incidents were changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>Le journal de %n incident a été modifié en dehors de ModDesk. Ouvrez Incidents pour voir ce qui a changé ; rien n'a été réparé ni masqué.</numerusform>
                <numerusform>Les journaux de %n incidents ont été modifiés en dehors de ModDesk. Ouvrez Incidents pour voir ce qui a changé ; rien n'a été réparé ni masqué.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-up is due today.</source>
            <translation>
                <numerusform>%n suivi d'incident est à faire aujourd'hui.</numerusform>
                <numerusform>%n suivis d'incident sont à faire aujourd'hui.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-ups are due today.</source>
            <translation>
                <numerusform>%n suivi d'incident est à faire aujourd'hui.</numerusform>
                <numerusform>%n suivis d'incident sont à faire aujourd'hui.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n message…</source>
            <translation>
                <numerusform>Nouvel incident à partir de %n message…</numerusform>
                <numerusform>Nouvel incident à partir de %n messages…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n messages…</source>
            <translation>
                <numerusform>Nouvel incident à partir de %n message…</numerusform>
                <numerusform>Nouvel incident à partir de %n messages…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n message to incident…</source>
            <translation>
                <numerusform>Ajouter %n message à un incident…</numerusform>
                <numerusform>Ajouter %n messages à un incident…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n messages to incident…</source>
            <translation>
                <numerusform>Ajouter %n message à un incident…</numerusform>
                <numerusform>Ajouter %n messages à un incident…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n message as evidence in which incident?</source>
            <translation>
                <numerusform>Dans quel incident garder %n message comme preuve ?</numerusform>
                <numerusform>Dans quel incident garder %n messages comme preuves ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n messages as evidence in which incident?</source>
            <translation>
                <numerusform>Dans quel incident garder %n message comme preuve ?</numerusform>
                <numerusform>Dans quel incident garder %n messages comme preuves ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n message kept as evidence in %1.</source>
            <translation>
                <numerusform>%n message gardé comme preuve dans %1.</numerusform>
                <numerusform>%n messages gardés comme preuves dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n messages kept as evidence in %1.</source>
            <translation>
                <numerusform>%n message gardé comme preuve dans %1.</numerusform>
                <numerusform>%n messages gardés comme preuves dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entry checked.)</source>
            <translation>
                <numerusform>(%n entrée vérifiée.)</numerusform>
                <numerusform>(%n entrées vérifiées.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entries checked.)</source>
            <translation>
                <numerusform>(%n entrée vérifiée.)</numerusform>
                <numerusform>(%n entrées vérifiées.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incident</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incidents</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n group</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox item: it is escalated to the new incident, its flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>À partir de %n élément de la boîte de réception : il est escaladé vers le nouvel incident, ses messages repérés sont gardés comme preuves.</numerusform>
                <numerusform>À partir de %n éléments de la boîte de réception : chacun est escaladé vers le nouvel incident, leurs messages repérés sont gardés comme preuves.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox items: each is escalated to the new incident, their flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>À partir de %n élément de la boîte de réception : il est escaladé vers le nouvel incident, ses messages repérés sont gardés comme preuves.</numerusform>
                <numerusform>À partir de %n éléments de la boîte de réception : chacun est escaladé vers le nouvel incident, leurs messages repérés sont gardés comme preuves.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n message: it is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>À partir de %n message : il est gardé comme preuve avec les cinq messages qui le précèdent et les cinq qui le suivent.</numerusform>
                <numerusform>À partir de %n messages : chacun est gardé comme preuve avec les cinq messages qui le précèdent et les cinq qui le suivent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n messages: each is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>À partir de %n message : il est gardé comme preuve avec les cinq messages qui le précèdent et les cinq qui le suivent.</numerusform>
                <numerusform>À partir de %n messages : chacun est gardé comme preuve avec les cinq messages qui le précèdent et les cinq qui le suivent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n version. Versions are never removed.</source>
            <translation>
                <numerusform>Cette note a %n version. Les versions ne sont jamais supprimées.</numerusform>
                <numerusform>Cette note a %n versions. Les versions ne sont jamais supprimées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n versions. Versions are never removed.</source>
            <translation>
                <numerusform>Cette note a %n version. Les versions ne sont jamais supprimées.</numerusform>
                <numerusform>Cette note a %n versions. Les versions ne sont jamais supprimées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n version</source>
            <translation>
                <numerusform>modifiée — %n version</numerusform>
                <numerusform>modifiée — %n versions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n versions</source>
            <translation>
                <numerusform>modifiée — %n version</numerusform>
                <numerusform>modifiée — %n versions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="49" />
            <source>new</source>
            <translation type="vanished">nouveau</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="50" />
            <source>in review</source>
            <translation type="vanished">en cours d'examen</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="51" />
            <source>resolved</source>
            <translation type="vanished">résolu</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="52" />
            <source>dismissed</source>
            <translation type="vanished">écarté</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="53" />
            <source>escalated</source>
            <translation type="vanished">escaladé</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="115" />
            <source>Incident opened: “%1”.</source>
            <translation type="vanished">Incident ouvert : « %1 ».</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="125" />
            <source>%1 set to “%2”.</source>
            <translation type="vanished">%1 : valeur « %2 ».</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="127" />
            <source>%1 cleared (was “%2”).</source>
            <translation type="vanished">%1 : valeur effacée (avant : « %2 »).</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="128" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation type="vanished">%1 : « %2 » remplacé par « %3 ».</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="132" />
            <source>Status changed from %1 to %2.</source>
            <translation type="vanished">Statut passé de « %1 » à « %2 ».</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="139" />
            <source>%1 is no longer listed as %2.</source>
            <translation type="vanished">%1 : retrait du rôle « %2 ».</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="140" />
            <source>%1 added as %2.</source>
            <translation type="vanished">%1 : ajout avec le rôle « %2 ».</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="144" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation type="vanished">Preuve ajoutée : un message de « %1 », ligne %2 de l'export.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="149" />
            <source>Note %1 written.</source>
            <translation type="vanished">Note %1 écrite.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="164" />
            <source>Referred to %1.</source>
            <translation type="vanished">Orienté vers %1.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="181" />
            <source>Inbox item %1: %2.</source>
            <translation type="vanished">Élément %1 de la boîte de réception : %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="153" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation type="vanished">Note %1 modifiée : version %2 écrite, versions précédentes conservées.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="157" />
            <source>Reply “%1” copied, in %2.</source>
            <translation type="vanished">Réponse « %1 » copiée, en %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="163" />
            <source>Referred to %1, %2.</source>
            <translation type="vanished">Orienté vers %1, %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="171" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation type="vanished">Élément %1 de la boîte de réception escaladé vers l'incident %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="173" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation type="vanished">Élément %1 de la boîte de réception passé de « %2 » à « %3 ».</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="175" />
            <source>Inbox item %1: severity changed.</source>
            <translation type="vanished">Élément %1 de la boîte de réception : priorité modifiée.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="177" />
            <source>Inbox item %1 snoozed.</source>
            <translation type="vanished">Élément %1 de la boîte de réception reporté.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="179" />
            <source>Inbox item %1: an action was undone.</source>
            <translation type="vanished">Élément %1 de la boîte de réception : une action a été annulée.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="182" />
            <source>Reason: %1.</source>
            <translation type="vanished">Motif : %1.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="97" />
            <source>Follow-up</source>
            <translation type="vanished">Suivi</translation>
        </message>
    </context>
    <context>
        <name>JumpToDateDialog</name>
        <message>
            <location filename="../jump_to_date_dialog.py" line="26" />
            <source>Go to date</source>
            <translation>Aller à une date</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="35" />
            <source>Go</source>
            <translation>Aller</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="39" />
            <source>Shows the first message on or after the day you pick.</source>
            <translation>Affiche le premier message du jour choisi ou d'après.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../translator.py" line="45" />
            <source>System language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../language_dialog.py" line="37" />
            <location filename="../language_dialog.py" line="40" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../language_dialog.py" line="44" />
            <source>&amp;Show ModDesk in:</source>
            <translation>&amp;Afficher ModDesk en :</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../lock_screen.py" line="15" />
            <source>You locked ModDesk.</source>
            <translation>Vous avez verrouillé ModDesk.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="16" />
            <source>ModDesk locked itself after a while without use.</source>
            <translation>ModDesk s'est verrouillé après un moment sans utilisation.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="17" />
            <source>ModDesk locked because the screen was locked.</source>
            <translation>ModDesk s'est verrouillé parce que l'écran a été verrouillé.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="18" />
            <source>Unlock the vault to start.</source>
            <translation>Déverrouillez le coffre-fort pour commencer.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="36" />
            <source>ModDesk logo</source>
            <translation>Logo de ModDesk</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="37" />
            <source>ModDesk is locked</source>
            <translation>ModDesk est verrouillé</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="42" />
            <source>The vault is closed and its key has been cleared from memory. Nothing from it is shown until you unlock again.</source>
            <translation>Le coffre-fort est fermé et sa clé a été effacée de la mémoire. Rien de son contenu n'est affiché tant que vous ne l'avez pas déverrouillé.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="48" />
            <source>&amp;Unlock…</source>
            <translation>&amp;Déverrouiller…</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="50" />
            <source>Asks for the passphrase</source>
            <translation>Demande la phrase secrète</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk — DEMO</source>
            <translation>ModDesk — DÉMO</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk</source>
            <translation>ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="129" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="157" />
            <source>Working…</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="164" />
            <source>DEMO — synthetic data, deleted when you quit</source>
            <translation>DÉMO — données fictives, supprimées quand vous quittez</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="173" />
            <source>&amp;Vault</source>
            <translation>&amp;Coffre-fort</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Back up vault…</source>
            <translation>&amp;Sauvegarder le coffre-fort…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="179" />
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Changer la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="181" />
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Lan&amp;guage…</source>
            <translation>&amp;Langue…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="187" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="190" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>&amp;About ModDesk</source>
            <translation>À &amp;propos de ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="245" />
            <source>Search messages</source>
            <translation>Rechercher des messages</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="254" />
            <source>Go to page %1</source>
            <translation>Aller à la page %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="294" />
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>Unlocked</source>
            <translation>Déverrouillé</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="313" />
            <source>Moderator: %1</source>
            <translation>Modération : %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="352" />
            <source>Making a backup…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="359" />
            <source>Back up vault</source>
            <translation>Sauvegarder le coffre-fort</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="360" />
            <source>ModDesk backups (*.mdbackup)</source>
            <translation>Sauvegardes ModDesk (*.mdbackup)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="365" />
            <source>Backup saved and verified: %1 (%2).</source>
            <translation>Sauvegarde enregistrée et vérifiée : %1 (%2).</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="383" />
            <source>About ModDesk</source>
            <translation>À propos de ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="389" />
            <source>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;An offline, encrypted desk for volunteer moderators of WhatsApp groups.&lt;/p&gt;&lt;p&gt;Everything stays in an encrypted vault on this computer. ModDesk never connects to the internet.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;Un poste de travail hors ligne et chiffré pour les modérateurs et modératrices bénévoles de groupes WhatsApp.&lt;/p&gt;&lt;p&gt;Tout reste dans un coffre-fort chiffré sur cet ordinateur. ModDesk ne se connecte jamais à Internet.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeChatsDialog</name>
        <message>
            <location filename="../merge_chats_dialog.py" line="43" />
            <source>Merge chats</source>
            <translation>Fusionner des discussions</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="45" />
            <source>Filter chats by name</source>
            <translation>Filtrer les discussions par nom</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="56" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="64" />
            <source>Show the messages of “%1” together with the chat you choose below. “%1” leaves the chat list; its later exports still arrive and show in the chosen chat. You can undo this from that chat's menu.</source>
            <translation>Afficher les messages de « %1 » avec la discussion que vous choisissez ci-dessous. « %1 » disparaît de la liste des discussions ; ses exports suivants arrivent toujours et s'affichent dans la discussion choisie. Vous pourrez annuler depuis le menu de cette discussion.</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../message_delegate.py" line="66" />
            <source>Poll</source>
            <translation>Sondage</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="67" />
            <source>Location</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="68" />
            <location filename="../message_delegate.py" line="467" />
            <source>Contact card</source>
            <translation>Fiche de contact</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="69" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="70" />
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="71" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="243" />
            <source>This message was deleted</source>
            <translation>Ce message a été supprimé</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="406" />
            <source>edited</source>
            <translation>modifié</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="454" />
            <source>Removed since an earlier export — kept as evidence</source>
            <translation>Supprimé depuis un export précédent — gardé comme preuve</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="462" />
            <source>Sticker</source>
            <translation>Autocollant</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="474" />
            <source>%1 not included in the export</source>
            <translation>%1 : non inclus dans l'export</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="477" />
            <source>%1 hidden — click to show</source>
            <translation>%1 : masqué — cliquez pour afficher</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening sticker…</source>
            <translation>Ouverture de l'autocollant…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening photo…</source>
            <translation>Ouverture de la photo…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="485" />
            <source>This sticker could not be shown (%1, %2)</source>
            <translation>Impossible d'afficher cet autocollant (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="486" />
            <source>This photo could not be shown (%1, %2)</source>
            <translation>Impossible d'afficher cette photo (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="488" />
            <source>%1 · %2 — click to hide</source>
            <translation>%1 · %2 — cliquez pour masquer</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="537" />
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="456" />
            <source>Opening %1…</source>
            <translation type="vanished">Ouverture (%1)…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="458" />
            <source>This %1 could not be shown (%2, %3)</source>
            <translation type="vanished">Impossible d'afficher ce contenu (%1, %2, %3)</translation>
        </message>
    </context>
    <context>
        <name>NavPage</name>
        <message>
            <location filename="../nav_pages.py" line="80" />
            <source>This part of ModDesk is not built yet.</source>
            <translation>Cette partie de ModDesk n'est pas encore prête.</translation>
        </message>
    </context>
    <context>
        <name>NavPages</name>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>Inbox</source>
            <translation>Boîte de réception</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>The Inbox will gather new messages from the WhatsApp chat exports you choose to watch, and point out the ones that may need a moderator's attention first.</source>
            <translation>La boîte de réception rassemblera les nouveaux messages des exports de discussion WhatsApp que vous choisissez de surveiller, et vous montrera d'abord ceux qui pourraient demander l'attention d'un modérateur.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats</source>
            <translation>Discussions</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats will list every imported group chat, so you can read a conversation in order, with its dates and number of messages.</source>
            <translation>Discussions listera toutes les discussions de groupe importées, pour que vous puissiez lire une conversation dans l'ordre, avec ses dates et son nombre de messages.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search will find words and names across all imported chats. The search index stays inside this encrypted vault, on this computer.</source>
            <translation>La recherche trouvera des mots et des noms dans toutes les discussions importées. L'index de recherche reste dans ce coffre-fort chiffré, sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents will hold your case notes: what happened, who was involved and what was done. Entries are kept tamper-evident and can be printed as a summary.</source>
            <translation>Incidents contiendra vos notes de suivi : ce qui s'est passé, qui était impliqué et ce qui a été fait. Toute modification ultérieure des entrées reste visible, et elles peuvent être imprimées sous forme de rapport.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines</source>
            <translation>Consignes</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines will keep your group's rules and agreed responses close at hand, so decisions stay consistent between moderators.</source>
            <translation>Consignes gardera à portée de main les règles de votre groupe et les réactions convenues, pour que les décisions restent cohérentes d'un modérateur à l'autre.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseForm</name>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Repeat it:</source>
            <translation>&amp;Répétez-la :</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="119" />
            <source>Strength:</source>
            <translation>Solidité :</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="122" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="123" />
            <source>Repeat the new passphrase</source>
            <translation>Répétez la nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="124" />
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase secrète</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="161" />
            <source>Too easy to guess for a vault like this one.</source>
            <translation>Trop facile à deviner pour un coffre-fort comme celui-ci.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="163" />
            <source>The two passphrases do not match.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../passphrase_strength.py" line="27" />
            <source>Very weak</source>
            <translation>Très faible</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="28" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="29" />
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="30" />
            <source>Strong</source>
            <translation>Solide</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="31" />
            <source>Very strong</source>
            <translation>Très solide</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="33" />
            <source>Use at least 12 characters.</source>
            <translation>Utilisez au moins 12 caractères.</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="34" />
            <source>Four or more unrelated words are easy to remember and hard to guess.</source>
            <translation>Quatre mots ou plus sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="36" />
            <source>Avoid common passwords and words like "password" or "admin".</source>
            <translation>Évitez les mots de passe courants et les mots comme « motdepasse » ou « admin ».</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="38" />
            <source>Avoid repeated characters and sequences like "aaa" or "1234".</source>
            <translation>Évitez les caractères répétés et les suites comme « aaa » ou « 1234 ».</translation>
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
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../translator.py" line="52" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../translator.py" line="53" />
            <source>Discard</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <location filename="../translator.py" line="54" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../translator.py" line="55" />
            <source>&amp;Yes</source>
            <translation>&amp;Oui</translation>
        </message>
        <message>
            <location filename="../translator.py" line="56" />
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../report_dialog.py" line="62" />
            <source>Print %1</source>
            <translation>Imprimer %1</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="74" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Aperçu…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="75" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="76" />
            <source>&amp;Export PDF…</source>
            <translation>&amp;Exporter en PDF…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="90" />
            <source>&amp;Copy for:</source>
            <translation>E&amp;xemplaire pour :</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="91" />
            <source>&amp;Reporting member:</source>
            <translation>&amp;Membre qui signale :</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="94" />
            <source>PDF files are not encrypted: anyone who gets the file can read it. Printing goes through the system's print queue, which may keep a copy of the job for a while.</source>
            <translation>Les fichiers PDF ne sont pas chiffrés : toute personne qui obtient le fichier peut le lire. L'impression passe par la file d'attente d'impression du système, qui peut garder une copie du document pendant un certain temps.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="133" />
            <source>%1 is not a reporting member of %2. Choose one of: %3.</source>
            <translation>%1 n’est pas un membre qui a signalé %2. Choisissez parmi : %3.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="134" />
            <source>nobody yet</source>
            <translation>personne pour l’instant</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="136" />
            <source>%1 names several reporting members (%2). Choose whose copy to make.</source>
            <translation>%1 indique plusieurs membres qui ont signalé (%2). Choisissez pour qui faire l’exemplaire.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="138" />
            <source>%1 names no reporting member. Add the member who reported it (role: Reporter) to make their copy.</source>
            <translation>%1 n’indique aucun membre qui a signalé. Ajoutez le membre qui l’a signalé (rôle : Personne qui signale) pour faire son exemplaire.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="159" />
            <source>Sent to the printer.</source>
            <translation>Envoyé à l'imprimante.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="164" />
            <source>%1 incident summary</source>
            <translation>Rapport d'incident %1</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="174" />
            <source>Export incident summary</source>
            <translation>Exporter le rapport d'incident</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="175" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="184" />
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="185" />
            <source>Export %1 to %2?

The PDF is not encrypted: anyone who gets the file can read it. ModDesk writes only this file. Keep it safe and delete it when it is no longer needed.</source>
            <translation>Exporter %1 vers %2 ?

Le PDF n'est pas chiffré : toute personne qui obtient le fichier peut le lire. ModDesk écrit uniquement ce fichier. Gardez-le en lieu sûr et supprimez-le quand vous n'en avez plus besoin.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="190" />
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="199" />
            <source>Nothing was exported.</source>
            <translation>Rien n'a été exporté.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="206" />
            <source>Exported %1 pages to %2.</source>
            <translation>%1 pages exportées vers %2.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="215" />
            <source>Moderator</source>
            <translation>Modération</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../search_page.py" line="324" />
            <source>1 message</source>
            <translation>1 message</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="44" />
            <source>(no text: a photo, file or notice)</source>
            <translation>(pas de texte : une photo, un fichier ou une notification)</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="64" />
            <source>System notice</source>
            <translation>Notification système</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="66" />
            <source>gone from a later export</source>
            <translation>absent d'un export plus récent</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="105" />
            <source>Search messages: words, "an exact phrase", or the start of a word*</source>
            <translation>Rechercher des messages : des mots, "une expression exacte" ou le début d'un mot*</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="114" />
            <source>Load more</source>
            <translation>Afficher plus</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="132" />
            <source>All chats</source>
            <translation>Toutes les discussions</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="135" />
            <source>Anyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="142" />
            <source>Between</source>
            <translation>Entre le</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="144" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="145" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="149" />
            <source>Chat:</source>
            <translation>Discussion :</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="152" />
            <source>Author:</source>
            <translation>Écrit par :</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="157" />
            <source>and</source>
            <translation>et le</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="299" />
            <source>Type to search all chats</source>
            <translation>Tapez pour chercher dans toutes les discussions</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="311" />
            <source>No messages by this author with these filters</source>
            <translation>Aucun message de cette personne avec ces filtres</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="312" />
            <source>No messages match “%1” with these filters</source>
            <translation>Aucun message ne correspond à « %1 » avec ces filtres</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="313" />
            <source>No messages match “%1”</source>
            <translation>Aucun message ne correspond à « %1 »</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="322" />
            <source>%1 messages shown, newest first. There are more.</source>
            <translation>%1 messages affichés, les plus récents d'abord. Il y en a d'autres.</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="325" />
            <source>%1 messages, newest first</source>
            <translation>%1 messages, les plus récents d'abord</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../desktop/session.py" line="252" />
            <source>The vault is locked; nothing was saved.</source>
            <translation>Le coffre-fort est verrouillé ; rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../settings_dialog.py" line="42" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="46" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="47" />
            <source>Lock when the screen locks</source>
            <translation>Verrouiller quand l'écran se verrouille</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="49" />
            <source>Shown only inside ModDesk</source>
            <translation>Affiché seulement dans ModDesk</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="64" />
            <source>Lock after no activity for:</source>
            <translation>Verrouiller après une inactivité de :</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="66" />
            <source>Your name (moderator):</source>
            <translation>Votre nom (pour la modération) :</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="67" />
            <source>These settings are stored inside the encrypted vault.</source>
            <translation>Ces paramètres sont enregistrés dans le coffre-fort chiffré.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../resources_panel.py" line="33" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="34" />
            <source>Helps with</source>
            <translation>Aide pour</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="35" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="36" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="37" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="38" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="50" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="51" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="52" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="53" />
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="54" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="55" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="85" />
            <source>Group description</source>
            <translation>Description du groupe</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="89" />
            <location filename="../template_dialog.py" line="217" />
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="90" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Aperçu avant impression…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="91" />
            <source>Save as &amp;PDF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="93" />
            <source>Rules from:</source>
            <translation>Règles de :</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="95" />
            <source>Edit the text as you like, then paste it into the group's description in WhatsApp, or print it.</source>
            <translation>Modifiez le texte comme vous le souhaitez, puis collez-le dans la description du groupe dans WhatsApp, ou imprimez-le.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Group: %1</source>
            <translation>Groupe : %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Pack: %1</source>
            <translation>Pack : %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="154" />
            <source>Rules of %1</source>
            <translation>Règles de %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="155" />
            <source>Our group rules</source>
            <translation>Les règles de notre groupe</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="156" />
            <source>This group is here so we can support each other. To keep it kind and safe for everyone, please:</source>
            <translation>Ce groupe existe pour que nous puissions nous soutenir les uns les autres. Pour qu'il reste bienveillant et sûr pour tout le monde, merci de :</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="159" />
            <source>If you or someone else is in danger, call the emergency number first. Questions about the rules? Write to an admin.</source>
            <translation>Si vous ou quelqu'un d'autre êtes en danger, appelez d'abord le numéro d'urgence. Des questions sur les règles ? Écrivez à un admin.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="170" />
            <source>%1 of %2 characters</source>
            <translation>%1 caractères sur %2</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="173" />
            <source>(too long for WhatsApp: remove %1)</source>
            <translation>(trop long pour WhatsApp : retirez %1 caractères)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="184" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds.</source>
            <translation>Copié. ModDesk vide le presse-papiers dans 60 secondes.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="206" />
            <source>Save the group rules as PDF</source>
            <translation>Enregistrer les règles du groupe en PDF</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="207" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="212" />
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="216" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="217" />
            <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where you mean to keep it.</source>
            <translation>Le PDF n'est pas chiffré : toute personne qui obtient le fichier peut le lire. Enregistrez-le seulement là où vous voulez vraiment le garder.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="221" />
            <source>Save PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="234" />
            <source>Group rules</source>
            <translation>Règles du groupe</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="380" />
            <source>Moderator</source>
            <translation>Modération</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="86" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="67" />
            <source>&amp;Add a service</source>
            <translation>&amp;Ajouter un service</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="68" />
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="69" />
            <source>&amp;Add a service you have checked</source>
            <translation>&amp;Ajouter un service que vous avez vérifié</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="77" />
            <source>No services yet</source>
            <translation>Pas encore de services</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="80" />
            <source>ModDesk comes without hotlines or services on purpose: a wrong number in a crisis does more harm than none, and numbers change from country to country.

Add the services you have checked yourself: call them or look at their own website, and note what they help with and in which languages. Then you can pass them on in a reply with confidence.</source>
            <translation>ModDesk est fourni volontairement sans lignes d'écoute ni services d'aide : un mauvais numéro en pleine crise fait plus de mal que pas de numéro du tout, et les numéros changent d'un pays à l'autre.

Ajoutez les services que vous avez vérifiés vous-même : appelez-les ou consultez leur propre site web, et notez pour quoi ils aident et dans quelles langues. Vous pourrez alors les transmettre en toute confiance dans une réponse.</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="97" />
            <source>Only services you have checked. Double-click a cell to change it.</source>
            <translation>Seulement des services que vous avez vérifiés. Double-cliquez sur une cellule pour la modifier.</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="155" />
            <source>New service</source>
            <translation>Nouveau service</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="182" />
            <source>Resources</source>
            <translation>Services d'aide</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="183" />
            <source>Remove %1 from your services?</source>
            <translation>Retirer %1 de vos services ?</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="73" />
            <source>{%1} is not a placeholder. Use one of %2.</source>
            <translation>{%1} n'est pas un champ à remplir. Utilisez l'un de ceux-ci : %2.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="74" />
            <source>{} has no name. Use one of %2.</source>
            <translation>{} n'a pas de nom. Utilisez l'un de ceux-ci : %2.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="75" />
            <source>This { is never closed. Add } after the name, or write {{ for a brace.</source>
            <translation>Cette { n'est jamais fermée. Ajoutez } après le nom, ou écrivez {{ pour une accolade.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="76" />
            <source>This } has no {. Write }} for a brace.</source>
            <translation>Cette } n'a pas de {. Écrivez }} pour une accolade.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="78" />
            <source>Line %1, column %2:</source>
            <translation>Ligne %1, colonne %2 :</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="157" />
            <source>Reply with a template</source>
            <translation>Répondre avec un modèle</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="179" />
            <source>&amp;Template:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="180" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="210" />
            <source>Pick a checked service or type one</source>
            <translation>Choisissez un service vérifié ou tapez-en un</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="220" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="227" />
            <source>What will be copied:</source>
            <translation>Ce qui sera copié :</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="242" />
            <location filename="../template_dialog.py" line="328" />
            <source>Suggested: %1</source>
            <translation>Suggéré : %1</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="356" />
            <source>Ready to copy.</source>
            <translation>Prêt à copier.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="358" />
            <source>Fill in %1 to copy this reply.</source>
            <translation>Pour copier cette réponse, remplissez : %1.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="369" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds and when the vault locks.</source>
            <translation>Copié. ModDesk vide le presse-papiers dans 60 secondes et quand le coffre-fort se verrouille.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="65" />
            <location filename="../templates_panel.py" line="325" />
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Reply</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="73" />
            <source>&amp;Add a reply</source>
            <translation>&amp;Ajouter une réponse</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="81" />
            <source>Reply text</source>
            <translation>Texte de la réponse</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="87" />
            <source>&amp;Reset to shipped text</source>
            <translation>&amp;Rétablir le texte d'origine</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="88" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="104" />
            <source>Title:</source>
            <translation>Titre :</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="105" />
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="109" />
            <source>Insert:</source>
            <translation>Insérer :</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="189" />
            <source>Changed</source>
            <translation>Modifiées</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Edited</source>
            <translation>Modifiée</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Added</source>
            <translation>Ajoutée</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="237" />
            <source>Hello {member}, 

{moderator}</source>
            <translation>Bonjour {member},

{moderator}</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="258" />
            <source>Give the reply a title.</source>
            <translation>Donnez un titre à la réponse.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="260" />
            <source>Write the text of the reply.</source>
            <translation>Écrivez le texte de la réponse.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="278" />
            <source>No placeholders: the text is copied as it is.</source>
            <translation>Aucun champ à remplir : le texte est copié tel quel.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="279" />
            <source>Filled in when used: %1</source>
            <translation>Rempli lors de l'utilisation : %1</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="308" />
            <source>Bring back the text that came with ModDesk? Your version of this reply will be removed.</source>
            <translation>Rétablir le texte fourni avec ModDesk ? Votre version de cette réponse sera supprimée.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="317" />
            <source>Delete this reply?</source>
            <translation>Supprimer cette réponse ?</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../unlock_dialog.py" line="68" />
            <source>Unlock ModDesk</source>
            <translation>Déverrouiller ModDesk</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="88" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="89" />
            <source>Demo vault: the passphrase is demo</source>
            <translation>Coffre-fort de démo : la phrase secrète est demo</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="97" />
            <source>Type the passphrase the backup was made with above, then choose a backup. The damaged vault is kept beside it, untouched.</source>
            <translation>Tapez ci-dessus la phrase secrète avec laquelle la sauvegarde a été faite, puis choisissez une sauvegarde. Le coffre-fort endommagé est gardé à côté, sans modification.</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="99" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="101" />
            <source>Opening the vault…</source>
            <translation>Ouverture du coffre-fort…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="104" />
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="109" />
            <source>ModDesk is locked</source>
            <translation>ModDesk est verrouillé</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="112" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message numerus="yes">
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock (%n s)</source>
            <translation>
                <numerusform>&amp;Déverrouiller (%n s)</numerusform>
                <numerusform>&amp;Déverrouiller (%n s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="207" />
            <source>Choose a ModDesk backup</source>
            <translation>Choisir une sauvegarde ModDesk</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="208" />
            <source>ModDesk backups (*.mdbackup);;All files (*)</source>
            <translation>Sauvegardes ModDesk (*.mdbackup);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="216" />
            <source>Type the backup's passphrase first.</source>
            <translation>Tapez d'abord la phrase secrète de la sauvegarde.</translation>
        </message>
    </context>
    <context>
        <name>WatchedFolders</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="37" />
            <source>Chat exports in watched folders are not encrypted. Anyone with this computer can read them.</source>
            <translation>Les exports de discussion des dossiers surveillés ne sont pas chiffrés. Toute personne ayant accès à cet ordinateur peut les lire.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="47" />
            <source>Plaintext notice</source>
            <translation>Avertissement sur les fichiers non chiffrés</translation>
        </message>
    </context>
    <context>
        <name>WatchedFoldersDialog</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="62" />
            <source>Watched folders</source>
            <translation>Dossiers surveillés</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="66" />
            <source>&amp;Add folder…</source>
            <translation>&amp;Ajouter un dossier…</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="67" />
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="68" />
            <source>&amp;Look again now</source>
            <translation>&amp;Vérifier maintenant</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="70" />
            <source>&amp;Move imported files into the vault (delete them from the folder)</source>
            <translation>&amp;Déplacer les fichiers importés dans le coffre-fort (les supprimer du dossier)</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="80" />
            <source>While the vault is unlocked, ModDesk imports new chat exports (.txt, .zip or .json files) saved directly in these folders, each one exactly once.</source>
            <translation>Tant que le coffre-fort est déverrouillé, ModDesk importe les nouveaux exports de discussion (fichiers .txt, .zip ou .json) enregistrés directement dans ces dossiers, chacun une seule fois.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Exports imported</source>
            <translation>Exports importés</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="87" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="113" />
            <source>Moving stores each file's bytes inside the encrypted vault and then deletes the file, only after the import was saved. Deleting does not reliably erase it: SSDs, backups and sync services (Dropbox, OneDrive, iCloud, Google Drive) can keep copies and older versions, and WhatsApp keeps the chat on the phone. Remove those copies there as well.</source>
            <translation>Le déplacement enregistre le contenu de chaque fichier dans le coffre-fort chiffré, puis supprime le fichier, seulement une fois l'import enregistré. La suppression n'efface pas le fichier de façon fiable : les SSD, les sauvegardes et les services de synchronisation (Dropbox, OneDrive, iCloud, Google Drive) peuvent garder des copies et des versions plus anciennes, et WhatsApp garde la discussion sur le téléphone. Supprimez aussi ces copies à ces endroits.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Not found</source>
            <translation>Introuvable</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Watching</source>
            <translation>Surveillé</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="139" />
            <source>No folders yet.</source>
            <translation>Pas encore de dossiers.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="162" />
            <source>Choose a folder to watch</source>
            <translation>Choisir un dossier à surveiller</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message numerus="yes">
            <location filename="../first_run_pages.py" line="143" />
            <source>ModDesk locks itself after %n minutes without use, and when the screen locks. Unlocking asks for the passphrase again. You can change the time in Settings.</source>
            <translation>
                <numerusform>ModDesk se verrouille tout seul après %n minute sans utilisation, et quand l'écran se verrouille. Pour déverrouiller, il faut saisir de nouveau la phrase secrète. Vous pouvez changer ce délai dans les Paramètres.</numerusform>
                <numerusform>ModDesk se verrouille tout seul après %n minutes sans utilisation, et quand l'écran se verrouille. Pour déverrouiller, il faut saisir de nouveau la phrase secrète. Vous pouvez changer ce délai dans les Paramètres.</numerusform>
            </translation>
        </message>
    </context>
</TS>
