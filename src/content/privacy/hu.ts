import { privacySchema } from '#schemas/privacy.ts';
import { hu } from '#i18n/dictionaries/hu.ts';

export default privacySchema.parse({
  title: hu['nav.privacy'],
  intro:
    'Ez a nyilatkozat ismerteti, hogyan kezeljük az Ön személyes adatait, amikor Ön válaszol erre a meghívásra, a természetes személyeknek a személyes adatok uniós intézmények, szervek, hivatalok és ügynökségek általi kezelése tekintetében való védelméről szóló (EU) 2018/1725 rendeletnek megfelelően.',
  controller: {
    heading: 'Ki a felelős',
  },
  purpose: {
    heading: 'Miért kezeljük az Ön adatait',
  },
  legalBasis: {
    heading: 'Jogalap',
    text: 'Az adatkezelés az adatkezelő által közérdekből végzett feladat végrehajtásához szükséges (az (EU) 2018/1725 rendelet 5. cikke (1) bekezdésének a) pontja). Az étkezési és akadálymentességi igényeket, amelyekből vallási meggyőződésre vagy egészségi állapotra lehet következtetni, kizárólag az Ön kifejezett hozzájárulásával kezeljük (10. cikk (2) bekezdésének a) pontja), amelyet az adatok megadásával ad meg, és amelyet bármikor visszavonhat.',
  },
  data: {
    heading: 'Milyen adatokat kezelünk',
  },
  recipients: {
    heading: 'Ki kapja meg az Ön adatait',
    text: 'Kizárólag az adatkezelő szervezőcsapata. Minden válaszról értesítést küldünk a szervezőcsapat funkcionális postafiókjába (az értesítés az Ön nevét, válaszát, valamint azt tartalmazza, hogy válaszának mely részei módosultak, étkezési és akadálymentességi adatokat azonban soha), és ugyanide küldjük a válaszok napi összesítőjét is. A vendéglátást végző szolgáltató és a helyszín személyzete az étkezési és akadálymentességi igényeket lehetőség szerint további személyes adatok nélkül kapja meg. Az adatokat adatfeldolgozóként az adatkezelő nevében a következő szolgáltató tárolja: {processor}. Adatait más harmadik feleknek nem továbbítjuk.',
  },
  logs: {
    heading: 'Technikai naplók',
    text: 'Ez a webhely saját naplóiban sem neveket, sem e-mail-címeket, sem személyes linkeket nem rögzít. A tárhelyszolgáltató platform kérésnaplója rögzíti minden lekért oldal címét, amely az első látogatáskor tartalmazza az Ön személyes linkjét; ezt a naplót az adatfeldolgozó rövid ideig, kizárólag biztonsági és üzemeltetési célból őrzi meg.',
  },
  retention: {
    heading: 'Meddig őrizzük az Ön adatait',
    text: 'Adatait a rendezvényt követő {days} nap elteltével automatikusan töröljük, de semmiképpen sem korábban, mint az Ön utolsó módosítását követő {floorDays} nap elteltével. Bármikor kérheti adatai korábbi törlését.',
  },
  rights: {
    heading: 'Az Ön jogai',
    text: 'Önnek joga van az adataihoz való hozzáféréshez, azok helyesbítéséhez és törléséhez, kezelésük korlátozásához, illetve a kezelésük elleni tiltakozáshoz, valamint ahhoz, hogy visszavonja az étkezési és akadálymentességi adatok kezeléséhez adott hozzájárulását (az (EU) 2018/1725 rendelet 17–24. cikke). Válaszát a határidő lejártáig maga is módosíthatja; minden más ügyben kérjük, írjon a következő címre: {mailbox}.',
  },
  dpo: {
    heading: 'Adatvédelmi tisztviselő',
    text: 'Személyes adatai kezelésével kapcsolatos bármely kérdésben az adatkezelő adatvédelmi tisztviselőjéhez fordulhat a következő címen: {dpo}.',
  },
  complaint: {
    heading: 'Panasztételi jog',
  },
});
