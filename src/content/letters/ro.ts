import { letterSchema } from '#schemas/letter.ts';

// Romanian. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Stimată colegă, stimate coleg,',
  paragraphs: [
    'Internetul și rețelele de socializare joacă un rol profund pozitiv în viața noastră și în societățile noastre. Cu toate acestea, ele sunt folosite și de extremiștii violenți pentru a-și promova obiectivele, fie că este vorba de stabilirea de contacte, de propagandă, de radicalizare sau de recrutare. Acest lucru este valabil mai ales pe fondul fluxului de așa-numiți luptători străini, precum și al apelurilor la „jihad electronic” cu care se confruntă UE.',
    'Internetul este administrat în mare parte de companii private, care, împreună cu societatea civilă, dețin cea mai bună expertiză în domeniul internetului. În schimb, autoritățile de aplicare a legii și serviciile de informații dețin cele mai bune cunoștințe despre activitățile teroriste. Prin urmare, dialogul public-privat reprezintă o abordare necesară pentru identificarea celor mai bune instrumente de reducere a utilizării internetului și a rețelelor de socializare de către teroriști.',
    'În comunicarea sa intitulată „Prevenirea radicalizării care conduce la terorism și extremism violent: consolidarea răspunsului UE”, Comisia Europeană a propus instituirea unui forum cu principalii actori din industria internetului, pentru a discuta provocările generate de propaganda teroristă online, pentru a face schimb de experiență și pentru a explora posibilitățile unei cooperări mai strânse. De asemenea, această propunere este inclusă în proiectul de orientări privind combaterea extremismului violent, care va fi prezentat Consiliului Justiție și Afaceri Interne pe {councilDate}.',
    'Uniunea Europeană și miniștrii afacerilor interne manifestă un interes deosebit pentru aprofundarea dialogului cu marile companii din industria internetului cu privire la preocupările comune legate de radicalizarea online și la alte aspecte ale relației public-privat. Prin urmare, vom organiza o **cină ministerială pe {date}**. Obiectivul acestei reuniuni este de a discuta provocările și oportunitățile care ne stau în față.',
  ],
  topicsIntro: 'În special, în cadrul discuției am dori să abordăm următoarele aspecte:',
  audience: 'Prezenta invitație se adresează {audience}.',
  venue: 'Cina va avea loc pe {date}, la ora {time}, la Luxemburg ({place}), în ajunul reuniunii {occasion}.',
  reply:
    'V-am fi recunoscători dacă ne-ați confirma participarea **până la {deadline}** la următoarea adresă de e-mail funcțională: {mailbox}',
  lookForward: 'Așteptăm cu interes să vă întâmpinăm la Luxemburg pe {date}.',
  closing: 'Cu stimă,',
  translation: {
    originalPrevails: 'Acesta este un text tradus. Prevalează originalul în limba engleză.',
    event: {
      topics: [
        'Provocările generate de utilizarea internetului de către teroriști și posibilele răspunsuri: instrumente și tehnici de răspuns la activitățile teroriste online, cu un accent deosebit pe elaborarea unor inițiative specifice de contra-narațiune; măsuri voluntare și de autoreglementare (de exemplu, mecanisme de marcare și de raportare a conținutului); măsuri inițiate de autoritățile de aplicare a legii (de exemplu, unități de semnalare, investigații etc.);',
        'Provocările în materie de securitate legate de internet în contextul relațiilor mai ample cu marile companii din industria internetului, ținând seama de cerințele privind garanțiile procedurale și de drepturile fundamentale;',
        'Modalități de consolidare a încrederii și de sporire a transparenței.',
      ],
      audience: {
        minister: 'miniștrilor afacerilor interne ai statelor membre',
        coordinator: 'coordonatorului UE pentru combaterea terorismului',
        industry: 'unor reprezentanți la nivel înalt ai marilor companii din industria internetului',
      },
    },
  },
});
