"""The classifier in more European languages: Polish, Swedish, Danish, Norwegian, Finnish, Czech
and Turkish for every kind, and the thinner kinds (update, request, outreach, reference check,
assessment) in German, French, Spanish, Portuguese, Dutch and Italian.

Every message is a small synthetic one written for this test. Each case runs twice: on the
phrase rules alone (``model=None``) and with the shipped text model.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from heardback.mail.classify import classify
from heardback.mail.model import Headers, MessageRef, ParsedMail
from heardback.mail.rules import normalize

EMP = "rekrytering@nordvik-example.com"


def mail(subject: str, text: str, frm: str = EMP, name: str = "Nordvik Talent") -> ParsedMail:
    h = Headers(subject=subject, from_addr=frm, from_name=name, date=datetime(2025, 3, 2, 10))
    return ParsedMail(ref=MessageRef("test", subject), headers=h, text=text)


def _kinds(m: ParsedMail) -> tuple[str, str]:
    return str(classify(m, model=None).kind), str(classify(m).kind)


# (language, expected kind, subject, body)
CASES: list[tuple[str, str, str, str]] = [
    # -- Polish ------------------------------------------------------------------------------------
    (
        "pl",
        "applied",
        "Potwierdzenie otrzymania aplikacji",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Analityka Danych. Twoja"
        " aplikacja została przekazana do zespołu rekrutacyjnego. Skontaktujemy się wyłącznie z"
        " wybranymi osobami.",
    ),
    (
        "pl",
        "rejected",
        "Twoja aplikacja - Analityk Danych",
        "Dzień dobry,\n\ndziękujemy za udział w procesie rekrutacyjnym. Niestety, po analizie"
        " zgłoszeń zdecydowaliśmy się kontynuować proces z innymi kandydatami. Życzymy"
        " powodzenia w dalszych poszukiwaniach.",
    ),
    (
        "pl",
        "interview",
        "Zaproszenie na rozmowę",
        "Dzień dobry Pani Marto,\n\nchcielibyśmy zaprosić Panią na rozmowę rekrutacyjną online."
        " Proponowane terminy: wtorek 10:00 lub czwartek 14:00. Proszę o informację, który"
        " termin pasuje.",
    ),
    (
        "pl",
        "assessment",
        "Zadanie rekrutacyjne",
        "Cześć,\n\nkolejnym krokiem jest zadanie rekrutacyjne. Prosimy o rozwiązanie testu"
        " technicznego w ciągu 5 dni od otrzymania linku.",
    ),
    (
        "pl",
        "offer",
        "Propozycja zatrudnienia",
        "Pani Marto,\n\nz przyjemnością przedstawiamy ofertę zatrudnienia na stanowisku"
        " Analityka Danych. W załączniku przesyłamy warunki zatrudnienia.",
    ),
    (
        "pl",
        "reference_check",
        "Referencje",
        "Dzień dobry,\n\nna ostatnim etapie prosimy o podanie danych kontaktowych dwóch osób"
        " polecających, z którymi możemy porozmawiać.",
    ),
    (
        "pl",
        "request",
        "Brakujące dokumenty",
        "Dzień dobry,\n\nprosimy o przesłanie skanu dyplomu oraz świadectw pracy, abyśmy mogli"
        " przygotować umowę.",
    ),
    (
        "pl",
        "update",
        "Informacja o procesie rekrutacji",
        "Dzień dobry,\n\nproces rekrutacji został tymczasowo wstrzymany. Twoja kandydatura"
        " nadal pozostaje aktywna i wrócimy do Ciebie, gdy tylko będziemy wiedzieć więcej.",
    ),
    (
        "pl",
        "outreach",
        "Propozycja współpracy",
        "Cześć Marta,\n\nnatrafiłam na Twój profil na LinkedIn. Mój klient, firma z branży"
        " fintech, szuka Senior Data Engineera. Czy byłabyś otwarta na nowe wyzwania?",
    ),
    # -- Swedish -----------------------------------------------------------------------------------
    (
        "sv",
        "applied",
        "Tack för din ansökan",
        "Hej Marta,\n\ntack för din ansökan till tjänsten som dataanalytiker. Vi har tagit emot"
        " din ansökan och går igenom alla ansökningar löpande.",
    ),
    (
        "sv",
        "rejected",
        "Din ansökan hos Nordvik",
        "Hej Marta,\n\ntack för ditt intresse. Tyvärr har vi valt att gå vidare med andra"
        " kandidater i den här rekryteringen. Lycka till i ditt fortsatta jobbsökande!",
    ),
    (
        "sv",
        "interview",
        "Inbjudan till intervju",
        "Hej Marta,\n\nvi vill gärna bjuda in dig till en intervju. Passar någon av följande"
        " tider: tisdag 10.00 eller onsdag 13.00?",
    ),
    (
        "sv",
        "assessment",
        "Nästa steg: tester",
        "Hej,\n\nsom nästa steg ber vi dig genomföra ett personlighetstest och ett logiktest"
        " online inom fem dagar.",
    ),
    (
        "sv",
        "offer",
        "Erbjudande om anställning",
        "Hej Marta,\n\nvi är glada att kunna erbjuda dig tjänsten som dataanalytiker."
        " Anställningsavtalet bifogas.",
    ),
    (
        "sv",
        "reference_check",
        "Referenser",
        "Hej,\n\ninnan vi fattar beslut vill vi gärna ta referenser. Kan du skicka namn och"
        " telefonnummer till två referenspersoner?",
    ),
    (
        "sv",
        "request",
        "Komplettering av ansökan",
        "Hej,\n\nvi saknar ditt examensbevis. Vänligen skicka en kopia av examensbevis och"
        " betyg så snart som möjligt.",
    ),
    (
        "sv",
        "update",
        "Uppdatering om rekryteringen",
        "Hej,\n\nrekryteringen tar längre tid än planerat och är just nu pausad. Din ansökan är"
        " fortfarande aktiv.",
    ),
    (
        "sv",
        "outreach",
        "Spännande roll",
        "Hej Marta,\n\njag hittade din profil på LinkedIn och jobbar som rekryterare. Min kund"
        " söker en dataingenjör. Skulle du vara intresserad av ett kort samtal?",
    ),
    # -- Danish ------------------------------------------------------------------------------------
    (
        "da",
        "applied",
        "Tak for din ansøgning",
        "Kære Marta,\n\ntak for din ansøgning. Vi har modtaget din ansøgning og vender tilbage"
        " efter ansøgningsfristen.",
    ),
    (
        "da",
        "rejected",
        "Vedrørende din ansøgning",
        "Kære Marta,\n\ntak for din interesse. Desværre har vi valgt at gå videre med andre"
        " kandidater. Held og lykke med jobsøgningen.",
    ),
    (
        "da",
        "interview",
        "Invitation til jobsamtale",
        "Kære Marta,\n\nvi vil gerne invitere dig til en jobsamtale. Hvilke af følgende"
        " tidspunkter passer dig?",
    ),
    (
        "da",
        "assessment",
        "Personlighedstest",
        "Hej,\n\nsom næste skridt beder vi dig udfylde en personlighedstest og en logiktest.",
    ),
    (
        "da",
        "offer",
        "Tilbud om ansættelse",
        "Kære Marta,\n\nvi er glade for at kunne tilbyde dig stillingen. Ansættelseskontrakten"
        " er vedhæftet.",
    ),
    (
        "da",
        "reference_check",
        "Referencer",
        "Hej,\n\nvi vil gerne tale med to af dine referencer. Kan du sende deres"
        " kontaktoplysninger?",
    ),
    (
        "da",
        "request",
        "Manglende dokumenter",
        "Hej,\n\nvi mangler dit eksamensbevis. Venligst send en kopi af eksamensbevis og"
        " udtalelser.",
    ),
    (
        "da",
        "update",
        "Status på rekrutteringen",
        "Hej,\n\nrekrutteringen er desværre forsinket og sat på pause indtil videre. Din"
        " ansøgning er stadig aktiv.",
    ),
    (
        "da",
        "outreach",
        "Spændende stilling",
        "Hej Marta,\n\njeg fandt din profil på LinkedIn. Min kunde søger en dataingeniør - er du"
        " åben for nye udfordringer?",
    ),
    # -- Norwegian ---------------------------------------------------------------------------------
    (
        "no",
        "applied",
        "Takk for din søknad",
        "Hei Marta,\n\ntakk for din søknad. Vi har mottatt søknaden og gir beskjed etter"
        " søknadsfristen.",
    ),
    (
        "no",
        "rejected",
        "Din søknad",
        "Hei Marta,\n\ntakk for din interesse. Dessverre har vi besluttet å gå videre med andre"
        " kandidater. Lykke til videre!",
    ),
    (
        "no",
        "interview",
        "Innkalling til intervju",
        "Hei Marta,\n\nvi vil gjerne invitere deg til et intervju. Hvilket tidspunkt passer best"
        " for deg?",
    ),
    (
        "no",
        "assessment",
        "Tester",
        "Hei,\n\nvi ber deg gjennomføre en personlighetstest og en evnetest før intervjuet.",
    ),
    (
        "no",
        "offer",
        "Tilbud om stilling",
        "Hei Marta,\n\nvi er glade for å kunne tilby deg stillingen. Arbeidskontrakten ligger"
        " vedlagt.",
    ),
    (
        "no",
        "reference_check",
        "Referanser",
        "Hei,\n\nvi ønsker å snakke med to referanser. Kan du sende navn og telefonnummer?",
    ),
    (
        "no",
        "request",
        "Dokumentasjon",
        "Hei,\n\nvennligst send vitnemål og attester, vi mangler dokumenter til ansettelsen.",
    ),
    (
        "no",
        "update",
        "Status i rekrutteringen",
        "Hei,\n\nprosessen er dessverre forsinket og satt på vent. Din søknad er fortsatt aktiv.",
    ),
    (
        "no",
        "outreach",
        "Spennende mulighet",
        "Hei Marta,\n\njeg kom over profilen din og jobber som headhunter. Er du åpen for nye"
        " utfordringer?",
    ),
    # -- Finnish -----------------------------------------------------------------------------------
    (
        "fi",
        "applied",
        "Kiitos hakemuksestasi",
        "Hei Marta,\n\nkiitos hakemuksestasi. Olemme vastaanottaneet hakemuksesi ja olemme"
        " yhteydessä haun päätyttyä.",
    ),
    (
        "fi",
        "rejected",
        "Hakemuksesi",
        "Hei Marta,\n\nkiitos kiinnostuksestasi. Valitettavasti valinta ei tällä kertaa"
        " kohdistunut sinuun. Onnea työnhakuun!",
    ),
    (
        "fi",
        "interview",
        "Kutsu haastatteluun",
        "Hei Marta,\n\nhaluaisimme kutsua sinut haastatteluun. Mikä seuraavista ajankohdista"
        " sopisi sinulle?",
    ),
    (
        "fi",
        "assessment",
        "Soveltuvuusarviointi",
        "Hei,\n\nseuraavaksi pyydämme sinua tekemään verkkotestin ja ennakkotehtävän.",
    ),
    (
        "fi",
        "offer",
        "Työtarjous",
        "Hei Marta,\n\nmeillä on ilo tarjota sinulle paikkaa. Liitteenä työsopimus.",
    ),
    (
        "fi",
        "reference_check",
        "Suosittelijat",
        "Hei,\n\nhaluaisimme olla yhteydessä suosittelijoihisi. Lähetäthän kahden suosittelijan"
        " yhteystiedot.",
    ),
    (
        "fi",
        "request",
        "Puuttuvat liitteet",
        "Hei,\n\nhakemuksestasi puuttuu tutkintotodistus. Lähetä todistukset meille viikon"
        " kuluessa.",
    ),
    (
        "fi",
        "update",
        "Tilannepäivitys",
        "Hei,\n\nrekrytointi on viivästynyt ja vie pidempään kuin odotimme. Hakemuksesi on"
        " edelleen mukana.",
    ),
    (
        "fi",
        "outreach",
        "Mielenkiintoinen mahdollisuus",
        "Hei Marta,\n\nlöysin LinkedIn-profiilisi ja olen rekrytointikonsultti. Asiakkaani etsii"
        " data-insinööriä. Olisitko kiinnostunut?",
    ),
    # -- Czech -------------------------------------------------------------------------------------
    (
        "cs",
        "applied",
        "Potvrzení o přijetí životopisu",
        "Dobrý den,\n\nděkujeme za Váš zájem o pozici. Váš životopis byl úspěšně odeslán a"
        " ozveme se Vám co nejdříve.",
    ),
    (
        "cs",
        "rejected",
        "Výběrové řízení",
        "Dobrý den,\n\nbohužel jsme se rozhodli pokračovat s jinými kandidáty. Přejeme hodně"
        " úspěchů při hledání.",
    ),
    (
        "cs",
        "interview",
        "Pozvánka na pohovor",
        "Dobrý den,\n\nrádi bychom Vás pozvali na osobní pohovor. Vyhovuje Vám některý z"
        " následujících termínů?",
    ),
    (
        "cs",
        "assessment",
        "Testový úkol",
        "Dobrý den,\n\ndalším krokem je testový úkol. Prosíme o vypracování zadání do pátku.",
    ),
    (
        "cs",
        "offer",
        "Nabídka zaměstnání",
        "Dobrý den,\n\ns radostí Vám nabízíme pozici datového analytika. V příloze je návrh"
        " pracovní smlouvy.",
    ),
    (
        "cs",
        "reference_check",
        "Reference",
        "Dobrý den,\n\nv závěrečné fázi bychom rádi kontaktovali Vaše reference.",
    ),
    (
        "cs",
        "request",
        "Chybějící dokumenty",
        "Dobrý den,\n\nprosíme o zaslání kopie diplomu a doplnění platových představ.",
    ),
    (
        "cs",
        "update",
        "Informace o výběrovém řízení",
        "Dobrý den,\n\nvýběrové řízení bylo dočasně pozastaveno. Vaše přihláška zůstává aktivní.",
    ),
    (
        "cs",
        "outreach",
        "Zajímavá příležitost",
        "Dobrý den,\n\nnarazila jsem na Váš profil na LinkedIn. Můj klient hledá datového"
        " inženýra, měl byste zájem?",
    ),
    # -- Turkish -----------------------------------------------------------------------------------
    (
        "tr",
        "applied",
        "Başvurunuz alınmıştır",
        "Merhaba Marta,\n\nbaşvurunuz için teşekkür ederiz. Başvurunuz başarıyla alınmıştır ve"
        " en kısa sürede değerlendirilecektir.",
    ),
    (
        "tr",
        "rejected",
        "Başvurunuz hakkında",
        "Merhaba Marta,\n\nilginiz için teşekkür ederiz. Maalesef başvurunuz olumsuz"
        " sonuçlanmıştır. Kariyerinizde başarılar dileriz.",
    ),
    (
        "tr",
        "interview",
        "Mülakat daveti",
        "Merhaba Marta,\n\nsizi teknik mülakata davet etmek istiyoruz. Uygun olduğunuz gün ve"
        " saatleri paylaşır mısınız?",
    ),
    (
        "tr",
        "assessment",
        "Değerlendirme testi",
        "Merhaba,\n\nsüreç kapsamında online testi ve kişilik envanterini üç gün içinde"
        " tamamlamanızı rica ederiz.",
    ),
    (
        "tr",
        "offer",
        "İş teklifi",
        "Merhaba Marta,\n\nsize iş teklifimizi sunmaktan mutluluk duyuyoruz. Teklif mektubu"
        " ektedir.",
    ),
    (
        "tr",
        "reference_check",
        "Referans kontrolü",
        "Merhaba,\n\nson aşamada referans kontrolü yapacağız, lütfen iki referans kişi bilgisi"
        " paylaşın.",
    ),
    (
        "tr",
        "request",
        "Eksik belgeler",
        "Merhaba,\n\nişe giriş için eksik belgeleri sisteme yüklemenizi rica ederiz.",
    ),
    (
        "tr",
        "update",
        "Süreç hakkında bilgilendirme",
        "Merhaba,\n\nişe alım süreci ertelenmiştir. Başvurunuz halen değerlendirme aşamasındadır."
        " Sabrınız için teşekkür ederiz.",
    ),
    (
        "tr",
        "outreach",
        "Kariyer fırsatı",
        "Merhaba Marta,\n\nLinkedIn'de profilinizi inceledim. Müşterim için veri mühendisi"
        " arıyorum; yeni fırsatlara açık mısınız?",
    ),
    # -- thinner kinds in German, French, Spanish, Portuguese, Dutch, Italian ---------------------
    (
        "de",
        "update",
        "Ihre Bewerbung",
        "Hallo Marta,\n\ndie Besetzung der Stelle verzögert sich. Ihre Bewerbung bleibt weiterhin"
        " aktiv, wir melden uns bis Ende Mai mit einer Entscheidung.",
    ),
    (
        "de",
        "request",
        "Unterlagen",
        "Hallo Marta,\n\nbitte reichen Sie noch Ihre Arbeitszeugnisse nach und teilen Sie uns Ihre"
        " Gehaltsvorstellung mit.",
    ),
    (
        "de",
        "outreach",
        "Spannende Position",
        "Hallo Marta,\n\nich bin auf Ihr Profil gestoßen und suche im Auftrag eines Kunden eine"
        " Data Engineerin. Hätten Sie Interesse an einem kurzen Telefonat?",
    ),
    (
        "de",
        "reference_check",
        "Referenzen",
        "Hallo Marta,\n\nkönnten Sie uns zwei Referenzpersonen nennen?",
    ),
    (
        "de",
        "assessment",
        "Online-Test",
        "Hallo Marta,\n\nbitte absolvieren Sie den Online-Test innerhalb von drei Tagen.",
    ),
    (
        "fr",
        "update",
        "Votre candidature",
        "Bonjour,\n\nle processus prend plus de temps que prévu. Votre candidature est toujours à"
        " l'étude et nous reviendrons vers vous d'ici deux semaines.",
    ),
    (
        "fr",
        "request",
        "Documents",
        "Bonjour,\n\nmerci de nous transmettre une copie de votre diplôme et vos prétentions"
        " salariales.",
    ),
    (
        "fr",
        "outreach",
        "Opportunité",
        "Bonjour Marta,\n\nj'ai consulté votre profil et je recrute pour un client, acteur de la"
        " fintech. Seriez-vous disponible pour échanger quelques minutes ?",
    ),
    (
        "fr",
        "reference_check",
        "Références",
        "Bonjour,\n\nnous aimerions contacter vos références professionnelles.",
    ),
    (
        "fr",
        "assessment",
        "Test en ligne",
        "Bonjour,\n\nnous vous invitons à passer un test de logique en ligne avant vendredi.",
    ),
    (
        "es",
        "update",
        "Actualización",
        "Hola Marta,\n\nel proceso se está alargando más de lo previsto. Tu candidatura sigue"
        " activa; disculpa la demora.",
    ),
    (
        "es",
        "request",
        "Documentación",
        "Hola Marta,\n\nte pedimos que nos envíes una copia de tu título y tus expectativas"
        " salariales.",
    ),
    (
        "es",
        "outreach",
        "Oportunidad",
        "Hola Marta,\n\nvi tu perfil en LinkedIn y estoy buscando para un cliente una ingeniera de"
        " datos. ¿Te interesaría una breve llamada?",
    ),
    (
        "es",
        "reference_check",
        "Referencias",
        "Hola Marta,\n\n¿podrías facilitarnos dos referencias profesionales?",
    ),
    (
        "es",
        "assessment",
        "Prueba técnica",
        "Hola Marta,\n\nel siguiente paso es realizar una prueba técnica online.",
    ),
    (
        "pt",
        "update",
        "Atualização",
        "Olá Marta,\n\no processo está demorando mais do que o previsto. Sua candidatura continua"
        " ativa; pedimos desculpas pela demora.",
    ),
    (
        "pt",
        "request",
        "Documentos",
        "Olá Marta,\n\npedimos que envie uma cópia do diploma e sua pretensão salarial.",
    ),
    (
        "pt",
        "outreach",
        "Oportunidade",
        "Olá Marta,\n\nvi o seu perfil e estou recrutando para um cliente do setor financeiro."
        " Topa uma conversa?",
    ),
    (
        "pt",
        "reference_check",
        "Referências",
        "Olá Marta,\n\ngostaríamos de falar com as suas referências profissionais.",
    ),
    (
        "pt",
        "assessment",
        "Teste online",
        "Olá Marta,\n\no próximo passo é realizar um teste técnico online.",
    ),
    (
        "nl",
        "update",
        "Stand van zaken",
        "Hoi Marta,\n\nde procedure duurt langer dan verwacht. Je sollicitatie blijft actief.",
    ),
    (
        "nl",
        "request",
        "Documenten",
        "Hoi Marta,\n\nwil je een kopie van je diploma en je salarisindicatie toesturen?",
    ),
    (
        "nl",
        "outreach",
        "Interessante functie",
        "Hoi Marta,\n\nik zag je profiel en werf voor een opdrachtgever een data engineer. Sta je"
        " open voor een vrijblijvend gesprek?",
    ),
    (
        "nl",
        "reference_check",
        "Referenties",
        "Hoi Marta,\n\nmogen we contact opnemen met je referenties?",
    ),
    (
        "nl",
        "assessment",
        "Assessment",
        "Hoi Marta,\n\nde volgende stap is een online assessment en een capaciteitentest.",
    ),
    (
        "it",
        "update",
        "Aggiornamento",
        "Ciao Marta,\n\nil processo sta richiedendo più tempo del previsto. La tua candidatura"
        " resta attiva; ci scusiamo per il ritardo.",
    ),
    (
        "it",
        "request",
        "Documenti",
        "Ciao Marta,\n\nti chiediamo di inviarci una copia del diploma e le tue aspettative"
        " economiche.",
    ),
    (
        "it",
        "outreach",
        "Opportunità",
        "Ciao Marta,\n\nho visto il tuo profilo e sto cercando per un cliente una data engineer."
        " Saresti disponibile per una breve chiamata?",
    ),
    ("it", "reference_check", "Referenze", "Ciao Marta,\n\nvorremmo contattare i tuoi referenti."),
    (
        "it",
        "assessment",
        "Test online",
        "Ciao Marta,\n\nil prossimo passo è un test tecnico online da completare entro venerdì.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "expected", "subject", "text"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_kind_by_language(lang: str, expected: str, subject: str, text: str) -> None:
    rules_kind, model_kind = _kinds(mail(subject, text))
    assert (rules_kind, model_kind) == (expected, expected), lang


def test_every_new_language_covers_every_kind() -> None:
    kinds = {"applied", "rejected", "interview", "assessment", "offer", "reference_check"}
    kinds |= {"request", "update", "outreach"}
    for lang in ("pl", "sv", "da", "no", "fi", "cs", "tr"):
        assert {c[1] for c in CASES if c[0] == lang} == kinds, lang


# -- traps ----------------------------------------------------------------------------------------
BANK = "powiadomienia@bank-example.pl"


@pytest.mark.parametrize(
    ("subject", "text", "frm"),
    [
        (  # a Polish bank: "niestety" and a refused payment
            "Płatność odrzucona",
            "Niestety, Twoja płatność kartą została odrzucona. Sprawdź saldo rachunku.",
            BANK,
        ),
        (  # a Polish rental: "niestety", another candidate for the flat
            "Mieszkanie na Mokotowie",
            "Dzień dobry,\n\nniestety właściciel mieszkania wybrał innego najemcę. Umowa najmu"
            " została już podpisana.",
            "biuro@najem-example.pl",
        ),
        (  # a Swedish rental queue: "tyvärr"
            "Din intresseanmälan för lägenheten",
            "Hej,\n\ntyvärr har hyresvärden valt en annan sökande till lägenheten. Du behåller"
            " din plats i bostadskön.",
            "info@bostad-example.se",
        ),
        (  # a Swedish bank: "tyvärr", a loan application
            "Din ansökan om lån",
            "Hej,\n\ntyvärr kan vi inte bevilja din ansökan om lån just nu.",
            "kundservice@bank-example.se",
        ),
        (  # a Norwegian card payment that failed
            "Betaling avvist",
            "Dessverre ble betalingen med kortet ditt avvist.",
            "varsel@bank-example.no",
        ),
        (  # a Finnish job alert
            "Uudet työpaikat sinulle",
            "Hakuvahti löysi 12 uutta työpaikkaa: Data Analyst, Helsinki. Katso kaikki.",
            "hakuvahti@tyopaikat-example.fi",
        ),
        (  # a Turkish failed payment
            "Ödemeniz gerçekleştirilemedi",
            "Maalesef kredi kartı ödemeniz reddedildi. Lütfen kart bilgilerinizi kontrol edin.",
            "bildirim@banka-example.com.tr",
        ),
        (  # a Czech out-of-office
            "Automatická odpověď: Pohovor",
            "Dobrý den, jsem mimo kancelář do pondělí a omezeně čtu e-maily.",
            "jana@firma-example.cz",
        ),
    ],
)
def test_not_job_in_new_languages(subject: str, text: str, frm: str) -> None:
    assert _kinds(mail(subject, text, frm, "")) == ("not_job", "not_job")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (  # Polish: "if you are not selected"
            "Dziękujemy za aplikację",
            "Dziękujemy za przesłanie aplikacji. Jeśli nie zostaniesz wybrana do kolejnego"
            " etapu, niestety nie będziemy w stanie odpowiedzieć każdej osobie indywidualnie.",
        ),
        (  # Swedish: "should we choose to go ahead with other candidates"
            "Tack för din ansökan",
            "Tack för din ansökan! Om vi väljer att gå vidare med andra kandidater meddelar vi"
            " dig via e-post.",
        ),
        (  # Danish: "if we go ahead with other candidates"
            "Tak for din ansøgning",
            "Vi har modtaget din ansøgning. Hvis vi vælger at gå videre med andre kandidater,"
            " giver vi dig besked.",
        ),
        (  # Finnish: "if you are not selected"
            "Kiitos hakemuksestasi",
            "Olemme vastaanottaneet hakemuksesi. Mikäli valinta ei kohdistu sinuun, ilmoitamme"
            " siitä sähköpostitse.",
        ),
        (  # Czech: "if we decide to go on with other candidates"
            "Potvrzení",
            "Děkujeme za Váš zájem, Váš životopis byl úspěšně odeslán. Pokud se rozhodneme"
            " pokračovat s jinými kandidáty, dáme Vám vědět.",
        ),
        (  # Turkish: the condition comes after ("should it end negatively")
            "Başvurunuz alınmıştır",
            "Başvurunuz alınmıştır. Başvurunuzun olumsuz sonuçlanması durumunda size e-posta ile"
            " bilgi verilecektir.",
        ),
        (  # Polish: an interview named in a process description, not offered
            "Potwierdzenie aplikacji",
            "Otrzymaliśmy Twoją aplikację. W naszym procesie rekrutacyjnym wybrane osoby"
            " zapraszamy na rozmowę z zespołem.",
        ),
    ],
)
def test_conditional_rejection_in_an_acknowledgement_stays_applied(subject: str, text: str) -> None:
    assert _kinds(mail(subject, text)) == ("applied", "applied")


def test_normalize_folds_central_european_and_turkish_letters() -> None:
    assert normalize("Dziękujemy, zgłoszenie ŁÓDŹ") == "dziekujemy, zgloszenie lodz"
    assert normalize("Başvurunuz İÇİN teşekkür") == "basvurunuz icin tesekkur"
    assert normalize("Přihláška, výběrové řízení") == "prihlaska, vyberove rizeni"
    assert normalize("Ansøgning, søknad, ansökan, hakemuksesi") == (
        "ansogning, soknad, ansokan, hakemuksesi"
    )


def test_reply_and_forward_prefixes_of_these_languages() -> None:
    from heardback.mail.classify import strip_subject

    for subject in ("Odp: Zaproszenie", "SV: Intervju", "VS: Haastattelu", "YNT: Mülakat"):
        assert strip_subject(subject)[1], subject
    for subject in ("PD: Oferta", "VB: Intervju", "VL: Haastattelu", "İLT: Mülakat"):
        assert strip_subject(subject)[1], subject
