import { accessibilitySchema } from '#schemas/accessibility.ts';
import { sl } from '#i18n/dictionaries/sl.ts';

export default accessibilitySchema.parse({
  title: sl['nav.accessibility'],
  intro:
    'Želimo, da bi vsi povabljeni lahko prebrali to vabilo in nanj odgovorili, v skladu z Direktivo (EU) 2016/2102 o dostopnosti spletišč in mobilnih aplikacij subjektov javnega sektorja. Ta izjava velja za vabilo, strani za odgovor, izjavo o varstvu osebnih podatkov in to stran v vseh 24 uradnih jezikih.',
  status: {
    heading: 'Stanje skladnosti',
    text: 'To spletišče je zasnovano tako, da izpolnjuje smernice za dostopnost spletnih vsebin (WCAG) 2.1 na ravni AA, tj. zahteve harmoniziranega standarda EN 301 549. Neskladnost nam ni znana. Vsako stran je mogoče uporabljati samo s tipkovnico, na ozkem zaslonu in brez JavaScripta.',
  },
  preparation: {
    heading: 'Priprava te izjave',
    text: 'Datum priprave te izjave: {date}. Temelji na samooceni, ne na neodvisni reviziji: na samodejnih preverjanjih (axe-core) vsake strani v vsakem jeziku in vsakega stanja obrazca za odgovor ter na preskusih samo s tipkovnico, na zaslonu širine 320 slikovnih pik in z izklopljenim JavaScriptom.',
  },
  feedback: {
    heading: 'Povratne informacije in kontaktni podatki',
    text: 'Če na tem spletišču naletite na oviro ali potrebujete vabilo v drugi obliki, pišite na naslov {mailbox}. Odgovorili Vam bomo čim prej.',
  },
  enforcement: {
    heading: 'Postopek izvrševanja',
    text: 'Če z našim odgovorom niste zadovoljni, lahko vložite pritožbo pri Evropskem varuhu človekovih pravic: {ombudsman}.',
  },
});
