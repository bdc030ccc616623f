import { letterSchema } from '#schemas/letter.ts';

// Hungarian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Tisztelt Kolléga!',
  paragraphs: [
    'Az internet és a közösségi média rendkívül pozitív szerepet tölt be életünkben és társadalmainkban. Ugyanakkor az erőszakos szélsőségesek is felhasználják céljaik előmozdítására, legyen szó kapcsolatteremtésről, propagandáról, radikalizálásról vagy toborzásról. Ez különösen igaz annak fényében, hogy az EU az úgynevezett külföldi harcosok áramlásával, valamint „elektronikus dzsihádra” szólító felhívásokkal szembesül.',
    'Az internetet nagyrészt magánvállalatok üzemeltetik, amelyek a civil társadalommal együtt a legnagyobb internetes szakértelemmel rendelkeznek. A bűnüldöző szervek és a hírszerző szolgálatok ezzel szemben a terrorista tevékenységekről rendelkeznek a legalaposabb ismeretekkel. Az állami és a magánszféra közötti párbeszéd ezért szükséges megközelítés azon eszközök meghatározásához, amelyekkel a leghatékonyabban csökkenthető az internet és a közösségi média terroristák általi felhasználása.',
    'Az Európai Bizottság „A terrorista radikalizálódás és az erőszakos szélsőségek megelőzése: az EU válaszának megerősítése” című közleményében javasolta, hogy az internetes iparág kulcsszereplőinek részvételével jöjjön létre egy fórum, amely megvitatja az online terrorista propaganda jelentette kihívásokat, lehetőséget teremt a tapasztalatcserére, és feltárja a szorosabb együttműködés lehetőségeit. Ez a javaslat szerepel az erőszakos szélsőségesség elleni küzdelemről szóló iránymutatás-tervezetben is, amelyet {councilDate} napján terjesztenek a Bel- és Igazságügyi Tanács elé.',
    'Az Európai Unió és a belügyminiszterek nagymértékben érdekeltek abban, hogy elmélyüljön a párbeszéd az internetes iparág jelentős vállalataival az online radikalizálódással összefüggő, közös aggodalomra okot adó kérdésekről, valamint az állami és a magánszféra közötti kapcsolat egyéb vonatkozásairól. Ezért **{date} napján miniszteri vacsorát** rendezünk. A találkozó célja, hogy megvitassuk az előttünk álló kihívásokat és lehetőségeket.',
  ],
  topicsIntro: 'A megbeszélés során különösen az alábbi kérdéseket szeretnénk érinteni:',
  audience: 'Ez a meghívó {audience} szól.',
  venue:
    'A vacsorára {date} napján {time} órakor kerül sor Luxembourgban ({place}), a {occasion} ülésének előestéjén.',
  reply:
    'Megköszönnénk, ha részvételét **{deadline} napjáig** visszaigazolná a következő funkcionális e-mail-címen: {mailbox}',
  lookForward: 'Várjuk, hogy {date} napján Luxembourgban üdvözölhessük Önt.',
  closing: 'Tisztelettel:',
  translation: {
    originalPrevails: 'Ez a szöveg fordítás. Az angol nyelvű eredeti változat az irányadó.',
    event: {
      topics: [
        'A terroristák internethasználata jelentette kihívások és a lehetséges válaszok: a terroristák online tevékenységére való reagálás eszközei és technikái, különös tekintettel konkrét ellennarratíva-kezdeményezések kidolgozására; önkéntes és önszabályozó intézkedések (pl. megjelölési és bejelentési mechanizmusok); a bűnüldöző szervek által kezdeményezett intézkedések (pl. internetes tartalmak bejelentésével foglalkozó egységek, nyomozások stb.);',
        'Az internettel kapcsolatos biztonsági kihívások az internetes iparág jelentős vállalataival fenntartott tágabb kapcsolatok összefüggésében, figyelembe véve a tisztességes eljárás követelményeit és az alapvető jogokat;',
        'A bizalomépítés és a nagyobb átláthatóság megteremtésének módjai.',
      ],
      audience: {
        minister: 'a tagállamok belügyminisztereinek',
        coordinator: 'az EU terrorizmusellenes koordinátorának',
        industry: 'az internetes iparágban működő jelentős vállalatok magas szintű képviselőinek',
      },
    },
  },
});
