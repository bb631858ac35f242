"""The words of the demo chats: scripted scenes and everyday chatter, per group.

Written for ModDesk; every person is invented. Phone numbers come only from
ranges reserved for fiction (UK 07700 900xxx, US 555-01xx, France
06 39 98 xx xx), so nothing here can reach a real person.

Script lines (see `moddesk.demo_chats.parse_script`):

    @12                       day 12 of the chat (or @2024-03-05 for a fixed date)
    09:15 Name: text          a message
    09:15 ~ text              a system notice
    + more text               the message goes on on a new line
    <media>, <deleted>        the platform's placeholders; " <edited>" at the end
                              marks an edited message; "<gone> " in front marks a
                              message deleted before the chat's second export

Chatter is a pool of short exchanges; speakers A, B, C become random members,
{wd} a weekday and {thanks} one of several thanks in the group's language.
"""

from __future__ import annotations

GERMAN_MEMBERS = ("Anna Becker", "Lena", "Sofia", "Emma", "Jana", "Merve", "Katrin")
GERMAN_SCRIPT = """
@0
09:02 ~ Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren.
09:02 ~ Anna Becker hat die Gruppe „Mamas Treff“ erstellt
09:03 ~ Anna Becker hat Lena, Sofia und Emma hinzugefügt
09:05 Anna Becker: Hallo ihr Lieben! Schön, dass ihr da seid 😊 Hier können wir uns austauschen, Termine absprechen und uns gegenseitig unterstützen. Bitte freundlich bleiben und nichts Privates von anderen weiterleiten 💛
09:11 Lena: Danke fürs Erstellen, Anna!
09:14 Emma: Hi everyone! Sorry, my German is still not great, I hope it's okay if I write in English sometimes 🙈
09:15 Sofia: Klar, total okay! We can mix 😄
@1
20:31 ~ Anna Becker hat den Gruppennamen von „Mamas Treff“ zu „Mamas Treff Südstadt“ geändert
20:32 Anna Becker: Damit uns die anderen Gruppen nicht verwechseln 😅
@3
10:20 ~ Jana ist der Gruppe über den Einladungslink beigetreten
10:24 Jana: Hallo! Ich bin Jana, Mama von Ole (4 Monate) 👋
10:26 Lena: Willkommen Jana! 🌸
@5
14:02 Anna Becker: Erinnerung: Donnerstag 10 Uhr Treffen im Familienzentrum. Frau Müller von der Familienberatung kommt vorbei und beantwortet Fragen zum Elterngeld.
14:10 Sofia: Super, da haben wir einige Fragen!
14:12 Emma: Is it okay to bring the baby in the carrier? The stroller doesn't fit in the tram 😬
14:13 Anna Becker: Natürlich! Babys sind immer willkommen 😊
@8
11:45 Lena: <media>
11:45 Lena: Unser Ausflug in den Stadtpark heute 🌳
11:47 Jana: Wie schön! 😍
@10
19:02 Emma: If anyone needs help with English forms or letters, I'm happy to help! My number is +44 7700 900461 (still my UK number, sorry)
19:05 Sofia: Das ist so lieb von dir, Emma! 🙏
@12
08:15 Sofia: Das Treffen diese Woche ist am Freitag statt Donnerstag, gleiche Uhrzeit <edited>
08:20 Jana: Danke für die Info!
@15
22:40 Jana: <deleted>
22:41 Jana: Sorry, falscher Chat 🙈
@17
13:30 Lena: Hat jemand Erfahrung mit der Kinderärztin in der Weststraße? Wir suchen noch eine Praxis, die neue Patienten nimmt.
@22
02:14 Jana: Ich brauche gerade echt Hilfe. Ole schreit seit drei Stunden und hat Fieber, mein Mann ist auf Montage und ich bin komplett am Ende. Ich weiß nicht mehr weiter 😔
02:31 Sofia: Jana, ich bin wach. Hast du beim ärztlichen Bereitschaftsdienst angerufen? Bei so einem Kleinen würde ich auf jeden Fall anrufen.
02:33 Jana: Noch nicht. Ich trau mich nicht, nachts anzurufen 😢
02:34 Sofia: Dafür sind die genau da! Ruf an und schreib mir danach. Ich kann auch vorbeikommen, ich wohne nur zwei Straßen weiter.
03:20 Jana: Sie haben gesagt Fieberzäpfchen und morgen früh zur Kinderärztin. Er schläft jetzt endlich. Danke Sofia 💛
03:22 Sofia: Gut gemacht. Schlaf auch ein bisschen ❤️
08:10 Anna Becker: Jana, wie geht's euch heute? Melde dich, wenn du etwas brauchst. Wir können dir auch Essen vorbeibringen 🍲
08:40 Jana: Viel besser, danke ihr Lieben. Das Fieber ist runter.
@30
09:00 ~ Anna Becker hat Merve hinzugefügt
09:03 Merve: Merhaba! Hallo zusammen, danke fürs Hinzufügen 😊
09:06 Emma: Welcome Merve! 👋
@35
16:20 Anna Becker: Frau Müller hat die Unterlagen zum Elterngeld geschickt. Wer sie haben möchte, schreibt mir privat.
16:25 Merve: Ich bitte! Danke dir 🙏
@45
18:00 Anna Becker: Kleine Übersicht für nächste Woche:
+ Mo: Stillcafé 10 Uhr
+ Mi: Krabbelgruppe 15 Uhr
+ Fr: Spaziergang, Treffpunkt Spielplatz Südpark
18:04 Lena: Danke Anna, du bist die Beste 💐
@52
10:00 ~ Anna Becker hat Katrin hinzugefügt
10:05 Katrin: Hallo, ich bin Katrin von der Hebammenpraxis am Südpark. Anna hat mich eingeladen, falls ihr Fragen habt 😊
10:09 Jana: Wie toll, herzlich willkommen!
@58
21:50 Merve: Ist es normal, dass man sich manchmal so allein fühlt, obwohl man den ganzen Tag mit dem Baby zusammen ist?
21:58 Katrin: Ja, das ist sehr normal, und gut, dass du es aussprichst. Magst du morgen in die Sprechstunde kommen? Wir können in Ruhe reden.
22:03 Merve: Ja, gerne. Danke 🌷
"""
GERMAN_CHATTER = (
    (("A", "Guten Morgen zusammen ☀️ Wie war die Nacht bei euch?"), ("B", "Dreimal wach, aber okay 😴"),
     ("C", "Bei uns durchgeschlafen!! Das erste Mal 🎉")),
    (("A", "Kommt jemand {wd} mit auf den Spielplatz?"), ("B", "Wir sind dabei, so gegen 15 Uhr?"),
     ("A", "Perfekt 👍")),
    (("A", "Hat jemand Tipps gegen Blähungen? Wir probieren schon Fencheltee"),
     ("B", "Bei uns haben Fliegergriff und Bauchmassage im Uhrzeigersinn geholfen"),
     ("A", "Danke, probiere ich heute Abend!")),
    (("A", "Does anyone know a pharmacy that's open on {wd} evening?"),
     ("B", "Die Apotheke am Marktplatz hat Notdienst, steht auf der Website"), ("A", "{thanks}")),
    (("A", "Ich hab noch Babykleidung in Größe 62 abzugeben, falls jemand etwas braucht"),
     ("B", "Oh ja, gerne! Kann ich sie {wd} abholen?"), ("A", "Klar, schreib mir einfach privat")),
    (("A", "Wie macht ihr das mit dem Mittagsschlaf? Bei uns klappt gar nichts mehr 😩"),
     ("B", "Das ist bestimmt ein Schub, das wird wieder!"), ("C", "Bei uns hat es zwei Wochen gedauert, halte durch 💪")),
    (("A", "Kurze Frage: Ab wann habt ihr mit Brei angefangen?"),
     ("B", "Mit knapp 6 Monaten, Karottenbrei war der Hit 🥕"), ("C", "Wir machen baby-led weaning, klappt super")),
    (("A", "Regnet es bei euch auch so? Wir bleiben heute drinnen ☔"), ("B", "Ja, der Indoor-Spielplatz ist heute voll 😅")),
    (("A", "Danke nochmal für gestern, es tut so gut, sich auszutauschen 💛"), ("B", "Finde ich auch! ❤️")),
    (("A", "Weiß jemand, bis wann der Kita-Antrag abgegeben werden muss?"),
     ("B", "Ende des Monats, glaube ich. Frag am besten nochmal beim Jugendamt nach")),
    (("A", "Heute ist so ein Tag, an dem ich einfach nur müde bin 😮‍💨"),
     ("B", "Das kennen wir alle. Gönn dir eine Pause, wenn die Kleine schläft 🫶"), ("C", "Und Kaffee ☕")),
    (("A", "The baby swimming course at the Hallenbad has free spots again!"), ("B", "Oh cool, wann ist der Kurs?"),
     ("A", "{wd} at 10:30 I think")),
    (("A", "Hat jemand einen Tipp für eine gute Trage?"),
     ("B", "Wir lieben unsere, du kannst sie gerne mal ausprobieren"), ("A", "Sehr gerne, danke!")),
    (("A", "<media>"), ("A", "Schaut mal, wer heute das erste Mal gelacht hat 😍"), ("B", "Zuckersüß!! 😍"),
     ("C", "Wie schön 🥰")),
    (("A", "Liebe Grüße aus dem Wartezimmer beim Kinderarzt 🙃 Die U5 steht an"), ("B", "Viel Erfolg! 🍀")),
    (("A", "Wer hat Lust auf einen Kaffee-Spaziergang am {wd}?"), ("B", "Ich! Treffpunkt Bäckerei?"), ("C", "Bin dabei ☕")),
    (("A", "Hat jemand Lust, nächste Woche gemeinsam zur Stillgruppe zu gehen?"), ("B", "Ja, gerne! Welcher Tag?"),
     ("A", "{wd} um 10")),
    (("A", "Unsere Kleine hat heute den ersten Zahn bekommen 🦷"), ("B", "Oh wie toll!"), ("C", "Gratuliere! 🎉")),
    (("A", "Weiß jemand, ob das Familienzentrum in den Ferien offen hat?"), ("B", "Nur vormittags, glaube ich")),
    (("A", "Does anyone have a recommendation for a good baby sunscreen?"),
     ("B", "Wir nehmen eine mineralische aus der Apotheke, steht 'für Babys' drauf"), ("A", "{thanks}")),
    (("A", "Ich bin heute so stolz: zum ersten Mal allein mit beiden Kindern einkaufen 😅"), ("B", "Heldin! 💪")),
    (("A", "Hat jemand eine Empfehlung für einen Babysitter, der auch Englisch spricht?"),
     ("B", "Ich frag mal bei uns im Haus, da ist eine Studentin"), ("A", "{thanks}")),
    (("A", "Kleiner Tipp: In der Bücherei gibt es {wd}s Vorlesestunde für die Kleinen 📚"), ("B", "Oh, das wusste ich nicht!")),
    (("A", "Wie lange habt ihr Elternzeit genommen?"), ("B", "Ein Jahr, mein Mann zwei Monate"),
     ("C", "Bei uns jeweils sieben Monate, das hat gut gepasst")),
    (("A", "Ist der Spielplatz am Südpark wieder offen?"), ("B", "Ja, seit {wd} wieder 😊")),
)

ENGLISH_MEMBERS = ("Jenna Morales", "Marcus Lee", "Priya Shah", "Tom Walsh", "Aisha Bello", "Dan Kowalski",
                   "Kim Nguyen", "Olivia Hart")
ENGLISH_SCRIPT = """
@0
08:15 ~ Jenna Morales created group “Class 3B Parents”
08:15 ~ Jenna Morales added Marcus Lee, Priya Shah, Tom Walsh, Dan Kowalski, Kim Nguyen and Olivia Hart
08:18 Jenna Morales: Hi all! I'm Jenna, Lucas's mom and this year's class parent 🍎 I'll use this group for reminders from Ms. Alvarez and anything we need to coordinate. Please keep it friendly and about the class 😊
08:25 Priya Shah: Thanks Jenna! Hi everyone, I'm Arjun's mom
08:31 Marcus Lee: Hey all, Zoe's dad here 👋
@1
19:40 ~ Jenna Morales changed the subject to “Parents of Class 3B”
@2
07:55 ~ Aisha Bello joined using this group's invite link
07:58 Aisha Bello: Good morning! Aisha here, mom of Daniel. Thanks for the link!
@4
16:02 Jenna Morales: Reminder: permission slips for the aquarium trip are due Friday! 🐠
16:10 Priya Shah: Can the slip be signed by a grandparent? My mom does pickup on Thursdays
16:12 Jenna Morales: Ms. Alvarez says any guardian on the pickup list is fine 👍
@6
15:20 Tom Walsh: <media>
15:20 Tom Walsh: Found this blue jacket in the pickup line, anyone's? 🧥
15:34 Olivia Hart: That's Mia's!! Thank you, I'll grab it tomorrow
@9
20:05 Tom Walsh: For the carpool list: you can text me at 202-555-0147, I drive Tuesdays and Thursdays
20:09 Dan Kowalski: Thanks Tom, I'll take Mondays
@12
21:15 Olivia Hart: Does anyone know whether the book fair takes cards or only cash?
@14
22:03 Dan Kowalski: <gone> Honestly the new homework policy is ridiculous, whoever came up with it has no clue what evenings are like
22:10 Marcus Lee: I get the frustration, maybe bring it up at the parent-teacher night?
@18
15:42 Kim Nguyen: Please help, Maya didn't get off the bus and school says she was on it. Has anyone seen her?? 😰
15:44 Jenna Morales: Calling the school office now. Kim, call the bus company too
15:47 Aisha Bello: Daniel says she got off at Oak Street with Ella!
15:58 Kim Nguyen: Found her at Ella's house, she went home with her friend without telling anyone 😮‍💨 Thank you all so much
16:01 Jenna Morales: So glad she's safe ❤️ Maybe a good moment to remind the kids about the bus rules
@25
09:30 Jenna Morales: Bake sale sign-up, reply with what you're bringing:
+ Jenna: banana bread
+ Priya: samosas (veggie)
+ Marcus: cookies
09:41 Aisha Bello: Puff-puff! 😋
09:52 Tom Walsh: I'll bring lemonade and cups
@31
18:20 Olivia Hart: Thank you for organising the teacher gift, Jenna! <edited>
@38
12:10 Marcus Lee: Is it just me or is the school portal down again?
12:14 Priya Shah: Down for me too. They said maintenance until 3
@44
08:05 ~ Jenna Morales added Sam Rivera
08:09 Sam Rivera: Hi! Sam here, Leo's other dad. Thanks for adding me
@50
19:30 Kim Nguyen: <deleted>
19:31 Kim Nguyen: Sorry, wrong group!
@56
17:45 Priya Shah: Is anyone else's kid really anxious about the spelling test? Arjun cried at bedtime
17:52 Olivia Hart: Mia too. We practised with flashcards and made it a game, it helped a bit
17:55 Jenna Morales: I'll mention it to Ms. Alvarez, maybe she can reassure them in class 💛
"""
ENGLISH_CHATTER = (
    (("A", "Does anyone have the math worksheet? Ours got lost in the backpack black hole 🙈"),
     ("B", "Sending a photo in a sec"), ("B", "<media>"), ("A", "{thanks}")),
    (("A", "Is there school on {wd}? I thought it was a teacher workday"),
     ("B", "It's next {wd}, not this one"), ("A", "{thanks}")),
    (("A", "Who's driving to soccer on {wd}?"), ("B", "I can take 3 kids"), ("C", "I'll do pickup then")),
    (("A", "Reminder: library books are due {wd} 📚"), ("B", "Thanks for the reminder!")),
    (("A", "Anyone know what time the class play starts?"), ("B", "6:30, doors at 6"), ("A", "{thanks}")),
    (("A", "Lost: a purple water bottle with stickers. Let me know if it comes home with your kid!"),
     ("B", "Will check Daniel's bag")),
    (("A", "Picture day is {wd}, don't forget the order forms 📸"), ("B", "Already forgot, thanks 😂")),
    (("A", "Does anyone have a spare costume for the 100th day parade?"),
     ("B", "We have a pirate one, happy to lend it"), ("A", "Amazing, thank you!")),
    (("A", "The class needs more tissues and glue sticks if anyone is at the store"),
     ("B", "On my way to Target, I'll grab some"), ("C", "You're a star ⭐")),
    (("A", "Snow day tomorrow? ❄️"), ("B", "Fingers crossed 🤞"), ("C", "Please no, I have meetings all day 😅")),
    (("A", "Thank you all for the birthday wishes for Zoe! 🎂"), ("B", "Happy birthday Zoe! 🎉")),
    (("A", "Is the early release on {wd} at 12:30 or 1?"), ("B", "12:30")),
    (("A", "Great job on the science fair everyone, the kids were so proud 🔬"), ("B", "It was so much fun!")),
    (("A", "Could someone share the link for the parent-teacher conference sign-up?"),
     ("B", "Jenna posted it last week, I'll forward it"), ("A", "{thanks}")),
    (("A", "Anyone have a recommendation for a math tutor? Just a few sessions"), ("B", "Our neighbour's daughter tutors, I'll ask her"),
     ("A", "{thanks}")),
    (("A", "Field day is {wd}! Sunscreen and water bottles please ☀️"), ("B", "Thanks for the heads up")),
    (("A", "Did the kids get the reading log this week?"), ("B", "Yes, it was in the blue folder")),
    (("A", "Leo keeps talking about the class hamster, who's taking it over break? 🐹"), ("B", "We are! The kids are thrilled")),
    (("A", "The after-school club has two spots open if anyone's interested"), ("B", "Ooh, which days?"), ("A", "Tuesdays and Thursdays, until 5")),
    (("A", "Just a heads-up: the crosswalk light on Elm is broken, careful at pickup"), ("B", "Thanks, I'll tell my husband")),
    (("A", "Is anyone doing the {wd} morning coffee for new parents?"), ("B", "I'll be there!"), ("C", "Me too ☕")),
    (("A", "Our kid came home with someone's green lunchbox"), ("B", "That might be Daniel's! I'll check")),
    (("A", "Thank you to whoever organised the teacher appreciation breakfast 💐"), ("B", "It was a team effort!")),
)

HINDI_MEMBERS = ("Rakesh Verma", "Sunita Sharma", "Imran Qureshi", "Priya Nair", "Harpreet Kaur", "Amit Joshi",
                 "Meena Gupta")
HINDI_SCRIPT = """
@0
19:00 ~ Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
19:00 ~ Rakesh Verma created group "Gulmohar Colony"
19:01 ~ Rakesh Verma added Sunita Sharma
19:01 ~ Rakesh Verma added Imran Qureshi
19:02 Rakesh Verma: नमस्ते सभी को 🙏 यह ग्रुप हमारी कॉलोनी में एक-दूसरे की मदद के लिए है। कृपया सिर्फ़ काम की बातें और इज़्ज़त से बात करें।
19:10 Sunita Sharma: नमस्ते भैया, बहुत अच्छा किया 👍
19:12 Imran Qureshi: Bahut badhiya idea hai Rakesh ji
@1
21:30 ~ Rakesh Verma changed the subject from "Gulmohar Colony" to "Gulmohar Colony Sahayta"
@2
08:10 ~ Amit Joshi joined using this group's invite link
08:12 Amit Joshi: नमस्ते! मैं B-7 में नया आया हूँ
08:15 Sunita Sharma: स्वागत है अमित जी 🌼
@4
07:30 Rakesh Verma: Kal subah 10 baje tak paani ki supply band rahegi, tanki bhar lena sab log 💧
07:41 Harpreet Kaur: Thank you bhaiya, bata diya aapne
@6
20:15 Imran Qureshi: <media>
20:15 Imran Qureshi: Park ke gate ka lock toot gaya hai, RWA ko bata dena chahiye
20:22 Rakesh Verma: मैं कल सुबह सेक्रेटरी जी से बात करता हूँ
@9
18:40 Priya Nair: Mere bhai London mein rehte hain, agar kisi ko UK ke baare mein kuch poochna ho to unka number: +44 7700 900233
18:45 Meena Gupta: बहुत धन्यवाद बेटा
@11
12:05 Harpreet Kaur: क्या किसी को अच्छे प्लंबर का नंबर पता है? रसोई का नल टपक रहा है
@15
23:10 Sunita Sharma: मदद चाहिए! पापा को सीने में दर्द हो रहा है, कोई गाड़ी से अस्पताल ले जा सकता है? C-14
23:11 Imran Qureshi: Main aa raha hoon, 2 minute, gaadi nikal raha hoon
23:12 Amit Joshi: Main bhi aata hoon, gate khulwa deta hoon
23:13 Sunita Sharma: धन्यवाद 🙏🙏
@16
09:20 Sunita Sharma: Papa ab theek hain. Doctor ne kaha sahi samay par aa gaye. सबका बहुत बहुत धन्यवाद, खासकर इमरान भाई 🙏
09:25 Meena Gupta: भगवान का शुक्र है 🙏
09:31 Rakesh Verma: जल्दी ठीक हो जाएँ अंकल जी
@20
17:00 Meena Gupta: <deleted>
17:02 Meena Gupta: Galti se bhej diya tha 🙈
@24
10:45 Rakesh Verma: Is Sunday subah 8 baje park ki safai hai, sab log aayein 🌳 <edited>
10:50 Amit Joshi: Main aaunga, dastane le aaunga
@27
16:30 ~ Imran Qureshi changed this group's icon
@33
19:05 Priya Nair: Diwali mela ki list:
+ Rangoli: Harpreet didi
+ Mithai: Meena aunty
+ Lights: Amit aur Imran bhai
19:20 Harpreet Kaur: Ho jayega 😊
@41
06:50 Meena Gupta: सुप्रभात 🌞 आज योग क्लास पार्क में है, सब आइए
@48
22:40 Amit Joshi: Gali number 3 mein street light nahi jal rahi, raat ko andhera rehta hai. Bachchon ke liye theek nahi
22:52 Rakesh Verma: Complaint daal di hai, number bhi note kar liya hai
"""
HINDI_CHATTER = (
    (("A", "सुप्रभात सभी को 🌞"), ("B", "सुप्रभात 🙏")),
    (("A", "Aaj bijli kab tak aayegi kisi ko pata hai?"), ("B", "Shaam 5 baje tak bola hai")),
    (("A", "Sabziwala aaj aayega kya?"), ("B", "Haan, 11 baje tak"), ("A", "{thanks}")),
    (("A", "{wd} ko kooda gaadi nahi aayi, kisi ne complaint ki?"), ("B", "Maine kar di hai 👍")),
    (("A", "बच्चों के लिए ड्रॉइंग क्लास कौन जानता है?"), ("B", "Community hall mein har {wd} hoti hai"),
     ("A", "{thanks}")),
    (("A", "<media>"), ("A", "Aaj ka sunset terrace se 🌅"), ("B", "वाह, बहुत सुंदर!")),
    (("A", "Kisi ka dudh wala number hai? Humara aaj nahi aaya"), ("B", "Private mein bhej diya")),
    (("A", "Sab log dhyaan rakhein, garmi bahut hai. Buzurgon ko paani pilate rahein 💧"), ("B", "जी बिल्कुल")),
    (("A", "Gate par ek parcel pada hai, kiska hai?"), ("B", "Mera hoga, abhi aata hoon 🙏")),
    (("A", "{wd} ko RWA ki meeting hai, 6 baje"), ("B", "Main aaunga"), ("C", "मैं भी")),
    (("A", "Park mein jhoola theek ho gaya 🎉"), ("B", "Bachche bahut khush honge")),
    (("A", "Kisi ke paas extra chairs hain? Kal puja hai"), ("B", "Humare paas 10 hain, le jaiye"), ("A", "धन्यवाद भाभी जी")),
    (("A", "Kal society mein blood donation camp hai, naam likhwa lijiye"), ("B", "मैं आऊँगा"), ("C", "Main bhi")),
    (("A", "Kisi ke paas ladder hai? Pankha saaf karna hai"), ("B", "Hai, le jao"), ("A", "{thanks}")),
    (("A", "बच्चों की छुट्टियाँ कब से हैं?"), ("B", "Agle {wd} se")),
    (("A", "Gate wale bhaiya ki beti ki shaadi hai, kuch madad karna chahein to batayein"), ("B", "Zaroor, main contribute karunga"),
     ("C", "Hum bhi")),
    (("A", "<media>"), ("A", "Park mein naye paudhe lagaye aaj 🌱"), ("B", "बहुत बढ़िया काम 👏")),
    (("A", "Raat ko kutte bahut bhaunk rahe the, sab theek hai?"), ("B", "Haan, koi billi thi shayad 😄")),
    (("A", "Yoga class {wd} ko bhi hogi kya?"), ("B", "Haan, subah 7 baje")),
    (("A", "Kisi ko achhe tailor ka pata hai?"), ("B", "Market mein Sharma tailors, acche hain"), ("A", "{thanks}")),
)

FRENCH_MEMBERS = ("Camille Martin", "Karim Benali", "Léa Dubois", "Fatou Diallo", "Julien Petit", "Inès Moreau",
                  "Thomas Roux")
FRENCH_SCRIPT = """
@0
18:00 ~ Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter. Appuyez pour en savoir plus.
18:00 ~ Camille Martin a créé le groupe « Entraide Parents »
18:01 ~ Camille Martin a ajouté Karim Benali
18:01 ~ Camille Martin a ajouté Fatou Diallo
18:03 Camille Martin: Bonjour à tous ! Ce groupe sert à s'entraider entre parents du quartier : sorties d'école, garde, bons plans. On reste bienveillants 🙂
18:10 Fatou Diallo: Merci Camille, super idée !
@1
09:12 ~ Camille Martin a modifié le sujet de « Entraide Parents » en « Entraide Parents Belleville »
@3
12:40 ~ Léa Dubois a rejoint le groupe via le lien d'invitation
12:44 Léa Dubois: Bonjour ! Léa, maman de Jules en CP 👋
12:50 Karim Benali: Bienvenue Léa !
@5
20:10 Karim Benali: Pour le covoiturage du samedi au foot, mon numéro : 06 39 98 42 17
20:15 Julien Petit: Merci Karim, je t'écris demain
@8
16:55 Inès Moreau: <media>
16:55 Inès Moreau: Quelqu'un a perdu ce doudou lapin devant l'école ? 🐰
17:20 Léa Dubois: C'est celui de Jules !!! Merci infiniment 😭
@11
21:00 Thomas Roux: Quelqu'un connaît un bon orthophoniste dans le quartier ?
@14
14:20 Fatou Diallo: Est-ce que quelqu'un peut m'aider ? Ma fille est tombée au parc, je suis aux urgences avec elle et je n'ai personne pour récupérer son frère à l'école à 16h30 😟
14:24 Léa Dubois: Je peux y aller ! Quelle classe ?
14:26 Fatou Diallo: CE1, chez Mme Roussel. Je préviens l'école que c'est toi. Merci mille fois 🙏
18:40 Fatou Diallo: Ce n'est qu'une entorse, on rentre. Merci Léa, et merci à tous pour vos messages ❤️
18:45 Camille Martin: Ouf ! Bon rétablissement à elle 💐
@18
08:30 Camille Martin: Grève jeudi : l'école sera fermée, pas de cantine. Qui peut garder des enfants ? <edited>
08:42 Julien Petit: Je suis en télétravail, je peux en prendre deux
08:45 Inès Moreau: Moi aussi le matin
@21
22:15 Karim Benali: <deleted>
22:16 Karim Benali: Désolé, mauvaise conversation 🙈
@26
19:00 Léa Dubois: Fête de l'école le 15 :
+ Stand gâteaux : Fatou et Inès
+ Pêche à la ligne : Julien
+ Buvette : Karim et Thomas
19:12 Thomas Roux: Ça marche pour moi 👍
@33
07:45 ~ Camille Martin a ajouté Nadia Haddad
07:50 Nadia Haddad: Bonjour à tous, merci de m'avoir ajoutée 😊
@40
13:10 Inès Moreau: Est-ce que l'été vous inscrivez les enfants au centre de loisirs ? Les inscriptions ferment vendredi
13:20 Julien Petit: Oui, on a inscrit Lucie pour juillet
@47
21:35 Nadia Haddad: Je me sens un peu dépassée en ce moment, entre le travail et les enfants… Vous faites comment ?
21:41 Camille Martin: Tu n'es pas seule, vraiment. On peut se voir pour un café cette semaine si tu veux 🫶
21:44 Nadia Haddad: Avec plaisir, merci Camille
"""
FRENCH_CHATTER = (
    (("A", "Bonjour à tous ☀️ Quelqu'un va au parc cet après-midi ?"), ("B", "Nous vers 16h !")),
    (("A", "Il y a bien école {wd} ?"), ("B", "Oui, c'est le {wd} suivant qui est férié"), ("A", "{thanks}")),
    (("A", "Quelqu'un aurait une poussette à prêter ce week-end ?"), ("B", "J'en ai une, passe la prendre")),
    (("A", "Rappel : réunion de parents {wd} à 18h à l'école"), ("B", "Merci pour le rappel 🙏")),
    (("A", "<media>"), ("A", "Le spectacle de fin d'année était magnifique 🎭"), ("B", "Trop mignons !")),
    (("A", "Quelqu'un sait si la cantine rouvre lundi ?"), ("B", "Oui, normalement")),
    (("A", "Je cherche une baby-sitter pour {wd} soir, vous avez des contacts ?"),
     ("B", "Je t'envoie un numéro en privé"), ("A", "{thanks}")),
    (("A", "Il pleut des cordes, bon courage pour la sortie d'école ☔"), ("B", "Haha merci, on est trempés")),
    (("A", "Vide-grenier dimanche place des Fêtes !"), ("B", "Génial, on vient avec les vélos à vendre")),
    (("A", "Bravo à tous les enfants pour la kermesse 🎉"), ("B", "Merci aux parents bénévoles !")),
    (("A", "Quelqu'un a des idées d'activités pour les vacances ?"),
     ("B", "La médiathèque fait des ateliers gratuits le {wd}"), ("C", "Et la piscine est ouverte tous les matins")),
    (("A", "Merci pour ce groupe, ça change vraiment la vie 💛"), ("B", "Avec plaisir 😊")),
    (("A", "Quelqu'un va à la piscine {wd} ? Les enfants voudraient y aller ensemble"), ("B", "Nous oui, vers 15h")),
    (("A", "Le marché de la place est annulé ce week-end, pour info"), ("B", "Merci pour l'info !")),
    (("A", "Quelqu'un aurait un cartable à donner ? Le nôtre est cassé"), ("B", "On en a un bleu en bon état"),
     ("A", "{thanks}")),
    (("A", "Bon courage à tous pour la rentrée 🎒"), ("B", "Merci, à vous aussi !")),
    (("A", "La bibliothèque fait une heure du conte {wd} matin"), ("B", "Super idée, on ira")),
    (("A", "Quelqu'un a un contact pour un plombier pas trop cher ?"), ("B", "Je t'envoie ça en privé"), ("A", "{thanks}")),
    (("A", "Les enfants ont adoré la sortie au parc hier 🌳"), ("B", "Les nôtres aussi, ils étaient épuisés 😄")),
    (("A", "Est-ce que quelqu'un fait le trajet vers le collège {wd} matin ?"), ("B", "Moi, je peux prendre un enfant de plus")),
)

# Every date has day and month below 13, and both rise together, so either
# order reads as a plausible calendar: the importer cannot tell and says so.
ARABIC_MEMBERS = ("Mona", "Salma", "Yasmin", "Hoda", "Rania")
ARABIC_SCRIPT = """
@{year}-03-02
18:30 Mona: السلام عليكم يا أمهات 🌸 هذه مجموعة لتنظيم التوصيل إلى المدرسة
18:41 Salma: وعليكم السلام، فكرة رائعة
18:45 Yasmin: مرحبا بالجميع
@{year}-03-03
07:10 Mona: من تستطيع التوصيل غداً صباحاً؟
07:15 Hoda: أنا أستطيع، عندي مكان لطفلين
07:16 Mona: شكراً حبيبتي 🙏
@{year}-04-05
16:20 Rania: <media>
16:20 Rania: جدول التوصيل للشهر الجديد
16:33 Salma: ممتاز، شكراً رانيا
@{year}-04-06
21:05 Yasmin: هل الاجتماع يوم الخميس في المدرسة؟
21:09 Mona: نعم الساعة الخامسة
@{year}-05-06
08:00 Hoda: صباح الخير، السيارة معطلة اليوم، من تستطيع أخذ الأطفال؟
08:04 Salma: أنا سآخذهم، لا تقلقي
08:05 Hoda: جزاك الله خيراً ❤️
@{year}-06-08
19:45 Rania: Bonsoir, est-ce que quelqu'un a le numéro de la nouvelle maîtresse ?
19:50 Mona: سأرسله لك على الخاص
@{year}-06-09
13:30 Yasmin: <deleted>
13:31 Yasmin: آسفة، رسالة خاطئة
@{year}-07-10
10:15 Mona: عطلة سعيدة للجميع ☀️ نلتقي في سبتمبر
10:20 Salma: عطلة سعيدة 🌴
@{year}-08-11
17:00 Hoda: هل هناك من يحتاج كتب السنة الماضية؟ عندي مجموعة كاملة
17:25 Rania: أنا أحتاجها لابنتي، شكراً جزيلاً
@{year}-09-12
07:30 Mona: أول يوم دراسة! بالتوفيق لكل الأطفال 🎒
07:32 Yasmin: آمين، بالتوفيق
"""

TELEGRAM_MEMBERS = ("Helen Carter", "Ruth Adeyemi", "Gareth Hughes", "Sophie Lang", "Nadia Rahman", "Paul Evans")
TELEGRAM_SCRIPT = """
@0
19:00 ~ create_group|Helen Carter|Foster Carers Circle
19:01 ~ invite_members|Helen Carter|Ruth Adeyemi, Gareth Hughes, Sophie Lang
19:03 Helen Carter: Welcome to the Circle 💛 A place for foster carers to share practical tips and support each other. Please never post children's names, schools or photos here.
19:10 Ruth Adeyemi: Thank you Helen, really glad this exists
@2
10:30 ~ join_group_by_link|Nadia Rahman|
10:34 Nadia Rahman: Hi all, I'm Nadia, newly approved carer, first placement next month 😊
10:40 Gareth Hughes: Welcome Nadia! Ask anything, no question is silly
@5
20:15 Sophie Lang: Our peer support line is staffed by volunteers in the evenings: +44 7700 900518
20:18 Ruth Adeyemi: Thanks Sophie, saving that
@8
14:00 Gareth Hughes: <media>
14:00 Gareth Hughes: Notes from Saturday's training on life story work, hope they help
14:20 Nadia Rahman: This is so useful, thank you 🙏
@12
09:10 Ruth Adeyemi: Does anyone know if the travel allowance form changed this year? <edited>
@16
22:40 Nadia Rahman: Need some advice tonight please. The child in my care told me something worrying at bedtime about a family visit. I stayed calm and listened. What should I do first?
22:46 Helen Carter: You did the right thing by listening. Write down what was said in their own words, with the date and time, and don't ask leading questions.
22:48 Sophie Lang: Then call your supervising social worker, or the out-of-hours duty team if it's this late. Don't try to investigate yourself.
23:05 Nadia Rahman: Thank you. I've written it down and left a message with the duty team. Feeling shaky but clearer now.
23:07 Helen Carter: Sending support. Look after yourself too tonight 💛
@20
11:00 ~ edit_group_title|Helen Carter|Foster Carers Circle (North)
@27
18:30 Paul Evans: Is anyone going to the summer picnic for foster families?
@28
08:00 ~ invite_members|Helen Carter|Paul Evans
@35
16:45 Sophie Lang: Reminder of the group rules:
+ No names, schools or photos of children
+ Be kind, we are all learning
+ Urgent worries go to your social worker first
@44
21:20 Gareth Hughes: Long week. Our teenager finally talked to us at dinner today, small steps 🙂
21:25 Ruth Adeyemi: That's huge, well done you
"""
TELEGRAM_CHATTER = (
    (("A", "Any tips for settling a new placement at night?"),
     ("B", "A night light and a predictable routine helped us a lot"), ("C", "And a little welcome box with their own things")),
    (("A", "Training on {wd} evening is online this time"), ("B", "Thanks for the heads-up")),
    (("A", "Has anyone used the respite scheme yet?"), ("B", "Yes, it was really well organised")),
    (("A", "Good morning all ☀️"), ("B", "Morning!")),
    (("A", "Support group meets {wd} at 7, tea and biscuits as always 🍪"), ("B", "See you there")),
    (("A", "How do you handle contact days? Ours come back very unsettled"),
     ("B", "Quiet evening, favourite dinner, no big questions. It gets easier"), ("A", "{thanks}")),
    (("A", "Reminder to log your mileage before month end"), ("B", "Ugh, thank you 😅")),
    (("A", "Feeling a bit low today, it's been a hard week"), ("B", "Sending a hug. Want to call later?"),
     ("A", "That would be nice, thank you")),
    (("A", "Library has a new shelf of books about feelings for kids"), ("B", "Ooh, we'll go on {wd}")),
    (("A", "Does anyone have a spare car seat for a 4 year old?"), ("B", "We do, message me")),
    (("A", "Our placement's school asked for an extra meeting, any tips for preparing?"),
     ("B", "Write down your questions and bring the care plan"), ("A", "{thanks}")),
    (("A", "Anyone tried the new online training modules?"), ("B", "Yes, the trauma one is excellent")),
    (("A", "Little win today: a full night's sleep for everyone 🙌"), ("B", "Brilliant!"), ("C", "Love to hear it")),
    (("A", "Does anyone know when the allowance review happens?"), ("B", "Usually in spring, I think")),
    (("A", "Coffee morning {wd}, new carers especially welcome ☕"), ("B", "I'll try to make it")),
    (("A", "How do you explain to your own kids that a placement is ending?"),
     ("B", "Honestly and simply, and we made a memory book together"), ("A", "{thanks}")),
    (("A", "Anyone have a spare high chair? Short-notice baby placement"), ("B", "Yes, can drop it off tonight")),
    (("A", "Reminder: the panel paperwork is due {wd}"), ("B", "Thanks for the nudge 😅")),
)

WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
    "hi": ("Somvaar", "Mangalvaar", "Budhvaar", "Guruvaar", "Shukravaar", "Shanivaar"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"),
}

THANKS = {
    "de": ("Danke dir!", "Vielen Dank 🙏", "Super, danke!", "Danke, das hilft mir sehr", "Ihr seid toll 💛",
           "Thank you so much! 🙏"),
    "en": ("Thank you!", "Thanks so much 🙏", "That helps, thank you", "Great, thanks!", "Perfect, thank you 😊",
           "Lifesaver 🙌", "Phew, thanks"),
    "hi": ("धन्यवाद 🙏", "Shukriya!", "Bahut dhanyavaad ji", "Thank you 🙏", "Theek hai, dhanyavaad"),
    "fr": ("Merci !", "Merci beaucoup 🙏", "Super, merci !", "Génial, merci 😊", "Merci, ça m'aide beaucoup"),
}
