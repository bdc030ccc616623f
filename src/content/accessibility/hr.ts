import { accessibilitySchema } from '#schemas/accessibility.ts';
import { hr } from '#i18n/dictionaries/hr.ts';

export default accessibilitySchema.parse({
  title: hr['nav.accessibility'],
  intro:
    'Želimo da svi pozvani mogu pročitati ovaj poziv i odgovoriti na njega, u skladu s Direktivom (EU) 2016/2102 o pristupačnosti internetskih stranica i mobilnih aplikacija tijela javnog sektora. Ova izjava odnosi se na poziv, stranice za odgovor, izjavu o zaštiti osobnih podataka i ovu stranicu na sva 24 službena jezika.',
  status: {
    heading: 'Status usklađenosti',
    text: 'Ove su stranice osmišljene tako da ispunjavaju Smjernice za pristupačnost web-sadržaja (WCAG) 2.1 na razini AA, odnosno zahtjeve usklađene norme EN 301 549. Nije nam poznata nijedna neusklađenost. Svaka se stranica može upotrebljavati samo tipkovnicom, na uskom zaslonu i bez JavaScripta.',
  },
  preparation: {
    heading: 'Priprema ove izjave',
    text: 'Ova izjava pripremljena je {date} i temelji se na samoprocjeni, a ne na neovisnoj reviziji: automatskim provjerama (axe-core) svake stranice na svakom jeziku i svakog stanja obrasca za odgovor te testovima samo s tipkovnicom, na zaslonu širine 320 piksela i s isključenim JavaScriptom.',
  },
  feedback: {
    heading: 'Povratne informacije i podaci za kontakt',
    text: 'Ako na ovim stranicama naiđete na prepreku ili Vam je poziv potreban u drugom formatu, pišite na adresu {mailbox}. Odgovorit ćemo što prije.',
  },
  enforcement: {
    heading: 'Postupak praćenja provedbe',
    text: 'Ako niste zadovoljni našim odgovorom, možete podnijeti pritužbu Europskom ombudsmanu: {ombudsman}.',
  },
});
