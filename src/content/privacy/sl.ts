import { privacySchema } from '#schemas/privacy.ts';
import { sl } from '#i18n/dictionaries/sl.ts';

export default privacySchema.parse({
  title: sl['nav.privacy'],
  intro:
    'V tej izjavi je pojasnjeno, kako se obdelujejo Vaši osebni podatki, ko odgovorite na to vabilo, v skladu z Uredbo (EU) 2018/1725 o varstvu posameznikov pri obdelavi osebnih podatkov v institucijah, organih, uradih in agencijah Unije.',
  controller: {
    heading: 'Kdo je odgovoren',
  },
  purpose: {
    heading: 'Zakaj obdelujemo Vaše podatke',
  },
  legalBasis: {
    heading: 'Pravna podlaga',
    text: 'Obdelava je potrebna za opravljanje naloge, ki jo upravljavec izvaja v javnem interesu (točka (a) člena 5(1) Uredbe (EU) 2018/1725). Prehranske zahteve in potrebe glede dostopnosti, ki lahko razkrijejo versko prepričanje ali podatke o zdravju, se obdelujejo le z Vašo izrecno privolitvijo (točka (a) člena 10(2)), ki jo daste z njihovim vnosom in jo lahko kadar koli prekličete.',
  },
  data: {
    heading: 'Kateri podatki',
  },
  recipients: {
    heading: 'Kdo prejme Vaše podatke',
    text: 'Samo organizacijska skupina upravljavca. Obvestilo o vsakem odgovoru (Vaše ime, Vaš odgovor in podatek o tem, kateri deli odgovora so bili spremenjeni; podatkov o prehrani ali dostopnosti nikoli ne vsebuje) in dnevni povzetek odgovorov se pošiljata v funkcijski poštni predal organizacijske skupine. Osebje gostinske službe in prizorišča prejme prehranske zahteve in potrebe glede dostopnosti, kadar je mogoče brez drugih osebnih podatkov. {processor} hrani podatke v imenu upravljavca kot obdelovalec. Vaši podatki se ne posredujejo drugim tretjim osebam.',
  },
  logs: {
    heading: 'Tehnični dnevniki',
    text: 'To spletišče v svojih dnevnikih ne beleži imen, e-poštnih naslovov ali osebnih povezav. Dnevnik zahtev platforme za gostovanje beleži naslov vsake zahtevane strani, ki ob prvem obisku vsebuje Vašo osebno povezavo; obdelovalec ta dnevnik hrani kratek čas izključno za namene varnosti in delovanja.',
  },
  retention: {
    heading: 'Kako dolgo hranimo Vaše podatke',
    text: 'Vaši podatki se samodejno izbrišejo {days} dni po dogodku, vendar nikoli prej kot {floorDays} dni po Vaši zadnji spremembi. Kadar koli lahko zahtevate, da se izbrišejo prej.',
  },
  rights: {
    heading: 'Vaše pravice',
    text: 'Imate pravico do dostopa do svojih podatkov, do njihovega popravka in izbrisa, do omejitve njihove obdelave ali ugovora zoper njihovo obdelavo ter do preklica privolitve v obdelavo podatkov o prehrani in dostopnosti (členi 17 do 24 Uredbe (EU) 2018/1725). Odgovor lahko do izteka roka spremenite sami; za vse drugo pišite na {mailbox}.',
  },
  dpo: {
    heading: 'Pooblaščena oseba za varstvo podatkov',
    text: 'Za vsa vprašanja v zvezi z obdelavo Vaših osebnih podatkov se lahko obrnete na pooblaščeno osebo upravljavca za varstvo podatkov na naslovu {dpo}.',
  },
  complaint: {
    heading: 'Pravica do pritožbe',
  },
});
