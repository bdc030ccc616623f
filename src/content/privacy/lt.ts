import { privacySchema } from '#schemas/privacy.ts';
import { lt } from '#i18n/dictionaries/lt.ts';

export default privacySchema.parse({
  title: lt['nav.privacy'],
  intro:
    'Šiame pareiškime paaiškinama, kaip tvarkomi Jūsų asmens duomenys, kai atsakote į šį kvietimą, laikantis Reglamento (ES) 2018/1725 dėl fizinių asmenų apsaugos Sąjungos institucijoms, organams, tarnyboms ir agentūroms tvarkant asmens duomenis.',
  controller: {
    heading: 'Kas atsakingas',
  },
  purpose: {
    heading: 'Kodėl tvarkome Jūsų duomenis',
  },
  legalBasis: {
    heading: 'Teisinis pagrindas',
    text: 'Duomenų tvarkymas būtinas, kad duomenų valdytojas galėtų atlikti užduotį, vykdomą viešojo intereso labui (Reglamento (ES) 2018/1725 5 straipsnio 1 dalies a punktas). Mitybos ir prieinamumo poreikiai, kurie gali atskleisti religinius įsitikinimus arba sveikatos duomenis, tvarkomi tik gavus Jūsų aiškų sutikimą (10 straipsnio 2 dalies a punktas), kurį duodate juos nurodydami ir kurį galite bet kada atšaukti.',
  },
  data: {
    heading: 'Kokie duomenys',
  },
  recipients: {
    heading: 'Kas gauna Jūsų duomenis',
    text: 'Tik duomenų valdytojo organizatorių komanda. Pranešimas apie kiekvieną atsakymą (jame nurodomi Jūsų vardas ir pavardė, Jūsų atsakymas ir tai, kurios atsakymo dalys buvo pakeistos, tačiau niekada nenurodoma informacija apie mitybą ar prieinamumą) ir kasdienė atsakymų suvestinė siunčiami į organizatorių komandos funkcinę pašto dėžutę. Maitinimo paslaugų teikėjo ir renginio vietos darbuotojai gauna informaciją apie mitybos ir prieinamumo poreikius, jei įmanoma, be kitų asmens duomenų. {processor} saugo duomenis duomenų valdytojo vardu kaip duomenų tvarkytojas. Jūsų duomenys neperduodami jokioms kitoms trečiosioms šalims.',
  },
  logs: {
    heading: 'Techniniai žurnalai',
    text: 'Ši svetainė savo žurnaluose neįrašo jokių vardų ir pavardžių, e. pašto adresų ar asmeninių nuorodų. Prieglobos platformos užklausų žurnale įrašomas kiekvieno užklausto puslapio adresas, kuriame per pirmąjį apsilankymą yra Jūsų asmeninė nuoroda; šį žurnalą duomenų tvarkytojas trumpą laiką saugo tik saugumo ir veikimo užtikrinimo tikslais.',
  },
  retention: {
    heading: 'Kiek laiko saugome Jūsų duomenis',
    text: 'Jūsų duomenys automatiškai ištrinami praėjus {days} dienų po renginio, tačiau niekada ne anksčiau kaip po {floorDays} dienų nuo paskutinio Jūsų pakeitimo. Bet kada galite paprašyti juos ištrinti anksčiau.',
  },
  rights: {
    heading: 'Jūsų teisės',
    text: 'Turite teisę susipažinti su savo duomenimis, juos ištaisyti ir ištrinti, apriboti jų tvarkymą arba nesutikti, kad jie būtų tvarkomi, taip pat atšaukti savo sutikimą tvarkyti informaciją apie mitybą ir prieinamumą (Reglamento (ES) 2018/1725 17–24 straipsniai). Savo atsakymą iki nustatyto termino galite pakeisti patys; visais kitais klausimais rašykite adresu {mailbox}.',
  },
  dpo: {
    heading: 'Duomenų apsaugos pareigūnas',
    text: 'Visais klausimais, susijusiais su Jūsų asmens duomenų tvarkymu, galite kreiptis į duomenų valdytojo duomenų apsaugos pareigūną adresu {dpo}.',
  },
  complaint: {
    heading: 'Teisė pateikti skundą',
  },
});
