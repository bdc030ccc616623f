import { accessibilitySchema } from '#schemas/accessibility.ts';
import { hu } from '#i18n/dictionaries/hu.ts';

export default accessibilitySchema.parse({
  title: hu['nav.accessibility'],
  intro:
    'Azt szeretnénk, hogy minden meghívott el tudja olvasni ezt a meghívót, és válaszolni tudjon rá, összhangban a közszférabeli szervezetek honlapjainak és mobilalkalmazásainak akadálymentesítéséről szóló (EU) 2016/2102 irányelvvel. Ez a nyilatkozat a meghívóra, a válaszoldalakra, az adatvédelmi nyilatkozatra és erre az oldalra vonatkozik mind a 24 hivatalos nyelven.',
  status: {
    heading: 'Megfelelőségi státusz',
    text: 'A honlapot úgy terveztük, hogy megfeleljen a webes tartalmak akadálymentességi irányelvei (WCAG) 2.1 AA szintjének, vagyis az EN 301 549 harmonizált szabvány követelményeinek. Nem tudunk olyan tartalomról, amely nem felel meg a követelményeknek. Minden oldal használható kizárólag billentyűzettel, keskeny képernyőn és JavaScript nélkül is.',
  },
  preparation: {
    heading: 'A nyilatkozat elkészítése',
    text: 'Ez a nyilatkozat {date} napján készült. Önértékelésen alapul, nem független auditon: minden oldal minden nyelven és a válaszűrlap minden állapotának automatikus ellenőrzésén (axe-core), valamint kizárólag billentyűzettel, 320 képpont széles képernyőn és kikapcsolt JavaScripttel végzett teszteken.',
  },
  feedback: {
    heading: 'Visszajelzés és elérhetőségek',
    text: 'Ha akadályba ütközik ezen a honlapon, vagy más formátumban van szüksége a meghívóra, kérjük, írjon a következő címre: {mailbox}. A lehető leghamarabb válaszolunk.',
  },
  enforcement: {
    heading: 'Végrehajtási eljárás',
    text: 'Ha nem elégedett válaszunkkal, panaszt tehet az európai ombudsmannál: {ombudsman}.',
  },
});
