import { letterSchema } from '#schemas/letter.ts';

// Danish. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Kære kollega',
  paragraphs: [
    'Internettet og de sociale medier spiller en dybt positiv rolle i vores liv og samfund. De bruges imidlertid også af voldelige ekstremister til at fremme deres mål, hvad enten det sker gennem kontaktskabelse, propaganda, radikalisering eller rekruttering. Dette gør sig navnlig gældende på baggrund af den strøm af såkaldte fremmedkrigere og de opfordringer til »elektronisk jihad«, som EU står over for.',
    'Internettet drives i vid udstrækning af private virksomheder, som sammen med civilsamfundet har den største ekspertise på internetområdet. Omvendt har de retshåndhævende myndigheder og efterretningstjenesterne den bedste viden om terroraktiviteter. En offentlig-privat dialog er derfor en nødvendig tilgang, når de bedste instrumenter til at begrænse terroristers brug af internettet og de sociale medier skal findes.',
    'I sin meddelelse »Forebyggelse af radikalisering, der fører til terrorisme og voldelig ekstremisme: en styrkelse af EU’s indsats« foreslog Europa-Kommissionen at oprette et forum med centrale aktører fra internetbranchen for at drøfte de udfordringer, som terroristisk propaganda på nettet giver anledning til, udveksle erfaringer og undersøge mulighederne for et tættere samarbejde. Forslaget indgår ligeledes i udkastet til retningslinjer for bekæmpelse af voldelig ekstremisme, som vil blive forelagt Rådet (retlige og indre anliggender) den {councilDate}.',
    'Den Europæiske Union og indenrigsministrene har stor interesse i at styrke dialogen med store virksomheder i internetbranchen om spørgsmål, der optager begge parter, i forbindelse med radikalisering på nettet og andre aspekter af forholdet mellem den offentlige og den private sektor. Vi vil derfor være vært for en **ministermiddag den {date}**. Formålet med mødet er at drøfte de udfordringer og muligheder, der ligger foran os.',
  ],
  topicsIntro: 'Under drøftelserne vil vi navnlig gerne komme ind på følgende spørgsmål:',
  audience: 'Denne invitation er rettet til {audience}.',
  venue: 'Middagen finder sted den {date} kl. {time} i {city} ({place}) aftenen før mødet i {occasion}.',
  reply:
    'Vi vil sætte pris på at modtage en bekræftelse af din deltagelse **senest den {deadline}** på følgende funktionspostkasse: {mailbox}',
  lookForward: 'Vi ser frem til at byde dig velkommen i {city} den {date}.',
  closing: 'Med venlig hilsen',
  translation: {
    originalPrevails: 'Dette er en oversættelse. Den engelske originaltekst har forrang.',
    event: {
      topics: [
        'Udfordringerne ved terroristers brug af internettet og mulige svar herpå: værktøjer og teknikker til at imødegå terroristers aktiviteter på nettet, navnlig med henblik på udvikling af specifikke initiativer med modfortællinger; frivillige og selvregulerende foranstaltninger (f.eks. mekanismer til markering og anmeldelse af indhold); foranstaltninger, der drives af de retshåndhævende myndigheder (f.eks. indberetningsenheder, efterforskning osv.);',
        'Internetrelaterede sikkerhedsudfordringer i forbindelse med de bredere forbindelser med store virksomheder i internetbranchen under hensyntagen til retssikkerhedskravene og de grundlæggende rettigheder;',
        'Måder at opbygge tillid og skabe større gennemsigtighed på.',
      ],
      audience: {
        minister: 'medlemsstaternes indenrigsministre',
        coordinator: 'EU’s koordinator for terrorbekæmpelse',
        industry: 'højtstående repræsentanter for store virksomheder i internetbranchen',
      },
    },
  },
});
