"""Very common words of the packs' languages, which make poor prefilter triggers.

A term is looked for by its rarest-looking word. "don't tell your" should
not make every message with "your" a candidate; these words are skipped
when choosing that word, and a word group made mostly of them is the last
choice for a combo's trigger. Matching itself still uses every word.
"""

from __future__ import annotations

from .folded_text import fold

_WORDS = """
a all also am an and any are as at back be because been but by call can come could day
did do does don don't for from get go going good got had has have he her him his how i if
in is it its just know like ll make me more my need new no not now of on one only or our
out please re right s see she so some t than that the their them then there they this time
to too up us very want was way we well were what when where which who why will with would
you your yours
aber alle als am an auch auf aus bei bin bis bitte da das dass dein deine dem den der des
dich die dir doch du ein eine einen er es für gut hab habe hat ich ihr im in ist ja jetzt
kann kein mal man mein meine mich mir mit nach nein nicht noch nur oder schon sehr sein
sie sind so und uns von was weil wenn wie will wir wo zu zum zur
à au aux avec ce ces c dans de des du elle en est et il ils j je la le les leur lui ma
mais me mes moi mon ne nous on ou par pas plus pour qu que qui sa se ses son sur ta te
toi ton tu un une vous y
al como con del el ella ellos en es esta está este hay la las le lo los mi mis muy no
nos o para pero por que se si su sus te tu un una y ya yo
ao as com da das de do dos e ela ele em era eu isso já mais mas me meu minha muito na
não nas no nos o os ou para pela pelo por que se sem seu sua te tem tu um uma você
है हैं में की का के को से और नहीं मैं तुम वह ये यह हम आप था थी थे भी तो पर ही
hai hain mein ki ka ke ko se aur nahi main tum woh wo yeh ye hum aap tha thi the bhi
toh to par hi na ho kya
"""

COMMON = frozenset(fold(w) for w in _WORDS.split())
