import { privacySchema } from '#schemas/privacy.ts';
import { lv } from '#i18n/dictionaries/lv.ts';

export default privacySchema.parse({
  title: lv['nav.privacy'],
  intro:
    'Šajā paziņojumā ir izskaidrots, kā tiek apstrādāti Jūsu personas dati, kad atbildat uz šo ielūgumu, saskaņā ar Regulu (ES) 2018/1725 par fizisku personu aizsardzību attiecībā uz personas datu apstrādi Savienības iestādēs, struktūrās, birojos un aģentūrās.',
  controller: {
    heading: 'Kas ir atbildīgs',
  },
  purpose: {
    heading: 'Kāpēc mēs apstrādājam Jūsu datus',
  },
  legalBasis: {
    heading: 'Juridiskais pamats',
    text: 'Apstrāde ir vajadzīga, lai pārzinis izpildītu uzdevumu, ko tas veic sabiedrības interesēs (Regulas (ES) 2018/1725 5. panta 1. punkta a) apakšpunkts). Uztura prasības un piekļūstamības vajadzības, kas var atklāt reliģisko pārliecību vai informāciju par veselību, tiek apstrādātas tikai ar Jūsu nepārprotamu piekrišanu (10. panta 2. punkta a) apakšpunkts), ko Jūs sniedzat, tās norādot, un ko varat jebkurā laikā atsaukt.',
  },
  data: {
    heading: 'Kādi dati',
  },
  recipients: {
    heading: 'Kas saņem Jūsu datus',
    text: 'Tikai pārziņa organizatoru komanda. Par katru atbildi uz organizatoru komandas funkcionālo pastkasti tiek nosūtīts paziņojums (Jūsu vārds un uzvārds, Jūsu atbilde un tas, kuras atbildes daļas ir mainītas; uztura vai piekļūstamības informācija tajā nekad netiek iekļauta), kā arī katru dienu – atbilžu kopsavilkums. Ēdinātāja un norises vietas personāls saņem uztura prasības un piekļūstamības vajadzības, ja iespējams, bez citiem personas datiem. {processor} glabā datus pārziņa uzdevumā kā apstrādātājs. Jūsu dati netiek nosūtīti citām trešām personām.',
  },
  logs: {
    heading: 'Tehniskie žurnāli',
    text: 'Šī vietne savos žurnālos nereģistrē ne vārdus un uzvārdus, ne e-pasta adreses, ne personīgās saites. Mitināšanas platformas pieprasījumu žurnālā tiek reģistrēta katras pieprasītās lapas adrese, kas pirmajā apmeklējumā ietver Jūsu personīgo saiti; šo žurnālu apstrādātājs glabā īsu laiku tikai drošības un darbības nodrošināšanas nolūkos.',
  },
  retention: {
    heading: 'Cik ilgi mēs glabājam Jūsu datus',
    text: 'Jūsu dati tiek automātiski dzēsti {days} dienas pēc pasākuma, taču ne agrāk kā {floorDays} dienas pēc Jūsu pēdējām izmaiņām. Jūs jebkurā laikā varat lūgt, lai dati tiktu dzēsti agrāk.',
  },
  rights: {
    heading: 'Jūsu tiesības',
    text: 'Jums ir tiesības piekļūt saviem datiem, tos labot un dzēst, ierobežot to apstrādi vai iebilst pret to, kā arī atsaukt savu piekrišanu uztura un piekļūstamības informācijas apstrādei (Regulas (ES) 2018/1725 17.–24. pants). Līdz termiņa beigām savu atbildi varat mainīt patstāvīgi; visos citos jautājumos rakstiet uz {mailbox}.',
  },
  dpo: {
    heading: 'Datu aizsardzības speciālists',
    text: 'Ar jebkuru jautājumu par Jūsu personas datu apstrādi varat vērsties pie pārziņa datu aizsardzības speciālista, rakstot uz {dpo}.',
  },
  complaint: {
    heading: 'Tiesības iesniegt sūdzību',
  },
});
