import { letterSchema } from '#schemas/letter.ts';

// Latvian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Godātā kolēģe, godātais kolēģi!',
  paragraphs: [
    'Internetam un sociālajiem medijiem ir ārkārtīgi pozitīva loma mūsu dzīvē un mūsu sabiedrībās. Tomēr savu mērķu sasniegšanai tos izmanto arī vardarbīgi ekstrēmisti – vai tā būtu atbalstītāju piesaiste, propaganda, radikalizācija vai vervēšana. Tas īpaši sakāms saistībā ar tā saukto ārvalstu kaujinieku plūsmu, kā arī aicinājumiem uz „elektronisko džihādu”, ar ko saskaras ES.',
    'Internetu lielākoties pārvalda privāti uzņēmumi, kuriem kopā ar pilsonisko sabiedrību ir vislielākā kompetence interneta jomā. Savukārt tiesībaizsardzības iestādēm un izlūkdienestiem ir vislabākās zināšanas par teroristu darbībām. Tāpēc publiskā un privātā sektora dialogs ir nepieciešama pieeja, lai apzinātu labākos instrumentus, ar ko ierobežot interneta un sociālo mediju izmantošanu teroristu nolūkos.',
    'Paziņojumā „Radikalizācijas, kas rada terorismu un vardarbīgu ekstrēmismu, novēršana: ES atbildes pasākumu efektivitātes stiprināšana” Eiropas Komisija ierosināja izveidot forumu ar interneta nozares galvenajiem dalībniekiem, lai apspriestu problēmas, ko rada teroristu propaganda tiešsaistē, apmainītos ar pieredzi un izpētītu ciešākas sadarbības iespējas. Šis priekšlikums ir iekļauts arī vardarbīga ekstrēmisma apkarošanas vadlīniju projektā, kas tiks iesniegts Tieslietu un iekšlietu padomes sanāksmē ({councilDate}).',
    'Eiropas Savienība un iekšlietu ministri ir ļoti ieinteresēti padziļināt dialogu ar lielākajiem interneta nozares uzņēmumiem par abpusēji svarīgiem jautājumiem, kas saistīti ar radikalizāciju tiešsaistē, un par citiem publiskā un privātā sektora attiecību aspektiem. Tāpēc mēs rīkosim **ministru vakariņas ({date})**. Šīs tikšanās mērķis ir apspriest izaicinājumus un iespējas, kas ir mūsu priekšā.',
  ],
  topicsIntro: 'Diskusijas laikā mēs īpaši vēlētos pievērsties šādiem jautājumiem:',
  audience: 'Šis ielūgums ir adresēts {audience}.',
  venue:
    'Vakariņas notiks Luksemburgā ({place}) {occasion} sanāksmes priekšvakarā. Datums un laiks: {date}, plkst. {time}.',
  reply:
    'Būsim pateicīgi, ja savu dalību apstiprināsiet (**termiņš – {deadline}**), rakstot uz šādu funkcionālo e-pasta adresi: {mailbox}',
  lookForward: 'Ar prieku gaidīsim Jūs Luksemburgā ({date}).',
  closing: 'Ar cieņu',
  translation: {
    originalPrevails: 'Šis ir tulkojums. Noteicošais ir oriģinālteksts angļu valodā.',
    event: {
      topics: [
        'Izaicinājumi, ko rada interneta izmantošana teroristu nolūkos, un iespējamā reakcija: rīki un metodes, kā reaģēt uz teroristu darbībām tiešsaistē, īpašu uzmanību pievēršot konkrētu pretvēstījumu iniciatīvu izstrādei; brīvprātīgi un pašregulējuma pasākumi (piemēram, satura atzīmēšanas un ziņošanas mehānismi); tiesībaizsardzības iestāžu virzīti pasākumi (piemēram, interneta satura ziņošanas vienības, izmeklēšana u. c.);',
        'Ar internetu saistīti drošības izaicinājumi plašāku attiecību ar lielākajiem interneta nozares uzņēmumiem kontekstā, ņemot vērā taisnīga procesa prasības un pamattiesības;',
        'Veidi, kā stiprināt uzticēšanos un panākt lielāku pārredzamību.',
      ],
      audience: {
        minister: 'dalībvalstu iekšlietu ministriem',
        coordinator: 'ES pretterorisma koordinatoram',
        industry: 'lielāko interneta nozares uzņēmumu augsta līmeņa pārstāvjiem',
      },
    },
  },
});
