<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
    <context>
        <name>AppShell</name>
        <message>
            <location filename="../../desktop/app.py" line="112" />
            <source>The whole window changes language the next time ModDesk locks or starts.</source>
            <translation>अगली बार ModDesk लॉक होने या शुरू होने पर पूरी विंडो की भाषा बदल जाएगी।</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../change_passphrase_dialog.py" line="36" />
            <source>Change passphrase</source>
            <translation>पासफ़्रेज़ बदलें</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="43" />
            <source>Changing the passphrase…</source>
            <translation>पासफ़्रेज़ बदला जा रहा है…</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="46" />
            <source>C&amp;hange passphrase</source>
            <translation>पासफ़्रेज़ बदलें (&amp;H)</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="59" />
            <source>C&amp;urrent passphrase:</source>
            <translation>मौजूदा पासफ़्रेज़ (&amp;U):</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="61" />
            <source>Backups you made before this change still open with the old passphrase. Make a new backup afterwards, and delete old ones you no longer need. If you lose the new passphrase, the vault cannot be recovered.</source>
            <translation>इस बदलाव से पहले बनाए गए बैकअप पुराने पासफ़्रेज़ से ही खुलेंगे। इसके बाद एक नया बैकअप बनाएँ, और जिन पुराने बैकअप की अब ज़रूरत नहीं है, उन्हें डिलीट कर दें। अगर नया पासफ़्रेज़ खो गया, तो वॉल्ट फिर कभी नहीं खुल सकेगा।</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="102" />
            <source>Passphrase changed. Older backups still open with the old passphrase.</source>
            <translation>पासफ़्रेज़ बदल गया। पुराने बैकअप अब भी पुराने पासफ़्रेज़ से ही खुलेंगे।</translation>
        </message>
        <message>
            <location filename="../change_passphrase_dialog.py" line="113" />
            <source>The current passphrase is not right.</source>
            <translation>मौजूदा पासफ़्रेज़ सही नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>ChatFormat</name>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>%1 messages</source>
            <translation>%1 मैसेज</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="42" />
            <source>1 message</source>
            <translation>1 मैसेज</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="49" />
            <source>no messages yet</source>
            <translation>अभी तक कोई मैसेज नहीं</translation>
        </message>
        <message>
            <location filename="../chat_format.py" line="61" />
            <source>Last import %1</source>
            <translation>आख़िरी इम्पोर्ट %1</translation>
        </message>
    </context>
    <context>
        <name>ChatListDelegate</name>
        <message>
            <location filename="../chat_list_delegate.py" line="37" />
            <source>Date order?</source>
            <translation>तारीख का क्रम?</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="39" />
            <source>%1 removed</source>
            <translation>%1 मैसेज हटाए गए</translation>
        </message>
        <message>
            <location filename="../chat_list_delegate.py" line="41" />
            <source>%1 merged</source>
            <translation>%1 चैट मिलाई गईं</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../chat_pane.py" line="103" />
            <source>Choose a chat on the left to read it.</source>
            <translation>पढ़ने के लिए बाईं ओर से कोई चैट चुनें।</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="119" />
            <location filename="../chat_pane.py" line="150" />
            <source>Go to date…</source>
            <translation>तारीख पर जाएँ…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="120" />
            <location filename="../chat_pane.py" line="164" />
            <source>Newest</source>
            <translation>सबसे नया</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="121" />
            <source>Chat</source>
            <translation>चैट</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="139" />
            <source>The day/month order of this chat's dates is a guess: every date in one of its exports fits both ways.</source>
            <translation>इस चैट की तारीखों में दिन/महीने का क्रम अनुमान से तय किया गया है: इसके एक एक्सपोर्ट की हर तारीख दोनों तरह से सही बैठती है।</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="142" />
            <location filename="../chat_pane.py" line="154" />
            <source>Date order…</source>
            <translation>तारीख का क्रम…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="151" />
            <source>Newest message</source>
            <translation>सबसे नया मैसेज</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="152" />
            <source>Rename…</source>
            <translation>नाम बदलें…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="153" />
            <source>Merge into another chat…</source>
            <translation>किसी दूसरी चैट में मिलाएँ…</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="155" />
            <source>Undo merge</source>
            <translation>मिलाना वापस लें</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="200" />
            <source>exported as “%1”</source>
            <translation>“%1” नाम से एक्सपोर्ट हुई</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="319" />
            <source>Rename chat</source>
            <translation>चैट का नाम बदलें</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="321" />
            <source>Name shown in ModDesk. Exports named “%1” still arrive in this chat; leave empty to show that name again.</source>
            <translation>ModDesk में दिखने वाला नाम। “%1” नाम वाले एक्सपोर्ट अब भी इसी चैट में आएँगे; वही नाम फिर से दिखाने के लिए इसे खाली छोड़ दें।</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="339" />
            <source>There is no other chat to merge this one into.</source>
            <translation>ऐसी कोई दूसरी चैट नहीं है जिसमें इसे मिलाया जा सके।</translation>
        </message>
        <message>
            <location filename="../chat_pane.py" line="386" />
            <source>The dates of this chat were read again.</source>
            <translation>इस चैट की तारीखें फिर से पढ़ी गईं।</translation>
        </message>
    </context>
    <context>
        <name>ChatsPage</name>
        <message>
            <location filename="../chats_page.py" line="97" />
            <location filename="../chats_page.py" line="123" />
            <source>Chats</source>
            <translation>चैट</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="100" />
            <source>Messages</source>
            <translation>संदेश</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="101" />
            <source>By name</source>
            <translation>नाम से</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="102" />
            <source>By last activity</source>
            <translation>आख़िरी गतिविधि से</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="126" />
            <source>No chats yet — add a watched folder or import an export (Ctrl+I)</source>
            <translation>अभी कोई चैट नहीं — कोई निगरानी फ़ोल्डर जोड़ें या कोई एक्सपोर्ट इम्पोर्ट करें (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../chats_page.py" line="218" />
            <source>That message is no longer in the vault.</source>
            <translation>वह मैसेज अब वॉल्ट में नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../crash_dialog.py" line="36" />
            <source>ModDesk ran into a problem</source>
            <translation>ModDesk में कोई समस्या आ गई</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="41" />
            <source>&amp;Copy details</source>
            <translation>जानकारी कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="42" />
            <source>C&amp;ontinue</source>
            <translation>जारी रखें (&amp;O)</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="43" />
            <source>&amp;Quit ModDesk</source>
            <translation>ModDesk बंद करें (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="53" />
            <source>Something went wrong inside ModDesk. This is a bug in ModDesk, not something you did. Your vault is safe: saved work stays saved.</source>
            <translation>ModDesk के अंदर कुछ गड़बड़ हो गई। यह ModDesk की गलती (बग) है, आपकी नहीं। आपका वॉल्ट सुरक्षित है: जो काम सेव हो चुका है, वह सेव ही रहेगा।</translation>
        </message>
        <message>
            <location filename="../crash_dialog.py" line="57" />
            <source>The details below name only the place in the program where it happened; they contain no messages, names or passphrases. You can copy them into a bug report.</source>
            <translation>नीचे दी गई जानकारी में सिर्फ़ यह बताया गया है कि प्रोग्राम में यह कहाँ हुआ; इसमें कोई मैसेज, नाम या पासफ़्रेज़ नहीं है। आप इसे कॉपी करके बग रिपोर्ट में डाल सकते हैं।</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <location filename="../create_vault_dialog.py" line="214" />
            <source>Choose a passphrase for your vault</source>
            <translation>अपने वॉल्ट के लिए पासफ़्रेज़ चुनें</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="216" />
            <source>ModDesk keeps everything you import and write in an encrypted vault on this computer. The passphrase is the only way to open it.</source>
            <translation>आप जो कुछ भी इम्पोर्ट करते हैं और लिखते हैं, ModDesk उसे इस कंप्यूटर पर एक एन्क्रिप्टेड वॉल्ट में रखता है। इसे खोलने का एक ही तरीका है: पासफ़्रेज़।</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="219" />
            <source>If you lose this passphrase, the vault cannot be recovered — not by you, not by anyone else. Write it down and keep it somewhere safe.</source>
            <translation>अगर यह पासफ़्रेज़ खो गया, तो वॉल्ट फिर कभी नहीं खुल सकेगा — न आपसे, न किसी और से। इसे लिखकर किसी सुरक्षित जगह पर रखें।</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="221" />
            <source>Creating the vault. This takes a few seconds…</source>
            <translation>वॉल्ट बनाया जा रहा है। इसमें कुछ सेकंड लगते हैं…</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="222" />
            <source>&amp;Create vault</source>
            <translation>वॉल्ट बनाएँ (&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>DateOrderDialog</name>
        <message>
            <location filename="../date_order_dialog.py" line="74" />
            <source>Date order</source>
            <translation>तारीख का क्रम</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="79" />
            <source>Re-read dates</source>
            <translation>तारीखें फिर से पढ़ें</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="88" />
            <source>This export's dates could be read day-first or month-first: every date in it fits both ways, so ModDesk had to guess. Choose the reading that matches what you know about this chat, for example when it started. Re-reading changes only the dates; no message is added or lost.</source>
            <translation>इस एक्सपोर्ट की तारीखें पहले दिन या पहले महीने, दोनों तरह से पढ़ी जा सकती हैं: इसकी हर तारीख दोनों तरह से सही बैठती है, इसलिए ModDesk को अनुमान लगाना पड़ा। वह तरीका चुनें जो इस चैट के बारे में आपकी जानकारी से मेल खाता हो, जैसे कि यह कब शुरू हुई थी। फिर से पढ़ने पर सिर्फ़ तारीखें बदलती हैं; कोई मैसेज न जुड़ता है, न खोता है।</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Day first (d/m/y)</source>
            <translation>पहले दिन (दिन/महीना/साल)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="102" />
            <source>Month first (m/d/y)</source>
            <translation>पहले महीना (महीना/दिन/साल)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="103" />
            <source>Year first (y/m/d)</source>
            <translation>पहले साल (साल/महीना/दिन)</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="106" />
            <source>— current reading</source>
            <translation>— अभी का तरीका</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="116" />
            <source>No dates to show</source>
            <translation>दिखाने के लिए कोई तारीख नहीं</translation>
        </message>
        <message>
            <location filename="../date_order_dialog.py" line="123" />
            <source>not a real date</source>
            <translation>सही तारीख नहीं</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../message_bridge.py" line="28" />
            <source>That passphrase does not open this vault. Check it and try again.</source>
            <translation>इस पासफ़्रेज़ से यह वॉल्ट नहीं खुलता। इसे जाँचें और फिर से कोशिश करें।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="30" />
            <source>The vault is damaged and cannot be opened. Nothing was changed. You can restore it from a backup.</source>
            <translation>वॉल्ट खराब हो गया है और खुल नहीं सकता। कुछ भी नहीं बदला गया। आप इसे किसी बैकअप से रीस्टोर कर सकते हैं।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="33" />
            <source>The vault folder holds a file that is not a ModDesk vault. It was left untouched.</source>
            <translation>वॉल्ट फ़ोल्डर में एक ऐसी फ़ाइल है जो ModDesk वॉल्ट नहीं है। उसे छुआ नहीं गया।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="36" />
            <source>This vault is already open in another ModDesk window. Close that one first.</source>
            <translation>यह वॉल्ट पहले से ModDesk की दूसरी विंडो में खुला है। पहले उसे बंद करें।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="38" />
            <source>There is no vault in this folder.</source>
            <translation>इस फ़ोल्डर में कोई वॉल्ट नहीं है।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="39" />
            <source>A vault already exists in this folder.</source>
            <translation>इस फ़ोल्डर में पहले से एक वॉल्ट है।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="40" />
            <source>A passphrase change was interrupted before it finished. Try the other passphrase (the old or the new one).</source>
            <translation>पासफ़्रेज़ बदलने का काम पूरा होने से पहले ही रुक गया था। दूसरा पासफ़्रेज़ आज़माएँ (पुराना या नया)।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="43" />
            <source>The disk is full. Nothing was lost; free some space and try again.</source>
            <translation>डिस्क भर गई है। कुछ भी नहीं खोया; थोड़ी जगह खाली करें और फिर से कोशिश करें।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="45" />
            <source>The vault's key file has settings out of range and may have been altered. Restore it from a backup.</source>
            <translation>वॉल्ट की कुंजी फ़ाइल में कुछ सेटिंग्स तय सीमा से बाहर हैं, हो सकता है उसमें छेड़छाड़ हुई हो। इसे किसी बैकअप से रीस्टोर करें।</translation>
        </message>
        <message>
            <location filename="../message_bridge.py" line="48" />
            <source>The vault could not be read or written. Nothing was changed.</source>
            <translation>वॉल्ट को न पढ़ा जा सका, न उसमें लिखा जा सका। कुछ भी नहीं बदला गया।</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../first_run_pages.py" line="37" />
            <source>Support community</source>
            <translation>सहायता समुदाय</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="38" />
            <source>For groups where members help each other: cries for help, money requests, spam, floods and unanswered questions.</source>
            <translation>उन ग्रुप के लिए जहाँ सदस्य एक-दूसरे की मदद करते हैं: मदद की पुकार, पैसे माँगना, स्पैम, मैसेज की बाढ़ और बिना जवाब वाले सवाल।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="41" />
            <source>Child protection</source>
            <translation>बाल सुरक्षा</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="42" />
            <source>For groups with or about children: grooming patterns, requests for photos, personal details and secrecy.</source>
            <translation>बच्चों वाले या बच्चों से जुड़े ग्रुप के लिए: ग्रूमिंग (बच्चों को बहलाने-फुसलाने) के तरीके, फ़ोटो माँगना, निजी जानकारी और बात छिपाने को कहना।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="95" />
            <source>Welcome to ModDesk</source>
            <translation>ModDesk में आपका स्वागत है</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="96" />
            <source>&amp;Choose your language. You can change it later in the Vault menu.</source>
            <translation>अपनी भाषा चुनें (&amp;C)। आप इसे बाद में वॉल्ट मेन्यू में बदल सकते हैं।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="98" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="131" />
            <source>Three things to know</source>
            <translation>तीन ज़रूरी बातें</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="133" />
            <source>Your vault and its passphrase</source>
            <translation>आपका वॉल्ट और उसका पासफ़्रेज़</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="134" />
            <source>Everything you import and write is kept in an encrypted vault on this computer. Only your passphrase opens it. If you forget the passphrase, nobody can open the vault again, not even the people who made ModDesk.</source>
            <translation>आप जो कुछ भी इम्पोर्ट करते हैं और लिखते हैं, वह इस कंप्यूटर पर एक एन्क्रिप्टेड वॉल्ट में रखा जाता है। इसे सिर्फ़ आपका पासफ़्रेज़ खोल सकता है। अगर आप पासफ़्रेज़ भूल गए, तो कोई भी वॉल्ट को दोबारा नहीं खोल पाएगा, ModDesk बनाने वाले भी नहीं।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="137" />
            <source>The watched folder</source>
            <translation>निगरानी फ़ोल्डर</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="138" />
            <source>Put the chat exports from WhatsApp into one folder and ModDesk imports them by itself. The exports in that folder are not encrypted: anyone who can use this computer can read them. Delete them when they are imported, or keep that folder somewhere safe.</source>
            <translation>WhatsApp से एक्सपोर्ट की गई चैट एक फ़ोल्डर में रखें, ModDesk उन्हें अपने-आप इम्पोर्ट कर लेगा। उस फ़ोल्डर के एक्सपोर्ट एन्क्रिप्टेड नहीं होते: इस कंप्यूटर को इस्तेमाल करने वाला कोई भी उन्हें पढ़ सकता है। इम्पोर्ट हो जाने के बाद उन्हें डिलीट कर दें, या उस फ़ोल्डर को किसी सुरक्षित जगह रखें।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="142" />
            <source>The idle lock</source>
            <translation>अपने-आप लॉक</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="172" />
            <source>Who is moderating?</source>
            <translation>मॉडरेट कौन कर रहा है?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="173" />
            <source>&amp;Your name or nickname:</source>
            <translation>आपका नाम या निकनेम (&amp;Y):</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="174" />
            <source>Your name or nickname</source>
            <translation>आपका नाम या निकनेम</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="175" />
            <source>For example: Amira</source>
            <translation>उदाहरण: अमीरा</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="176" />
            <source>ModDesk shows it in the status bar and writes it into the incident logs you keep, so others on your team know who decided what. It is stored inside the encrypted vault. You can leave it empty and set it later in Settings.</source>
            <translation>ModDesk इसे स्टेटस बार में दिखाता है और आपके घटना लॉग में लिखता है, ताकि आपकी टीम के दूसरे लोग जान सकें कि किसने क्या फ़ैसला लिया। यह एन्क्रिप्टेड वॉल्ट के अंदर सेव रहता है। आप इसे खाली छोड़कर बाद में सेटिंग्स में भर सकते हैं।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="206" />
            <source>Guidelines for your groups</source>
            <translation>आपके ग्रुप के लिए गाइडलाइन</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="207" />
            <source>ModDesk checks imported chats against guideline packs and puts what needs a look into your inbox. Choose the packs that fit your groups; you can choose per group later.</source>
            <translation>ModDesk इम्पोर्ट की गई चैट को गाइडलाइन पैक के हिसाब से जाँचता है, और जिन बातों पर ध्यान देना ज़रूरी है, उन्हें आपके इनबॉक्स में रखता है। अपने ग्रुप के हिसाब से पैक चुनें; बाद में आप हर ग्रुप के लिए अलग से चुन सकते हैं।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="263" />
            <source>Where do your chat exports go?</source>
            <translation>आपके चैट एक्सपोर्ट कहाँ सेव होते हैं?</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="264" />
            <source>Choose the folder you save WhatsApp chat exports into. ModDesk watches it and imports new exports by itself. You can skip this and add folders later.</source>
            <translation>वह फ़ोल्डर चुनें जिसमें आप WhatsApp के चैट एक्सपोर्ट सेव करते हैं। ModDesk उस पर नज़र रखता है और नए एक्सपोर्ट अपने-आप इम्पोर्ट करता है। आप इसे अभी छोड़कर बाद में फ़ोल्डर जोड़ सकते हैं।</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="267" />
            <source>Export &amp;folder:</source>
            <translation>एक्सपोर्ट फ़ोल्डर (&amp;F):</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="268" />
            <source>Export folder</source>
            <translation>एक्सपोर्ट फ़ोल्डर</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="269" />
            <source>No folder: I will import files by hand</source>
            <translation>कोई फ़ोल्डर नहीं: फ़ाइलें खुद इम्पोर्ट करनी हैं</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="270" />
            <source>C&amp;hoose…</source>
            <translation>चुनें (&amp;H)…</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="271" />
            <location filename="../first_run_pages.py" line="281" />
            <source>Choose the export folder</source>
            <translation>एक्सपोर्ट फ़ोल्डर चुनें</translation>
        </message>
        <message>
            <location filename="../first_run_pages.py" line="298" />
            <source>There is no folder at %1. Choose an existing folder, or leave the field empty.</source>
            <translation>%1 पर कोई फ़ोल्डर नहीं है। कोई मौजूदा फ़ोल्डर चुनें, या यह फ़ील्ड खाली छोड़ दें।</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../first_run_wizard.py" line="73" />
            <source>Set up ModDesk</source>
            <translation>ModDesk सेट अप करें</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="74" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; पीछे (&amp;B)</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="75" />
            <source>&amp;Next &gt;</source>
            <translation>आगे (&amp;N) &gt;</translation>
        </message>
        <message>
            <location filename="../first_run_wizard.py" line="76" />
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
    </context>
    <context>
        <name>Guidelines</name>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Pack</source>
            <translation>पैक</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="13" />
            <source>Version</source>
            <translation>वर्ज़न</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>Changed</source>
            <translation>बदला गया</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="14" />
            <source>By</source>
            <translation>किसने</translation>
        </message>
        <message>
            <location filename="../pack_list_model.py" line="15" />
            <source>Used by</source>
            <translation>इस्तेमाल करने वाले</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="29" />
            <source>Phone numbers (numbers on the pack's allowlist are left alone)</source>
            <translation>फ़ोन नंबर (पैक की अनुमति-सूची वाले नंबर छोड़ दिए जाते हैं)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="31" />
            <source>E-mail addresses (addresses on the allowlist are left alone)</source>
            <translation>ईमेल पते (अनुमति-सूची वाले पते छोड़ दिए जाते हैं)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="33" />
            <source>Street addresses and house numbers</source>
            <translation>घर के पते और मकान नंबर</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="34" />
            <source>Messages that a later export of the chat no longer shows (deleted since)</source>
            <translation>ऐसे मैसेज जो चैट के बाद वाले एक्सपोर्ट में नहीं दिखते (बीच में डिलीट हुए)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="36" />
            <source>Payment details and money requests: IBANs, card numbers, crypto wallets, "send money"</source>
            <translation>पेमेंट की जानकारी और पैसे माँगना: IBAN, कार्ड नंबर, क्रिप्टो वॉलेट, "पैसे भेजो"</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="38" />
            <source>Cries for help and signs of danger: violence, abuse, self-harm, a child in danger</source>
            <translation>मदद की पुकार और खतरे के संकेत: हिंसा, दुर्व्यवहार, खुद को नुकसान पहुँचाना, खतरे में बच्चा</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="40" />
            <source>Grooming patterns: moving a child to a private chat, asking for photos, asking for secrecy</source>
            <translation>ग्रूमिंग के तरीके: बच्चे को प्राइवेट चैट में ले जाना, फ़ोटो माँगना, बात छिपाने को कहना</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="42" />
            <source>Warning words that count when they occur together</source>
            <translation>चेतावनी वाले शब्द, जो एक साथ आने पर ही गिने जाते हैं</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="45" />
            <source>group invite links</source>
            <translation>ग्रुप इनवाइट लिंक</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="46" />
            <source>link shorteners</source>
            <translation>छोटे किए गए लिंक (लिंक शॉर्टनर)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="47" />
            <source>other links</source>
            <translation>दूसरे लिंक</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="48" />
            <source>photos, videos and files</source>
            <translation>फ़ोटो, वीडियो और फ़ाइलें</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="49" />
            <source>messages deleted by their author</source>
            <translation>भेजने वाले द्वारा डिलीट किए गए मैसेज</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="50" />
            <source>polls</source>
            <translation>पोल</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="51" />
            <source>shared locations</source>
            <translation>शेयर की गई लोकेशन</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="52" />
            <source>contact cards</source>
            <translation>कॉन्टैक्ट कार्ड</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="53" />
            <source>members joining</source>
            <translation>सदस्यों का जुड़ना</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="54" />
            <source>members being added</source>
            <translation>सदस्यों को जोड़ा जाना</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="55" />
            <source>members leaving</source>
            <translation>सदस्यों का ग्रुप छोड़ना</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="56" />
            <source>members being removed</source>
            <translation>सदस्यों को हटाया जाना</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="57" />
            <source>admin rights changing</source>
            <translation>एडमिन अधिकारों में बदलाव</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="58" />
            <source>the group name changing</source>
            <translation>ग्रुप का नाम बदलना</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="59" />
            <source>the group description changing</source>
            <translation>ग्रुप का विवरण बदलना</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="67" />
            <source>set by you</source>
            <translation>आपने सेट किया</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="69" />
            <source>admin, from group notices</source>
            <translation>एडमिन, ग्रुप सूचनाओं से</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="70" />
            <source>not admin, from group notices</source>
            <translation>एडमिन नहीं, ग्रुप सूचनाओं से</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="115" />
            <source>Save for &amp;this group</source>
            <translation>इस ग्रुप के लिए सेव करें (&amp;T)</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="116" />
            <source>&amp;Undo changes</source>
            <translation>बदलाव वापस लें (&amp;U)</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="121" />
            <source>Guideline pac&amp;ks</source>
            <translation>गाइडलाइन पैक (&amp;K)</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="126" />
            <source>&amp;Admins</source>
            <translation>एडमिन (&amp;A)</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="128" />
            <source>Tick the members who are admins. Admins' messages are not flagged by rules that spare them, and an admin's answer counts as a reply. Your choice always wins over the group notices in an export.</source>
            <translation>जो सदस्य एडमिन हैं, उन पर टिक करें। जो नियम एडमिन को छोड़ देते हैं, वे एडमिन के मैसेज चिह्नित नहीं करते, और एडमिन का जवाब ही जवाब माना जाता है। एक्सपोर्ट की ग्रुप सूचनाओं से ज़्यादा हमेशा आपकी पसंद मानी जाती है।</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="138" />
            <source>No groups yet. Import a chat export, then choose its guidelines and admins here.</source>
            <translation>अभी कोई ग्रुप नहीं है। कोई चैट एक्सपोर्ट इम्पोर्ट करें, फिर यहाँ उसकी गाइडलाइन और एडमिन चुनें।</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="146" />
            <source>Gr&amp;oups</source>
            <translation>ग्रुप (&amp;O)</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="245" />
            <source>Uses every pack</source>
            <translation>सभी पैक इस्तेमाल करता है</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="246" />
            <source>Uses: %1</source>
            <translation>इस्तेमाल: %1</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="269" />
            <source>Save changes?</source>
            <translation>बदलाव सेव करें?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="270" />
            <source>Save your changes to the guidelines of “%1”?</source>
            <translation>“%1” की गाइडलाइन में किए गए बदलाव सेव करें?</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="321" />
            <source>Choose at least one pack: every group is checked against some guidelines.</source>
            <translation>कम से कम एक पैक चुनें: हर ग्रुप को किसी न किसी गाइडलाइन से जाँचा जाता है।</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="324" />
            <source>No choice made yet: this group uses every pack, including packs you import later.</source>
            <translation>अभी कुछ नहीं चुना गया: यह ग्रुप सभी पैक इस्तेमाल करता है, बाद में इम्पोर्ट किए जाने वाले पैक भी।</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="327" />
            <source>The group is checked against the ticked packs only.</source>
            <translation>ग्रुप को सिर्फ़ टिक किए गए पैक से जाँचा जाता है।</translation>
        </message>
        <message>
            <location filename="../chat_guidelines_panel.py" line="339" />
            <source>Nobody has written in this group yet.</source>
            <translation>इस ग्रुप में अभी तक किसी ने कुछ नहीं लिखा है।</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="76" />
            <source>&amp;Rules</source>
            <translation>नियम (&amp;R)</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="77" />
            <source>Per &amp;group</source>
            <translation>हर ग्रुप के लिए (&amp;G)</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="78" />
            <source>Re&amp;plies</source>
            <translation>जवाब (&amp;P)</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="79" />
            <source>Re&amp;sources</source>
            <translation>मदद सेवाएँ (&amp;S)</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="80" />
            <source>Group &amp;description</source>
            <translation>ग्रुप का विवरण (&amp;D)</translation>
        </message>
        <message>
            <location filename="../guidelines_page.py" line="88" />
            <source>Your groups' rules, in plain words. ModDesk uses them to point out messages that may need you; it never deletes or sends anything.</source>
            <translation>आपके ग्रुप के नियम, आसान शब्दों में। ModDesk इनकी मदद से उन मैसेज की ओर ध्यान दिलाता है जिन पर शायद आपकी ज़रूरत हो; यह कभी कुछ डिलीट नहीं करता और न ही कुछ भेजता है।</translation>
        </message>
        <message>
            <location filename="../guidelines_text.py" line="46" />
            <source>ModDesk (shipped)</source>
            <translation>ModDesk (साथ में आया)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="48" />
            <source>Edit “%1” (version %2)</source>
            <translation>“%1” एडिट करें (वर्ज़न %2)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="63" />
            <source>Saving checks the pack and stores it as version %1; every earlier version stays and can be restored. The groups that use this pack are then checked again.</source>
            <translation>सेव करने पर पैक जाँचा जाता है और वर्ज़न %1 के रूप में रखा जाता है; पहले के सभी वर्ज़न बने रहते हैं और रीस्टोर किए जा सकते हैं। इसके बाद यह पैक इस्तेमाल करने वाले ग्रुप फिर से जाँचे जाते हैं।</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="69" />
            <source>&amp;Save</source>
            <translation>सेव करें (&amp;S)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="70" />
            <source>Check and save (Ctrl+S)</source>
            <translation>जाँचें और सेव करें (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="102" />
            <location filename="../pack_panel.py" line="317" />
            <source>Line %1: %2</source>
            <translation>लाइन %1: %2</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="103" />
            <source>%1. Nothing was saved; fix it and save again.</source>
            <translation>%1। कुछ भी सेव नहीं हुआ; इसे ठीक करके फिर से सेव करें।</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="126" />
            <source>Discard changes?</source>
            <translation>बदलाव छोड़ दें?</translation>
        </message>
        <message>
            <location filename="../pack_editor_dialog.py" line="127" />
            <source>Your changes to this pack are not saved. Discard them?</source>
            <translation>इस पैक में आपके बदलाव सेव नहीं हुए हैं। उन्हें छोड़ दें?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="98" />
            <source>Pac&amp;ks in this vault</source>
            <translation>इस वॉल्ट के पैक (&amp;K)</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>&amp;Edit…</source>
            <translation>एडिट करें (&amp;E)…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="118" />
            <source>Change this pack's rules and words</source>
            <translation>इस पैक के नियम और शब्द बदलें</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>Versio&amp;ns…</source>
            <translation>वर्ज़न (&amp;N)…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="119" />
            <source>See earlier versions and restore one</source>
            <translation>पहले के वर्ज़न देखें और उनमें से किसी को रीस्टोर करें</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>&amp;Import…</source>
            <translation>इम्पोर्ट करें (&amp;I)…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="120" />
            <source>Add a pack from a .toml file</source>
            <translation>किसी .toml फ़ाइल से पैक जोड़ें</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>E&amp;xport…</source>
            <translation>एक्सपोर्ट करें (&amp;X)…</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="121" />
            <source>Save this pack to a .toml file to share or edit elsewhere</source>
            <translation>शेयर करने या कहीं और एडिट करने के लिए इस पैक को .toml फ़ाइल में सेव करें</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="128" />
            <source>Each group is checked against the packs ticked for it on the “Per group” tab. Every change is kept as a new version.</source>
            <translation>हर ग्रुप को उन पैक से जाँचा जाता है जिन पर “हर ग्रुप के लिए” टैब में उस ग्रुप के लिए टिक लगा है। हर बदलाव एक नए वर्ज़न के रूप में रखा जाता है।</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="270" />
            <source>Import a guideline pack</source>
            <translation>गाइडलाइन पैक इम्पोर्ट करें</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="271" />
            <location filename="../pack_panel.py" line="331" />
            <source>Guideline packs (%1)</source>
            <translation>गाइडलाइन पैक (%1)</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="288" />
            <source>Replace with a new version?</source>
            <translation>नए वर्ज़न से बदलें?</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="289" />
            <source>“%1” is already in the vault (version %2). Save this file as its version %3? Earlier versions stay and can be restored; the groups that use it are checked again.</source>
            <translation>“%1” पहले से वॉल्ट में है (वर्ज़न %2)। क्या इस फ़ाइल को इसके वर्ज़न %3 के रूप में सेव करें? पहले के वर्ज़न बने रहेंगे और रीस्टोर किए जा सकते हैं; इसे इस्तेमाल करने वाले ग्रुप फिर से जाँचे जाएँगे।</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="295" />
            <source>Save as new version</source>
            <translation>नए वर्ज़न के रूप में सेव करें</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="304" />
            <source>“%1” is the same as the version in the vault; nothing changed.</source>
            <translation>“%1” वॉल्ट वाले वर्ज़न जैसा ही है; कुछ नहीं बदला।</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="307" />
            <source>“%1” imported.</source>
            <translation>“%1” इम्पोर्ट हो गया।</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="318" />
            <source>This pack cannot be imported</source>
            <translation>यह पैक इम्पोर्ट नहीं किया जा सकता</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="319" />
            <source>%1. Nothing was changed. Fix the file and import it again.</source>
            <translation>%1। कुछ भी नहीं बदला गया। फ़ाइल ठीक करें और उसे फिर से इम्पोर्ट करें।</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="330" />
            <source>Export a guideline pack</source>
            <translation>गाइडलाइन पैक एक्सपोर्ट करें</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="342" />
            <source>The pack could not be written to %1 (%2). Choose another place.</source>
            <translation>पैक को %1 में नहीं लिखा जा सका (%2)। कोई दूसरी जगह चुनें।</translation>
        </message>
        <message>
            <location filename="../pack_panel.py" line="345" />
            <source>Version %1 of the pack saved to %2.</source>
            <translation>पैक का वर्ज़न %1, %2 में सेव हो गया।</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="51" />
            <source>Versions of “%1”</source>
            <translation>“%1” के वर्ज़न</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="63" />
            <source>&amp;Restore this version</source>
            <translation>यह वर्ज़न रीस्टोर करें (&amp;R)</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="65" />
            <source>Save this text again as the newest version; nothing is deleted</source>
            <translation>इस टेक्स्ट को फिर से सबसे नए वर्ज़न के रूप में सेव करें; कुछ भी डिलीट नहीं होता</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="74" />
            <source>&amp;Versions, newest first</source>
            <translation>वर्ज़न, सबसे नया पहले (&amp;V)</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="91" />
            <source>Version %1</source>
            <translation>वर्ज़न %1</translation>
        </message>
        <message>
            <location filename="../pack_versions_dialog.py" line="93" />
            <source>%1 (in use)</source>
            <translation>%1 (इस्तेमाल में)</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="144" />
            <source>no new inbox items</source>
            <translation>इनबॉक्स में कोई नया आइटम नहीं</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="146" />
            <source>Check stopped after %1 of %2 groups; %3 found before that are kept.</source>
            <translation>%2 में से %1 ग्रुप के बाद जाँच रोक दी गई; उससे पहले मिले %3 रखे गए हैं।</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="149" />
            <source>No group uses this pack, so there was nothing to check.</source>
            <translation>कोई भी ग्रुप यह पैक इस्तेमाल नहीं करता, इसलिए जाँचने के लिए कुछ नहीं था।</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="167" />
            <source>&amp;Cancel check</source>
            <translation>जाँच रद्द करें (&amp;C)</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="168" />
            <source>OK</source>
            <translation>ठीक है</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="169" />
            <source>Hide this message</source>
            <translation>यह सूचना छिपाएँ</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="194" />
            <source>Checking %1 of %2 groups against the changed guidelines…</source>
            <translation>बदली गई गाइडलाइन से %2 में से %1 ग्रुप जाँचे जा रहे हैं…</translation>
        </message>
        <message>
            <location filename="../rescan_progress.py" line="216" />
            <source>Stopping after the group being checked…</source>
            <translation>अभी जाँचे जा रहे ग्रुप के बाद जाँच रुक जाएगी…</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="77" />
            <source> in %1 languages</source>
            <translation> %1 भाषाओं में</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="78" />
            <source> (case and accents do not matter)</source>
            <translation> (छोटे-बड़े अक्षर और एक्सेंट से फ़र्क नहीं पड़ता)</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="89" />
            <source>Links: %1</source>
            <translation>लिंक: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="93" />
            <source>Floods: %1 or more messages by one member within %2 minutes</source>
            <translation>मैसेज की बाढ़: एक ही सदस्य के %2 मिनट के अंदर %1 या उससे ज़्यादा मैसेज</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="106" />
            <source>Shared in the group: %1</source>
            <translation>ग्रुप में शेयर किया गया: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="107" />
            <source>Group notices: %1</source>
            <translation>ग्रुप सूचनाएँ: %1</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="128" />
            <source>Messages written by the group's admins are not flagged.</source>
            <translation>ग्रुप के एडमिन के लिखे मैसेज चिह्नित नहीं किए जाते।</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="129" />
            <source>Repeated hits by one member within %1 minutes make one inbox item.</source>
            <translation>एक ही सदस्य के %1 मिनट के अंदर बार-बार मैच होने पर सिर्फ़ एक इनबॉक्स आइटम बनता है।</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="135" />
            <source>What finds it</source>
            <translation>इसे कैसे पहचाना जाता है</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="137" />
            <source>Suggested responses</source>
            <translation>सुझाए गए जवाब</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="174" />
            <source>Choose a pack to read its rules.</source>
            <translation>नियम पढ़ने के लिए कोई पैक चुनें।</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="177" />
            <source>This version cannot be used:</source>
            <translation>यह वर्ज़न इस्तेमाल नहीं किया जा सकता:</translation>
        </message>
        <message>
            <location filename="../rule_view.py" line="178" />
            <source>Edit the pack or restore an earlier version.</source>
            <translation>पैक एडिट करें या पहले का कोई वर्ज़न रीस्टोर करें।</translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n message</source>
            <translation>
                <numerusform>%n मैसेज</numerusform>
                <numerusform>%n मैसेज</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chat_guidelines_panel.py" line="343" />
            <source>%n messages</source>
            <translation>
                <numerusform>%n मैसेज</numerusform>
                <numerusform>%n मैसेज</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n group</source>
            <translation>
                <numerusform>%n ग्रुप</numerusform>
                <numerusform>%n ग्रुप</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../pack_list_model.py" line="83" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n ग्रुप</numerusform>
                <numerusform>%n ग्रुप</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox item</source>
            <translation>
                <numerusform>%n नया इनबॉक्स आइटम</numerusform>
                <numerusform>%n नया इनबॉक्स आइटम</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="143" />
            <source>%n new inbox items</source>
            <translation>
                <numerusform>%n नए इनबॉक्स आइटम</numerusform>
                <numerusform>%n नए इनबॉक्स आइटम</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n group again: %1.</source>
            <translation>
                <numerusform>%n ग्रुप फिर से जाँचा गया: %1।</numerusform>
                <numerusform>%n ग्रुप फिर से जाँचा गया: %1।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rescan_progress.py" line="150" />
            <source>Checked %n groups again: %1.</source>
            <translation>
                <numerusform>%n ग्रुप फिर से जाँचे गए: %1।</numerusform>
                <numerusform>%n ग्रुप फिर से जाँचे गए: %1।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n term</source>
            <translation>
                <numerusform>शब्द और फ़्रेज़: %n शब्द</numerusform>
                <numerusform>शब्द और फ़्रेज़: %n शब्द</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="75" />
            <source>Words and phrases: %n terms</source>
            <translation>
                <numerusform>शब्द और फ़्रेज़: %n शब्द</numerusform>
                <numerusform>शब्द और फ़्रेज़: %n शब्द</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hour</source>
            <translation>
                <numerusform>सवाल और एडमिन के मेंशन, जिनका %n घंटे के अंदर किसी एडमिन ने जवाब नहीं दिया</numerusform>
                <numerusform>सवाल और एडमिन के मेंशन, जिनका %n घंटे के अंदर किसी एडमिन ने जवाब नहीं दिया</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="98" />
            <source>Questions and mentions of the admins with no admin reply within %n hours</source>
            <translation>
                <numerusform>सवाल और एडमिन के मेंशन, जिनका %n घंटे के अंदर किसी एडमिन ने जवाब नहीं दिया</numerusform>
                <numerusform>सवाल और एडमिन के मेंशन, जिनका %n घंटे के अंदर किसी एडमिन ने जवाब नहीं दिया</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rule</source>
            <translation>
                <numerusform>%n नियम</numerusform>
                <numerusform>%n नियम</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="156" />
            <source>%n rules</source>
            <translation>
                <numerusform>%n नियम</numerusform>
                <numerusform>%n नियम</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n pattern) for: %1</source>
            <translation>
                <numerusform>%1 के लिए टेक्स्ट पैटर्न (%n पैटर्न)</numerusform>
                <numerusform>%1 के लिए टेक्स्ट पैटर्न (%n पैटर्न)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rule_view.py" line="83" />
            <source>Text patterns (%n patterns) for: %1</source>
            <translation>
                <numerusform>%1 के लिए टेक्स्ट पैटर्न (%n पैटर्न)</numerusform>
                <numerusform>%1 के लिए टेक्स्ट पैटर्न (%n पैटर्न)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../import_controller.py" line="258" />
            <source>No chat exports (.txt, .zip or .json) were found there.</source>
            <translation>वहाँ कोई चैट एक्सपोर्ट (.txt, .zip या .json) नहीं मिला।</translation>
        </message>
    </context>
    <context>
        <name>ImportStatus</name>
        <message>
            <location filename="../import_status.py" line="70" />
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="71" />
            <source>Summary…</source>
            <translation>सारांश…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="98" />
            <source>Import finished. %1</source>
            <translation>इम्पोर्ट पूरा हुआ। %1</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <location filename="../import_summary_dialog.py" line="30" />
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="31" />
            <source>Result</source>
            <translation>नतीजा</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="32" />
            <source>New messages</source>
            <translation>नए मैसेज</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="33" />
            <source>Details</source>
            <translation>जानकारी</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="36" />
            <source>Imported</source>
            <translation>इम्पोर्ट हुई</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="37" />
            <source>Already imported</source>
            <translation>पहले ही इम्पोर्ट हो चुकी</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="38" />
            <source>Failed</source>
            <translation>नहीं हो पाया</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="39" />
            <source>Cancelled</source>
            <translation>रद्द किया गया</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="40" />
            <source>Not imported</source>
            <translation>इम्पोर्ट नहीं हुई</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="45" />
            <source>This file could not be read as a chat export. Export the chat again from WhatsApp (More → Export chat) and import the new file.</source>
            <translation>इस फ़ाइल को चैट एक्सपोर्ट के रूप में पढ़ा नहीं जा सका। WhatsApp से चैट फिर से एक्सपोर्ट करें (अधिक → चैट एक्सपोर्ट करें) और नई फ़ाइल इम्पोर्ट करें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="48" />
            <source>The file is larger than %1, the most ModDesk imports. Export the chat again choosing “Without media”.</source>
            <translation>यह फ़ाइल %1 से बड़ी है, जो ModDesk की इम्पोर्ट की सीमा है। चैट फिर से एक्सपोर्ट करें और “मीडिया के बिना” चुनें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="51" />
            <source>The archive is incomplete or damaged; it may still be downloading or syncing. Let it finish, or export the chat again.</source>
            <translation>यह आर्काइव अधूरा या खराब है; हो सकता है यह अभी भी डाउनलोड या सिंक हो रहा हो। इसे पूरा होने दें, या चैट फिर से एक्सपोर्ट करें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="54" />
            <source>ModDesk could not open the file. Check that you may read it and that no other program is still writing it, then try again.</source>
            <translation>ModDesk यह फ़ाइल नहीं खोल सका। जाँचें कि आपको इसे पढ़ने की अनुमति है और कोई दूसरा प्रोग्राम अभी भी इसमें लिख तो नहीं रहा, फिर दोबारा कोशिश करें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="57" />
            <source>The file is no longer there; it may have been moved or deleted.</source>
            <translation>फ़ाइल अब वहाँ नहीं है; हो सकता है उसे कहीं और ले जाया गया हो या डिलीट कर दिया गया हो।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="59" />
            <source>This is a link to another file. ModDesk never follows links; choose the file itself.</source>
            <translation>यह किसी दूसरी फ़ाइल का लिंक है। ModDesk कभी लिंक के ज़रिए फ़ाइल नहीं खोलता; सीधे असली फ़ाइल चुनें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="62" />
            <source>This is not an ordinary file (a device, pipe or socket).</source>
            <translation>यह कोई साधारण फ़ाइल नहीं है (डिवाइस, पाइप या सॉकेट)।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="64" />
            <source>This is a folder. Use “Import folder…” to import the files in it.</source>
            <translation>यह एक फ़ोल्डर है। इसकी फ़ाइलें इम्पोर्ट करने के लिए “फ़ोल्डर इम्पोर्ट करें…” इस्तेमाल करें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="66" />
            <source>Not a chat export: ModDesk imports .txt, .zip and .json files.</source>
            <translation>यह चैट एक्सपोर्ट नहीं है: ModDesk .txt, .zip और .json फ़ाइलें इम्पोर्ट करता है।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="68" />
            <source>This is an unfinished download or a sync program's temporary file. Wait until it is complete.</source>
            <translation>यह अधूरा डाउनलोड है या किसी सिंक प्रोग्राम की अस्थायी फ़ाइल है। इसके पूरा होने तक इंतज़ार करें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="71" />
            <source>The file changed while it was being read. Import it again once it has finished saving.</source>
            <translation>पढ़ते समय फ़ाइल बदल गई। इसका सेव होना पूरा हो जाए, तब इसे फिर से इम्पोर्ट करें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="74" />
            <source>Nothing from this file was saved.</source>
            <translation>इस फ़ाइल से कुछ भी सेव नहीं हुआ।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="75" />
            <source>The vault could not save this file. Nothing from it was kept.</source>
            <translation>वॉल्ट यह फ़ाइल सेव नहीं कर सका। इसमें से कुछ भी नहीं रखा गया।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="77" />
            <source>An internal error stopped this import; nothing from the file was saved. Please report it.</source>
            <translation>एक अंदरूनी गड़बड़ी की वजह से यह इम्पोर्ट रुक गया; फ़ाइल से कुछ भी सेव नहीं हुआ। कृपया इसकी रिपोर्ट करें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="120" />
            <source>The same content was imported before; nothing was added.</source>
            <translation>यही सामग्री पहले इम्पोर्ट हो चुकी है; कुछ भी नहीं जोड़ा गया।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="122" />
            <source>Date order uncertain: ModDesk guessed whether dates are day/month or month/day. Check a few dates in Chats.</source>
            <translation>तारीख का क्रम पक्का नहीं: ModDesk ने अनुमान लगाया है कि तारीखें दिन/महीना हैं या महीना/दिन। “चैट” में कुछ तारीखें जाँच लें।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="125" />
            <source>%1 lines could not be read as messages.</source>
            <translation>%1 लाइनें मैसेज के रूप में पढ़ी नहीं जा सकीं।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="128" />
            <source>The original file was moved into the vault.</source>
            <translation>मूल फ़ाइल वॉल्ट में ले जाई गई।</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="138" />
            <source>Chat: %1</source>
            <translation>चैट: %1</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="140" />
            <source>%1 chats: %2</source>
            <translation>%1 चैट: %2</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="148" />
            <source>%1 imported (%2 new messages)</source>
            <translation>%1 इम्पोर्ट हुईं (%2 नए मैसेज)</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="151" />
            <source>%1 already imported</source>
            <translation>%1 पहले से इम्पोर्ट थीं</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="154" />
            <source>%1 failed</source>
            <translation>%1 इम्पोर्ट नहीं हो पाईं</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="156" />
            <source>%1 cancelled</source>
            <translation>%1 रद्द हुईं</translation>
        </message>
        <message>
            <location filename="../import_summary_dialog.py" line="157" />
            <source>%1 files: %2.</source>
            <translation>%1 फ़ाइलें: %2।</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryDialog</name>
        <message>
            <location filename="../import_summary_dialog.py" line="175" />
            <source>Import summary</source>
            <translation>इम्पोर्ट का सारांश</translation>
        </message>
    </context>
    <context>
        <name>ImportUi</name>
        <message>
            <location filename="../import_status.py" line="37" />
            <source>Chat exports (*.txt *.zip *.json);;All files (*)</source>
            <translation>चैट एक्सपोर्ट (*.txt *.zip *.json);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="43" />
            <source>Importing %1 of %2</source>
            <translation>%2 में से %1 इम्पोर्ट हो रही है</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="47" />
            <source>%1: %2 of %3 messages…</source>
            <translation>%1: %3 में से %2 मैसेज…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="127" />
            <source>&amp;Import files…</source>
            <translation>फ़ाइलें इम्पोर्ट करें (&amp;I)…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="129" />
            <source>Import f&amp;older…</source>
            <translation>फ़ोल्डर इम्पोर्ट करें (&amp;O)…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="131" />
            <source>&amp;Watched folders…</source>
            <translation>निगरानी फ़ोल्डर (&amp;W)…</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="158" />
            <source>Watched folders notice</source>
            <translation>निगरानी फ़ोल्डर की सूचना</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="202" />
            <source>Import chat exports</source>
            <translation>चैट एक्सपोर्ट इम्पोर्ट करें</translation>
        </message>
        <message>
            <location filename="../import_status.py" line="209" />
            <source>Import the chat exports in a folder</source>
            <translation>किसी फ़ोल्डर के चैट एक्सपोर्ट इम्पोर्ट करें</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <location filename="../inbox_actions.py" line="42" />
            <source>Next item</source>
            <translation>अगला आइटम</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="43" />
            <source>Previous item</source>
            <translation>पिछला आइटम</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="44" />
            <location filename="../inbox_item_view.py" line="230" />
            <source>Open in chat</source>
            <translation>चैट में खोलें</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="45" />
            <source>Resolve: dealt with</source>
            <translation>हल करें: निपटा दिया गया</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="46" />
            <source>Dismiss: nothing to do (asks why)</source>
            <translation>खारिज करें: कुछ करने की ज़रूरत नहीं (वजह पूछता है)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="48" />
            <source>Escalate: open an incident (Enter creates it)</source>
            <translation>आगे बढ़ाएँ: एक घटना खोलें (Enter दबाने पर बन जाती है)</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="50" />
            <source>Snooze until a later day</source>
            <translation>किसी बाद के दिन तक स्नूज़ करें</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="52" />
            <source>Reply with template…</source>
            <translation>टेम्पलेट से जवाब दें…</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="53" />
            <source>Severity: urgent</source>
            <translation>गंभीरता: अर्जेंट</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="54" />
            <source>Severity: high</source>
            <translation>गंभीरता: ज़्यादा</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="55" />
            <source>Severity: normal</source>
            <translation>गंभीरता: सामान्य</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="56" />
            <source>Severity: low</source>
            <translation>गंभीरता: कम</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="57" />
            <source>Undo the last action, one item at a time</source>
            <translation>पिछला काम वापस लें, एक बार में एक आइटम</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="59" />
            <source>Show or hide this item's media</source>
            <translation>इस आइटम का मीडिया दिखाएँ या छिपाएँ</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="60" />
            <source>Show these shortcuts</source>
            <translation>ये शॉर्टकट दिखाएँ</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="62" />
            <source>Shift+click, Ctrl+click, Ctrl+A</source>
            <translation>Shift+क्लिक, Ctrl+क्लिक, Ctrl+A</translation>
        </message>
        <message>
            <location filename="../inbox_actions.py" line="63" />
            <source>Select several items (resolve or dismiss them together)</source>
            <translation>कई आइटम चुनें (उन्हें एक साथ हल या खारिज करें)</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="29" />
            <source>False alarm: harmless in this conversation</source>
            <translation>गलत अलार्म: इस बातचीत में इससे कोई नुकसान नहीं</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="30" />
            <source>Already handled in the group</source>
            <translation>ग्रुप में पहले ही निपटा दिया गया</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="31" />
            <source>Allowed in this group</source>
            <translation>इस ग्रुप में इसकी अनुमति है</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="32" />
            <source>Spam: removed in WhatsApp</source>
            <translation>स्पैम: WhatsApp में हटा दिया गया</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="33" />
            <source>Shared on purpose (for example a helpline number)</source>
            <translation>जान-बूझकर शेयर किया गया (जैसे कोई हेल्पलाइन नंबर)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="47" />
            <source>phone number</source>
            <translation>फ़ोन नंबर</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="48" />
            <source>e-mail address</source>
            <translation>ईमेल पता</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="49" />
            <source>street address</source>
            <translation>घर का पता</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="50" />
            <source>words</source>
            <translation>शब्द</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="51" />
            <source>warning words</source>
            <translation>चेतावनी वाले शब्द</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="52" />
            <source>text pattern</source>
            <translation>टेक्स्ट पैटर्न</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="53" />
            <source>links</source>
            <translation>लिंक</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="54" />
            <source>many messages at once</source>
            <translation>एक साथ बहुत सारे मैसेज</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="55" />
            <source>unanswered question</source>
            <translation>बिना जवाब का सवाल</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="56" />
            <source>kind of message</source>
            <translation>मैसेज का प्रकार</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="57" />
            <source>group notice</source>
            <translation>ग्रुप की सूचना</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="58" />
            <source>payment details</source>
            <translation>पेमेंट की जानकारी</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="59" />
            <source>signs of danger</source>
            <translation>ख़तरे के संकेत</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="60" />
            <source>grooming pattern</source>
            <translation>ग्रूमिंग पैटर्न</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="61" />
            <source>deleted message</source>
            <translation>डिलीट किया गया मैसेज</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="42" />
            <location filename="../inbox_page.py" line="81" />
            <source>Urgent</source>
            <translation>अर्जेंट</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="43" />
            <location filename="../inbox_page.py" line="82" />
            <source>High</source>
            <translation>ज़्यादा</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="44" />
            <location filename="../inbox_page.py" line="83" />
            <source>Normal</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="45" />
            <location filename="../inbox_page.py" line="84" />
            <source>Low</source>
            <translation>कम</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="46" />
            <location filename="../inbox_page.py" line="73" />
            <source>New</source>
            <translation>नया</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="47" />
            <location filename="../inbox_page.py" line="74" />
            <source>In review</source>
            <translation>जाँच में</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="48" />
            <location filename="../inbox_page.py" line="77" />
            <source>Resolved</source>
            <translation>हल हुआ</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="49" />
            <location filename="../inbox_page.py" line="78" />
            <source>Dismissed</source>
            <translation>खारिज</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="50" />
            <location filename="../inbox_page.py" line="75" />
            <source>Escalated</source>
            <translation>आगे बढ़ाया गया</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="51" />
            <source>Urgent help</source>
            <translation>तुरंत मदद</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="52" />
            <source>Needs attention</source>
            <translation>ध्यान देना है</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="53" />
            <source>Needs reply</source>
            <translation>जवाब देना है</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Severity</source>
            <translation>गंभीरता</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="54" />
            <source>Group</source>
            <translation>ग्रुप</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Rule</source>
            <translation>नियम</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="55" />
            <source>Author</source>
            <translation>भेजने वाला</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Waiting</source>
            <translation>इंतज़ार</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="56" />
            <source>Hits</source>
            <translation>मैच</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="57" />
            <source>State</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="72" />
            <source>Open items</source>
            <translation>खुले आइटम</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="76" />
            <source>Snoozed</source>
            <translation>स्नूज़ किया गया</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="79" />
            <source>All states</source>
            <translation>सभी स्थितियाँ</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="80" />
            <source>Any severity</source>
            <translation>कोई भी गंभीरता</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="86" />
            <source>Any time</source>
            <translation>कभी भी</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="87" />
            <source>Today</source>
            <translation>आज</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="88" />
            <source>Last 7 days</source>
            <translation>पिछले 7 दिन</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="89" />
            <source>Last 30 days</source>
            <translation>पिछले 30 दिन</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="90" />
            <source>Custom range…</source>
            <translation>अपनी पसंद की अवधि…</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>From</source>
            <translation>पहला दिन</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>urgent help</source>
            <translation>तुरंत मदद</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>attention</source>
            <translation>ध्यान</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="46" />
            <source>reply</source>
            <translation>जवाब</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="74" />
            <source>Groups</source>
            <translation>ग्रुप</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="77" />
            <source>Most urgent first</source>
            <translation>सबसे ज़रूरी पहले</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="122" />
            <source>All groups</source>
            <translation>सभी ग्रुप</translation>
        </message>
        <message>
            <location filename="../groups_overview.py" line="182" />
            <source>Nothing open</source>
            <translation>कुछ भी खुला नहीं</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="54" />
            <source>Or write your own reason</source>
            <translation>या अपनी वजह खुद लिखें</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="56" />
            <source>Dismiss</source>
            <translation>खारिज करें</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="61" />
            <source>Why does this need nothing more?</source>
            <translation>इस पर आगे कुछ करने की ज़रूरत क्यों नहीं है?</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="91" />
            <source>Tomorrow, %1</source>
            <translation>कल, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="92" />
            <source>Next week, %1</source>
            <translation>अगले हफ़्ते, %1</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="97" />
            <source>Snooze to this day</source>
            <translation>इस दिन तक स्नूज़ करें</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="99" />
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="118" />
            <source>Hide until the morning of:</source>
            <translation>इस दिन की सुबह तक छिपाएँ:</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="150" />
            <source>Items from a date range</source>
            <translation>किसी तारीख-अवधि के आइटम</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="159" />
            <source>Show these days</source>
            <translation>ये दिन दिखाएँ</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="165" />
            <source>to</source>
            <translation>आख़िरी दिन</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="170" />
            <source>Show items whose messages were written on these days:</source>
            <translation>वे आइटम दिखाएँ जिनके मैसेज इन दिनों में लिखे गए थे:</translation>
        </message>
        <message>
            <location filename="../inbox_dialogs.py" line="189" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Photo</source>
            <translation>फ़ोटो</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Video</source>
            <translation>वीडियो</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="79" />
            <source>Audio</source>
            <translation>ऑडियो</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="80" />
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="140" />
            <source>edited</source>
            <translation>एडिट किया गया</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="142" />
            <source>missing from a later export</source>
            <translation>बाद वाले एक्सपोर्ट में नहीं है</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="152" />
            <source>This message was deleted</source>
            <translation>यह मैसेज डिलीट कर दिया गया था</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="158" />
            <source>Media not included in the export</source>
            <translation>मीडिया एक्सपोर्ट में शामिल नहीं है</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="168" />
            <source>%1 shown only as a file: ModDesk does not open this type.</source>
            <translation>%1 को सिर्फ़ फ़ाइल के रूप में दिखाया गया है: ModDesk इस तरह की फ़ाइल नहीं खोलता।</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="175" />
            <source>%1 hidden</source>
            <translation>%1 को छिपाया गया है</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="176" />
            <source>Press Space to show the media of this item.</source>
            <translation>इस आइटम का मीडिया देखने के लिए Space दबाएँ।</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="231" />
            <source>Open the chat at this message (Enter)</source>
            <translation>इस मैसेज पर चैट खोलें (Enter)</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="247" />
            <source>Choose an item in the list to see the message and what led to it.</source>
            <translation>मैसेज और उससे पहले की बातचीत देखने के लिए सूची में से कोई आइटम चुनें।</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="258" />
            <source>Previous flagged message of this item</source>
            <translation>इस आइटम का पिछला चिह्नित मैसेज</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="259" />
            <source>Next flagged message of this item</source>
            <translation>इस आइटम का अगला चिह्नित मैसेज</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="409" />
            <source>Rule %1 of the %2 guidelines</source>
            <translation>%2 गाइडलाइन का नियम %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="421" />
            <source>Escalated to incident %1</source>
            <translation>घटना %1 तक आगे बढ़ाया गया</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="423" />
            <source>Open incident %1 on the Incidents page</source>
            <translation>घटना %1 को घटनाएँ पेज पर खोलें</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="429" />
            <source>unknown author</source>
            <translation>अज्ञात भेजने वाला</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="431" />
            <source>found by %1</source>
            <translation>%1 से पहचाना गया</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="434" />
            <source>last handled by %1</source>
            <translation>आख़िरी बार %1 ने संभाला</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="436" />
            <source>reason: %1</source>
            <translation>वजह: %1</translation>
        </message>
        <message>
            <location filename="../inbox_item_view.py" line="441" />
            <source>Flagged message %1 of %2</source>
            <translation>चिह्नित मैसेज: %2 में से %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="95" />
            <source>%n min</source>
            <translation>
                <numerusform>%n मिनट</numerusform>
                <numerusform>%n मिनट</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="97" />
            <source>%n h</source>
            <translation>
                <numerusform>%n घंटा</numerusform>
                <numerusform>%n घंटे</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_model.py" line="98" />
            <source>%n d</source>
            <translation>
                <numerusform>%n दिन</numerusform>
                <numerusform>%n दिन</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="104" />
            <source>Snoozed to %1</source>
            <translation>%1 तक स्नूज़</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="215" />
            <source>First message: %1</source>
            <translation>पहला मैसेज: %1</translation>
        </message>
        <message>
            <location filename="../inbox_model.py" line="219" />
            <source>Last handled by %1</source>
            <translation>आख़िरी बार %1 ने संभाला</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="173" />
            <source>Open items in this bucket, for the groups shown</source>
            <translation>दिखाए गए ग्रुप के लिए, इस श्रेणी के खुले आइटम</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="177" />
            <source>Shortcuts  ?</source>
            <translation>शॉर्टकट  ?</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Resolve  R</source>
            <translation>हल करें  R</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="245" />
            <source>Dismiss…  D</source>
            <translation>खारिज करें…  D</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Incident…  E</source>
            <translation>घटना…  E</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Snooze…  S</source>
            <translation>स्नूज़ करें…  S</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="246" />
            <source>Undo  Z</source>
            <translation>वापस लें  Z</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="371" />
            <source>Nothing waits here. The groups are calm for now.</source>
            <translation>यहाँ कुछ भी बाकी नहीं है। अभी ग्रुप में सब शांत है।</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="373" />
            <source>No items match these filters.</source>
            <translation>इन फ़िल्टर से कोई आइटम मेल नहीं खाता।</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="400" />
            <source>All rules</source>
            <translation>सभी नियम</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="443" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n चुना गया</numerusform>
                <numerusform>%n चुने गए</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="525" />
            <source>Nothing to undo.</source>
            <translation>वापस लेने के लिए कुछ नहीं है।</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="536" />
            <source>Undone. %n more to undo.</source>
            <translation>
                <numerusform>वापस लिया गया। %n और काम वापस लिया जा सकता है।</numerusform>
                <numerusform>वापस लिया गया। %n और काम वापस लिए जा सकते हैं।</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="540" />
            <source>That item changed since; nothing was undone.</source>
            <translation>वह आइटम इस बीच बदल गया; कुछ भी वापस नहीं लिया गया।</translation>
        </message>
        <message>
            <location filename="../inbox_page.py" line="547" />
            <source>This item has no media to show.</source>
            <translation>इस आइटम में दिखाने के लिए कोई मीडिया नहीं है।</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="35" />
            <source>Keyboard shortcuts</source>
            <translation>कीबोर्ड शॉर्टकट</translation>
        </message>
        <message>
            <location filename="../triage_help.py" line="37" />
            <source>Press Esc or ? to close.</source>
            <translation>बंद करने के लिए Esc या ? दबाएँ।</translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n item</source>
            <translation>
                <numerusform>%n आइटम खारिज करें</numerusform>
                <numerusform>%n आइटम खारिज करें</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="46" />
            <source>Dismiss %n items</source>
            <translation>
                <numerusform>%n आइटम खारिज करें</numerusform>
                <numerusform>%n आइटम खारिज करें</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n item</source>
            <translation>
                <numerusform>%n आइटम स्नूज़ करें</numerusform>
                <numerusform>%n आइटम स्नूज़ करें</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_dialogs.py" line="86" />
            <source>Snooze %n items</source>
            <translation>
                <numerusform>%n आइटम स्नूज़ करें</numerusform>
                <numerusform>%n आइटम स्नूज़ करें</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged message</source>
            <translation>
                <numerusform>%n चिह्नित मैसेज</numerusform>
                <numerusform>%n चिह्नित मैसेज</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_item_view.py" line="430" />
            <source>%n flagged messages</source>
            <translation>
                <numerusform>%n चिह्नित मैसेज</numerusform>
                <numerusform>%n चिह्नित मैसेज</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n item changed. Press Z to undo.</source>
            <translation>
                <numerusform>%n आइटम बदला गया। वापस लेने के लिए Z दबाएँ।</numerusform>
                <numerusform>%n आइटम बदला गया। वापस लेने के लिए Z दबाएँ।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="513" />
            <source>%n items changed. Press Z to undo, one item at a time.</source>
            <translation>
                <numerusform>%n आइटम बदले गए। वापस लेने के लिए Z दबाएँ, एक बार में एक आइटम।</numerusform>
                <numerusform>%n आइटम बदले गए। वापस लेने के लिए Z दबाएँ, एक बार में एक आइटम।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n item could not change: another change came first.</source>
            <translation>
                <numerusform>%n आइटम नहीं बदल सका: कोई दूसरा बदलाव पहले हो गया।</numerusform>
                <numerusform>%n आइटम नहीं बदल सका: कोई दूसरा बदलाव पहले हो गया।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../inbox_page.py" line="517" />
            <source>%n items could not change: other changes came first.</source>
            <translation>
                <numerusform>%n आइटम नहीं बदल सके: दूसरे बदलाव पहले हो गए।</numerusform>
                <numerusform>%n आइटम नहीं बदल सके: दूसरे बदलाव पहले हो गए।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message>
            <location filename="../../desktop/reports/wording.py" line="27" />
            <source>Reporting member</source>
            <translation>रिपोर्ट करने वाला सदस्य</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="28" />
            <source>Subject of the report</source>
            <translation>रिपोर्ट किया गया व्यक्ति</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="29" />
            <source>Witness</source>
            <translation>गवाह</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="30" />
            <source>Affected person</source>
            <translation>प्रभावित व्यक्ति</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="33" />
            <source>Open</source>
            <translation>खुला</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="34" />
            <source>Monitoring</source>
            <translation>निगरानी में</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="35" />
            <source>Escalated</source>
            <translation>आगे बढ़ाया गया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="36" />
            <source>Referred</source>
            <translation>रेफ़र किया गया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="37" />
            <source>Closed</source>
            <translation>बंद</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="40" />
            <source>Urgent</source>
            <translation>अर्जेंट</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="41" />
            <source>High</source>
            <translation>ज़्यादा</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="42" />
            <source>Normal</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="43" />
            <source>Low</source>
            <translation>कम</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="46" />
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <location filename="../../desktop/reports/wording.py" line="47" />
            <source>Category</source>
            <translation>श्रेणी</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="73" />
            <location filename="../../desktop/reports/wording.py" line="48" />
            <source>Severity</source>
            <translation>गंभीरता</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="77" />
            <location filename="../../desktop/reports/wording.py" line="49" />
            <source>Tags</source>
            <translation>टैग</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="50" />
            <source>Follow-up date</source>
            <translation>फ़ॉलो-अप की तारीख</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="53" />
            <source>Internal copy</source>
            <translation>अंदरूनी कॉपी</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="54" />
            <source>Copy for authorities and support services</source>
            <translation>अधिकारियों और सहायता सेवाओं के लिए कॉपी</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="55" />
            <source>Copy for the reporting member</source>
            <translation>रिपोर्ट करने वाले सदस्य के लिए कॉपी</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="58" />
            <source>Complete record for the moderation team: every name, note and contact detail is shown. Do not pass this copy on.</source>
            <translation>मॉडरेशन टीम के लिए पूरा रिकॉर्ड: इसमें हर नाम, नोट और संपर्क जानकारी दिखाई गई है। यह कॉपी किसी और को न दें।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="62" />
            <source>The people involved are named. Members who are not involved are shown as “%1”, “%2”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “%3” and “%4”. The moderators keep the complete record.</source>
            <translation>जो लोग इस मामले से जुड़े हैं, उनके नाम दिए गए हैं। जो सदस्य इससे नहीं जुड़े हैं, उन्हें “%1”, “%2” के रूप में दिखाया गया है, पूरे दस्तावेज़ में एक व्यक्ति के लिए एक ही अक्षर, मैसेज में उनके नाम आने पर भी। फ़ोन नंबर और ईमेल पतों की जगह “%3” और “%4” लिखा गया है। पूरा रिकॉर्ड मॉडरेटरों के पास रहता है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="68" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “%2”, “%3”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation>इस कॉपी में सिर्फ़ वही है जो %1 से जुड़ा है: वे सबूत जिनमें उन्होंने लिखा है या उनका नाम है, घटना कब खोली गई, स्थिति में बदलाव और रेफ़रल। दूसरे सदस्यों को “%2”, “%3” के रूप में दिखाया गया है; फ़ोन नंबर और ईमेल पते हटा दिए गए हैं। मॉडरेटरों के अंदरूनी नोट, गंभीरता और टैग इसमें शामिल नहीं हैं।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="77" />
            <source>Member %1</source>
            <translation>सदस्य %1</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="78" />
            <source>[phone number removed]</source>
            <translation>[फ़ोन नंबर हटाया गया]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="79" />
            <source>[e-mail removed]</source>
            <translation>[ईमेल हटाया गया]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="80" />
            <source>[name removed]</source>
            <translation>[नाम हटाया गया]</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="83" />
            <source>new</source>
            <translation>नया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="84" />
            <source>in review</source>
            <translation>जाँच में</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="85" />
            <source>resolved</source>
            <translation>हल हुआ</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="86" />
            <source>dismissed</source>
            <translation>खारिज</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="87" />
            <source>escalated</source>
            <translation>आगे बढ़ाया गया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="90" />
            <source>System message</source>
            <translation>सिस्टम मैसेज</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="91" />
            <source>Media</source>
            <translation>मीडिया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="92" />
            <source>This message was deleted</source>
            <translation>यह मैसेज डिलीट कर दिया गया था</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="93" />
            <source>Poll</source>
            <translation>पोल</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="94" />
            <source>Location</source>
            <translation>लोकेशन</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="95" />
            <source>Contact card</source>
            <translation>कॉन्टैक्ट कार्ड</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="95" />
            <source>The printer or file could not be opened.</source>
            <translation>प्रिंटर या फ़ाइल खोली नहीं जा सकी।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="110" />
            <source>%1 incident summary</source>
            <translation>घटना %1 का सारांश</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="119" />
            <source>Could not write %1. Check that the folder exists and that you may write there.</source>
            <translation>%1 में नहीं लिखा जा सका। जाँचें कि फ़ोल्डर मौजूद है और आपको उसमें लिखने की अनुमति है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="127" />
            <source>%1 · Incident summary</source>
            <translation>%1 · घटना का सारांश</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="128" />
            <source>Confidential</source>
            <translation>गोपनीय</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="129" />
            <source>%1 · generated %2 by %3</source>
            <translation>%1 · %3 ने %2 को बनाया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/__init__.py" line="131" />
            <source>Page {page} of {pages}</source>
            <translation>{pages} में से पेज {page}</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="46" />
            <source>INCIDENT SUMMARY</source>
            <translation>घटना का सारांश</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="53" />
            <source>Some text cannot be shown: no font for %1 is installed on the computer that made this copy. That text may appear as empty boxes; the moderators' record holds it unchanged.</source>
            <translation>कुछ टेक्स्ट नहीं दिखाया जा सकता: जिस कंप्यूटर पर यह कॉपी बनी, उस पर %1 के लिए कोई फ़ॉन्ट इंस्टॉल नहीं है। वह टेक्स्ट खाली डिब्बों जैसा दिख सकता है; मॉडरेटरों के रिकॉर्ड में वह बिना बदलाव के मौजूद है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="64" />
            <source>Integrity warning: the incident log failed its check when this copy was made.</source>
            <translation>जाँच की चेतावनी: यह कॉपी बनाते समय घटना लॉग अपनी जाँच में पास नहीं हुआ।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="66" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered. Details are in the integrity appendix.</source>
            <translation>लॉग जैसा अभी है, वैसा ही प्रिंट किया गया है; कुछ भी ठीक नहीं किया गया। मानकर चलें कि इसमें बदलाव किया गया हो सकता है। पूरी जानकारी जाँच परिशिष्ट में है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="72" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="74" />
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <source>Opened</source>
            <translation>खोली गई</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="75" />
            <location filename="../../desktop/reports/sections.py" line="126" />
            <source>%1 by %2</source>
            <translation>%1, %2 द्वारा</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="76" />
            <source>Follow-up</source>
            <translation>फ़ॉलो-अप</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="87" />
            <source>People involved</source>
            <translation>शामिल लोग</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="89" />
            <source>Nobody is listed yet.</source>
            <translation>अभी किसी का नाम नहीं जोड़ा गया है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Name as shown in the chat</source>
            <translation>चैट में दिखने वाला नाम</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="91" />
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="96" />
            <source>Timeline</source>
            <translation>टाइमलाइन</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="98" />
            <source>No entries.</source>
            <translation>कोई एंट्री नहीं।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>When</source>
            <translation>कब</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>By</source>
            <translation>किसने</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="101" />
            <source>What happened</source>
            <translation>क्या हुआ</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="107" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Evidence</source>
            <translation>सबूत</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="109" />
            <source>No messages are linked as evidence in this copy.</source>
            <translation>इस कॉपी में कोई मैसेज सबूत के रूप में जुड़ा नहीं है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="110" />
            <source>Highlighted: the linked message. In grey: the messages around it in the chat, for context. Times are as in the chat export.</source>
            <translation>हाइलाइट किया गया: जोड़ा गया मैसेज। स्लेटी रंग में: संदर्भ के लिए, चैट में उसके आसपास के मैसेज। समय वैसे ही दिए गए हैं जैसे चैट एक्सपोर्ट में हैं।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="118" />
            <source>Evidence %1 of %2</source>
            <translation>सबूत %1 (%2 में से)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <source>%1: message from %2, %3</source>
            <translation>%1: %2 का मैसेज, %3</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="120" />
            <location filename="../../desktop/reports/sections.py" line="146" />
            <source>system</source>
            <translation>सिस्टम</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="122" />
            <location filename="../../desktop/reports/sections.py" line="208" />
            <source>Chat</source>
            <translation>चैट</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="122" />
            <location filename="../../desktop/reports/sections.py" line="208" />
            <source>Export file</source>
            <translation>एक्सपोर्ट फ़ाइल</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="123" />
            <source>Line in export</source>
            <translation>एक्सपोर्ट में लाइन</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="124" />
            <source>Export SHA-256</source>
            <translation>एक्सपोर्ट का SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="125" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Snapshot SHA-256</source>
            <translation>स्नैपशॉट का SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="126" />
            <location filename="../../desktop/reports/sections.py" line="213" />
            <source>Linked</source>
            <translation>जोड़ा गया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Time</source>
            <translation>समय</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>From</source>
            <translation>भेजने वाला</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="130" />
            <source>Message</source>
            <translation>मैसेज</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="166" />
            <source>Notes</source>
            <translation>नोट</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="168" />
            <source>No notes in this copy.</source>
            <translation>इस कॉपी में कोई नोट नहीं है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Written</source>
            <translation>लिखा गया</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="170" />
            <source>Note (current version)</source>
            <translation>नोट (मौजूदा वर्ज़न)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="176" />
            <source>Edited: %1 versions, first written %2. Earlier versions are kept.</source>
            <translation>एडिट किया गया: %1 वर्ज़न, पहली बार %2 को लिखा गया। पहले के वर्ज़न रखे गए हैं।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="184" />
            <source>Actions and referrals</source>
            <translation>कार्रवाई और रेफ़रल</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="187" />
            <source>No actions or referrals are recorded in this copy.</source>
            <translation>इस कॉपी में कोई कार्रवाई या रेफ़रल दर्ज नहीं है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="190" />
            <source>Action</source>
            <translation>कार्रवाई</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="202" />
            <source>Integrity appendix</source>
            <translation>जाँच परिशिष्ट</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="203" />
            <source>Incident log check</source>
            <translation>घटना लॉग की जाँच</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="204" />
            <source>Content digest of this copy (SHA-256)</source>
            <translation>इस कॉपी की सामग्री का डाइजेस्ट (SHA-256)</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="207" />
            <source>Source exports</source>
            <translation>स्रोत एक्सपोर्ट</translation>
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
            <translation>इस कॉपी में कुछ नहीं।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="212" />
            <source>Evidence snapshots</source>
            <translation>सबूत के स्नैपशॉट</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="217" />
            <source>This copy</source>
            <translation>यह कॉपी</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="218" />
            <source>%1. Generated %2 by %3 with ModDesk %4.</source>
            <translation>%1। %3 ने %2 को ModDesk %4 से बनाया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="231" />
            <source>Checked when this copy was made: all %1 entries of the incident log are intact, in order and complete.</source>
            <translation>यह कॉपी बनाते समय जाँचा गया: घटना लॉग की सभी %1 एंट्री सही-सलामत, सही क्रम में और पूरी हैं।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="233" />
            <source>The incident log failed its check when this copy was made (%1 entries). ModDesk found:</source>
            <translation>यह कॉपी बनाते समय घटना लॉग अपनी जाँच में पास नहीं हुआ (%1 एंट्री)। ModDesk को यह मिला:</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="236" />
            <source>The log is printed as it is now; nothing was repaired. Treat it as possibly altered and ask the moderation team.</source>
            <translation>लॉग जैसा अभी है, वैसा ही प्रिंट किया गया है; कुछ भी ठीक नहीं किया गया। मानकर चलें कि इसमें बदलाव किया गया हो सकता है, और मॉडरेशन टीम से पूछें।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/sections.py" line="243" />
            <source>The digest covers everything this copy shows about the incident, but not when or by whom it was generated. To check a copy, the moderation team runs “moddesk report %1 --profile %2 --digest” on their ModDesk vault: it prints the digest of the record as it is now, which must equal the one above. “--canonical FILE” writes the exact bytes the digest is computed from; any SHA-256 tool (for example “sha256sum FILE”) turns them into this digest.</source>
            <translation>डाइजेस्ट में वह सब शामिल है जो यह कॉपी घटना के बारे में दिखाती है, लेकिन यह नहीं कि इसे कब या किसने बनाया। किसी कॉपी को जाँचने के लिए मॉडरेशन टीम अपने ModDesk वॉल्ट पर “moddesk report %1 --profile %2 --digest” चलाती है: यह रिकॉर्ड की अभी की स्थिति का डाइजेस्ट प्रिंट करता है, जो ऊपर वाले डाइजेस्ट के बराबर होना चाहिए। “--canonical FILE” ठीक वही बाइट लिखता है जिनसे डाइजेस्ट निकाला जाता है; कोई भी SHA-256 टूल (जैसे “sha256sum FILE”) उन्हें इसी डाइजेस्ट में बदल देता है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened: “%1”.</source>
            <translation>घटना खोली गई: “%1”।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="167" />
            <source>Incident opened.</source>
            <translation>घटना खोली गई।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="176" />
            <source>%1 set to “%2”.</source>
            <translation>%1 को “%2” पर सेट किया गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="178" />
            <source>%1 cleared (was “%2”).</source>
            <translation>%1 को खाली किया गया (पहले “%2” था)।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation>%1 को “%2” से बदलकर “%3” किया गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="183" />
            <source>Status changed from %1 to %2.</source>
            <translation>स्थिति %1 से बदलकर %2 की गई।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="189" />
            <source>%1 is no longer listed as %2.</source>
            <translation>%1 अब %2 के रूप में दर्ज नहीं है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="190" />
            <source>%1 added as %2.</source>
            <translation>%1 को %2 के रूप में जोड़ा गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="195" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation>सबूत जोड़ा गया: “%1” चैट का एक मैसेज, एक्सपोर्ट की लाइन %2।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="197" />
            <source>Evidence added.</source>
            <translation>सबूत जोड़ा गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="201" />
            <source>Note %1 written.</source>
            <translation>नोट %1 लिखा गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="205" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation>नोट %1 एडिट किया गया: वर्ज़न %2 लिखा गया, पहले के वर्ज़न रखे गए।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="209" />
            <source>Reply “%1” copied, in %2.</source>
            <translation>जवाब “%1” कॉपी किया गया, %2 में।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="215" />
            <source>Referred to %1, %2.</source>
            <translation>%1 को रेफ़र किया गया, %2।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="216" />
            <source>Referred to %1.</source>
            <translation>%1 को रेफ़र किया गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="222" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation>इनबॉक्स आइटम %1 को घटना %2 में आगे बढ़ाया गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="224" />
            <source>Reason: %1.</source>
            <translation>कारण: %1।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="229" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation>इनबॉक्स आइटम %1 की स्थिति %2 से बदलकर %3 हुई।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="232" />
            <source>Inbox item %1: severity changed.</source>
            <translation>इनबॉक्स आइटम %1: गंभीरता बदली गई।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="234" />
            <source>Inbox item %1 snoozed.</source>
            <translation>इनबॉक्स आइटम %1 स्नूज़ किया गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="236" />
            <source>Inbox item %1: an action was undone.</source>
            <translation>इनबॉक्स आइटम %1: एक काम वापस लिया गया।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="237" />
            <source>Inbox item %1: %2.</source>
            <translation>इनबॉक्स आइटम %1: %2।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="169" />
            <source>Note %1 edited (version %2).</source>
            <translation type="vanished">नोट %1 एडिट किया गया (वर्ज़न %2)।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="173" />
            <source>Reply template “%1” used (language: %2).</source>
            <translation type="vanished">जवाब टेम्पलेट “%1” इस्तेमाल किया गया (भाषा: %2)।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="179" />
            <source>Referred to %1 (%2).</source>
            <translation type="vanished">%1 को रेफ़र किया गया (%2)।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="185" />
            <source>%1 Reason: %2.</source>
            <translation type="vanished">%1 वजह: %2।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="57" />
            <source>The people involved are named. Members who are not involved are shown as “Member A”, “Member B”, the same letter for the same person throughout, also where their names appear in messages. Phone numbers and e-mail addresses are replaced by “[phone number removed]” and “[e-mail removed]”. The moderators keep the complete record.</source>
            <translation type="vanished">जो लोग इस मामले से जुड़े हैं, उनके नाम दिए गए हैं। जो सदस्य इससे नहीं जुड़े हैं, उन्हें “Member A”, “Member B” के रूप में दिखाया गया है, पूरे दस्तावेज़ में एक व्यक्ति के लिए एक ही अक्षर, मैसेज में उनके नाम आने पर भी। फ़ोन नंबर और ईमेल पतों की जगह “[phone number removed]” और “[e-mail removed]” लिखा गया है। पूरा रिकॉर्ड मॉडरेटरों के पास रहता है।</translation>
        </message>
        <message>
            <location filename="../../desktop/reports/wording.py" line="64" />
            <source>This copy shows only what concerns %1: the evidence in which they wrote or are named, when the incident was opened, status changes and referrals. Other members are shown as “Member A”, “Member B”; phone numbers and e-mail addresses are removed. The moderators' internal notes, severity and tags are not included.</source>
            <translation type="vanished">इस कॉपी में सिर्फ़ वही है जो %1 से जुड़ा है: वे सबूत जिनमें उन्होंने लिखा है या उनका नाम है, घटना कब खोली गई, स्थिति में बदलाव और रेफ़रल। दूसरे सदस्यों को “Member A”, “Member B” के रूप में दिखाया गया है; फ़ोन नंबर और ईमेल पते हटा दिए गए हैं। मॉडरेटरों के अंदरूनी नोट, गंभीरता और टैग इसमें शामिल नहीं हैं।</translation>
        </message>
    </context>
    <context>
        <name>Incidents</name>
        <message>
            <location filename="../evidence_view.py" line="22" />
            <source>This message was deleted</source>
            <translation>यह मैसेज डिलीट कर दिया गया था</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="23" />
            <source>Poll</source>
            <translation>पोल</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="24" />
            <source>Location</source>
            <translation>लोकेशन</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="25" />
            <source>Contact card</source>
            <translation>कॉन्टैक्ट कार्ड</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="108" />
            <source>Follow-up</source>
            <comment>incident list column heading: keep it short</comment>
            <translation>फ़ॉलो-अप</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="22" />
            <source>Open</source>
            <translation>खुला</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="23" />
            <source>Monitoring</source>
            <translation>निगरानी में</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="24" />
            <source>Escalated</source>
            <translation>आगे बढ़ाया गया</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="25" />
            <source>Referred</source>
            <translation>रेफ़र किया गया</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="26" />
            <source>Closed</source>
            <translation>बंद</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="29" />
            <source>Urgent</source>
            <translation>अर्जेंट</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="30" />
            <source>High</source>
            <translation>ज़्यादा</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="31" />
            <source>Normal</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="32" />
            <source>Low</source>
            <translation>कम</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="35" />
            <source>Reporter</source>
            <translation>रिपोर्ट करने वाला</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="36" />
            <source>Subject</source>
            <translation>रिपोर्ट किया गया व्यक्ति</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="37" />
            <source>Witness</source>
            <translation>गवाह</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="38" />
            <source>Affected person</source>
            <translation>प्रभावित व्यक्ति</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="41" />
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="42" />
            <source>Category</source>
            <translation>श्रेणी</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <location filename="../incident_text.py" line="43" />
            <source>Severity</source>
            <translation>गंभीरता</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="44" />
            <source>Tags</source>
            <translation>टैग</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="45" />
            <source>Follow-up date</source>
            <translation>फ़ॉलो-अप की तारीख</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="24" />
            <source>by phone</source>
            <translation>फ़ोन से</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="25" />
            <source>by e-mail</source>
            <translation>ईमेल से</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="26" />
            <source>through their online form</source>
            <translation>उनके ऑनलाइन फ़ॉर्म से</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="27" />
            <source>in person</source>
            <translation>खुद मिलकर</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="28" />
            <source>the member was given their details</source>
            <translation>सदस्य को उनकी संपर्क जानकारी दी गई</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="44" />
            <source>People involved</source>
            <translation>शामिल लोग</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="58" />
            <source>Nobody is listed yet.</source>
            <translation>अभी किसी का नाम नहीं जोड़ा गया है।</translation>
        </message>
        <message>
            <location filename="../incident_timeline.py" line="32" />
            <source>Timeline</source>
            <translation>टाइमलाइन</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="35" />
            <source>Evidence</source>
            <translation>सबूत</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="84" />
            <source>Notes</source>
            <translation>नोट</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="40" />
            <source>No evidence yet. Link messages from the chat view or search: right-click a message, Add to incident…</source>
            <translation>अभी कोई सबूत नहीं। चैट या खोज से मैसेज जोड़ें: किसी मैसेज पर राइट-क्लिक करें, फिर “घटना में जोड़ें…” चुनें।</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="52" />
            <source>Evidence %1 · added %2 by %3</source>
            <translation>सबूत %1 · %3 ने %2 को जोड़ा</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="60" />
            <source>System message</source>
            <translation>सिस्टम मैसेज</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="64" />
            <source>Evidence message</source>
            <translation>सबूत वाला मैसेज</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="76" />
            <source>a file</source>
            <translation>एक फ़ाइल</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="77" />
            <source>Media: %1 (not stored with the evidence, never shown by itself)</source>
            <translation>मीडिया: %1 (सबूत के साथ सेव नहीं किया जाता, कभी अपने-आप नहीं दिखाया जाता)</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="89" />
            <source>From “%1”, export file “%2”, line %3.</source>
            <translation>“%1” से, एक्सपोर्ट फ़ाइल “%2”, लाइन %3।</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="91" />
            <source>Export SHA-256: %1</source>
            <translation>एक्सपोर्ट का SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../evidence_view.py" line="92" />
            <source>Snapshot SHA-256: %1</source>
            <translation>स्नैपशॉट का SHA-256: %1</translation>
        </message>
        <message>
            <location filename="../followup_strip.py" line="47" />
            <source>Show them</source>
            <translation>उन्हें दिखाएँ</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="73" />
            <source>Comma-separated, e.g. repeat, weekend</source>
            <translation>कॉमा लगाकर अलग करें, जैसे: दोबारा, वीकेंड</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="74" />
            <source>Follow up on</source>
            <translation>इस दिन फ़ॉलो-अप करें</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="91" />
            <location filename="../new_incident_dialog.py" line="121" />
            <source>&amp;Title:</source>
            <translation>शीर्षक (&amp;T):</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="92" />
            <location filename="../new_incident_dialog.py" line="122" />
            <source>&amp;Category:</source>
            <translation>श्रेणी (&amp;C):</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="93" />
            <source>Severity, status:</source>
            <translation>गंभीरता, स्थिति:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="94" />
            <source>T&amp;ags:</source>
            <translation>टैग (&amp;A):</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="95" />
            <source>Follow-up:</source>
            <translation>फ़ॉलो-अप:</translation>
        </message>
        <message>
            <location filename="../incident_fields.py" line="143" />
            <location filename="../new_incident_dialog.py" line="101" />
            <source>No category</source>
            <translation>कोई श्रेणी नहीं</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="110" />
            <source>Number</source>
            <translation>नंबर</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="151" />
            <source>Due: %1</source>
            <translation>तय तारीख: %1</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="155" />
            <source>This incident's log was changed outside ModDesk. Open it to see what.</source>
            <translation>इस घटना का लॉग ModDesk के बाहर बदला गया है। क्या बदला, यह देखने के लिए इसे खोलें।</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="158" />
            <source>The follow-up date has come: check on this incident today.</source>
            <translation>फ़ॉलो-अप की तारीख आ गई है: आज इस घटना पर ध्यान दें।</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="160" />
            <source>%1
Category: %2</source>
            <translation>%1
श्रेणी: %2</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="82" />
            <source>New incident from message…</source>
            <translation>मैसेज से नई घटना…</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="89" />
            <source>Add to incident…</source>
            <translation>घटना में जोड़ें…</translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="97" />
            <location filename="../incident_message_actions.py" line="98" />
            <source>%n messages are selected; one incident takes at most %1 at a time. Select fewer (each is kept with ten messages of context).</source>
            <translation>
                <numerusform>%n मैसेज चुना गया है; एक घटना में एक बार में ज़्यादा से ज़्यादा %1 मैसेज जा सकते हैं। कम मैसेज चुनें (हर मैसेज दस मैसेज के संदर्भ के साथ रखा जाता है)।</numerusform>
                <numerusform>%n मैसेज चुने गए हैं; एक घटना में एक बार में ज़्यादा से ज़्यादा %1 मैसेज जा सकते हैं। कम मैसेज चुनें (हर मैसेज दस मैसेज के संदर्भ के साथ रखा जाता है)।</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="113" />
            <location filename="../incident_message_actions.py" line="192" />
            <source>Select a message first.</source>
            <translation>पहले कोई मैसेज चुनें।</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="132" />
            <source>Add to incident</source>
            <translation>घटना में जोड़ें</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="136" />
            <source>Type a number or words of the title</source>
            <translation>नंबर या शीर्षक के शब्द लिखें</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="143" />
            <source>Add as evidence</source>
            <translation>सबूत के रूप में जोड़ें</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="161" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../incident_message_actions.py" line="198" />
            <source>There is no incident yet. Use “New incident from message…”.</source>
            <translation>अभी कोई घटना नहीं है। “मैसेज से नई घटना…” इस्तेमाल करें।</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="113" />
            <source>Reply with template…  T</source>
            <translation>टेम्पलेट से जवाब दें…  T</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="114" />
            <source>Record referral…  R</source>
            <translation>रेफ़रल दर्ज करें…  R</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="115" />
            <source>Print summary…  Ctrl+P</source>
            <translation>सारांश प्रिंट करें…  Ctrl+P</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="132" />
            <source>Choose an incident on the left, or press Ctrl+Shift+N to open a new one.</source>
            <translation>बाईं ओर से कोई घटना चुनें, या नई घटना खोलने के लिए Ctrl+Shift+N दबाएँ।</translation>
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
            <translation>%2 ने %1 को खोली · आख़िरी बदलाव %3</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="226" />
            <source>Notes (%1)</source>
            <translation>नोट (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="227" />
            <source>Evidence (%1)</source>
            <translation>सबूत (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="228" />
            <source>Timeline (%1)</source>
            <translation>टाइमलाइन (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="229" />
            <source>People (%1)</source>
            <translation>लोग (%1)</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="334" />
            <source>The log does not match its seal.</source>
            <translation>लॉग अपनी सील से मेल नहीं खाता।</translation>
        </message>
        <message>
            <location filename="../incident_view.py" line="335" />
            <source>This log was changed outside ModDesk: %1 Nothing was repaired; what is shown below is the log as it is now. Keep this vault as it is and compare it with a backup or a printed summary.</source>
            <translation>यह लॉग ModDesk के बाहर बदला गया है: %1 कुछ भी ठीक नहीं किया गया; नीचे लॉग वैसा ही दिखाया गया है जैसा वह अभी है। इस वॉल्ट को जैसा है वैसा ही रहने दें और इसकी तुलना किसी बैकअप या प्रिंट किए गए सारांश से करें।</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="145" />
            <source>New incident…  Ctrl+Shift+N</source>
            <translation>नई घटना…  Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="147" />
            <source>Follow-ups due</source>
            <translation>बाकी फ़ॉलो-अप</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="150" />
            <source>Only incidents whose follow-up date is today or past</source>
            <translation>सिर्फ़ वे घटनाएँ जिनकी फ़ॉलो-अप तारीख आज है या निकल चुकी है</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="161" />
            <source>Search titles and notes  /</source>
            <translation>शीर्षक और नोट में खोजें  /</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="166" />
            <source>Not closed</source>
            <translation>बंद नहीं</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="169" />
            <source>All statuses</source>
            <translation>सभी स्थितियाँ</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="172" />
            <source>Any severity</source>
            <translation>कोई भी गंभीरता</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="205" />
            <source>Incidents</source>
            <translation>घटनाएँ</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Write a note</source>
            <translation>नोट लिखें</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="216" />
            <source>Reply with template…</source>
            <translation>टेम्पलेट से जवाब दें…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Record referral…</source>
            <translation>रेफ़रल दर्ज करें…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="217" />
            <source>Print summary…</source>
            <translation>सारांश प्रिंट करें…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>New incident…</source>
            <translation>नई घटना…</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="218" />
            <source>Search incidents</source>
            <translation>घटनाएँ खोजें</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="321" />
            <source>No incidents match these filters.</source>
            <translation>इन फ़िल्टर से कोई घटना मेल नहीं खाती।</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="322" />
            <source>No incidents yet. Press E on an item in the Inbox, right-click a message in a chat, or press Ctrl+Shift+N here.</source>
            <translation>अभी कोई घटना नहीं है। इनबॉक्स में किसी आइटम पर E दबाएँ, किसी चैट में किसी मैसेज पर राइट-क्लिक करें, या यहाँ Ctrl+Shift+N दबाएँ।</translation>
        </message>
        <message>
            <location filename="../incidents_page.py" line="330" />
            <source>Any category</source>
            <translation>कोई भी श्रेणी</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="68" />
            <source>Moderator</source>
            <translation>मॉडरेटर</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="74" />
            <source>The incident was not changed: %1</source>
            <translation>घटना नहीं बदली गई: %1</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="94" />
            <source>New incident</source>
            <translation>नई घटना</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="123" />
            <source>&amp;Severity:</source>
            <translation>गंभीरता (&amp;S):</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="125" />
            <source>Create incident</source>
            <translation>घटना बनाएँ</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="187" />
            <source>Incident %1 opened. It is on the Incidents page (Ctrl+4).</source>
            <translation>घटना %1 खोली गई। यह “घटनाएँ” पेज पर है (Ctrl+4)।</translation>
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
            <translation>%2 में %1 का मैसेज</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="277" />
            <source>someone</source>
            <translation>अज्ञात व्यक्ति</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="278" />
            <source>%1 messages in %2</source>
            <translation>%2 में %1 मैसेज</translation>
        </message>
        <message>
            <location filename="../new_incident_dialog.py" line="286" />
            <source>An incident with no evidence yet. You can link messages later from the chat view or search.</source>
            <translation>ऐसी घटना जिसमें अभी कोई सबूत नहीं है। आप बाद में चैट या खोज से मैसेज जोड़ सकते हैं।</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="85" />
            <source>Edit note  F2</source>
            <translation>नोट एडिट करें  F2</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="86" />
            <source>History…</source>
            <translation>इतिहास…</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="92" />
            <source>Write a note: what happened, what you did, what is next. Ctrl+Enter saves.</source>
            <translation>नोट लिखें: क्या हुआ, आपने क्या किया, आगे क्या करना है। Ctrl+Enter से सेव होगा।</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="94" />
            <source>Note</source>
            <translation>नोट</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="97" />
            <source>Save note  Ctrl+Enter</source>
            <translation>नोट सेव करें  Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="99" />
            <source>Cancel edit</source>
            <translation>एडिट रद्द करें</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="153" />
            <source>Enter shows this note's history; F2 edits it.</source>
            <translation>Enter दबाने पर इस नोट का इतिहास दिखता है; F2 से इसे एडिट करें।</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="216" />
            <source>New note. Notes are signed with your name and cannot be deleted; an edit keeps the earlier text.</source>
            <translation>नया नोट। नोट पर आपका नाम लगता है और उसे डिलीट नहीं किया जा सकता; एडिट करने पर पहले का टेक्स्ट भी रखा जाता है।</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="220" />
            <source>Editing note %1: saving writes version %2; the earlier text stays in its history.</source>
            <translation>नोट %1 एडिट हो रहा है: सेव करने पर वर्ज़न %2 लिखा जाएगा; पहले का टेक्स्ट इसके इतिहास में रहेगा।</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="267" />
            <source>Note %1: history</source>
            <translation>नोट %1: इतिहास</translation>
        </message>
        <message>
            <location filename="../note_editor.py" line="285" />
            <source>Version %1 · %2 · %3</source>
            <translation>वर्ज़न %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="49" />
            <source>Name as in the chat</source>
            <translation>चैट में जैसा नाम है</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="56" />
            <source>Add person</source>
            <translation>व्यक्ति जोड़ें</translation>
        </message>
        <message>
            <location filename="../people_editor.py" line="57" />
            <source>Remove</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="44" />
            <location filename="../referral_dialog.py" line="59" />
            <source>Record referral</source>
            <translation>रेफ़रल दर्ज करें</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="46" />
            <source>A service, hotline, shelter or the police</source>
            <translation>कोई सेवा, हेल्पलाइन, शेल्टर या पुलिस</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="49" />
            <source>Set the status to Referred</source>
            <translation>स्थिति “रेफ़र किया गया” पर सेट करें</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="52" />
            <source>The referral is written into the incident's timeline. It does not contact anyone: ModDesk never goes online.</source>
            <translation>रेफ़रल घटना की टाइमलाइन में लिखा जाता है। इससे किसी से संपर्क नहीं होता: ModDesk कभी ऑनलाइन नहीं जाता।</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="63" />
            <source>Referred &amp;to:</source>
            <translation>किसको रेफ़र किया (&amp;T):</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="64" />
            <source>&amp;How:</source>
            <translation>कैसे (&amp;H):</translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The log of %n incident was changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>%n घटना का लॉग ModDesk के बाहर बदला गया। क्या बदला, यह देखने के लिए “घटनाएँ” खोलें; कुछ भी ठीक नहीं किया गया और न छिपाया गया।</numerusform>
                <numerusform>%n घटना का लॉग ModDesk के बाहर बदला गया। क्या बदला, यह देखने के लिए “घटनाएँ” खोलें; कुछ भी ठीक नहीं किया गया और न छिपाया गया।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../chain_checks.py" line="65" />
            <source>The logs of %n incidents were changed outside ModDesk. Open Incidents to see what changed; nothing was repaired or hidden.</source>
            <translation>
                <numerusform>%n घटनाओं के लॉग ModDesk के बाहर बदले गए। क्या बदला, यह देखने के लिए “घटनाएँ” खोलें; कुछ भी ठीक नहीं किया गया और न छिपाया गया।</numerusform>
                <numerusform>%n घटनाओं के लॉग ModDesk के बाहर बदले गए। क्या बदला, यह देखने के लिए “घटनाएँ” खोलें; कुछ भी ठीक नहीं किया गया और न छिपाया गया।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-up is due today.</source>
            <translation>
                <numerusform>%n घटना का फ़ॉलो-अप आज है।</numerusform>
                <numerusform>%n घटना का फ़ॉलो-अप आज है।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../followup_strip.py" line="75" />
            <source>%n incident follow-ups are due today.</source>
            <translation>
                <numerusform>%n घटनाओं के फ़ॉलो-अप आज हैं।</numerusform>
                <numerusform>%n घटनाओं के फ़ॉलो-अप आज हैं।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n message…</source>
            <translation>
                <numerusform>%n मैसेज से नई घटना…</numerusform>
                <numerusform>%n मैसेज से नई घटना…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="83" />
            <source>New incident from %n messages…</source>
            <translation>
                <numerusform>%n मैसेज से नई घटना…</numerusform>
                <numerusform>%n मैसेज से नई घटना…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n message to incident…</source>
            <translation>
                <numerusform>%n मैसेज घटना में जोड़ें…</numerusform>
                <numerusform>%n मैसेज घटना में जोड़ें…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="90" />
            <source>Add %n messages to incident…</source>
            <translation>
                <numerusform>%n मैसेज घटना में जोड़ें…</numerusform>
                <numerusform>%n मैसेज घटना में जोड़ें…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n message as evidence in which incident?</source>
            <translation>
                <numerusform>%n मैसेज को किस घटना में सबूत के रूप में रखें?</numerusform>
                <numerusform>%n मैसेज को किस घटना में सबूत के रूप में रखें?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="139" />
            <source>Keep %n messages as evidence in which incident?</source>
            <translation>
                <numerusform>%n मैसेज को किस घटना में सबूत के रूप में रखें?</numerusform>
                <numerusform>%n मैसेज को किस घटना में सबूत के रूप में रखें?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n message kept as evidence in %1.</source>
            <translation>
                <numerusform>%n मैसेज %1 में सबूत के रूप में रखा गया।</numerusform>
                <numerusform>%n मैसेज %1 में सबूत के रूप में रखा गया।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_message_actions.py" line="222" />
            <source>%n messages kept as evidence in %1.</source>
            <translation>
                <numerusform>%n मैसेज %1 में सबूत के रूप में रखे गए।</numerusform>
                <numerusform>%n मैसेज %1 में सबूत के रूप में रखे गए।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entry checked.)</source>
            <translation>
                <numerusform>(%n एंट्री जाँची गई।)</numerusform>
                <numerusform>(%n एंट्री जाँची गई।)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incident_view.py" line="338" />
            <source>(%n entries checked.)</source>
            <translation>
                <numerusform>(%n एंट्री जाँची गईं।)</numerusform>
                <numerusform>(%n एंट्री जाँची गईं।)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incident</source>
            <translation>
                <numerusform>%n घटना</numerusform>
                <numerusform>%n घटना</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../incidents_page.py" line="426" />
            <source>%n incidents</source>
            <translation>
                <numerusform>%n घटनाएँ</numerusform>
                <numerusform>%n घटनाएँ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n group</source>
            <translation>
                <numerusform>%n ग्रुप</numerusform>
                <numerusform>%n ग्रुप</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="237" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n ग्रुप</numerusform>
                <numerusform>%n ग्रुप</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox item: it is escalated to the new incident, its flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>%n इनबॉक्स आइटम से: इसे नई घटना में आगे बढ़ाया जाएगा, और इसके चिह्नित मैसेज सबूत के रूप में रखे जाएँगे।</numerusform>
                <numerusform>%n इनबॉक्स आइटम से: इसे नई घटना में आगे बढ़ाया जाएगा, और इसके चिह्नित मैसेज सबूत के रूप में रखे जाएँगे।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="218" />
            <source>From %n inbox items: each is escalated to the new incident, their flagged messages are kept as evidence.</source>
            <translation>
                <numerusform>%n इनबॉक्स आइटम से: हर आइटम को नई घटना में आगे बढ़ाया जाएगा, और उनके चिह्नित मैसेज सबूत के रूप में रखे जाएँगे।</numerusform>
                <numerusform>%n इनबॉक्स आइटम से: हर आइटम को नई घटना में आगे बढ़ाया जाएगा, और उनके चिह्नित मैसेज सबूत के रूप में रखे जाएँगे।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n message: it is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>%n मैसेज से: इसे आगे-पीछे के पाँच-पाँच मैसेज के साथ सबूत के रूप में रखा जाएगा।</numerusform>
                <numerusform>%n मैसेज से: इसे आगे-पीछे के पाँच-पाँच मैसेज के साथ सबूत के रूप में रखा जाएगा।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../new_incident_dialog.py" line="262" />
            <source>From %n messages: each is kept as evidence with five messages either side.</source>
            <translation>
                <numerusform>%n मैसेज से: हर मैसेज को आगे-पीछे के पाँच-पाँच मैसेज के साथ सबूत के रूप में रखा जाएगा।</numerusform>
                <numerusform>%n मैसेज से: हर मैसेज को आगे-पीछे के पाँच-पाँच मैसेज के साथ सबूत के रूप में रखा जाएगा।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n version. Versions are never removed.</source>
            <translation>
                <numerusform>इस नोट का %n वर्ज़न है। वर्ज़न कभी हटाए नहीं जाते।</numerusform>
                <numerusform>इस नोट का %n वर्ज़न है। वर्ज़न कभी हटाए नहीं जाते।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="273" />
            <source>This note has %n versions. Versions are never removed.</source>
            <translation>
                <numerusform>इस नोट के %n वर्ज़न हैं। वर्ज़न कभी हटाए नहीं जाते।</numerusform>
                <numerusform>इस नोट के %n वर्ज़न हैं। वर्ज़न कभी हटाए नहीं जाते।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n version</source>
            <translation>
                <numerusform>एडिट किया गया — %n वर्ज़न</numerusform>
                <numerusform>एडिट किया गया — %n वर्ज़न</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../note_editor.py" line="150" />
            <source>edited — %n versions</source>
            <translation>
                <numerusform>एडिट किया गया — %n वर्ज़न</numerusform>
                <numerusform>एडिट किया गया — %n वर्ज़न</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="49" />
            <source>new</source>
            <translation type="vanished">नया</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="50" />
            <source>in review</source>
            <translation type="vanished">जाँच में</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="51" />
            <source>resolved</source>
            <translation type="vanished">हल हुआ</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="52" />
            <source>dismissed</source>
            <translation type="vanished">खारिज</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="53" />
            <source>escalated</source>
            <translation type="vanished">आगे बढ़ाया गया</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="115" />
            <source>Incident opened: “%1”.</source>
            <translation type="vanished">घटना खोली गई: “%1”।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="125" />
            <source>%1 set to “%2”.</source>
            <translation type="vanished">%1 को “%2” पर सेट किया गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="127" />
            <source>%1 cleared (was “%2”).</source>
            <translation type="vanished">%1 को खाली किया गया (पहले “%2” था)।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="128" />
            <source>%1 changed from “%2” to “%3”.</source>
            <translation type="vanished">%1 को “%2” से बदलकर “%3” किया गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="132" />
            <source>Status changed from %1 to %2.</source>
            <translation type="vanished">स्थिति %1 से बदलकर %2 की गई।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="139" />
            <source>%1 is no longer listed as %2.</source>
            <translation type="vanished">%1 अब %2 के रूप में दर्ज नहीं है।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="140" />
            <source>%1 added as %2.</source>
            <translation type="vanished">%1 को %2 के रूप में जोड़ा गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="144" />
            <source>Evidence added: a message from “%1”, line %2 of the export.</source>
            <translation type="vanished">सबूत जोड़ा गया: “%1” चैट का एक मैसेज, एक्सपोर्ट की लाइन %2।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="149" />
            <source>Note %1 written.</source>
            <translation type="vanished">नोट %1 लिखा गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="164" />
            <source>Referred to %1.</source>
            <translation type="vanished">%1 को रेफ़र किया गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="181" />
            <source>Inbox item %1: %2.</source>
            <translation type="vanished">इनबॉक्स आइटम %1: %2।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="153" />
            <source>Note %1 edited: version %2 written, earlier versions kept.</source>
            <translation type="vanished">नोट %1 एडिट किया गया: वर्ज़न %2 लिखा गया, पहले के वर्ज़न रखे गए।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="157" />
            <source>Reply “%1” copied, in %2.</source>
            <translation type="vanished">जवाब “%1” कॉपी किया गया, %2 में।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="163" />
            <source>Referred to %1, %2.</source>
            <translation type="vanished">%1 को रेफ़र किया गया, %2।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="171" />
            <source>Inbox item %1 escalated to incident %2.</source>
            <translation type="vanished">इनबॉक्स आइटम %1 को घटना %2 में आगे बढ़ाया गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="173" />
            <source>Inbox item %1 moved from %2 to %3.</source>
            <translation type="vanished">इनबॉक्स आइटम %1 की स्थिति %2 से बदलकर %3 हुई।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="175" />
            <source>Inbox item %1: severity changed.</source>
            <translation type="vanished">इनबॉक्स आइटम %1: गंभीरता बदली गई।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="177" />
            <source>Inbox item %1 snoozed.</source>
            <translation type="vanished">इनबॉक्स आइटम %1 स्नूज़ किया गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="179" />
            <source>Inbox item %1: an action was undone.</source>
            <translation type="vanished">इनबॉक्स आइटम %1: एक काम वापस लिया गया।</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="182" />
            <source>Reason: %1.</source>
            <translation type="vanished">कारण: %1।</translation>
        </message>
        <message>
            <location filename="../incident_list_model.py" line="97" />
            <source>Follow-up</source>
            <translation type="vanished">फ़ॉलो-अप</translation>
        </message>
        <message>
            <location filename="../incident_text.py" line="170" />
            <source>Referred to %1 (%2).</source>
            <translation type="vanished">%1 को रेफ़र किया गया (%2)।</translation>
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
            <translation>तारीख पर जाएँ</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="35" />
            <source>Go</source>
            <translation>जाएँ</translation>
        </message>
        <message>
            <location filename="../jump_to_date_dialog.py" line="39" />
            <source>Shows the first message on or after the day you pick.</source>
            <translation>आपके चुने गए दिन का या उसके बाद का पहला मैसेज दिखाता है।</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../translator.py" line="45" />
            <source>System language (%1)</source>
            <translation>सिस्टम की भाषा (%1)</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../language_dialog.py" line="37" />
            <location filename="../language_dialog.py" line="40" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location filename="../language_dialog.py" line="44" />
            <source>&amp;Show ModDesk in:</source>
            <translation>ModDesk इस भाषा में दिखाएँ (&amp;S):</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../lock_screen.py" line="15" />
            <source>You locked ModDesk.</source>
            <translation>आपने ModDesk लॉक किया।</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="16" />
            <source>ModDesk locked itself after a while without use.</source>
            <translation>कुछ देर इस्तेमाल न होने पर ModDesk अपने-आप लॉक हो गया।</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="17" />
            <source>ModDesk locked because the screen was locked.</source>
            <translation>स्क्रीन लॉक होने की वजह से ModDesk लॉक हो गया।</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="18" />
            <source>Unlock the vault to start.</source>
            <translation>शुरू करने के लिए वॉल्ट अनलॉक करें।</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="36" />
            <source>ModDesk logo</source>
            <translation>ModDesk लोगो</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="37" />
            <source>ModDesk is locked</source>
            <translation>ModDesk लॉक है</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="42" />
            <source>The vault is closed and its key has been cleared from memory. Nothing from it is shown until you unlock again.</source>
            <translation>वॉल्ट बंद है और उसकी कुंजी मेमोरी से हटा दी गई है। जब तक आप फिर से अनलॉक नहीं करते, उसमें से कुछ भी नहीं दिखेगा।</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="48" />
            <source>&amp;Unlock…</source>
            <translation>अनलॉक करें (&amp;U)…</translation>
        </message>
        <message>
            <location filename="../lock_screen.py" line="50" />
            <source>Asks for the passphrase</source>
            <translation>पासफ़्रेज़ माँगता है</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk — DEMO</source>
            <translation>ModDesk — डेमो</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="123" />
            <source>ModDesk</source>
            <translation>ModDesk</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="129" />
            <source>Sections</source>
            <translation>सेक्शन</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="157" />
            <source>Working…</source>
            <translation>काम चल रहा है…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="164" />
            <source>DEMO — synthetic data, deleted when you quit</source>
            <translation>डेमो — नकली डेटा, बंद करने पर डिलीट हो जाएगा</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="173" />
            <source>&amp;Vault</source>
            <translation>वॉल्ट (&amp;V)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>&amp;Lock</source>
            <translation>लॉक करें (&amp;L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="177" />
            <source>&amp;Back up vault…</source>
            <translation>वॉल्ट का बैकअप लें (&amp;B)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="179" />
            <source>&amp;Change passphrase…</source>
            <translation>पासफ़्रेज़ बदलें (&amp;C)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="181" />
            <source>&amp;Settings…</source>
            <translation>सेटिंग्स (&amp;S)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>Lan&amp;guage…</source>
            <translation>भाषा (&amp;G)…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="187" />
            <source>&amp;Quit</source>
            <translation>बंद करें (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="190" />
            <source>&amp;Help</source>
            <translation>मदद (&amp;H)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>&amp;About ModDesk</source>
            <translation>ModDesk के बारे में (&amp;A)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="245" />
            <source>Search messages</source>
            <translation>मैसेज खोजें</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="254" />
            <source>Go to page %1</source>
            <translation>पेज %1 पर जाएँ</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="294" />
            <source>Locked</source>
            <translation>लॉक है</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="306" />
            <source>Unlocked</source>
            <translation>अनलॉक है</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="313" />
            <source>Moderator: %1</source>
            <translation>मॉडरेटर: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="352" />
            <source>Making a backup…</source>
            <translation>बैकअप बनाया जा रहा है…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="359" />
            <source>Back up vault</source>
            <translation>वॉल्ट का बैकअप लें</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="360" />
            <source>ModDesk backups (*.mdbackup)</source>
            <translation>ModDesk बैकअप (*.mdbackup)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="365" />
            <source>Backup saved and verified: %1 (%2).</source>
            <translation>बैकअप सेव हो गया और जाँच लिया गया: %1 (%2)।</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="383" />
            <source>About ModDesk</source>
            <translation>ModDesk के बारे में</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="389" />
            <source>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;An offline, encrypted desk for volunteer moderators of WhatsApp groups.&lt;/p&gt;&lt;p&gt;Everything stays in an encrypted vault on this computer. ModDesk never connects to the internet.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ModDesk %1&lt;/h3&gt;&lt;p&gt;WhatsApp ग्रुप के वॉलंटियर मॉडरेटरों के लिए एक ऑफ़लाइन, एन्क्रिप्टेड डेस्क।&lt;/p&gt;&lt;p&gt;सब कुछ इसी कंप्यूटर पर एक एन्क्रिप्टेड वॉल्ट में रहता है। ModDesk कभी इंटरनेट से कनेक्ट नहीं होता।&lt;/p&gt;&lt;p&gt;GNU GPL, वर्ज़न 3 या उसके बाद के किसी वर्ज़न के तहत लाइसेंस किया गया।&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MergeChatsDialog</name>
        <message>
            <location filename="../merge_chats_dialog.py" line="43" />
            <source>Merge chats</source>
            <translation>चैट मिलाएँ</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="45" />
            <source>Filter chats by name</source>
            <translation>नाम से चैट फ़िल्टर करें</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="56" />
            <source>Merge</source>
            <translation>मिलाएँ</translation>
        </message>
        <message>
            <location filename="../merge_chats_dialog.py" line="64" />
            <source>Show the messages of “%1” together with the chat you choose below. “%1” leaves the chat list; its later exports still arrive and show in the chosen chat. You can undo this from that chat's menu.</source>
            <translation>“%1” के मैसेज नीचे चुनी गई चैट के साथ दिखाएँ। “%1” चैट की सूची से हट जाएगी; उसके आगे के एक्सपोर्ट फिर भी आएँगे और चुनी गई चैट में दिखेंगे। आप उस चैट के मेन्यू से इसे वापस ले सकते हैं।</translation>
        </message>
    </context>
    <context>
        <name>MessageDelegate</name>
        <message>
            <location filename="../message_delegate.py" line="66" />
            <source>Poll</source>
            <translation>पोल</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="67" />
            <source>Location</source>
            <translation>लोकेशन</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="68" />
            <location filename="../message_delegate.py" line="467" />
            <source>Contact card</source>
            <translation>कॉन्टैक्ट कार्ड</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="69" />
            <source>Photo</source>
            <translation>फ़ोटो</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="70" />
            <source>Video</source>
            <translation>वीडियो</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="71" />
            <source>Audio</source>
            <translation>ऑडियो</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="243" />
            <source>This message was deleted</source>
            <translation>यह मैसेज डिलीट कर दिया गया था</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="406" />
            <source>edited</source>
            <translation>एडिट किया गया</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="454" />
            <source>Removed since an earlier export — kept as evidence</source>
            <translation>पिछले एक्सपोर्ट के बाद हटाया गया — सबूत के रूप में रखा गया</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="462" />
            <source>Sticker</source>
            <translation>स्टिकर</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Document</source>
            <translation>डॉक्यूमेंट</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="468" />
            <source>Media</source>
            <translation>मीडिया</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="474" />
            <source>%1 not included in the export</source>
            <translation>%1 एक्सपोर्ट में शामिल नहीं है</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="477" />
            <source>%1 hidden — click to show</source>
            <translation>%1 को छिपाया गया है — देखने के लिए क्लिक करें</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening sticker…</source>
            <translation>स्टिकर खोला जा रहा है…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="483" />
            <source>Opening photo…</source>
            <translation>फ़ोटो खोली जा रही है…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="485" />
            <source>This sticker could not be shown (%1, %2)</source>
            <translation>यह स्टिकर नहीं दिखाया जा सका (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="486" />
            <source>This photo could not be shown (%1, %2)</source>
            <translation>यह फ़ोटो नहीं दिखाई जा सकी (%1, %2)</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="488" />
            <source>%1 · %2 — click to hide</source>
            <translation>%1 · %2 — छिपाने के लिए क्लिक करें</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="537" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="456" />
            <source>Opening %1…</source>
            <translation type="vanished">%1 को खोला जा रहा है…</translation>
        </message>
        <message>
            <location filename="../message_delegate.py" line="458" />
            <source>This %1 could not be shown (%2, %3)</source>
            <translation type="vanished">इस %1 को दिखाया नहीं जा सका (%2, %3)</translation>
        </message>
    </context>
    <context>
        <name>NavPage</name>
        <message>
            <location filename="../nav_pages.py" line="80" />
            <source>This part of ModDesk is not built yet.</source>
            <translation>ModDesk का यह हिस्सा अभी बना नहीं है।</translation>
        </message>
    </context>
    <context>
        <name>NavPages</name>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>Inbox</source>
            <translation>इनबॉक्स</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="38" />
            <source>The Inbox will gather new messages from the WhatsApp chat exports you choose to watch, and point out the ones that may need a moderator's attention first.</source>
            <translation>इनबॉक्स उन WhatsApp चैट एक्सपोर्ट से नए मैसेज इकट्ठा करेगा जिन पर आप नज़र रखना चुनते हैं, और बताएगा कि किन मैसेज पर मॉडरेटर को पहले ध्यान देना चाहिए।</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats</source>
            <translation>चैट</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="42" />
            <source>Chats will list every imported group chat, so you can read a conversation in order, with its dates and number of messages.</source>
            <translation>“चैट” में इम्पोर्ट की गई हर ग्रुप चैट की सूची होगी, ताकि आप किसी बातचीत को उसकी तारीखों और मैसेज की संख्या के साथ क्रम से पढ़ सकें।</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search</source>
            <translation>खोजें</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="46" />
            <source>Search will find words and names across all imported chats. The search index stays inside this encrypted vault, on this computer.</source>
            <translation>“खोजें” सभी इम्पोर्ट की गई चैट में शब्द और नाम ढूँढेगा। खोज इंडेक्स इसी कंप्यूटर पर, इस एन्क्रिप्टेड वॉल्ट के अंदर रहता है।</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents</source>
            <translation>घटनाएँ</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="50" />
            <source>Incidents will hold your case notes: what happened, who was involved and what was done. Entries are kept tamper-evident and can be printed as a summary.</source>
            <translation>“घटनाएँ” में आपके केस नोट रहेंगे: क्या हुआ, कौन शामिल था और क्या किया गया। एंट्री इस तरह रखी जाती हैं कि कोई छेड़छाड़ हो तो पता चल जाए, और इन्हें सारांश के रूप में प्रिंट किया जा सकता है।</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines</source>
            <translation>गाइडलाइन</translation>
        </message>
        <message>
            <location filename="../nav_pages.py" line="54" />
            <source>Guidelines will keep your group's rules and agreed responses close at hand, so decisions stay consistent between moderators.</source>
            <translation>“गाइडलाइन” में आपके ग्रुप के नियम और तय किए गए जवाब हमेशा पास रहेंगे, ताकि सभी मॉडरेटर एक जैसे फ़ैसले लें।</translation>
        </message>
    </context>
    <context>
        <name>PassphraseForm</name>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Passphrase:</source>
            <translation>पासफ़्रेज़ (&amp;P):</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="118" />
            <source>&amp;Repeat it:</source>
            <translation>फिर से लिखें (&amp;R):</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="119" />
            <source>Strength:</source>
            <translation>मज़बूती:</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="122" />
            <source>New passphrase</source>
            <translation>नया पासफ़्रेज़</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="123" />
            <source>Repeat the new passphrase</source>
            <translation>नया पासफ़्रेज़ फिर से लिखें</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="124" />
            <source>Passphrase strength</source>
            <translation>पासफ़्रेज़ की मज़बूती</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="161" />
            <source>Too easy to guess for a vault like this one.</source>
            <translation>ऐसे वॉल्ट के लिए इसका अनुमान लगाना बहुत आसान है।</translation>
        </message>
        <message>
            <location filename="../create_vault_dialog.py" line="163" />
            <source>The two passphrases do not match.</source>
            <translation>दोनों पासफ़्रेज़ मेल नहीं खाते।</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrength</name>
        <message>
            <location filename="../passphrase_strength.py" line="27" />
            <source>Very weak</source>
            <translation>बहुत कमज़ोर</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="28" />
            <source>Weak</source>
            <translation>कमज़ोर</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="29" />
            <source>Fair</source>
            <translation>ठीक-ठाक</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="30" />
            <source>Strong</source>
            <translation>मज़बूत</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="31" />
            <source>Very strong</source>
            <translation>बहुत मज़बूत</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="33" />
            <source>Use at least 12 characters.</source>
            <translation>कम से कम 12 अक्षर इस्तेमाल करें।</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="34" />
            <source>Four or more unrelated words are easy to remember and hard to guess.</source>
            <translation>चार या उससे ज़्यादा ऐसे शब्द, जिनका आपस में कोई संबंध न हो, याद रखने में आसान और अनुमान लगाने में मुश्किल होते हैं।</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="36" />
            <source>Avoid common passwords and words like "password" or "admin".</source>
            <translation>आम पासवर्ड और "password" या "admin" जैसे शब्दों से बचें।</translation>
        </message>
        <message>
            <location filename="../passphrase_strength.py" line="38" />
            <source>Avoid repeated characters and sequences like "aaa" or "1234".</source>
            <translation>एक ही अक्षर को दोहराने और "aaa" या "1234" जैसे क्रमों से बचें।</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../translator.py" line="50" />
            <source>OK</source>
            <translation>ठीक है</translation>
        </message>
        <message>
            <location filename="../translator.py" line="51" />
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <location filename="../translator.py" line="52" />
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <location filename="../translator.py" line="53" />
            <source>Discard</source>
            <translation>छोड़ दें</translation>
        </message>
        <message>
            <location filename="../translator.py" line="54" />
            <source>Save</source>
            <translation>सेव करें</translation>
        </message>
        <message>
            <location filename="../translator.py" line="55" />
            <source>&amp;Yes</source>
            <translation>हाँ (&amp;Y)</translation>
        </message>
        <message>
            <location filename="../translator.py" line="56" />
            <source>&amp;No</source>
            <translation>नहीं (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../report_dialog.py" line="62" />
            <source>Print %1</source>
            <translation>%1 प्रिंट करें</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="74" />
            <source>Pre&amp;view…</source>
            <translation>प्रीव्यू (&amp;V)…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="75" />
            <source>&amp;Print…</source>
            <translation>प्रिंट करें (&amp;P)…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="76" />
            <source>&amp;Export PDF…</source>
            <translation>PDF एक्सपोर्ट करें (&amp;E)…</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="90" />
            <source>&amp;Copy for:</source>
            <translation>कॉपी किसके लिए (&amp;C):</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="91" />
            <source>&amp;Reporting member:</source>
            <translation>रिपोर्ट करने वाला सदस्य (&amp;R):</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="94" />
            <source>PDF files are not encrypted: anyone who gets the file can read it. Printing goes through the system's print queue, which may keep a copy of the job for a while.</source>
            <translation>PDF फ़ाइलें एन्क्रिप्टेड नहीं होतीं: जिसके पास भी फ़ाइल पहुँचेगी, वह उसे पढ़ सकता है। प्रिंट करने पर डॉक्यूमेंट सिस्टम की प्रिंट कतार से होकर जाता है, जो कुछ समय तक उसकी कॉपी रख सकती है।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="133" />
            <source>%1 is not a reporting member of %2. Choose one of: %3.</source>
            <translation>%1, %2 में रिपोर्ट करने वाला सदस्य नहीं है। इनमें से चुनें: %3।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="134" />
            <source>nobody yet</source>
            <translation>अभी कोई नहीं</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="136" />
            <source>%1 names several reporting members (%2). Choose whose copy to make.</source>
            <translation>%1 में रिपोर्ट करने वाले कई सदस्य हैं (%2)। चुनें कि कॉपी किसके लिए बनानी है।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="138" />
            <source>%1 names no reporting member. Add the member who reported it (role: Reporter) to make their copy.</source>
            <translation>%1 में रिपोर्ट करने वाला कोई सदस्य नहीं है। उनकी कॉपी बनाने के लिए रिपोर्ट करने वाले सदस्य को जोड़ें (भूमिका: रिपोर्ट करने वाला)।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="159" />
            <source>Sent to the printer.</source>
            <translation>प्रिंटर को भेज दिया गया।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="164" />
            <source>%1 incident summary</source>
            <translation>घटना %1 का सारांश</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="174" />
            <source>Export incident summary</source>
            <translation>घटना का सारांश एक्सपोर्ट करें</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="175" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="184" />
            <source>Export PDF</source>
            <translation>PDF एक्सपोर्ट करें</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="185" />
            <source>Export %1 to %2?

The PDF is not encrypted: anyone who gets the file can read it. ModDesk writes only this file. Keep it safe and delete it when it is no longer needed.</source>
            <translation>%1 को %2 में एक्सपोर्ट करें?

PDF एन्क्रिप्टेड नहीं है: जिसके पास भी फ़ाइल पहुँचेगी, वह उसे पढ़ सकता है। ModDesk सिर्फ़ यही फ़ाइल लिखता है। इसे सुरक्षित रखें और ज़रूरत खत्म होने पर डिलीट कर दें।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="190" />
            <source>&amp;Export</source>
            <translation>एक्सपोर्ट करें (&amp;E)</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="199" />
            <source>Nothing was exported.</source>
            <translation>कुछ भी एक्सपोर्ट नहीं हुआ।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="206" />
            <source>Exported %1 pages to %2.</source>
            <translation>%1 पेज %2 में एक्सपोर्ट हुए।</translation>
        </message>
        <message>
            <location filename="../report_dialog.py" line="215" />
            <source>Moderator</source>
            <translation>मॉडरेटर</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../search_page.py" line="324" />
            <source>1 message</source>
            <translation>1 मैसेज</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="44" />
            <source>(no text: a photo, file or notice)</source>
            <translation>(कोई टेक्स्ट नहीं: फ़ोटो, फ़ाइल या सूचना)</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="64" />
            <source>System notice</source>
            <translation>सिस्टम सूचना</translation>
        </message>
        <message>
            <location filename="../search_model.py" line="66" />
            <source>gone from a later export</source>
            <translation>बाद वाले एक्सपोर्ट में नहीं है</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="105" />
            <source>Search messages: words, "an exact phrase", or the start of a word*</source>
            <translation>मैसेज खोजें: शब्द, "हूबहू वाक्य", या शब्द की शुरुआत*</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="114" />
            <source>Load more</source>
            <translation>और दिखाएँ</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="132" />
            <source>All chats</source>
            <translation>सभी चैट</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="135" />
            <source>Anyone</source>
            <translation>कोई भी</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="142" />
            <source>Between</source>
            <translation>तारीख</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="144" />
            <source>Start date</source>
            <translation>शुरू की तारीख</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="145" />
            <source>End date</source>
            <translation>आख़िरी तारीख</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="149" />
            <source>Chat:</source>
            <translation>चैट:</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="152" />
            <source>Author:</source>
            <translation>भेजने वाला:</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="157" />
            <source>and</source>
            <translation>से</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="299" />
            <source>Type to search all chats</source>
            <translation>सभी चैट में खोजने के लिए टाइप करें</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="311" />
            <source>No messages by this author with these filters</source>
            <translation>इन फ़िल्टर के साथ इस व्यक्ति का कोई मैसेज नहीं</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="312" />
            <source>No messages match “%1” with these filters</source>
            <translation>इन फ़िल्टर के साथ “%1” से मेल खाता कोई मैसेज नहीं</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="313" />
            <source>No messages match “%1”</source>
            <translation>“%1” से मेल खाता कोई मैसेज नहीं</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="322" />
            <source>%1 messages shown, newest first. There are more.</source>
            <translation>%1 मैसेज दिखाए गए हैं, सबसे नए पहले। और भी हैं।</translation>
        </message>
        <message>
            <location filename="../search_page.py" line="325" />
            <source>%1 messages, newest first</source>
            <translation>%1 मैसेज, सबसे नए पहले</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../desktop/session.py" line="252" />
            <source>The vault is locked; nothing was saved.</source>
            <translation>वॉल्ट लॉक है; कुछ भी सेव नहीं हुआ।</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../settings_dialog.py" line="42" />
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="46" />
            <source> min</source>
            <translation> मिनट</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="47" />
            <source>Lock when the screen locks</source>
            <translation>स्क्रीन लॉक होने पर लॉक करें</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="49" />
            <source>Shown only inside ModDesk</source>
            <translation>सिर्फ़ ModDesk के अंदर दिखता है</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="64" />
            <source>Lock after no activity for:</source>
            <translation>इतनी देर कुछ न करने पर लॉक करें:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="66" />
            <source>Your name (moderator):</source>
            <translation>आपका नाम (मॉडरेटर):</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="67" />
            <source>These settings are stored inside the encrypted vault.</source>
            <translation>ये सेटिंग्स एन्क्रिप्टेड वॉल्ट के अंदर सेव रहती हैं।</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../resources_panel.py" line="33" />
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="34" />
            <source>Helps with</source>
            <translation>किसमें मदद करती है</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="35" />
            <source>Phone</source>
            <translation>फ़ोन</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="36" />
            <source>Website</source>
            <translation>वेबसाइट</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="37" />
            <source>Country</source>
            <translation>देश</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="38" />
            <source>Languages</source>
            <translation>भाषाएँ</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="50" />
            <source>Member</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="51" />
            <source>Group</source>
            <translation>ग्रुप</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="52" />
            <source>Rule</source>
            <translation>नियम</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="53" />
            <source>Your name</source>
            <translation>आपका नाम</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="54" />
            <source>Date</source>
            <translation>तारीख</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="55" />
            <source>Service</source>
            <translation>सेवा</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="85" />
            <source>Group description</source>
            <translation>ग्रुप का विवरण</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="89" />
            <location filename="../template_dialog.py" line="217" />
            <source>&amp;Copy</source>
            <translation>कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="90" />
            <source>Print pre&amp;view…</source>
            <translation>प्रिंट प्रीव्यू (&amp;V)…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="91" />
            <source>Save as &amp;PDF…</source>
            <translation>PDF के रूप में सेव करें (&amp;P)…</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="93" />
            <source>Rules from:</source>
            <translation>नियम यहाँ से:</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="95" />
            <source>Edit the text as you like, then paste it into the group's description in WhatsApp, or print it.</source>
            <translation>टेक्स्ट को अपने हिसाब से एडिट करें, फिर उसे WhatsApp में ग्रुप के विवरण में पेस्ट करें, या प्रिंट करें।</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Group: %1</source>
            <translation>ग्रुप: %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="128" />
            <source>Pack: %1</source>
            <translation>पैक: %1</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="154" />
            <source>Rules of %1</source>
            <translation>%1 के नियम</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="155" />
            <source>Our group rules</source>
            <translation>हमारे ग्रुप के नियम</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="156" />
            <source>This group is here so we can support each other. To keep it kind and safe for everyone, please:</source>
            <translation>यह ग्रुप इसलिए है ताकि हम एक-दूसरे का साथ दे सकें। इसे सबके लिए अच्छा और सुरक्षित बनाए रखने के लिए, कृपया:</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="159" />
            <source>If you or someone else is in danger, call the emergency number first. Questions about the rules? Write to an admin.</source>
            <translation>अगर आप या कोई और खतरे में है, तो सबसे पहले इमरजेंसी नंबर पर कॉल करें। नियमों के बारे में कोई सवाल है? किसी एडमिन को लिखें।</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="170" />
            <source>%1 of %2 characters</source>
            <translation>%2 में से %1 अक्षर</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="173" />
            <source>(too long for WhatsApp: remove %1)</source>
            <translation>(WhatsApp के लिए बहुत लंबा: %1 हटाएँ)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="184" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds.</source>
            <translation>कॉपी हो गया। ModDesk 60 सेकंड में क्लिपबोर्ड खाली कर देगा।</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="206" />
            <source>Save the group rules as PDF</source>
            <translation>ग्रुप के नियम PDF के रूप में सेव करें</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="207" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="212" />
            <source>Saved %1.</source>
            <translation>%1 सेव हो गई।</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="216" />
            <source>Save as PDF</source>
            <translation>PDF के रूप में सेव करें</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="217" />
            <source>The PDF is not encrypted: anyone who gets the file can read it. Save it only where you mean to keep it.</source>
            <translation>PDF एन्क्रिप्टेड नहीं है: जिसके पास भी फ़ाइल पहुँचेगी, वह उसे पढ़ सकता है। इसे सिर्फ़ वहीं सेव करें जहाँ आप इसे सच में रखना चाहते हैं।</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="221" />
            <source>Save PDF</source>
            <translation>PDF सेव करें</translation>
        </message>
        <message>
            <location filename="../guidelines_text_panel.py" line="234" />
            <source>Group rules</source>
            <translation>ग्रुप के नियम</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="380" />
            <source>Moderator</source>
            <translation>मॉडरेटर</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="86" />
            <source>&amp;Save</source>
            <translation>सेव करें (&amp;S)</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="67" />
            <source>&amp;Add a service</source>
            <translation>सेवा जोड़ें (&amp;A)</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="68" />
            <source>&amp;Remove</source>
            <translation>हटाएँ (&amp;R)</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="69" />
            <source>&amp;Add a service you have checked</source>
            <translation>आपकी जाँची हुई सेवा जोड़ें (&amp;A)</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="77" />
            <source>No services yet</source>
            <translation>अभी कोई सेवा नहीं</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="80" />
            <source>ModDesk comes without hotlines or services on purpose: a wrong number in a crisis does more harm than none, and numbers change from country to country.

Add the services you have checked yourself: call them or look at their own website, and note what they help with and in which languages. Then you can pass them on in a reply with confidence.</source>
            <translation>ModDesk में जान-बूझकर कोई हेल्पलाइन या सेवा नहीं दी गई है: संकट के समय गलत नंबर, कोई नंबर न होने से भी ज़्यादा नुकसान करता है, और नंबर हर देश में अलग होते हैं।

वही सेवाएँ जोड़ें जिन्हें आपने खुद जाँचा है: उन्हें कॉल करें या उनकी अपनी वेबसाइट देखें, और लिख लें कि वे किस चीज़ में और किन भाषाओं में मदद करती हैं। फिर आप भरोसे के साथ उन्हें किसी जवाब में आगे बता सकते हैं।</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="97" />
            <source>Only services you have checked. Double-click a cell to change it.</source>
            <translation>सिर्फ़ वे सेवाएँ जिन्हें आपने जाँचा है। बदलने के लिए किसी खाने पर डबल-क्लिक करें।</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="155" />
            <source>New service</source>
            <translation>नई सेवा</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="182" />
            <source>Resources</source>
            <translation>मदद सेवाएँ</translation>
        </message>
        <message>
            <location filename="../resources_panel.py" line="183" />
            <source>Remove %1 from your services?</source>
            <translation>%1 को अपनी सेवाओं से हटाएँ?</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="73" />
            <source>{%1} is not a placeholder. Use one of %2.</source>
            <translation>{%1} कोई प्लेसहोल्डर नहीं है। %2 में से कोई एक इस्तेमाल करें।</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="74" />
            <source>{} has no name. Use one of %2.</source>
            <translation>{} का कोई नाम नहीं है। %2 में से कोई एक इस्तेमाल करें।</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="75" />
            <source>This { is never closed. Add } after the name, or write {{ for a brace.</source>
            <translation>यह { कहीं बंद नहीं होता। नाम के बाद } लगाएँ, या ब्रेस लिखने के लिए {{ लिखें।</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="76" />
            <source>This } has no {. Write }} for a brace.</source>
            <translation>इस } से पहले कोई { नहीं है। ब्रेस लिखने के लिए }} लिखें।</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="78" />
            <source>Line %1, column %2:</source>
            <translation>लाइन %1, कॉलम %2:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="157" />
            <source>Reply with a template</source>
            <translation>टेम्पलेट से जवाब दें</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="179" />
            <source>&amp;Template:</source>
            <translation>टेम्पलेट (&amp;T):</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="180" />
            <source>&amp;Language:</source>
            <translation>भाषा (&amp;L):</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="210" />
            <source>Pick a checked service or type one</source>
            <translation>कोई जाँची हुई सेवा चुनें या खुद लिखें</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="220" />
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="227" />
            <source>What will be copied:</source>
            <translation>यह कॉपी होगा:</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="242" />
            <location filename="../template_dialog.py" line="328" />
            <source>Suggested: %1</source>
            <translation>सुझाव: %1</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="356" />
            <source>Ready to copy.</source>
            <translation>कॉपी के लिए तैयार।</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="358" />
            <source>Fill in %1 to copy this reply.</source>
            <translation>यह जवाब कॉपी करने के लिए %1 भरें।</translation>
        </message>
        <message>
            <location filename="../template_dialog.py" line="369" />
            <source>Copied. ModDesk clears the clipboard in 60 seconds and when the vault locks.</source>
            <translation>कॉपी हो गया। ModDesk 60 सेकंड में और वॉल्ट लॉक होने पर क्लिपबोर्ड खाली कर देगा।</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="65" />
            <location filename="../templates_panel.py" line="325" />
            <source>Replies</source>
            <translation>जवाब</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Reply</source>
            <translation>जवाब</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="66" />
            <source>Changes</source>
            <translation>बदलाव</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="73" />
            <source>&amp;Add a reply</source>
            <translation>जवाब जोड़ें (&amp;A)</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="81" />
            <source>Reply text</source>
            <translation>जवाब का टेक्स्ट</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="87" />
            <source>&amp;Reset to shipped text</source>
            <translation>मूल टेक्स्ट पर वापस जाएँ (&amp;R)</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="88" />
            <source>&amp;Delete</source>
            <translation>डिलीट करें (&amp;D)</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="104" />
            <source>Title:</source>
            <translation>शीर्षक:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="105" />
            <source>Language:</source>
            <translation>भाषा:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="109" />
            <source>Insert:</source>
            <translation>जोड़ें:</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="189" />
            <source>Changed</source>
            <translation>बदला गया</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Edited</source>
            <translation>एडिट किया गया</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="193" />
            <source>Added</source>
            <translation>जोड़ा गया</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="237" />
            <source>Hello {member}, 

{moderator}</source>
            <translation>नमस्ते {member}, 

{moderator}</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="258" />
            <source>Give the reply a title.</source>
            <translation>जवाब को एक शीर्षक दें।</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="260" />
            <source>Write the text of the reply.</source>
            <translation>जवाब का टेक्स्ट लिखें।</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="278" />
            <source>No placeholders: the text is copied as it is.</source>
            <translation>कोई प्लेसहोल्डर नहीं: टेक्स्ट जैसा है, वैसा ही कॉपी होगा।</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="279" />
            <source>Filled in when used: %1</source>
            <translation>इस्तेमाल करते समय भरा जाएगा: %1</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="308" />
            <source>Bring back the text that came with ModDesk? Your version of this reply will be removed.</source>
            <translation>ModDesk के साथ आया मूल टेक्स्ट वापस लाएँ? इस जवाब का आपका वर्ज़न हटा दिया जाएगा।</translation>
        </message>
        <message>
            <location filename="../templates_panel.py" line="317" />
            <source>Delete this reply?</source>
            <translation>यह जवाब डिलीट करें?</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../unlock_dialog.py" line="68" />
            <source>Unlock ModDesk</source>
            <translation>ModDesk अनलॉक करें</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="88" />
            <source>Passphrase</source>
            <translation>पासफ़्रेज़</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="89" />
            <source>Demo vault: the passphrase is demo</source>
            <translation>डेमो वॉल्ट: पासफ़्रेज़ demo है</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="97" />
            <source>Type the passphrase the backup was made with above, then choose a backup. The damaged vault is kept beside it, untouched.</source>
            <translation>ऊपर वह पासफ़्रेज़ लिखें जिससे बैकअप बनाया गया था, फिर कोई बैकअप चुनें। खराब वॉल्ट बिना छुए उसके बगल में ही रखा जाता है।</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="99" />
            <source>&amp;Restore a backup…</source>
            <translation>बैकअप रीस्टोर करें (&amp;R)…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="101" />
            <source>Opening the vault…</source>
            <translation>वॉल्ट खोला जा रहा है…</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="104" />
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock</source>
            <translation>अनलॉक करें (&amp;U)</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="109" />
            <source>ModDesk is locked</source>
            <translation>ModDesk लॉक है</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="112" />
            <source>&amp;Passphrase:</source>
            <translation>पासफ़्रेज़ (&amp;P):</translation>
        </message>
        <message numerus="yes">
            <location filename="../unlock_dialog.py" line="135" />
            <source>&amp;Unlock (%n s)</source>
            <translation>
                <numerusform>अनलॉक करें (&amp;U) (%n सेकंड)</numerusform>
                <numerusform>अनलॉक करें (&amp;U) (%n सेकंड)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="207" />
            <source>Choose a ModDesk backup</source>
            <translation>ModDesk बैकअप चुनें</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="208" />
            <source>ModDesk backups (*.mdbackup);;All files (*)</source>
            <translation>ModDesk बैकअप (*.mdbackup);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <location filename="../unlock_dialog.py" line="216" />
            <source>Type the backup's passphrase first.</source>
            <translation>पहले बैकअप का पासफ़्रेज़ लिखें।</translation>
        </message>
    </context>
    <context>
        <name>WatchedFolders</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="37" />
            <source>Chat exports in watched folders are not encrypted. Anyone with this computer can read them.</source>
            <translation>निगरानी फ़ोल्डर में रखे चैट एक्सपोर्ट एन्क्रिप्टेड नहीं होते। इस कंप्यूटर तक पहुँच रखने वाला कोई भी उन्हें पढ़ सकता है।</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="47" />
            <source>Plaintext notice</source>
            <translation>बिना एन्क्रिप्शन वाली फ़ाइलों की सूचना</translation>
        </message>
    </context>
    <context>
        <name>WatchedFoldersDialog</name>
        <message>
            <location filename="../watched_folders_dialog.py" line="62" />
            <source>Watched folders</source>
            <translation>निगरानी फ़ोल्डर</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="66" />
            <source>&amp;Add folder…</source>
            <translation>फ़ोल्डर जोड़ें (&amp;A)…</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="67" />
            <source>&amp;Remove</source>
            <translation>हटाएँ (&amp;R)</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="68" />
            <source>&amp;Look again now</source>
            <translation>अभी फिर से देखें (&amp;L)</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="70" />
            <source>&amp;Move imported files into the vault (delete them from the folder)</source>
            <translation>इम्पोर्ट की गई फ़ाइलें वॉल्ट में ले जाएँ (फ़ोल्डर से डिलीट करें) (&amp;M)</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="80" />
            <source>While the vault is unlocked, ModDesk imports new chat exports (.txt, .zip or .json files) saved directly in these folders, each one exactly once.</source>
            <translation>जब तक वॉल्ट अनलॉक है, ModDesk इन फ़ोल्डरों में सीधे सेव किए गए नए चैट एक्सपोर्ट (.txt, .zip या .json फ़ाइलें) इम्पोर्ट करता है, हर एक को सिर्फ़ एक बार।</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Folder</source>
            <translation>फ़ोल्डर</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="86" />
            <source>Exports imported</source>
            <translation>इम्पोर्ट हुए एक्सपोर्ट</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="87" />
            <source>State</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="113" />
            <source>Moving stores each file's bytes inside the encrypted vault and then deletes the file, only after the import was saved. Deleting does not reliably erase it: SSDs, backups and sync services (Dropbox, OneDrive, iCloud, Google Drive) can keep copies and older versions, and WhatsApp keeps the chat on the phone. Remove those copies there as well.</source>
            <translation>ले जाने पर हर फ़ाइल का पूरा डेटा एन्क्रिप्टेड वॉल्ट के अंदर रख दिया जाता है और फिर फ़ाइल डिलीट की जाती है, वह भी सिर्फ़ इम्पोर्ट सेव होने के बाद। डिलीट करने से फ़ाइल पूरी तरह मिट जाए, यह पक्का नहीं है: SSD, बैकअप और सिंक सेवाएँ (Dropbox, OneDrive, iCloud, Google Drive) कॉपी और पुराने वर्ज़न रख सकती हैं, और WhatsApp चैट को फ़ोन पर रखता है। वहाँ से भी वे कॉपी हटाएँ।</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Not found</source>
            <translation>नहीं मिला</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="132" />
            <source>Watching</source>
            <translation>निगरानी जारी</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="139" />
            <source>No folders yet.</source>
            <translation>अभी कोई फ़ोल्डर नहीं।</translation>
        </message>
        <message>
            <location filename="../watched_folders_dialog.py" line="162" />
            <source>Choose a folder to watch</source>
            <translation>निगरानी के लिए फ़ोल्डर चुनें</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message numerus="yes">
            <location filename="../first_run_pages.py" line="143" />
            <source>ModDesk locks itself after %n minutes without use, and when the screen locks. Unlocking asks for the passphrase again. You can change the time in Settings.</source>
            <translation>
                <numerusform>%n मिनट तक इस्तेमाल न होने पर, और स्क्रीन लॉक होने पर, ModDesk अपने-आप लॉक हो जाता है। अनलॉक करने के लिए फिर से पासफ़्रेज़ डालना होगा। आप यह समय सेटिंग्स में बदल सकते हैं।</numerusform>
                <numerusform>%n मिनट तक इस्तेमाल न होने पर, और स्क्रीन लॉक होने पर, ModDesk अपने-आप लॉक हो जाता है। अनलॉक करने के लिए फिर से पासफ़्रेज़ डालना होगा। आप यह समय सेटिंग्स में बदल सकते हैं।</numerusform>
            </translation>
        </message>
    </context>
</TS>
