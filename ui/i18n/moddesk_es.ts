<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AppShell</name>
        <message>
            <location filename="../../desktop/app.py" line="112" />
            <source>The whole window changes language the next time ModDesk locks or starts.</source>
            <translation>Toda la ventana cambiará de idioma la próxima vez que ModDesk se bloquee o se inicie.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../change_passphrase_dialog.py" line="36" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="43" />
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="46" />
            <source>C&amp;hange passphrase</source>
            <translation>&amp;Cambiar frase de contraseña</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="59" />
            <source>C&amp;urrent passphrase:</source>
            <translation>Frase de contraseña &amp;actual:</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="61" />
            <source>Backups you made before this change still open with the old passphrase. Make a new backup afterwards, and delete old ones you no longer need. If you lose the new passphrase, the vault cannot be recovered.</source>
            <translation>Las copias de seguridad que hiciste antes de este cambio se siguen abriendo con la frase de contraseña anterior. Después, haz una copia de seguridad nueva y borra las antiguas que ya no necesites. Si pierdes la nueva frase de contraseña, no se podrá recuperar la bóveda.</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="102" />
            <source>Passphrase changed. Older backups still open with the old passphrase.</source>
            <translation>Frase de contraseña cambiada. Las copias de seguridad anteriores se siguen abriendo con la frase de contraseña anterior.</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="113" />
            <source>The current passphrase is not right.</source>
            <translation>La frase de contraseña actual no es correcta.</translation>
        </message>
    </context>
    <context>
        <name>ChatFormat</name>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>%1 messages</source>
            <translation>%1 mensajes</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>1 message</source>
            <translation>1 mensaje</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="49" />
            <source>no messages yet</source>
            <translation>aún no hay mensajes</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="61" />
            <source>Last import %1</source>
            <translation>Última importación: %1</translation>
        </message>
    </context>
    <context>
        <name>ChatListDelegate</name>
        <message>
            <location filename="../chat_list_delegate.py" line="37" />
            <source>Date order?</source>
            <translation>¿Orden de fechas?</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="39" />
            <source>%1 removed</source>
            <translation>Eliminados: %1</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="41" />
            <source>%1 merged</source>
            <translation>Fusionados: %1</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../chat_pane.py" line="103" />
            <source>Choose a chat on the left to read it.</source>
            <translation>Elige un chat a la izquierda para leerlo.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="119" />
            <location filename="../chat_pane.py" line="150" />
            <source>Go to date…</source>
            <translation>Ir a una fecha…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="120" />
            <location filename="../chat_pane.py" line="164" />
            <source>Newest</source>
            <translation>Más recientes</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="121" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="139" />
            <source>The day/month order of this chat's dates is a guess: every date in one of its exports fits both ways.</source>
            <translation>El orden día/mes de las fechas de este chat es una suposición: todas las fechas de una de sus exportaciones se pueden leer de las dos maneras.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="142" />
            <location filename="../chat_pane.py" line="154" />
            <source>Date order…</source>
            <translation>Orden de fechas…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="151" />
            <source>Newest message</source>
            <translation>Mensaje más reciente</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="152" />
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="153" />
            <source>Merge into another chat…</source>
            <translation>Fusionar con otro chat…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="155" />
            <source>Undo merge</source>
            <translation>Deshacer la fusión</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="200" />
            <source>exported as “%1”</source>
            <translation>exportado como “%1”</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="319" />
            <source>Rename chat</source>
            <translation>Cambiar el nombre del chat</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="321" />
            <source>Name shown in ModDesk. Exports named “%1” still arrive in this chat; leave empty to show that name again.</source>
            <translation>Nombre que se muestra en ModDesk. Las exportaciones llamadas “%1” siguen llegando a este chat; deja el campo vacío para volver a mostrar ese nombre.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="339" />
            <source>There is no other chat to merge this one into.</source>
            <translation>No hay ningún otro chat con el que fusionar este.</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="386" />
            <source>The dates of this chat were read again.</source>
            <translation>Se volvieron a leer las fechas de este chat.</translation>
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
            <translation>Mensajes</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="101" />
            <source>By name</source>
            <translation>Por nombre</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="102" />
            <source>By last activity</source>
            <translation>Por última actividad</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="126" />
            <source>No chats yet — add a watched folder or import an export (Ctrl+I)</source>
            <translation>Aún no hay chats: añade una carpeta vigilada o importa una exportación (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="218" />
            <source>That message is no longer in the vault.</source>
            <translation>Ese mensaje ya no está en la bóveda.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../crash_dialog.py" line="36" />
            <source>ModDesk ran into a problem</source>
            <translation>ModDesk ha tenido un problema</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="41" />
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar detalles</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="42" />
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinuar</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="43" />
            <source>&amp;Quit ModDesk</source>
            <translation>&amp;Salir de ModDesk</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="53" />
            <source>Something went wrong inside ModDesk. This is a bug in ModDesk, not something you did. Your vault is safe: saved work stays saved.</source>
            <translation>Algo ha fallado dentro de ModDesk. Es un error de ModDesk, no algo que hayas hecho tú. Tu bóveda está a salvo: lo que ya estaba guardado sigue guardado.</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="57" />
            <source>The details below name only the place in the program where it happened; they contain no messages, names or passphrases. You can copy them into a bug report.</source>
            <translation>Los detalles de abajo solo indican el lugar del programa donde ocurrió; no contienen mensajes, nombres ni frases de contraseña. Puedes copiarlos en un informe de error.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <location filename="../create_vault_dialog.py" line="214" />
            <source>Choose a passphrase for your vault</source>
            <translation>Elige una frase de contraseña para tu bóveda</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="216" />
            <source>ModDesk keeps everything you import and write in an encrypted vault on this computer. The passphrase is the only way to open it.</source>
            <translation>ModDesk guarda todo lo que importas y escribes en una bóveda cifrada en este equipo. La frase de contraseña es la única forma de abrirla.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="219" />
            <source>If you lose this passphrase, the vault cannot be recovered — not by you, not by anyone else. Write it down and keep it somewhere safe.</source>
            <translation>Si pierdes esta frase de contraseña, no se podrá recuperar la bóveda: ni tú ni nadie más podrá hacerlo. Anótala y guárdala en un lugar seguro.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="221" />
            <source>Creating the vault. This takes a few seconds…</source>
            <translation>Creando la bóveda. Esto tarda unos segundos…</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="222" />
            <source>&amp;Create vault</source>
            <translation>&amp;Crear bóveda</translation>
        </message>
    </context>
    <context>
        <name>DateOrderDialog</name>
        <message>
            <location filename="../date_order_dialog.py" line="74" />
            <source>Date order</source>
            <translation>Orden de fechas</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="79" />
            <source>Re-read dates</source>
            <translation>Volver a leer las fechas</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="88" />
            <source>This export's dates could be read day-first or month-first: every date in it fits both ways, so ModDesk had to guess. Choose the reading that matches what you know about this chat, for example when it started. Re-reading changes only the dates; no message is added or lost.</source>
            <translation>Las fechas de esta exportación se pueden leer con el día primero o con el mes primero: todas encajan de las dos maneras, así que ModDesk tuvo que suponer. Elige la lectura que coincida con lo que sabes de este chat, por ejemplo, cuándo empezó. Volver a leerlas solo cambia las fechas; no se añade ni se pierde ningún mensaje.</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Day first (d/m/y)</source>
            <translation>Primero el día (d/m/a)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Month first (m/d/y)</source>
            <translation>Primero el mes (m/d/a)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="103" />
            <source>Year first (y/m/d)</source>
            <translation>Primero el año (a/m/d)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="106" />
            <source>— current reading</source>
            <translation>— lectura actual</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="116" />
            <source>No dates to show</source>
            <translation>No hay fechas que mostrar</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="123" />
            <source>not a real date</source>
            <translation>no es una fecha válida</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../message_bridge.py" line="28" />
            <source>That passphrase does not open this vault. Check it and try again.</source>
            <translation>Esa frase de contraseña no abre esta bóveda. Revísala y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="30" />
            <source>The vault is damaged and cannot be opened. Nothing was changed. You can restore it from a backup.</source>
            <translation>La bóveda está dañada y no se puede abrir. No se ha cambiado nada. Puedes restaurarla desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="33" />
            <source>The vault folder holds a file that is not a ModDesk vault. It was left untouched.</source>
            <translation>En la carpeta de la bóveda hay un archivo que no es una bóveda de ModDesk. No se ha tocado.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="36" />
            <source>This vault is already open in another ModDesk window. Close that one first.</source>
            <translation>Esta bóveda ya está abierta en otra ventana de ModDesk. Cierra primero esa ventana.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="38" />
            <source>There is no vault in this folder.</source>
            <translation>No hay ninguna bóveda en esta carpeta.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="39" />
            <source>A vault already exists in this folder.</source>
            <translation>Ya existe una bóveda en esta carpeta.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="40" />
            <source>A passphrase change was interrupted before it finished. Try the other passphrase (the old or the new one).</source>
            <translation>Un cambio de frase de contraseña se interrumpió antes de terminar. Prueba con la otra frase de contraseña (la anterior o la nueva).</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="43" />
            <source>The disk is full. Nothing was lost; free some space and try again.</source>
            <translation>El disco está lleno. No se ha perdido nada; libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="45" />
            <source>The vault's key file has settings out of range and may have been altered. Restore it from a backup.</source>
            <translation>El archivo de claves de la bóveda tiene valores fuera de rango y puede que lo hayan modificado. Restáuralo desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="48" />
            <source>The vault could not be read or written. Nothing was changed.</source>
            <translation>No se pudo leer ni escribir en la bóveda. No se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../first_run_pages.py" line="37" />
            <source>Support community</source>
            <translation>Comunidad de apoyo</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="38" />
            <source>For groups where members help each other: cries for help, money requests, spam, floods and unanswered questions.</source>
            <translation>Para grupos en los que los miembros se ayudan entre sí: llamadas de auxilio, solicitudes de dinero, spam, ráfagas de mensajes y preguntas sin respuesta.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="41" />
            <source>Child protection</source>
            <translation>Protección de la infancia</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="42" />
            <source>For groups with or about children: grooming patterns, requests for photos, personal details and secrecy.</source>
            <translation>Para grupos con niños o sobre niños: patrones de grooming, solicitudes de fotos, datos personales y presión para guardar secretos.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="95" />
            <source>Welcome to ModDesk</source>
            <translation>Te damos la bienvenida a ModDesk</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="96" />
            <source>&amp;Choose your language. You can change it later in the Vault menu.</source>
            <translation>&amp;Elige tu idioma. Puedes cambiarlo más tarde en el menú “Bóveda”.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="98" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="131" />
            <source>Three things to know</source>
            <translation>Tres cosas que debes saber</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="133" />
            <source>Your vault and its passphrase</source>
            <translation>Tu bóveda y su frase de contraseña</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="134" />
            <source>Everything you import and write is kept in an encrypted vault on this computer. Only your passphrase opens it. If you forget the passphrase, nobody can open the vault again, not even the people who made ModDesk.</source>
            <translation>Todo lo que importas y escribes se guarda en una bóveda cifrada en este equipo. Solo tu frase de contraseña la abre. Si olvidas la frase de contraseña, nadie podrá volver a abrir la bóveda, ni siquiera las personas que crearon ModDesk.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="137" />
            <source>The watched folder</source>
            <translation>La carpeta vigilada</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="138" />
            <source>Put the chat exports from WhatsApp into one folder and ModDesk imports them by itself. The exports in that folder are not encrypted: anyone who can use this computer can read them. Delete them when they are imported, or keep that folder somewhere safe.</source>
            <translation>Guarda las exportaciones de chats de WhatsApp en una carpeta y ModDesk las importará por sí solo. Las exportaciones de esa carpeta no están cifradas: cualquiera que pueda usar este equipo puede leerlas. Bórralas cuando ya estén importadas o guarda esa carpeta en un lugar seguro.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="142" />
            <source>The idle lock</source>
            <translation>El bloqueo automático</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="172" />
            <source>Who is moderating?</source>
            <translation>¿Quién modera?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="173" />
            <source>&amp;Your name or nickname:</source>
            <translation>&amp;Tu nombre o apodo:</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="174" />
            <source>Your name or nickname</source>
            <translation>Tu nombre o apodo</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="175" />
            <source>For example: Amira</source>
            <translation>Por ejemplo: Amira</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="176" />
            <source>ModDesk shows it in the status bar and writes it into the incident logs you keep, so others on your team know who decided what. It is stored inside the encrypted vault. You can leave it empty and set it later in Settings.</source>
            <translation>ModDesk lo muestra en la barra de estado y lo escribe en los registros de incidentes que lleves, para que el resto de tu equipo sepa quién decidió qué. Se guarda dentro de la bóveda cifrada. Puedes dejarlo vacío y ponerlo más tarde en Configuración.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="206" />
            <source>Guidelines for your groups</source>
            <translation>Pautas para tus grupos</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="207" />
            <source>ModDesk checks imported chats against guideline packs and puts what needs a look into your inbox. Choose the packs that fit your groups; you can choose per group later.</source>
            <translation>ModDesk compara los chats importados con los paquetes de pautas y lleva a tu bandeja de entrada lo que conviene revisar. Elige los paquetes que encajen con tus grupos; más tarde podrás elegirlos para cada grupo.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="263" />
            <source>Where do your chat exports go?</source>
            <translation>¿Dónde guardas las exportaciones de chats?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="264" />
            <source>Choose the folder you save WhatsApp chat exports into. ModDesk watches it and imports new exports by itself. You can skip this and add folders later.</source>
            <translation>Elige la carpeta donde guardas las exportaciones de chats de WhatsApp. ModDesk la vigila e importa por sí solo las exportaciones nuevas. Puedes saltarte este paso y añadir carpetas más tarde.</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="267" />
            <source>Export &amp;folder:</source>
            <translation>&amp;Carpeta de exportaciones:</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="268" />
            <source>Export folder</source>
            <translation>Carpeta de exportaciones</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="269" />
            <source>No folder: I will import files by hand</source>
            <translation>Ninguna carpeta: importaré los archivos a mano</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="270" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="271" />
            <location filename="../first_run_pages.py" line="281" />
            <source>Choose the export folder</source>
            <translation>Elige la carpeta de exportaciones</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="298" />
            <source>There is no folder at %1. Choose an existing folder, or leave the field empty.</source>
            <translation>No hay ninguna carpeta en %1. Elige una carpeta que exista o deja el campo vacío.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../first_run_wizard.py" line="73" />
            <source>Set up ModDesk</source>
            <translation>Configurar ModDesk</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="74" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="75" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="76" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Guidelines</name>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Pack</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>Changed</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="15" />
            <source>Used by</source>
            <translation>Usado por</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="29" />
            <source>Phone numbers (numbers on the pack's allowlist are left alone)</source>
            <translation>Números de teléfono (se ignoran los números de la lista de excepciones del paquete)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="31" />
            <source>E-mail addresses (addresses on the allowlist are left alone)</source>
            <translation>Direcciones de correo electrónico (se ignoran las direcciones de la lista de excepciones)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="33" />
            <source>Street addresses and house numbers</source>
            <translation>Direcciones postales y números de casa</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="34" />
            <source>Messages that a later export of the chat no longer shows (deleted since)</source>
            <translation>Mensajes que ya no aparecen en una exportación posterior del chat (borrados desde entonces)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="36" />
            <source>Payment details and money requests: IBANs, card numbers, crypto wallets, "send money"</source>
            <translation>Datos de pago y solicitudes de dinero: IBAN, números de tarjeta, monederos de criptomonedas, "envíame dinero"</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="38" />
            <source>Cries for help and signs of danger: violence, abuse, self-harm, a child in danger</source>
            <translation>Llamadas de auxilio y señales de peligro: violencia, abusos, autolesiones, un niño o una niña en peligro</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="40" />
            <source>Grooming patterns: moving a child to a private chat, asking for photos, asking for secrecy</source>
            <translation>Patrones de grooming: llevar a un niño o una niña a un chat privado, pedir fotos, pedir que guarde secretos</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="42" />
            <source>Warning words that count when they occur together</source>
            <translation>Palabras de alerta que cuentan cuando aparecen juntas</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="45" />
            <source>group invite links</source>
            <translation>enlaces de invitación a grupos</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="46" />
            <source>link shorteners</source>
            <translation>acortadores de enlaces</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="47" />
            <source>other links</source>
            <translation>otros enlaces</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="48" />
            <source>photos, videos and files</source>
            <translation>fotos, videos y archivos</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="49" />
            <source>messages deleted by their author</source>
            <translation>mensajes borrados por quien los escribió</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="50" />
            <source>polls</source>
            <translation>encuestas</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="51" />
            <source>shared locations</source>
            <translation>ubicaciones compartidas</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="52" />
            <source>contact cards</source>
            <translation>tarjetas de contacto</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="53" />
            <source>members joining</source>
            <translation>miembros que se unen</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="54" />
            <source>members being added</source>
            <translation>miembros añadidos</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="55" />
            <source>members leaving</source>
            <translation>miembros que salen</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="56" />
            <source>members being removed</source>
            <translation>miembros eliminados</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="57" />
            <source>admin rights changing</source>
            <translation>cambios de permisos de admin</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="58" />
            <source>the group name changing</source>
            <translation>cambios del nombre del grupo</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="59" />
            <source>the group description changing</source>
            <translation>cambios de la descripción del grupo</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="67" />
            <source>set by you</source>
            <translation>indicado por ti</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="69" />
            <source>admin, from group notices</source>
            <translation>admin, según los avisos del grupo</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="70" />
            <source>not admin, from group notices</source>
            <translation>no es admin, según los avisos del grupo</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="115" />
            <source>Save for &amp;this group</source>
            <translation>Guardar para es&amp;te grupo</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="116" />
            <source>&amp;Undo changes</source>
            <translation>Des&amp;hacer cambios</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="121" />
            <source>Guideline pac&amp;ks</source>
            <translation>Pa&amp;quetes de pautas</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="126" />
            <source>&amp;Admins</source>
            <translation>&amp;Admins</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="128" />
            <source>Tick the members who are admins. Admins' messages are not flagged by rules that spare them, and an admin's answer counts as a reply. Your choice always wins over the group notices in an export.</source>
            <translation>Marca los miembros que son admins. Las reglas que hacen una excepción con los admins no marcan sus mensajes, y la respuesta de un admin cuenta como respuesta. Lo que elijas aquí siempre tiene prioridad sobre los avisos del grupo que haya en una exportación.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="138" />
            <source>No groups yet. Import a chat export, then choose its guidelines and admins here.</source>
            <translation>Aún no hay grupos. Importa una exportación de chat y luego elige aquí sus pautas y admins.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="146" />
            <source>Gr&amp;oups</source>
            <translation>Gr&amp;upos</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="245" />
            <source>Uses every pack</source>
            <translation>Usa todos los paquetes</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="246" />
            <source>Uses: %1</source>
            <translation>Usa: %1</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="269" />
            <source>Save changes?</source>
            <translation>¿Guardar los cambios?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="270" />
            <source>Save your changes to the guidelines of “%1”?</source>
            <translation>¿Quieres guardar los cambios en las pautas de “%1”?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="321" />
            <source>Choose at least one pack: every group is checked against some guidelines.</source>
            <translation>Elige al menos un paquete: cada grupo se comprueba con algunas pautas.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="324" />
            <source>No choice made yet: this group uses every pack, including packs you import later.</source>
            <translation>Aún no has elegido: este grupo usa todos los paquetes, también los que importes más adelante.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="327" />
            <source>The group is checked against the ticked packs only.</source>
            <translation>El grupo solo se comprueba con los paquetes marcados.</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="339" />
            <source>Nobody has written in this group yet.</source>
            <translation>Todavía nadie ha escrito en este grupo.</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="76" />
            <source>&amp;Rules</source>
            <translation>&amp;Reglas</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="77" />
            <source>Per &amp;group</source>
            <translation>Por &amp;grupo</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="78" />
            <source>Re&amp;plies</source>
            <translation>Res&amp;puestas</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="79" />
            <source>Re&amp;sources</source>
            <translation>Re&amp;cursos</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="80" />
            <source>Group &amp;description</source>
            <translation>&amp;Descripción del grupo</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="88" />
            <source>Your groups' rules, in plain words. ModDesk uses them to point out messages that may need you; it never deletes or sends anything.</source>
            <translation>Las reglas de tus grupos, en palabras sencillas. ModDesk las usa para señalarte mensajes que quizá necesiten tu atención; nunca borra ni envía nada.</translation>
        </message>
        <message>
            <location filename="../guidelines_text.py" line="46" />
            <source>ModDesk (shipped)</source>
            <translation>ModDesk (incluido)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="48" />
            <source>Edit “%1” (version %2)</source>
            <translation>Editar “%1” (versión %2)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="63" />
            <source>Saving checks the pack and stores it as version %1; every earlier version stays and can be restored. The groups that use this pack are then checked again.</source>
            <translation>Al guardar, se comprueba el paquete y se guarda como versión %1; todas las versiones anteriores se conservan y se pueden restaurar. Después se vuelven a comprobar los grupos que usan este paquete.</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="69" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="70" />
            <source>Check and save (Ctrl+S)</source>
            <translation>Comprobar y guardar (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="102" />
            <location filename="../pack_panel.py" line="317" />
            <source>Line %1: %2</source>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="103" />
            <source>%1. Nothing was saved; fix it and save again.</source>
            <translation>%1. No se ha guardado nada; corrígelo y vuelve a guardar.</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="126" />
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="127" />
            <source>Your changes to this pack are not saved. Discard them?</source>
            <translation>Los cambios en este paquete no están guardados. ¿Quieres descartarlos?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="98" />
            <source>Pac&amp;ks in this vault</source>
            <translation>Pa&amp;quetes de esta bóveda</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>Change this pack's rules and words</source>
            <translation>Cambiar las reglas y palabras de este paquete</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>Versio&amp;ns…</source>
            <translation>&amp;Versiones…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>See earlier versions and restore one</source>
            <translation>Ver las versiones anteriores y restaurar una</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>Add a pack from a .toml file</source>
            <translation>Añadir un paquete desde un archivo .toml</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>Save this pack to a .toml file to share or edit elsewhere</source>
            <translation>Guardar este paquete en un archivo .toml para compartirlo o editarlo en otro lugar</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="128" />
            <source>Each group is checked against the packs ticked for it on the “Per group” tab. Every change is kept as a new version.</source>
            <translation>Cada grupo se comprueba con los paquetes marcados para él en la pestaña “Por grupo”. Cada cambio se guarda como una versión nueva.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="270" />
            <source>Import a guideline pack</source>
            <translation>Importar un paquete de pautas</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="271" />
            <location filename="../pack_panel.py" line="331" />
            <source>Guideline packs (%1)</source>
            <translation>Paquetes de pautas (%1)</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="288" />
            <source>Replace with a new version?</source>
            <translation>¿Reemplazar con una versión nueva?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="289" />
            <source>“%1” is already in the vault (version %2). Save this file as its version %3? Earlier versions stay and can be restored; the groups that use it are checked again.</source>
            <translation>“%1” ya está en la bóveda (versión %2). ¿Guardar este archivo como su versión %3? Las versiones anteriores se conservan y se pueden restaurar; los grupos que lo usan se vuelven a comprobar.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="295" />
            <source>Save as new version</source>
            <translation>Guardar como versión nueva</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="304" />
            <source>“%1” is the same as the version in the vault; nothing changed.</source>
            <translation>“%1” es igual que la versión de la bóveda; no ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="307" />
            <source>“%1” imported.</source>
            <translation>“%1” importado.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="318" />
            <source>This pack cannot be imported</source>
            <translation>Este paquete no se puede importar</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="319" />
            <source>%1. Nothing was changed. Fix the file and import it again.</source>
            <translation>%1. No se ha cambiado nada. Corrige el archivo y vuelve a importarlo.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="330" />
            <source>Export a guideline pack</source>
            <translation>Exportar un paquete de pautas</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="342" />
            <source>The pack could not be written to %1 (%2). Choose another place.</source>
            <translation>No se pudo guardar el paquete en %1 (%2). Elige otro lugar.</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="345" />
            <source>Version %1 of the pack saved to %2.</source>
            <translation>Versión %1 del paquete guardada en %2.</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="51" />
            <source>Versions of “%1”</source>
            <translation>Versiones de “%1”</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="63" />
            <source>&amp;Restore this version</source>
            <translation>&amp;Restaurar esta versión</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="65" />
            <source>Save this text again as the newest version; nothing is deleted</source>
            <translation>Guardar este texto otra vez como la versión más reciente; no se borra nada</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="74" />
            <source>&amp;Versions, newest first</source>
            <translation>&amp;Versiones, la más reciente primero</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="91" />
            <source>Version %1</source>
            <translation>Versión %1</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="93" />
            <source>%1 (in use)</source>
            <translation>%1 (en uso)</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="144" />
            <source>no new inbox items</source>
            <translation>ningún elemento nuevo en la bandeja de entrada</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="146" />
            <source>Check stopped after %1 of %2 groups; %3 found before that are kept.</source>
            <translation>Comprobación detenida después de %1 de %2 grupos; se conservan los %3 encontrados hasta entonces.</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="149" />
            <source>No group uses this pack, so there was nothing to check.</source>
            <translation>Ningún grupo usa este paquete, así que no había nada que comprobar.</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="167" />
            <source>&amp;Cancel check</source>
            <translation>&amp;Cancelar la comprobación</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="168" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="169" />
            <source>Hide this message</source>
            <translation>Ocultar este aviso</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="194" />
            <source>Checking %1 of %2 groups against the changed guidelines…</source>
            <translation>Comprobando %1 de %2 grupos con las pautas modificadas…</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="216" />
            <source>Stopping after the group being checked…</source>
            <translation>Deteniendo después del grupo que se está comprobando…</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="77" />
            <source> in %1 languages</source>
            <translation> en %1 idiomas</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="78" />
            <source> (case and accents do not matter)</source>
            <translation> (no importan las mayúsculas ni los acentos)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="89" />
            <source>Links: %1</source>
            <translation>Enlaces: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="93" />
            <source>Floods: %1 or more messages by one member within %2 minutes</source>
            <translation>Ráfagas de mensajes: %1 o más mensajes de un mismo miembro en menos de %2 minutos</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="106" />
            <source>Shared in the group: %1</source>
            <translation>Compartido en el grupo: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="107" />
            <source>Group notices: %1</source>
            <translation>Avisos del grupo: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="128" />
            <source>Messages written by the group's admins are not flagged.</source>
            <translation>No se marcan los mensajes escritos por los admins del grupo.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="129" />
            <source>Repeated hits by one member within %1 minutes make one inbox item.</source>
            <translation>Las coincidencias repetidas de un mismo miembro en menos de %1 minutos forman un solo elemento en la bandeja de entrada.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="135" />
            <source>What finds it</source>
            <translation>Cómo se detecta</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="137" />
            <source>Suggested responses</source>
            <translation>Respuestas sugeridas</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="174" />
            <source>Choose a pack to read its rules.</source>
            <translation>Elige un paquete para leer sus reglas.</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="177" />
            <source>This version cannot be used:</source>
            <translation>Esta versión no se puede usar:</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="178" />
            <source>Edit the pack or restore an earlier version.</source>
            <translation>Edita el paquete o restaura una versión anterior.</translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n message</source>
            <translation>
                <numerusform>%n mensaje</numerusform>
                <numerusform>%n mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n messages</source>
            <translation>
                <numerusform>%n mensaje</numerusform>
                <numerusform>%n mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n group</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox item</source>
            <translation>
                <numerusform>%n elemento nuevo en la bandeja de entrada</numerusform>
                <numerusform>%n elementos nuevos en la bandeja de entrada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox items</source>
            <translation>
                <numerusform>%n elemento nuevo en la bandeja de entrada</numerusform>
                <numerusform>%n elementos nuevos en la bandeja de entrada</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n group again: %1.</source>
            <translation>
                <numerusform>%n grupo comprobado de nuevo: %1.</numerusform>
                <numerusform>%n grupos comprobados de nuevo: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n groups again: %1.</source>
            <translation>
                <numerusform>%n grupo comprobado de nuevo: %1.</numerusform>
                <numerusform>%n grupos comprobados de nuevo: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n term</source>
            <translation>
                <numerusform>Palabras y frases: %n término</numerusform>
                <numerusform>Palabras y frases: %n términos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n terms</source>
            <translation>
                <numerusform>Palabras y frases: %n término</numerusform>
                <numerusform>Palabras y frases: %n términos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hour</source>
            <translation>
                <numerusform>Preguntas y menciones a los admins sin respuesta de un admin en %n hora</numerusform>
                <numerusform>Preguntas y menciones a los admins sin respuesta de un admin en %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hours</source>
            <translation>
                <numerusform>Preguntas y menciones a los admins sin respuesta de un admin en %n hora</numerusform>
                <numerusform>Preguntas y menciones a los admins sin respuesta de un admin en %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rule</source>
            <translation>
                <numerusform>%n regla</numerusform>
                <numerusform>%n reglas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rules</source>
            <translation>
                <numerusform>%n regla</numerusform>
                <numerusform>%n reglas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n pattern) for: %1</source>
            <translation>
                <numerusform>Patrones de texto (%n patrón) para: %1</numerusform>
                <numerusform>Patrones de texto (%n patrones) para: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n patterns) for: %1</source>
            <translation>
                <numerusform>Patrones de texto (%n patrón) para: %1</numerusform>
                <numerusform>Patrones de texto (%n patrones) para: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../import_controller.py" line="258" />
            <source>No chat exports (.txt, .zip or .json) were found there.</source>
            <translation>No se encontraron exportaciones de chat (.txt, .zip o .json) en esa ubicación.</translation>
        </message>
    </context>
    <context>
        <name>ImportStatus</name>
        <message>
            <location filename="../import_status.py" line="70" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="71" />
            <source>Summary…</source>
            <translation>Resumen…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="98" />
            <source>Import finished. %1</source>
            <translation>Importación terminada. %1</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../import_summary_dialog.py" line="30" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="31" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="32" />
            <source>New messages</source>
            <translation>Mensajes nuevos</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="33" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="36" />
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="37" />
            <source>Already imported</source>
            <translation>Ya importado</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="38" />
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="39" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="40" />
            <source>Not imported</source>
            <translation>No importado</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="45" />
            <source>This file could not be read as a chat export. Export the chat again from WhatsApp (More → Export chat) and import the new file.</source>
            <translation>Este archivo no se pudo leer como exportación de chat. Vuelve a exportar el chat desde WhatsApp (Más → Exportar chat) e importa el archivo nuevo.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="48" />
            <source>The file is larger than %1, the most ModDesk imports. Export the chat again choosing “Without media”.</source>
            <translation>El archivo ocupa más de %1, el máximo que importa ModDesk. Vuelve a exportar el chat eligiendo “Sin archivos”.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="51" />
            <source>The archive is incomplete or damaged; it may still be downloading or syncing. Let it finish, or export the chat again.</source>
            <translation>El archivo comprimido está incompleto o dañado; puede que aún se esté descargando o sincronizando. Deja que termine o vuelve a exportar el chat.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="54" />
            <source>ModDesk could not open the file. Check that you may read it and that no other program is still writing it, then try again.</source>
            <translation>ModDesk no pudo abrir el archivo. Comprueba que tienes permiso para leerlo y que ningún otro programa lo está escribiendo todavía, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="57" />
            <source>The file is no longer there; it may have been moved or deleted.</source>
            <translation>El archivo ya no está ahí; puede que se haya movido o borrado.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="59" />
            <source>This is a link to another file. ModDesk never follows links; choose the file itself.</source>
            <translation>Esto es un enlace a otro archivo. ModDesk nunca sigue enlaces; elige el archivo en sí.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="62" />
            <source>This is not an ordinary file (a device, pipe or socket).</source>
            <translation>Esto no es un archivo normal (es un dispositivo, una tubería o un socket).</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="64" />
            <source>This is a folder. Use “Import folder…” to import the files in it.</source>
            <translation>Esto es una carpeta. Usa “Importar carpeta…” para importar los archivos que contiene.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="66" />
            <source>Not a chat export: ModDesk imports .txt, .zip and .json files.</source>
            <translation>No es una exportación de chat: ModDesk importa archivos .txt, .zip y .json.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="68" />
            <source>This is an unfinished download or a sync program's temporary file. Wait until it is complete.</source>
            <translation>Es una descarga sin terminar o un archivo temporal de un programa de sincronización. Espera a que esté completo.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="71" />
            <source>The file changed while it was being read. Import it again once it has finished saving.</source>
            <translation>El archivo cambió mientras se leía. Vuelve a importarlo cuando se haya terminado de guardar.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="74" />
            <source>Nothing from this file was saved.</source>
            <translation>No se guardó nada de este archivo.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="75" />
            <source>The vault could not save this file. Nothing from it was kept.</source>
            <translation>La bóveda no pudo guardar este archivo. No se conservó nada de él.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="77" />
            <source>An internal error stopped this import; nothing from the file was saved. Please report it.</source>
            <translation>Un error interno detuvo esta importación; no se guardó nada del archivo. Por favor, informa del error.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="120" />
            <source>The same content was imported before; nothing was added.</source>
            <translation>Este mismo contenido ya se había importado; no se añadió nada.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="122" />
            <source>Date order uncertain: ModDesk guessed whether dates are day/month or month/day. Check a few dates in Chats.</source>
            <translation>Orden de fechas dudoso: ModDesk supuso si las fechas son día/mes o mes/día. Revisa algunas fechas en Chats.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="125" />
            <source>%1 lines could not be read as messages.</source>
            <translation>Líneas que no se pudieron leer como mensajes: %1.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="128" />
            <source>The original file was moved into the vault.</source>
            <translation>El archivo original se movió a la bóveda.</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="138" />
            <source>Chat: %1</source>
            <translation>Chat: %1</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="140" />
            <source>%1 chats: %2</source>
            <translation>Chats (%1): %2</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="148" />
            <source>%1 imported (%2 new messages)</source>
            <translation>Importados: %1 (mensajes nuevos: %2)</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="151" />
            <source>%1 already imported</source>
            <translation>ya importados: %1</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="154" />
            <source>%1 failed</source>
            <translation>con error: %1</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="156" />
            <source>%1 cancelled</source>
            <translation>cancelados: %1</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="157" />
            <source>%1 files: %2.</source>
            <translation>Archivos: %1. %2.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryDialog</name>
        <message>
            <location filename="../import_summary_dialog.py" line="175" />
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
    </context>
    <context>
        <name>ImportUi</name>
        <message>
            <location filename="../import_status.py" line="37" />
            <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
            <translation>Exportaciones de chat (*.txt *.zip *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="43" />
            <source>Importing %1 of %2</source>
            <translation>Importando %1 de %2</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="47" />
            <source>%1: %2 of %3 messages…</source>
            <translation>%1: %2 de %3 mensajes…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="127" />
            <source>&amp;Import files…</source>
            <translation>Importar &amp;archivos…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="129" />
            <source>Import f&amp;older…</source>
            <translation>Importar &amp;carpeta…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="131" />
            <source>&amp;Watched folders…</source>
            <translation>Carpetas &amp;vigiladas…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="158" />
            <source>Watched folders notice</source>
            <translation>Aviso sobre las carpetas vigiladas</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="202" />
            <source>Import chat exports</source>
            <translation>Importar exportaciones de chat</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="209" />
            <source>Import the chat exports in a folder</source>
            <translation>Importar las exportaciones de chat de una carpeta</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <location filename="../inbox_actions.py" line="42" />
            <source>Next item</source>
            <translation>Elemento siguiente</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="43" />
            <source>Previous item</source>
            <translation>Elemento anterior</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="44" />
            <location filename="../inbox_item_view.py" line="230" />
            <source>Open in chat</source>
            <translation>Abrir en el chat</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="45" />
            <source>Resolve: dealt with</source>
            <translation>Resolver: ya está atendido</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="46" />
            <source>Dismiss: nothing to do (asks why)</source>
            <translation>Descartar: no hay nada que hacer (pregunta el motivo)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="48" />
            <source>Escalate: open an incident (Enter creates it)</source>
            <translation>Escalar: abrir un incidente (Enter lo crea)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="50" />
            <source>Snooze until a later day</source>
            <translation>Posponer hasta otro día</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="52" />
            <source>Reply with template…</source>
            <translation>Responder con una plantilla…</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="53" />
            <source>Severity: urgent</source>
            <translation>Prioridad: urgente</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="54" />
            <source>Severity: high</source>
            <translation>Prioridad: alta</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="55" />
            <source>Severity: normal</source>
            <translation>Prioridad: normal</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="56" />
            <source>Severity: low</source>
            <translation>Prioridad: baja</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="57" />
            <source>Undo the last action, one item at a time</source>
            <translation>Deshacer la última acción, elemento por elemento</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="59" />
            <source>Show or hide this item's media</source>
            <translation>Mostrar u ocultar los archivos multimedia de este elemento</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="60" />
            <source>Show these shortcuts</source>
            <translation>Mostrar estos atajos</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="62" />
            <source>Shift+click, Ctrl+click, Ctrl+A</source>
            <translation>Shift+clic, Ctrl+clic, Ctrl+A</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="63" />
            <source>Select several items (resolve or dismiss them together)</source>
            <translation>Seleccionar varios elementos (para resolverlos o descartarlos juntos)</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="29" />
            <source>False alarm: harmless in this conversation</source>
            <translation>Falsa alarma: es inofensivo en esta conversación</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="30" />
            <source>Already handled in the group</source>
            <translation>Ya se atendió en el grupo</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="31" />
            <source>Allowed in this group</source>
            <translation>Permitido en este grupo</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="32" />
            <source>Spam: removed in WhatsApp</source>
            <translation>Spam: eliminado en WhatsApp</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="33" />
            <source>Shared on purpose (for example a helpline number)</source>
            <translation>Compartido a propósito (por ejemplo, el número de una línea de ayuda)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="47" />
            <source>phone number</source>
            <translation>número de teléfono</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="48" />
            <source>e-mail address</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="49" />
            <source>street address</source>
            <translation>dirección postal</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="50" />
            <source>words</source>
            <translation>palabras</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="51" />
            <source>warning words</source>
            <translation>palabras de alerta</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="52" />
            <source>text pattern</source>
            <translation>patrón de texto</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="53" />
            <source>links</source>
            <translation>enlaces</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="54" />
            <source>many messages at once</source>
            <translation>muchos mensajes a la vez</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="55" />
            <source>unanswered question</source>
            <translation>pregunta sin respuesta</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="56" />
            <source>kind of message</source>
            <translation>tipo de mensaje</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="57" />
            <source>group notice</source>
            <translation>aviso del grupo</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="58" />
            <source>payment details</source>
            <translation>datos de pago</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="59" />
            <source>signs of danger</source>
            <translation>señales de peligro</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="60" />
            <source>grooming pattern</source>
            <translation>patrón de grooming</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="61" />
            <source>deleted message</source>
            <translation>mensaje eliminado</translation>
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
            <translation>Alta</translation>
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
            <translation>Baja</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="46" />
            <location filename="../inbox_page.py" line="73" />
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="47" />
            <location filename="../inbox_page.py" line="74" />
            <source>In review</source>
            <translation>En revisión</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="48" />
            <location filename="../inbox_page.py" line="77" />
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="49" />
            <location filename="../inbox_page.py" line="78" />
            <source>Dismissed</source>
            <translation>Descartado</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="50" />
            <location filename="../inbox_page.py" line="75" />
            <source>Escalated</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="51" />
            <source>Urgent help</source>
            <translation>Ayuda urgente</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="52" />
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="53" />
            <source>Needs reply</source>
            <translation>Requiere respuesta</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Severity</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Waiting</source>
            <translation>Espera</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Hits</source>
            <translation>Coincidencias</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="57" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="72" />
            <source>Open items</source>
            <translation>Elementos abiertos</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="76" />
            <source>Snoozed</source>
            <translation>Pospuestos</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="79" />
            <source>All states</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="80" />
            <source>Any severity</source>
            <translation>Cualquier prioridad</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="86" />
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="87" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="88" />
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="89" />
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="90" />
            <source>Custom range…</source>
            <translation>Periodo personalizado…</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>urgent help</source>
            <translation>ayuda urgente</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>attention</source>
            <translation>atención</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>reply</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="74" />
            <source>Groups</source>
            <translation>Grupos</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="77" />
            <source>Most urgent first</source>
            <translation>Lo más urgente primero</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="122" />
            <source>All groups</source>
            <translation>Todos los grupos</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="182" />
            <source>Nothing open</source>
            <translation>Nada abierto</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="54" />
            <source>Or write your own reason</source>
            <translation>O escribe tu propio motivo</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="56" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="61" />
            <source>Why does this need nothing more?</source>
            <translation>¿Por qué no hace falta nada más?</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="91" />
            <source>Tomorrow, %1</source>
            <translation>Mañana, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="92" />
            <source>Next week, %1</source>
            <translation>La próxima semana, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="97" />
            <source>Snooze to this day</source>
            <translation>Posponer hasta este día</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="99" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="118" />
            <source>Hide until the morning of:</source>
            <translation>Ocultar hasta la mañana del:</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="150" />
            <source>Items from a date range</source>
            <translation>Elementos de un periodo</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="159" />
            <source>Show these days</source>
            <translation>Mostrar estos días</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="170" />
            <source>Show items whose messages were written on these days:</source>
            <translation>Mostrar los elementos cuyos mensajes se escribieron en estos días:</translation>
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
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="140" />
            <source>edited</source>
            <translation>editado</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="142" />
            <source>missing from a later export</source>
            <translation>falta en una exportación posterior</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="152" />
            <source>This message was deleted</source>
            <translation>Este mensaje se eliminó</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="158" />
            <source>Media not included in the export</source>
            <translation>Archivo multimedia no incluido en la exportación</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="168" />
            <source>%1 shown only as a file: ModDesk does not open this type.</source>
            <translation>%1: se muestra solo como archivo; ModDesk no abre este tipo.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="175" />
            <source>%1 hidden</source>
            <translation>%1 sin mostrar</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="176" />
            <source>Press Space to show the media of this item.</source>
            <translation>Pulsa Space (barra espaciadora) para mostrar los archivos multimedia de este elemento.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="231" />
            <source>Open the chat at this message (Enter)</source>
            <translation>Abrir el chat en este mensaje (Enter)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="247" />
            <source>Choose an item in the list to see the message and what led to it.</source>
            <translation>Elige un elemento de la lista para ver el mensaje y lo que lo originó.</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="258" />
            <source>Previous flagged message of this item</source>
            <translation>Mensaje marcado anterior de este elemento</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="259" />
            <source>Next flagged message of this item</source>
            <translation>Mensaje marcado siguiente de este elemento</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="409" />
            <source>Rule %1 of the %2 guidelines</source>
            <translation>Regla %1 de las pautas “%2”</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="421" />
            <source>Escalated to incident %1</source>
            <translation>Escalado al incidente %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="423" />
            <source>Open incident %1 on the Incidents page</source>
            <translation>Abrir el incidente %1 en la página Incidentes</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="429" />
            <source>unknown author</source>
            <translation>persona desconocida</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="431" />
            <source>found by %1</source>
            <translation>detectado por %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="434" />
            <source>last handled by %1</source>
            <translation>gestionado por última vez por %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="436" />
            <source>reason: %1</source>
            <translation>motivo: %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="441" />
            <source>Flagged message %1 of %2</source>
            <translation>Mensaje marcado %1 de %2</translation>
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
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="104" />
            <source>Snoozed to %1</source>
            <translation>Pospuesto hasta %1</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="215" />
            <source>First message: %1</source>
            <translation>Primer mensaje: %1</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="219" />
            <source>Last handled by %1</source>
            <translation>Gestionado por última vez por %1</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="173" />
            <source>Open items in this bucket, for the groups shown</source>
            <translation>Elementos abiertos de esta categoría, en los grupos que se muestran</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="177" />
            <source>Shortcuts  ?</source>
            <translation>Atajos  ?</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Resolve  R</source>
            <translation>Resolver  R</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Dismiss…  D</source>
            <translation>Descartar…  D</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Incident…  E</source>
            <translation>Incidente…  E</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Snooze…  S</source>
            <translation>Posponer…  S</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Undo  Z</source>
            <translation>Deshacer  Z</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="371" />
            <source>Nothing waits here. The groups are calm for now.</source>
            <translation>Aquí no hay nada pendiente. Por ahora, los grupos están tranquilos.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="373" />
            <source>No items match these filters.</source>
            <translation>Ningún elemento coincide con estos filtros.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="400" />
            <source>All rules</source>
            <translation>Todas las reglas</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="443" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n seleccionado</numerusform>
                <numerusform>%n seleccionados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="525" />
            <source>Nothing to undo.</source>
            <translation>No hay nada que deshacer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="536" />
            <source>Undone. %n more to undo.</source>
            <translation>
                <numerusform>Deshecho. Queda %n acción por deshacer.</numerusform>
                <numerusform>Deshecho. Quedan %n acciones por deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="540" />
            <source>That item changed since; nothing was undone.</source>
            <translation>Ese elemento ha cambiado desde entonces; no se deshizo nada.</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="547" />
            <source>This item has no media to show.</source>
            <translation>Este elemento no tiene archivos multimedia que mostrar.</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="37" />
            <source>Press Esc or ? to close.</source>
            <translation>Pulsa Esc o ? para cerrar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n item</source>
            <translation>
                <numerusform>Descartar %n elemento</numerusform>
                <numerusform>Descartar %n elementos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n items</source>
            <translation>
                <numerusform>Descartar %n elemento</numerusform>
                <numerusform>Descartar %n elementos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n item</source>
            <translation>
                <numerusform>Posponer %n elemento</numerusform>
                <numerusform>Posponer %n elementos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n items</source>
            <translation>
                <numerusform>Posponer %n elemento</numerusform>
                <numerusform>Posponer %n elementos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged message</source>
            <translation>
                <numerusform>%n mensaje marcado</numerusform>
                <numerusform>%n mensajes marcados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged messages</source>
            <translation>
                <numerusform>%n mensaje marcado</numerusform>
                <numerusform>%n mensajes marcados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n item changed. Press Z to undo.</source>
            <translation>
                <numerusform>%n elemento cambiado. Pulsa Z para deshacer.</numerusform>
                <numerusform>%n elementos cambiados. Pulsa Z para deshacer, elemento por elemento.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n items changed. Press Z to undo, one item at a time.</source>
            <translation>
                <numerusform>%n elemento cambiado. Pulsa Z para deshacer.</numerusform>
                <numerusform>%n elementos cambiados. Pulsa Z para deshacer, elemento por elemento.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n item could not change: another change came first.</source>
            <translation>
                <numerusform>%n elemento no se pudo cambiar: otro cambio llegó antes.</numerusform>
                <numerusform>%n elementos no se pudieron cambiar: otros cambios llegaron antes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n items could not change: other changes came first.</source>
            <translation>
                <numerusform>%n elemento no se pudo cambiar: otro cambio llegó antes.</numerusform>
                <numerusform>%n elementos no se pudieron cambiar: otros cambios llegaron antes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../desktop/reports/wording.py" line="27" />
            <source>Reporting member</source>
            <translation>Miembro que informa</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="28" />
            <source>Subject of the report</source>
            <translation>Persona señalada</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="29" />
            <source>Witness</source>
            <translation>Testigo</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="30" />
            <source>Affected person</source>
            <translation>Persona afectada</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="33" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="34" />
            <source>Monitoring</source>
            <translation>En observación</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="35" />
            <source>Escalated</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="36" />
            <source>Referred</source>
            <translation>Derivado</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="37" />
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="40" />
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="41" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="42" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="43" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="46" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <location filename="../../desktop/reports/wording.py" line="47" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="73" />
            <location filename="../../desktop/reports/wording.py" line="48" />
            <source>Severity</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="77" />
            <location filename="../../desktop/reports/wording.py" line="49" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="50" />
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="53" />
            <source>Internal copy</source>
            <translation>Copia interna</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="54" />
            <source>Copy for authorities and support services</source>
            <translation>Copia para autoridades y servicios de apoyo</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="55" />
            <source>Copy for the reporting member</source>
            <translation>Copia para el miembro que informa</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="58" />
            <source>Complete record for the moderation team: every name, note and contact detail is shown. Do not pass this copy on.</source>
            <translation>Registro completo para el equipo de moderación: se muestran todos los nombres, notas y datos de contacto. No compartas esta copia.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="62" />
            <source>The people involved are named. Members who are not involved are shown as “%1”, “%2”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “%3” and “%4”. The moderators keep the complete record.</source>
            <translation>Las personas implicadas aparecen con su nombre. Los miembros no implicados aparecen como “%1”, “%2”, siempre con la misma letra para la misma persona, también donde sus nombres aparecen en los mensajes. Los números de teléfono y las direcciones de correo electrónico se sustituyen por “%3” y “%4”. El equipo de moderación conserva el registro completo.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="68" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “%2”, “%3”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation>Esta copia muestra solo lo que concierne a %1: las pruebas en las que escribe o se le nombra, cuándo se abrió el incidente, los cambios de estado y las derivaciones. Los demás miembros aparecen como “%2”, “%3”; se quitan los números de teléfono y las direcciones de correo electrónico. No se incluyen las notas internas del equipo de moderación, la prioridad ni las etiquetas.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="77" />
            <source>Member %1</source>
            <translation>Miembro %1</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="78" />
            <source>[phone number removed]</source>
            <translation>[número de teléfono eliminado]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="79" />
            <source>[e-mail removed]</source>
            <translation>[correo electrónico eliminado]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="80" />
            <source>[name removed]</source>
            <translation>[nombre eliminado]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="83" />
            <source>new</source>
            <translation>nuevo</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="84" />
            <source>in review</source>
            <translation>en revisión</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="85" />
            <source>resolved</source>
            <translation>resuelto</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="86" />
            <source>dismissed</source>
            <translation>descartado</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="87" />
            <source>escalated</source>
            <translation>escalado</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="90" />
            <source>System message</source>
            <translation>Mensaje del sistema</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="91" />
            <source>Media</source>
            <translation>Multimedia</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="92" />
            <source>This message was deleted</source>
            <translation>Este mensaje se eliminó</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="93" />
            <source>Poll</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="94" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="95" />
            <source>Contact card</source>
            <translation>Tarjeta de contacto</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="95" />
            <source>The printer or file could not be opened.</source>
            <translation>No se pudo abrir la impresora o el archivo.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="110" />
            <source>%1 incident summary</source>
            <translation>Resumen del incidente %1</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="119" />
            <source>Could not write %1. Check that the folder exists and that you may write there.</source>
            <translation>No se pudo escribir %1. Comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="127" />
            <source>%1 · Incident summary</source>
            <translation>%1 · Resumen del incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="128" />
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="129" />
            <source>%1 · generated %2 by %3</source>
            <translation>%1 · generado el %2 por %3</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="131" />
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="46" />
            <source>INCIDENT SUMMARY</source>
            <translation>RESUMEN DEL INCIDENTE</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="53" />
            <source>Some text cannot be shown: no font for %1 is installed on the computer that made this copy. That text may appear as empty boxes; the moderators' record holds it unchanged.</source>
            <translation>Parte del texto no se puede mostrar: el equipo que creó esta copia no tiene instalada ninguna fuente para %1. Ese texto puede aparecer como recuadros vacíos; el registro del equipo de moderación lo conserva sin cambios.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="64" />
            <source>Integrity warning: the incident log failed its check when this copy was made.</source>
            <translation>Advertencia de integridad: el registro del incidente no superó la comprobación cuando se creó esta copia.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="66" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered. Details are in the integrity appendix.</source>
            <translation>El registro se imprime tal como está ahora; no se ha reparado nada. Trátalo como posiblemente modificado. Los detalles están en el anexo de integridad.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="72" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <source>Opened</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <location filename="../../desktop/reports/sections.py" line="126" />
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="76" />
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="87" />
            <source>People involved</source>
            <translation>Personas implicadas</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="89" />
            <source>Nobody is listed yet.</source>
            <translation>Todavía no hay nadie en la lista.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Name as shown in the chat</source>
            <translation>Nombre tal como aparece en el chat</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="96" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="98" />
            <source>No entries.</source>
            <translation>No hay entradas.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="107" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="109" />
            <source>No messages are linked as evidence in this copy.</source>
            <translation>En esta copia no hay mensajes vinculados como pruebas.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="110" />
            <source>Highlighted: the linked message. In grey: the messages around it in the chat, for context. Times are as in the chat export.</source>
            <translation>Resaltado: el mensaje vinculado. En gris: los mensajes de alrededor en el chat, para dar contexto. Las horas son las de la exportación del chat.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="118" />
            <source>Evidence %1 of %2</source>
            <translation>Prueba %1 de %2</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <source>%1: message from %2, %3</source>
            <translation>%1: mensaje de %2, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <location filename="../../desktop/reports/sections.py" line="146" />
            <source>system</source>
            <translation>sistema</translation>
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
            <translation>Archivo de exportación</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="123" />
            <source>Line in export</source>
            <translation>Línea en la exportación</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="124" />
            <source>Export SHA-256</source>
            <translation>SHA-256 de la exportación</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="125" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Snapshot SHA-256</source>
            <translation>SHA-256 de la instantánea</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="126" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Linked</source>
            <translation>Vinculado</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="166" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="168" />
            <source>No notes in this copy.</source>
            <translation>No hay notas en esta copia.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Written</source>
            <translation>Escrita</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Note (current version)</source>
            <translation>Nota (versión actual)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="176" />
            <source>Edited: %1 versions, first written %2. Earlier versions are kept.</source>
            <translation>Editada: %1 versiones; escrita por primera vez el %2. Se conservan las versiones anteriores.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="184" />
            <source>Actions and referrals</source>
            <translation>Acciones y derivaciones</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="187" />
            <source>No actions or referrals are recorded in this copy.</source>
            <translation>En esta copia no hay acciones ni derivaciones registradas.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="202" />
            <source>Integrity appendix</source>
            <translation>Anexo de integridad</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="203" />
            <source>Incident log check</source>
            <translation>Comprobación del registro del incidente</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="204" />
            <source>Content digest of this copy (SHA-256)</source>
            <translation>Huella del contenido de esta copia (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="207" />
            <source>Source exports</source>
            <translation>Exportaciones de origen</translation>
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
            <translation>Ninguna en esta copia.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="212" />
            <source>Evidence snapshots</source>
            <translation>Instantáneas de las pruebas</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="217" />
            <source>This copy</source>
            <translation>Esta copia</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="218" />
            <source>%1. Generated %2 by %3 with ModDesk %4.</source>
            <translation>%1. Generado el %2 por %3 con ModDesk %4.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="231" />
            <source>Checked when this copy was made: all %1 entries of the incident log are intact, in order and complete.</source>
            <translation>Comprobado al crear esta copia: las %1 entradas del registro del incidente están intactas, en orden y completas.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="233" />
            <source>The incident log failed its check when this copy was made (%1 entries). ModDesk found:</source>
            <translation>El registro del incidente no superó la comprobación al crear esta copia (%1 entradas). ModDesk encontró lo siguiente:</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="236" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered and ask the moderation team.</source>
            <translation>El registro se imprime tal como está ahora; no se ha reparado nada. Trátalo como posiblemente modificado y consulta al equipo de moderación.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="243" />
            <source>The digest covers everything this copy shows about the incident, but not when or by whom it was generated. To check a copy, the moderation team runs “moddesk report %1 --profile %2 --digest” on their ModDesk vault: it prints the digest of the record as it is now, which must equal the one above. “--canonical FILE” writes the exact bytes the digest is computed from; any SHA-256 tool (for example “sha256sum FILE”) turns them into this digest.</source>
            <translation>La huella abarca todo lo que esta copia muestra sobre el incidente, pero no cuándo ni quién la generó. Para comprobar una copia, el equipo de moderación ejecuta “moddesk report %1 --profile %2 --digest” en su bóveda de ModDesk: muestra la huella del registro tal como está ahora, que debe ser igual a la de arriba. “--canonical ARCHIVO” escribe los bytes exactos con los que se calcula la huella; cualquier herramienta SHA-256 (por ejemplo, “sha256sum ARCHIVO”) los convierte en esta huella.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened: “%1”.</source>
            <translation>Incidente abierto: “%1”.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened.</source>
            <translation>Incidente abierto.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="176" />
            <source>%1 set to “%2”.</source>
            <translation>%1: se cambió a “%2”.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="178" />
            <source>%1 cleared (was “%2”).</source>
            <translation>%1: se borró (antes: “%2”).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation>%1: se cambió de “%2” a “%3”.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="183" />
            <source>Status changed from %1 to %2.</source>
            <translation>El estado cambió de %1 a %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="189" />
            <source>%1 is no longer listed as %2.</source>
            <translation>%1 ya no figura como %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="190" />
            <source>%1 added as %2.</source>
            <translation>Se añadió a %1 como %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="195" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation>Prueba añadida: un mensaje de “%1”, línea %2 de la exportación.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="197" />
            <source>Evidence added.</source>
            <translation>Prueba añadida.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="201" />
            <source>Note %1 written.</source>
            <translation>Nota %1 escrita.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="205" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation>Nota %1 editada: se escribió la versión %2 y se conservan las anteriores.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="209" />
            <source>Reply “%1” copied, in %2.</source>
            <translation>Respuesta “%1” copiada (idioma: %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="215" />
            <source>Referred to %1, %2.</source>
            <translation>Derivado a %1, %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="216" />
            <source>Referred to %1.</source>
            <translation>Derivado a %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="222" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation>Elemento %1 de la bandeja de entrada escalado al incidente %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="224" />
            <source>Reason: %1.</source>
            <translation>Motivo: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="229" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation>Elemento %1 de la bandeja de entrada movido de “%2” a “%3”.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="232" />
            <source>Inbox item %1: severity changed.</source>
            <translation>Elemento %1 de la bandeja de entrada: prioridad cambiada.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="234" />
            <source>Inbox item %1 snoozed.</source>
            <translation>Elemento %1 de la bandeja de entrada pospuesto.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="236" />
            <source>Inbox item %1: an action was undone.</source>
            <translation>Elemento %1 de la bandeja de entrada: se deshizo una acción.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="237" />
            <source>Inbox item %1: %2.</source>
            <translation>Elemento %1 de la bandeja de entrada: %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="169" />
            <source>Note %1 edited (version %2).</source>
            <translation type="vanished">Nota %1 editada (versión %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="173" />
            <source>Reply template “%1” used (language: %2).</source>
            <translation type="vanished">Se usó la plantilla de respuesta “%1” (idioma: %2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>Referred to %1 (%2).</source>
            <translation type="vanished">Derivado a %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="185" />
            <source>%1 Reason: %2.</source>
            <translation type="vanished">%1 Motivo: %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="57" />
            <source>The people involved are named. Members who are not involved are shown as “Member A”, “Member B”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “[phone number removed]” and “[e-mail removed]”. The moderators keep the complete record.</source>
            <translation type="vanished">Las personas implicadas aparecen con su nombre. Los miembros no implicados aparecen como “Member A”, “Member B”, siempre con la misma letra para la misma persona, también donde sus nombres aparecen en los mensajes. Los números de teléfono y las direcciones de correo electrónico se sustituyen por “[phone number removed]” y “[e-mail removed]”. El equipo de moderación conserva el registro completo.</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="64" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “Member A”, “Member B”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation type="vanished">Esta copia muestra solo lo que concierne a %1: las pruebas en las que escribe o se le nombra, cuándo se abrió el incidente, los cambios de estado y las derivaciones. Los demás miembros aparecen como “Member A”, “Member B”; se quitan los números de teléfono y las direcciones de correo electrónico. No se incluyen las notas internas del equipo de moderación, la prioridad ni las etiquetas.</translation>
        </message>
    </context>
    <context>
        <name>Incidents</name>
        <message>
            <location filename="../evidence_view.py" line="22" />
            <source>This message was deleted</source>
            <translation>Este mensaje se eliminó</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="23" />
            <source>Poll</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="24" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="25" />
            <source>Contact card</source>
            <translation>Tarjeta de contacto</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="108" />
            <source>Follow-up</source>
            <comment>incident list column heading: keep it short</comment>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="22" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="23" />
            <source>Monitoring</source>
            <translation>En observación</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="24" />
            <source>Escalated</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="25" />
            <source>Referred</source>
            <translation>Derivado</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="26" />
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="29" />
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="30" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="31" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="32" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="35" />
            <source>Reporter</source>
            <translation>Persona que informa</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="36" />
            <source>Subject</source>
            <translation>Persona señalada</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="37" />
            <source>Witness</source>
            <translation>Testigo</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="38" />
            <source>Affected person</source>
            <translation>Persona afectada</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="41" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="42" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="43" />
            <source>Severity</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="44" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="45" />
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="24" />
            <source>by phone</source>
            <translation>por teléfono</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="25" />
            <source>by e-mail</source>
            <translation>por correo electrónico</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="26" />
            <source>through their online form</source>
            <translation>a través de su formulario en línea</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="27" />
            <source>in person</source>
            <translation>en persona</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="28" />
            <source>the member was given their details</source>
            <translation>se dieron sus datos de contacto al miembro</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="44" />
            <source>People involved</source>
            <translation>Personas implicadas</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="58" />
            <source>Nobody is listed yet.</source>
            <translation>Todavía no hay nadie en la lista.</translation>
        </message>
        <message>
            <location filename="../incident_timeline.py" line="32" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="35" />
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="84" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="40" />
            <source>No evidence yet. Link messages from the chat view or search: right-click a message, Add to incident…</source>
            <translation>Aún no hay pruebas. Vincula mensajes desde la vista del chat o desde la búsqueda: haz clic derecho en un mensaje y elige “Añadir a un incidente…”.</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="52" />
            <source>Evidence %1 · added %2 by %3</source>
            <translation>Prueba %1 · añadida el %2 por %3</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="60" />
            <source>System message</source>
            <translation>Mensaje del sistema</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="64" />
            <source>Evidence message</source>
            <translation>Mensaje de prueba</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="76" />
            <source>a file</source>
            <translation>un archivo</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="77" />
            <source>Media: %1 (not stored with the evidence, never shown by itself)</source>
            <translation>Multimedia: %1 (no se guarda con la prueba y nunca se muestra por sí solo)</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="89" />
            <source>From “%1”, export file “%2”, line %3.</source>
            <translation>De “%1”, archivo de exportación “%2”, línea %3.</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="91" />
            <source>Export SHA-256: %1</source>
            <translation>SHA-256 de la exportación: %1</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="92" />
            <source>Snapshot SHA-256: %1</source>
            <translation>SHA-256 de la instantánea: %1</translation>
        </message>
        <message>
            <location filename="../followup_strip.py" line="47" />
            <source>Show them</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="73" />
            <source>Comma-separated, e.g. repeat, weekend</source>
            <translation>Separadas por comas, p. ej.: repetido, fin de semana</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="74" />
            <source>Follow up on</source>
            <translation>Seguimiento el</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="91" />
            <location filename="../new_incident_dialog.py" line="121" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="92" />
            <location filename="../new_incident_dialog.py" line="122" />
            <source>&amp;Category:</source>
            <translation>&amp;Categoría:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="93" />
            <source>Severity, status:</source>
            <translation>Prioridad, estado:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="94" />
            <source>T&amp;ags:</source>
            <translation>&amp;Etiquetas:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="95" />
            <source>Follow-up:</source>
            <translation>Seguimiento:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="143" />
            <location filename="../new_incident_dialog.py" line="101" />
            <source>No category</source>
            <translation>Sin categoría</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="151" />
            <source>Due: %1</source>
            <translation>Para el %1</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="155" />
            <source>This incident's log was changed outside ModDesk. Open it to see what.</source>
            <translation>El registro de este incidente se modificó fuera de ModDesk. Ábrelo para ver qué cambió.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="158" />
            <source>The follow-up date has come: check on this incident today.</source>
            <translation>Ha llegado la fecha de seguimiento: revisa este incidente hoy.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>%1
Category: %2</source>
            <translation>%1
Categoría: %2</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="82" />
            <source>New incident from message…</source>
            <translation>Nuevo incidente a partir del mensaje…</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="89" />
            <source>Add to incident…</source>
            <translation>Añadir a un incidente…</translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="97" />
            <location filename="../incident_message_actions.py" line="98" />
            <source>%n messages are selected; one incident takes at most %1 at a time. Select fewer (each is kept with ten messages of context).</source>
            <translation>
                <numerusform>Hay %n mensaje seleccionado; un incidente admite como mucho %1 a la vez. Selecciona menos (cada uno se guarda con diez mensajes de contexto).</numerusform>
                <numerusform>Hay %n mensajes seleccionados; un incidente admite como mucho %1 a la vez. Selecciona menos (cada uno se guarda con diez mensajes de contexto).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="113" />
            <location filename="../incident_message_actions.py" line="192" />
            <source>Select a message first.</source>
            <translation>Primero selecciona un mensaje.</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="132" />
            <source>Add to incident</source>
            <translation>Añadir a un incidente</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="136" />
            <source>Type a number or words of the title</source>
            <translation>Escribe un número o palabras del título</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="143" />
            <source>Add as evidence</source>
            <translation>Añadir como prueba</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="161" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="198" />
            <source>There is no incident yet. Use “New incident from message…”.</source>
            <translation>Aún no hay ningún incidente. Usa “Nuevo incidente a partir del mensaje…”.</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="113" />
            <source>Reply with template…  T</source>
            <translation>Responder con una plantilla…  T</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="114" />
            <source>Record referral…  R</source>
            <translation>Registrar una derivación…  R</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="115" />
            <source>Print summary…  Ctrl+P</source>
            <translation>Imprimir el resumen…  Ctrl+P</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="132" />
            <source>Choose an incident on the left, or press Ctrl+Shift+N to open a new one.</source>
            <translation>Elige un incidente a la izquierda o pulsa Ctrl+Shift+N para abrir uno nuevo.</translation>
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
            <translation>Abierto el %1 por %2 · último cambio: %3</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="226" />
            <source>Notes (%1)</source>
            <translation>Notas (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="227" />
            <source>Evidence (%1)</source>
            <translation>Pruebas (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="228" />
            <source>Timeline (%1)</source>
            <translation>Cronología (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="229" />
            <source>People (%1)</source>
            <translation>Personas (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="334" />
            <source>The log does not match its seal.</source>
            <translation>El registro no coincide con su sello.</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="335" />
            <source>This log was changed outside ModDesk: %1 Nothing was repaired; what is shown below is the log as it is now. Keep this vault as it is and compare it with a backup or a printed summary.</source>
            <translation>Este registro se modificó fuera de ModDesk: %1 No se ha reparado nada; lo que ves abajo es el registro tal como está ahora. Deja esta bóveda tal como está y compárala con una copia de seguridad o con un resumen impreso.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="145" />
            <source>New incident…  Ctrl+Shift+N</source>
            <translation>Nuevo incidente…  Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="147" />
            <source>Follow-ups due</source>
            <translation>Seguimientos pendientes</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="150" />
            <source>Only incidents whose follow-up date is today or past</source>
            <translation>Solo los incidentes cuya fecha de seguimiento es hoy o ya pasó</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="161" />
            <source>Search titles and notes  /</source>
            <translation>Buscar en títulos y notas  /</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="166" />
            <source>Not closed</source>
            <translation>Sin cerrar</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="169" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="172" />
            <source>Any severity</source>
            <translation>Cualquier prioridad</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="205" />
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Write a note</source>
            <translation>Escribir una nota</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Reply with template…</source>
            <translation>Responder con una plantilla…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Record referral…</source>
            <translation>Registrar una derivación…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Print summary…</source>
            <translation>Imprimir el resumen…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>New incident…</source>
            <translation>Nuevo incidente…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>Search incidents</source>
            <translation>Buscar incidentes</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="321" />
            <source>No incidents match these filters.</source>
            <translation>Ningún incidente coincide con estos filtros.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="322" />
            <source>No incidents yet. Press E on an item in the Inbox, right-click a message in a chat, or press Ctrl+Shift+N here.</source>
            <translation>Aún no hay incidentes. Pulsa E en un elemento de la bandeja de entrada, haz clic derecho en un mensaje de un chat o pulsa aquí Ctrl+Shift+N.</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="330" />
            <source>Any category</source>
            <translation>Cualquier categoría</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="68" />
            <source>Moderator</source>
            <translation>Moderador/a</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="74" />
            <source>The incident was not changed: %1</source>
            <translation>No se modificó el incidente: %1</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="94" />
            <source>New incident</source>
            <translation>Nuevo incidente</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="123" />
            <source>&amp;Severity:</source>
            <translation>&amp;Prioridad:</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="125" />
            <source>Create incident</source>
            <translation>Crear incidente</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="187" />
            <source>Incident %1 opened. It is on the Incidents page (Ctrl+4).</source>
            <translation>Incidente %1 abierto. Está en la página Incidentes (Ctrl+4).</translation>
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
            <translation>Mensaje de %1 en %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="277" />
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="278" />
            <source>%1 messages in %2</source>
            <translation>%1 mensajes en %2</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="286" />
            <source>An incident with no evidence yet. You can link messages later from the chat view or search.</source>
            <translation>Un incidente todavía sin pruebas. Puedes vincular mensajes más tarde desde la vista del chat o desde la búsqueda.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="85" />
            <source>Edit note  F2</source>
            <translation>Editar nota  F2</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="86" />
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="92" />
            <source>Write a note: what happened, what you did, what is next. Ctrl+Enter saves.</source>
            <translation>Escribe una nota: qué pasó, qué hiciste, qué viene después. Ctrl+Enter guarda.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="94" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="97" />
            <source>Save note  Ctrl+Enter</source>
            <translation>Guardar nota  Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="99" />
            <source>Cancel edit</source>
            <translation>Cancelar la edición</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="153" />
            <source>Enter shows this note's history; F2 edits it.</source>
            <translation>Enter muestra el historial de esta nota; F2 la edita.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="216" />
            <source>New note. Notes are signed with your name and cannot be deleted; an edit keeps the earlier text.</source>
            <translation>Nota nueva. Las notas se firman con tu nombre y no se pueden borrar; al editar, se conserva el texto anterior.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="220" />
            <source>Editing note %1: saving writes version %2; the earlier text stays in its history.</source>
            <translation>Editando la nota %1: al guardar se escribe la versión %2; el texto anterior se queda en su historial.</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="267" />
            <source>Note %1: history</source>
            <translation>Nota %1: historial</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="285" />
            <source>Version %1 · %2 · %3</source>
            <translation>Versión %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="49" />
            <source>Name as in the chat</source>
            <translation>Nombre como en el chat</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="56" />
            <source>Add person</source>
            <translation>Añadir persona</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="57" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="44" />
            <location filename="../referral_dialog.py" line="59" />
            <source>Record referral</source>
            <translation>Registrar una derivación</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="46" />
            <source>A service, hotline, shelter or the police</source>
            <translation>Un servicio, una línea de ayuda, una casa de acogida o la policía</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="49" />
            <source>Set the status to Referred</source>
            <translation>Cambiar el estado a Derivado</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="52" />
            <source>The referral is written into the incident's timeline. It does not contact anyone: ModDesk never goes online.</source>
            <translation>La derivación se anota en la cronología del incidente. No se contacta a nadie: ModDesk nunca se conecta a internet.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="63" />
            <source>Referred &amp;to:</source>
            <translation>&amp;Derivado a:</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="64" />
            <source>&amp;How:</source>
            <translation>&amp;Cómo:</translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The log of %n incident was changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>El registro de %n incidente se modificó fuera de ModDesk. Abre Incidentes para ver qué cambió; no se ha reparado ni ocultado nada.</numerusform>
                <numerusform>Los registros de %n incidentes se modificaron fuera de ModDesk. Abre Incidentes para ver qué cambió; no se ha reparado ni ocultado nada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The logs of %n incidents were changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>El registro de %n incidente se modificó fuera de ModDesk. Abre Incidentes para ver qué cambió; no se ha reparado ni ocultado nada.</numerusform>
                <numerusform>Los registros de %n incidentes se modificaron fuera de ModDesk. Abre Incidentes para ver qué cambió; no se ha reparado ni ocultado nada.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-up is due today.</source>
            <translation>
                <numerusform>Hoy vence %n seguimiento de incidente.</numerusform>
                <numerusform>Hoy vencen %n seguimientos de incidentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-ups are due today.</source>
            <translation>
                <numerusform>Hoy vence %n seguimiento de incidente.</numerusform>
                <numerusform>Hoy vencen %n seguimientos de incidentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n message…</source>
            <translation>
                <numerusform>Nuevo incidente a partir de %n mensaje…</numerusform>
                <numerusform>Nuevo incidente a partir de %n mensajes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n messages…</source>
            <translation>
                <numerusform>Nuevo incidente a partir de %n mensaje…</numerusform>
                <numerusform>Nuevo incidente a partir de %n mensajes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n message to incident…</source>
            <translation>
                <numerusform>Añadir %n mensaje a un incidente…</numerusform>
                <numerusform>Añadir %n mensajes a un incidente…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n messages to incident…</source>
            <translation>
                <numerusform>Añadir %n mensaje a un incidente…</numerusform>
                <numerusform>Añadir %n mensajes a un incidente…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n message as evidence in which incident?</source>
            <translation>
                <numerusform>¿En qué incidente quieres guardar %n mensaje como prueba?</numerusform>
                <numerusform>¿En qué incidente quieres guardar %n mensajes como pruebas?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n messages as evidence in which incident?</source>
            <translation>
                <numerusform>¿En qué incidente quieres guardar %n mensaje como prueba?</numerusform>
                <numerusform>¿En qué incidente quieres guardar %n mensajes como pruebas?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n message kept as evidence in %1.</source>
            <translation>
                <numerusform>%n mensaje guardado como prueba en %1.</numerusform>
                <numerusform>%n mensajes guardados como pruebas en %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n messages kept as evidence in %1.</source>
            <translation>
                <numerusform>%n mensaje guardado como prueba en %1.</numerusform>
                <numerusform>%n mensajes guardados como pruebas en %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entry checked.)</source>
            <translation>
                <numerusform>(%n entrada comprobada.)</numerusform>
                <numerusform>(%n entradas comprobadas.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entries checked.)</source>
            <translation>
                <numerusform>(%n entrada comprobada.)</numerusform>
                <numerusform>(%n entradas comprobadas.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incident</source>
            <translation>
                <numerusform>%n incidente</numerusform>
                <numerusform>%n incidentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incidents</source>
            <translation>
                <numerusform>%n incidente</numerusform>
                <numerusform>%n incidentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n group</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox item: it is escalated to the new incident, its flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>A partir de %n elemento de la bandeja de entrada: se escala al nuevo incidente y sus mensajes marcados se guardan como pruebas.</numerusform>
                <numerusform>A partir de %n elementos de la bandeja de entrada: cada uno se escala al nuevo incidente y sus mensajes marcados se guardan como pruebas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox items: each is escalated to the new incident, their flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>A partir de %n elemento de la bandeja de entrada: se escala al nuevo incidente y sus mensajes marcados se guardan como pruebas.</numerusform>
                <numerusform>A partir de %n elementos de la bandeja de entrada: cada uno se escala al nuevo incidente y sus mensajes marcados se guardan como pruebas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n message: it is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>A partir de %n mensaje: se guarda como prueba junto con los cinco mensajes anteriores y los cinco posteriores.</numerusform>
                <numerusform>A partir de %n mensajes: cada uno se guarda como prueba junto con los cinco mensajes anteriores y los cinco posteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n messages: each is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>A partir de %n mensaje: se guarda como prueba junto con los cinco mensajes anteriores y los cinco posteriores.</numerusform>
                <numerusform>A partir de %n mensajes: cada uno se guarda como prueba junto con los cinco mensajes anteriores y los cinco posteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n version. Versions are never removed.</source>
            <translation>
                <numerusform>Esta nota tiene %n versión. Las versiones nunca se eliminan.</numerusform>
                <numerusform>Esta nota tiene %n versiones. Las versiones nunca se eliminan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n versions. Versions are never removed.</source>
            <translation>
                <numerusform>Esta nota tiene %n versión. Las versiones nunca se eliminan.</numerusform>
                <numerusform>Esta nota tiene %n versiones. Las versiones nunca se eliminan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n version</source>
            <translation>
                <numerusform>editada — %n versión</numerusform>
                <numerusform>editada — %n versiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n versions</source>
            <translation>
                <numerusform>editada — %n versión</numerusform>
                <numerusform>editada — %n versiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="49" />
            <source>new</source>
            <translation type="vanished">nuevo</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="50" />
            <source>in review</source>
            <translation type="vanished">en revisión</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="51" />
            <source>resolved</source>
            <translation type="vanished">resuelto</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="52" />
            <source>dismissed</source>
            <translation type="vanished">descartado</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="53" />
            <source>escalated</source>
            <translation type="vanished">escalado</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="115" />
            <source>Incident opened: “%1”.</source>
            <translation type="vanished">Incidente abierto: “%1”.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="125" />
            <source>%1 set to “%2”.</source>
            <translation type="vanished">%1: se cambió a “%2”.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="127" />
            <source>%1 cleared (was “%2”).</source>
            <translation type="vanished">%1: se borró (antes: “%2”).</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="128" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation type="vanished">%1: se cambió de “%2” a “%3”.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="132" />
            <source>Status changed from %1 to %2.</source>
            <translation type="vanished">El estado cambió de %1 a %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="139" />
            <source>%1 is no longer listed as %2.</source>
            <translation type="vanished">%1 ya no figura como %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="140" />
            <source>%1 added as %2.</source>
            <translation type="vanished">Se añadió a %1 como %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="144" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation type="vanished">Prueba añadida: un mensaje de “%1”, línea %2 de la exportación.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="149" />
            <source>Note %1 written.</source>
            <translation type="vanished">Nota %1 escrita.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="164" />
            <source>Referred to %1.</source>
            <translation type="vanished">Derivado a %1.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="181" />
            <source>Inbox item %1: %2.</source>
            <translation type="vanished">Elemento %1 de la bandeja de entrada: %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="153" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation type="vanished">Nota %1 editada: se escribió la versión %2 y se conservan las anteriores.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="157" />
            <source>Reply “%1” copied, in %2.</source>
            <translation type="vanished">Respuesta “%1” copiada (idioma: %2).</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="163" />
            <source>Referred to %1, %2.</source>
            <translation type="vanished">Derivado a %1, %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="171" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation type="vanished">Elemento %1 de la bandeja de entrada escalado al incidente %2.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="173" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation type="vanished">Elemento %1 de la bandeja de entrada movido de “%2” a “%3”.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="175" />
            <source>Inbox item %1: severity changed.</source>
            <translation type="vanished">Elemento %1 de la bandeja de entrada: prioridad cambiada.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="177" />
            <source>Inbox item %1 snoozed.</source>
            <translation type="vanished">Elemento %1 de la bandeja de entrada pospuesto.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="179" />
            <source>Inbox item %1: an action was undone.</source>
            <translation type="vanished">Elemento %1 de la bandeja de entrada: se deshizo una acción.</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="182" />
            <source>Reason: %1.</source>
            <translation type="vanished">Motivo: %1.</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="97" />
            <source>Follow-up</source>
            <translation type="vanished">Seguimiento</translation>
        </message>
    </context>
    <context>
        <name>JumpToDateDialog</name>
        <message>
            <location filename="../jump_to_date_dialog.py" line="26" />
            <source>Go to date</source>
            <translation>Ir a una fecha</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="35" />
            <source>Go</source>
            <translation>Ir</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="39" />
            <source>Shows the first message on or after the day you pick.</source>
            <translation>Muestra el primer mensaje del día que elijas o posterior.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../translator.py" line="45" />
            <source>System language (%1)</source>
            <translation>Idioma del sistema (%1)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../language_dialog.py" line="37" />
            <location filename="../language_dialog.py" line="40" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../language_dialog.py" line="44" />
            <source>&amp;Show ModDesk in:</source>
            <translation>&amp;Mostrar ModDesk en:</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../lock_screen.py" line="15" />
            <source>You locked ModDesk.</source>
            <translation>Has bloqueado ModDesk.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="16" />
            <source>ModDesk locked itself after a while without use.</source>
            <translation>ModDesk se bloqueó tras un rato sin uso.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="17" />
            <source>ModDesk locked because the screen was locked.</source>
            <translation>ModDesk se bloqueó porque se bloqueó la pantalla.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="18" />
            <source>Unlock the vault to start.</source>
            <translation>Desbloquea la bóveda para empezar.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="36" />
            <source>ModDesk logo</source>
            <translation>Logotipo de ModDesk</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="37" />
            <source>ModDesk is locked</source>
            <translation>ModDesk está bloqueado</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="42" />
            <source>The vault is closed and its key has been cleared from memory. Nothing from it is shown until you unlock again.</source>
            <translation>La bóveda está cerrada y su clave se ha borrado de la memoria. No se muestra nada de ella hasta que vuelvas a desbloquearla.</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="48" />
            <source>&amp;Unlock…</source>
            <translation>&amp;Desbloquear…</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="50" />
            <source>Asks for the passphrase</source>
            <translation>Pide la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk — DEMO</source>
            <translation>ModDesk — DEMO</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk</source>
            <translation>ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="129" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="157" />
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="164" />
            <source>DEMO — synthetic data, deleted when you quit</source>
            <translation>DEMO: datos ficticios que se borran al salir</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="173" />
            <source>&amp;Vault</source>
            <translation>&amp;Bóveda</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Back up vault…</source>
            <translation>&amp;Hacer copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="179" />
            <source>&amp;Change passphrase…</source>
            <translation>Cambiar &amp;frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="181" />
            <source>&amp;Settings…</source>
            <translation>C&amp;onfiguración…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Lan&amp;guage…</source>
            <translation>&amp;Idioma…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="187" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="190" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>&amp;About ModDesk</source>
            <translation>&amp;Acerca de ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="245" />
            <source>Search messages</source>
            <translation>Buscar mensajes</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="254" />
            <source>Go to page %1</source>
            <translation>Ir a la página %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="294" />
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>Unlocked</source>
            <translation>Desbloqueado</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="313" />
            <source>Moderator: %1</source>
            <translation>Moderación: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="352" />
            <source>Making a backup…</source>
            <translation>Haciendo una copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="359" />
            <source>Back up vault</source>
            <translation>Hacer copia de seguridad de la bóveda</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="360" />
            <source>ModDesk backups (*.mdbackup)</source>
            <translation>Copias de seguridad de ModDesk (*.mdbackup)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="365" />
            <source>Backup saved and verified: %1 (%2).</source>
            <translation>Copia de seguridad guardada y verificada: %1 (%2).</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="383" />
            <source>About ModDesk</source>
            <translation>Acerca de ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="389" />
            <source>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;An offline, encrypted desk for volunteer moderators of WhatsApp groups.&lt;/p&gt;&lt;p&gt;Everything stays in an encrypted vault on this computer. ModDesk never connects to the internet.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;Un espacio de trabajo cifrado y sin conexión para quienes moderan grupos de WhatsApp de forma voluntaria.&lt;/p&gt;&lt;p&gt;Todo se queda en una bóveda cifrada en este equipo. ModDesk nunca se conecta a internet.&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeChatsDialog</name>
        <message>
            <location filename="../merge_chats_dialog.py" line="43" />
            <source>Merge chats</source>
            <translation>Fusionar chats</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="45" />
            <source>Filter chats by name</source>
            <translation>Filtrar chats por nombre</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="56" />
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="64" />
            <source>Show the messages of “%1” together with the chat you choose below. “%1” leaves the chat list; its later exports still arrive and show in the chosen chat. You can undo this from that chat's menu.</source>
            <translation>Mostrar los mensajes de “%1” junto con el chat que elijas abajo. “%1” desaparece de la lista de chats; sus exportaciones posteriores siguen llegando y se muestran en el chat elegido. Puedes deshacerlo desde el menú de ese chat.</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../message_delegate.py" line="66" />
            <source>Poll</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="67" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="68" />
            <location filename="../message_delegate.py" line="467" />
            <source>Contact card</source>
            <translation>Tarjeta de contacto</translation>
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
            <translation>Este mensaje se eliminó</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="406" />
            <source>edited</source>
            <translation>editado</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="454" />
            <source>Removed since an earlier export — kept as evidence</source>
            <translation>Borrado tras una exportación anterior; se conserva como prueba</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="462" />
            <source>Sticker</source>
            <translation>Sticker</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Media</source>
            <translation>Multimedia</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="474" />
            <source>%1 not included in the export</source>
            <translation>%1: no se incluyó en la exportación</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="477" />
            <source>%1 hidden — click to show</source>
            <translation>%1 sin mostrar — haz clic para mostrar</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening sticker…</source>
            <translation>Abriendo el sticker…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening photo…</source>
            <translation>Abriendo la foto…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="485" />
            <source>This sticker could not be shown (%1, %2)</source>
            <translation>No se pudo mostrar este sticker (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="486" />
            <source>This photo could not be shown (%1, %2)</source>
            <translation>No se pudo mostrar esta foto (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="488" />
            <source>%1 · %2 — click to hide</source>
            <translation>%1 · %2 — haz clic para ocultar</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="537" />
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="456" />
            <source>Opening %1…</source>
            <translation type="vanished">Abriendo %1…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="458" />
            <source>This %1 could not be shown (%2, %3)</source>
            <translation type="vanished">No se pudo mostrar: %1 (%2, %3)</translation>
        </message>
    </context>
    <context>
        <name>NavPage</name>
        <message>
            <location filename="../nav_pages.py" line="80" />
            <source>This part of ModDesk is not built yet.</source>
            <translation>Esta parte de ModDesk todavía no está lista.</translation>
        </message>
    </context>
    <context>
        <name>NavPages</name>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>The Inbox will gather new messages from the WhatsApp chat exports you choose to watch, and point out the ones that may need a moderator's attention first.</source>
            <translation>La bandeja de entrada reunirá los mensajes nuevos de las exportaciones de chats de WhatsApp que elijas vigilar y te señalará primero los que quizá necesiten la atención de la moderación.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats</source>
            <translation>Chats</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats will list every imported group chat, so you can read a conversation in order, with its dates and number of messages.</source>
            <translation>Chats mostrará todos los chats de grupo importados, para que puedas leer una conversación en orden, con sus fechas y su número de mensajes.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search will find words and names across all imported chats. The search index stays inside this encrypted vault, on this computer.</source>
            <translation>La búsqueda encontrará palabras y nombres en todos los chats importados. El índice de búsqueda se queda dentro de esta bóveda cifrada, en este equipo.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents will hold your case notes: what happened, who was involved and what was done. Entries are kept tamper-evident and can be printed as a summary.</source>
            <translation>En Incidentes llevarás tus notas de cada caso: qué pasó, quién estuvo implicado y qué se hizo. Las entradas se guardan de forma que cualquier cambio posterior se nota, y se pueden imprimir como resumen.</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines</source>
            <translation>Pautas</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines will keep your group's rules and agreed responses close at hand, so decisions stay consistent between moderators.</source>
            <translation>En Pautas tendrás a mano las reglas de tu grupo y las respuestas acordadas, para que todo el equipo de moderación decida de forma coherente.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseForm</name>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repítela:</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="119" />
            <source>Strength:</source>
            <translation>Solidez:</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="122" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="123" />
            <source>Repeat the new passphrase</source>
            <translation>Repite la nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="124" />
            <source>Passphrase strength</source>
            <translation>Solidez de la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="161" />
            <source>Too easy to guess for a vault like this one.</source>
            <translation>Demasiado fácil de adivinar para una bóveda como esta.</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="163" />
            <source>The two passphrases do not match.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../passphrase_strength.py" line="27" />
            <source>Very weak</source>
            <translation>Muy débil</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="28" />
            <source>Weak</source>
            <translation>Débil</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="29" />
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="30" />
            <source>Strong</source>
            <translation>Sólida</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="31" />
            <source>Very strong</source>
            <translation>Muy sólida</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="33" />
            <source>Use at least 12 characters.</source>
            <translation>Usa al menos 12 caracteres.</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="34" />
            <source>Four or more unrelated words are easy to remember and hard to guess.</source>
            <translation>Cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="36" />
            <source>Avoid common passwords and words like "password" or "admin".</source>
            <translation>Evita las contraseñas habituales y palabras como "contraseña" o "admin".</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="38" />
            <source>Avoid repeated characters and sequences like "aaa" or "1234".</source>
            <translation>Evita los caracteres repetidos y las secuencias como "aaa" o "1234".</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../translator.py" line="50" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location filename="../translator.py" line="51" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../translator.py" line="52" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../translator.py" line="53" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../translator.py" line="54" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../translator.py" line="55" />
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <location filename="../translator.py" line="56" />
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../report_dialog.py" line="62" />
            <source>Print %1</source>
            <translation>Imprimir %1</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="74" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="75" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="76" />
            <source>&amp;Export PDF…</source>
            <translation>&amp;Exportar PDF…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="90" />
            <source>&amp;Copy for:</source>
            <translation>&amp;Copia para:</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="91" />
            <source>&amp;Reporting member:</source>
            <translation>&amp;Miembro que informa:</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="94" />
            <source>PDF files are not encrypted: anyone who gets the file can read it. Printing goes through the system's print queue, which may keep a copy of the job for a while.</source>
            <translation>Los archivos PDF no están cifrados: cualquiera que consiga el archivo puede leerlo. La impresión pasa por la cola de impresión del sistema, que puede guardar una copia del trabajo durante un tiempo.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="133" />
            <source>%1 is not a reporting member of %2. Choose one of: %3.</source>
            <translation>%1 no es un miembro que informa en %2. Elija uno de: %3.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="134" />
            <source>nobody yet</source>
            <translation>nadie todavía</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="136" />
            <source>%1 names several reporting members (%2). Choose whose copy to make.</source>
            <translation>%1 indica varios miembros que informan (%2). Elija para quién es la copia.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="138" />
            <source>%1 names no reporting member. Add the member who reported it (role: Reporter) to make their copy.</source>
            <translation>%1 no indica ningún miembro que informa. Añada al miembro que lo informó (rol: Persona que informa) para hacer su copia.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="159" />
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="164" />
            <source>%1 incident summary</source>
            <translation>Resumen del incidente %1</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="174" />
            <source>Export incident summary</source>
            <translation>Exportar el resumen del incidente</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="175" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="184" />
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="185" />
            <source>Export %1 to %2?

The PDF is not encrypted: anyone who gets the file can read it. ModDesk writes only this file. Keep it safe and delete it when it is no longer needed.</source>
            <translation>¿Exportar %1 a %2?

El PDF no está cifrado: cualquiera que consiga el archivo puede leerlo. ModDesk solo escribe este archivo. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="190" />
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="199" />
            <source>Nothing was exported.</source>
            <translation>No se exportó nada.</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="206" />
            <source>Exported %1 pages to %2.</source>
            <translation>Exportado a %2 (páginas: %1).</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="215" />
            <source>Moderator</source>
            <translation>Moderador/a</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../search_page.py" line="324" />
            <source>1 message</source>
            <translation>1 mensaje</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="44" />
            <source>(no text: a photo, file or notice)</source>
            <translation>(sin texto: una foto, un archivo o un aviso)</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="64" />
            <source>System notice</source>
            <translation>Aviso del sistema</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="66" />
            <source>gone from a later export</source>
            <translation>ya no está en una exportación posterior</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="105" />
            <source>Search messages: words, "an exact phrase", or the start of a word*</source>
            <translation>Buscar mensajes: palabras, "una frase exacta" o el comienzo de una palabra*</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="114" />
            <source>Load more</source>
            <translation>Cargar más</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="132" />
            <source>All chats</source>
            <translation>Todos los chats</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="135" />
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="142" />
            <source>Between</source>
            <translation>Entre</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="144" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="145" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="149" />
            <source>Chat:</source>
            <translation>Chat:</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="152" />
            <source>Author:</source>
            <translation>Autor/a:</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="157" />
            <source>and</source>
            <translation>y</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="299" />
            <source>Type to search all chats</source>
            <translation>Escribe para buscar en todos los chats</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="311" />
            <source>No messages by this author with these filters</source>
            <translation>No hay mensajes de esta persona con estos filtros</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="312" />
            <source>No messages match “%1” with these filters</source>
            <translation>Ningún mensaje coincide con “%1” con estos filtros</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="313" />
            <source>No messages match “%1”</source>
            <translation>Ningún mensaje coincide con “%1”</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="322" />
            <source>%1 messages shown, newest first. There are more.</source>
            <translation>Se muestran %1 mensajes, los más recientes primero. Hay más.</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="325" />
            <source>%1 messages, newest first</source>
            <translation>%1 mensajes, los más recientes primero</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../desktop/session.py" line="252" />
            <source>The vault is locked; nothing was saved.</source>
            <translation>La bóveda está bloqueada; no se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../settings_dialog.py" line="42" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="46" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="47" />
            <source>Lock when the screen locks</source>
            <translation>Bloquear cuando se bloquee la pantalla</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="49" />
            <source>Shown only inside ModDesk</source>
            <translation>Solo se muestra dentro de ModDesk</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="64" />
            <source>Lock after no activity for:</source>
            <translation>Bloquear tras un periodo sin actividad de:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="66" />
            <source>Your name (moderator):</source>
            <translation>Tu nombre (moderación):</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="67" />
            <source>These settings are stored inside the encrypted vault.</source>
            <translation>Esta configuración se guarda dentro de la bóveda cifrada.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../resources_panel.py" line="33" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="34" />
            <source>Helps with</source>
            <translation>Ayuda con</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="35" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="36" />
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="37" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="38" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="50" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="51" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="52" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="53" />
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="54" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="55" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="85" />
            <source>Group description</source>
            <translation>Descripción del grupo</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="89" />
            <location filename="../template_dialog.py" line="217" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="90" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Vista previa de impresión…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="91" />
            <source>Save as &amp;PDF…</source>
            <translation>Guardar como &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="93" />
            <source>Rules from:</source>
            <translation>Reglas de:</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="95" />
            <source>Edit the text as you like, then paste it into the group's description in WhatsApp, or print it.</source>
            <translation>Edita el texto como quieras y luego pégalo en la descripción del grupo en WhatsApp, o imprímelo.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Group: %1</source>
            <translation>Grupo: %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Pack: %1</source>
            <translation>Paquete: %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="154" />
            <source>Rules of %1</source>
            <translation>Reglas de %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="155" />
            <source>Our group rules</source>
            <translation>Las reglas de nuestro grupo</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="156" />
            <source>This group is here so we can support each other. To keep it kind and safe for everyone, please:</source>
            <translation>Este grupo existe para que podamos apoyarnos unos a otros. Para que siga siendo un lugar amable y seguro para todo el mundo, por favor:</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="159" />
            <source>If you or someone else is in danger, call the emergency number first. Questions about the rules? Write to an admin.</source>
            <translation>Si tú o cualquier otra persona corre peligro, llama primero al número de emergencias. ¿Tienes preguntas sobre las reglas? Escribe a un admin.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="170" />
            <source>%1 of %2 characters</source>
            <translation>%1 de %2 caracteres</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="173" />
            <source>(too long for WhatsApp: remove %1)</source>
            <translation>(demasiado largo para WhatsApp: quita %1)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="184" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds.</source>
            <translation>Copiado. ModDesk vaciará el portapapeles dentro de 60 segundos.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="206" />
            <source>Save the group rules as PDF</source>
            <translation>Guardar las reglas del grupo como PDF</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="207" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="212" />
            <source>Saved %1.</source>
            <translation>Se guardó %1.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="216" />
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="217" />
            <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where you mean to keep it.</source>
            <translation>El PDF no está cifrado: cualquiera que consiga el archivo puede leerlo. Guárdalo solo donde de verdad quieras conservarlo.</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="221" />
            <source>Save PDF</source>
            <translation>Guardar PDF</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="234" />
            <source>Group rules</source>
            <translation>Reglas del grupo</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="380" />
            <source>Moderator</source>
            <translation>Moderador/a</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="86" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="67" />
            <source>&amp;Add a service</source>
            <translation>&amp;Añadir un servicio</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="68" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="69" />
            <source>&amp;Add a service you have checked</source>
            <translation>&amp;Añadir un servicio que hayas comprobado</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="77" />
            <source>No services yet</source>
            <translation>Aún no hay servicios</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="80" />
            <source>ModDesk comes without hotlines or services on purpose: a wrong number in a crisis does more harm than none, and numbers change from country to country.

Add the services you have checked yourself: call them or look at their own website, and note what they help with and in which languages. Then you can pass them on in a reply with confidence.</source>
            <translation>ModDesk no incluye líneas de ayuda ni servicios a propósito: un número equivocado en una crisis hace más daño que ninguno, y los números cambian de un país a otro.

Añade los servicios que hayas comprobado tú: llámalos o consulta su propio sitio web, y anota en qué ayudan y en qué idiomas. Así podrás compartirlos en una respuesta con confianza.</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="97" />
            <source>Only services you have checked. Double-click a cell to change it.</source>
            <translation>Solo servicios que hayas comprobado. Haz doble clic en una celda para cambiarla.</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="155" />
            <source>New service</source>
            <translation>Nuevo servicio</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="182" />
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="183" />
            <source>Remove %1 from your services?</source>
            <translation>¿Quitar %1 de tus servicios?</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="73" />
            <source>{%1} is not a placeholder. Use one of %2.</source>
            <translation>{%1} no es un marcador. Usa uno de estos: %2.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="74" />
            <source>{} has no name. Use one of %2.</source>
            <translation>{} no tiene nombre. Usa uno de estos: %2.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="75" />
            <source>This { is never closed. Add } after the name, or write {{ for a brace.</source>
            <translation>Esta { nunca se cierra. Añade } después del nombre, o escribe {{ para poner una llave.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="76" />
            <source>This } has no {. Write }} for a brace.</source>
            <translation>Esta } no tiene su {. Escribe }} para poner una llave.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="78" />
            <source>Line %1, column %2:</source>
            <translation>Línea %1, columna %2:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="157" />
            <source>Reply with a template</source>
            <translation>Responder con una plantilla</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="179" />
            <source>&amp;Template:</source>
            <translation>&amp;Plantilla:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="180" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="210" />
            <source>Pick a checked service or type one</source>
            <translation>Elige un servicio comprobado o escribe uno</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="220" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="227" />
            <source>What will be copied:</source>
            <translation>Lo que se copiará:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="242" />
            <location filename="../template_dialog.py" line="328" />
            <source>Suggested: %1</source>
            <translation>Sugerido: %1</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="356" />
            <source>Ready to copy.</source>
            <translation>Listo para copiar.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="358" />
            <source>Fill in %1 to copy this reply.</source>
            <translation>Completa %1 para copiar esta respuesta.</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="369" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds and when the vault locks.</source>
            <translation>Copiado. ModDesk vaciará el portapapeles dentro de 60 segundos y cuando se bloquee la bóveda.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="65" />
            <location filename="../templates_panel.py" line="325" />
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="73" />
            <source>&amp;Add a reply</source>
            <translation>&amp;Añadir una respuesta</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="81" />
            <source>Reply text</source>
            <translation>Texto de la respuesta</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="87" />
            <source>&amp;Reset to shipped text</source>
            <translation>&amp;Restablecer el texto original</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="88" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="104" />
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="105" />
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="109" />
            <source>Insert:</source>
            <translation>Insertar:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="189" />
            <source>Changed</source>
            <translation>Modificada</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Edited</source>
            <translation>Editada</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Added</source>
            <translation>Añadida</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="237" />
            <source>Hello {member}, 

{moderator}</source>
            <translation>Hola, {member}: 

{moderator}</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="258" />
            <source>Give the reply a title.</source>
            <translation>Ponle un título a la respuesta.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="260" />
            <source>Write the text of the reply.</source>
            <translation>Escribe el texto de la respuesta.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="278" />
            <source>No placeholders: the text is copied as it is.</source>
            <translation>Sin marcadores: el texto se copia tal cual.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="279" />
            <source>Filled in when used: %1</source>
            <translation>Se completa al usarla: %1</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="308" />
            <source>Bring back the text that came with ModDesk? Your version of this reply will be removed.</source>
            <translation>¿Recuperar el texto que venía con ModDesk? Se quitará tu versión de esta respuesta.</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="317" />
            <source>Delete this reply?</source>
            <translation>¿Eliminar esta respuesta?</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../unlock_dialog.py" line="68" />
            <source>Unlock ModDesk</source>
            <translation>Desbloquear ModDesk</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="88" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="89" />
            <source>Demo vault: the passphrase is demo</source>
            <translation>Bóveda de demostración: la frase de contraseña es demo</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="97" />
            <source>Type the passphrase the backup was made with above, then choose a backup. The damaged vault is kept beside it, untouched.</source>
            <translation>Escribe arriba la frase de contraseña con la que se hizo la copia de seguridad y luego elige una copia. La bóveda dañada se conserva al lado, sin tocar.</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="99" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="101" />
            <source>Opening the vault…</source>
            <translation>Abriendo la bóveda…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="104" />
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="109" />
            <source>ModDesk is locked</source>
            <translation>ModDesk está bloqueado</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="112" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message numerus="yes">
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock (%n s)</source>
            <translation>
                <numerusform>&amp;Desbloquear (%n s)</numerusform>
                <numerusform>&amp;Desbloquear (%n s)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="207" />
            <source>Choose a ModDesk backup</source>
            <translation>Elige una copia de seguridad de ModDesk</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="208" />
            <source>ModDesk backups (*.mdbackup);;All files (*)</source>
            <translation>Copias de seguridad de ModDesk (*.mdbackup);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="216" />
            <source>Type the backup's passphrase first.</source>
            <translation>Primero escribe la frase de contraseña de la copia de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>WatchedFolders</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="37" />
            <source>Chat exports in watched folders are not encrypted. Anyone with this computer can read them.</source>
            <translation>Las exportaciones de chat que hay en las carpetas vigiladas no están cifradas. Cualquiera con acceso a este equipo puede leerlas.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="47" />
            <source>Plaintext notice</source>
            <translation>Aviso sobre archivos sin cifrar</translation>
        </message>
    </context>
    <context>
        <name>WatchedFoldersDialog</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="62" />
            <source>Watched folders</source>
            <translation>Carpetas vigiladas</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="66" />
            <source>&amp;Add folder…</source>
            <translation>&amp;Añadir carpeta…</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="67" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="68" />
            <source>&amp;Look again now</source>
            <translation>&amp;Buscar de nuevo ahora</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="70" />
            <source>&amp;Move imported files into the vault (delete them from the folder)</source>
            <translation>&amp;Mover los archivos importados a la bóveda (se borran de la carpeta)</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="80" />
            <source>While the vault is unlocked, ModDesk imports new chat exports (.txt, .zip or .json files) saved directly in these folders, each one exactly once.</source>
            <translation>Mientras la bóveda esté desbloqueada, ModDesk importa las exportaciones de chat nuevas (archivos .txt, .zip o .json) guardadas directamente en estas carpetas, cada una solo una vez.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Exports imported</source>
            <translation>Exportaciones importadas</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="87" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="113" />
            <source>Moving stores each file's bytes inside the encrypted vault and then deletes the file, only after the import was saved. Deleting does not reliably erase it: SSDs, backups and sync services (Dropbox, OneDrive, iCloud, Google Drive) can keep copies and older versions, and WhatsApp keeps the chat on the phone. Remove those copies there as well.</source>
            <translation>Al mover, el contenido de cada archivo se guarda dentro de la bóveda cifrada y después se borra el archivo, solo cuando la importación ya se ha guardado. Borrar no lo elimina de forma fiable: los discos SSD, las copias de seguridad y los servicios de sincronización (Dropbox, OneDrive, iCloud, Google Drive) pueden conservar copias y versiones anteriores, y WhatsApp conserva el chat en el teléfono. Elimina también esas copias.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Not found</source>
            <translation>No encontrada</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Watching</source>
            <translation>Vigilando</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="139" />
            <source>No folders yet.</source>
            <translation>Aún no hay carpetas.</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="162" />
            <source>Choose a folder to watch</source>
            <translation>Elige una carpeta para vigilar</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message numerus="yes">
            <location filename="../first_run_pages.py" line="143" />
            <source>ModDesk locks itself after %n minutes without use, and when the screen locks. Unlocking asks for the passphrase again. You can change the time in Settings.</source>
            <translation>
                <numerusform>ModDesk se bloquea solo tras %n minuto sin uso y cuando se bloquea la pantalla. Al desbloquearlo, se vuelve a pedir la frase de contraseña. Puedes cambiar el tiempo en Configuración.</numerusform>
                <numerusform>ModDesk se bloquea solo tras %n minutos sin uso y cuando se bloquea la pantalla. Al desbloquearlo, se vuelve a pedir la frase de contraseña. Puedes cambiar el tiempo en Configuración.</numerusform>
            </translation>
        </message>
    </context>
</TS>
