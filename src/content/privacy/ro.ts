import { privacySchema } from '#schemas/privacy.ts';
import { ro } from '#i18n/dictionaries/ro.ts';

export default privacySchema.parse({
  title: ro['nav.privacy'],
  intro:
    'Prezenta declarație explică modul în care sunt prelucrate datele dumneavoastră cu caracter personal atunci când răspundeți la această invitație, în conformitate cu Regulamentul (UE) 2018/1725 privind protecția persoanelor fizice în ceea ce privește prelucrarea datelor cu caracter personal de către instituțiile, organele, oficiile și agențiile Uniunii.',
  controller: {
    heading: 'Cine este responsabil',
  },
  purpose: {
    heading: 'De ce prelucrăm datele dumneavoastră',
  },
  legalBasis: {
    heading: 'Temeiul juridic',
    text: 'Prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public, executată de operator [articolul 5 alineatul (1) litera (a) din Regulamentul (UE) 2018/1725]. Cerințele alimentare și nevoile de accesibilitate, care pot dezvălui convingeri religioase sau date privind sănătatea, sunt prelucrate numai cu consimțământul dumneavoastră explicit [articolul 10 alineatul (2) litera (a)], pe care îl exprimați prin indicarea lor și pe care îl puteți retrage în orice moment.',
  },
  data: {
    heading: 'Ce date',
  },
  recipients: {
    heading: 'Cine primește datele dumneavoastră',
    text: 'Numai echipa de organizare a operatorului. O notificare privind fiecare răspuns (cu numele dumneavoastră, răspunsul dumneavoastră și indicarea părților din răspuns care au fost modificate, dar niciodată cu informații privind alimentația sau accesibilitatea) și un rezumat zilnic al răspunsurilor sunt trimise la căsuța de e-mail funcțională a organizatorilor. Personalul firmei de catering și al locului evenimentului primește cerințele alimentare și nevoile de accesibilitate, pe cât posibil fără alte date cu caracter personal. {processor} stochează datele în numele operatorului, în calitate de persoană împuternicită de operator. Datele dumneavoastră nu sunt transferate altor terți.',
  },
  logs: {
    heading: 'Jurnale tehnice',
    text: 'Acest site nu înregistrează în propriile jurnale nume, adrese de e-mail sau linkuri personale. Jurnalul cererilor al platformei de găzduire înregistrează adresa fiecărei pagini solicitate, care, la prima vizită, include linkul dumneavoastră personal; acest jurnal este păstrat de persoana împuternicită de operator pentru o perioadă scurtă, exclusiv în scopuri de securitate și de funcționare.',
  },
  retention: {
    heading: 'Cât timp păstrăm datele dumneavoastră',
    text: 'Datele dumneavoastră sunt șterse automat la {days} de zile după eveniment, dar niciodată mai devreme de {floorDays} de zile de la ultima dumneavoastră modificare. Puteți solicita oricând ștergerea lor anticipată.',
  },
  rights: {
    heading: 'Drepturile dumneavoastră',
    text: 'Aveți dreptul de acces la datele dumneavoastră, dreptul la rectificarea și ștergerea acestora, dreptul la restricționarea prelucrării lor sau de a vă opune prelucrării, precum și dreptul de a vă retrage consimțământul pentru prelucrarea informațiilor privind alimentația și accesibilitatea [articolele 17–24 din Regulamentul (UE) 2018/1725]. Până la expirarea termenului vă puteți modifica direct răspunsul; pentru orice altă solicitare, vă rugăm să scrieți la {mailbox}.',
  },
  dpo: {
    heading: 'Responsabilul cu protecția datelor',
    text: 'Pentru orice întrebare privind prelucrarea datelor dumneavoastră cu caracter personal, îl puteți contacta pe responsabilul cu protecția datelor al operatorului la adresa {dpo}.',
  },
  complaint: {
    heading: 'Dreptul de a depune o plângere',
  },
});
