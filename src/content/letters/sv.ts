import { letterSchema } from '#schemas/letter.ts';

// Swedish. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Kära kollega,',
  paragraphs: [
    'Internet och sociala medier spelar en djupt positiv roll i våra liv och samhällen. De används dock också av våldsbejakande extremister för att främja sina mål, oavsett om det sker genom kontaktskapande, propaganda, radikalisering eller rekrytering. Detta gäller särskilt mot bakgrund av det flöde av så kallade utländska stridande och de uppmaningar till ”elektronisk jihad” som EU står inför.',
    'Internet drivs till stor del av privata företag, som tillsammans med det civila samhället har den främsta expertisen på internetområdet. Brottsbekämpande myndigheter och underrättelsetjänster har å andra sidan den bästa kunskapen om terroristverksamhet. En dialog mellan offentlig och privat sektor är därför ett nödvändigt tillvägagångssätt för att identifiera de bästa instrumenten för att minska terroristers användning av internet och sociala medier.',
    'I sitt meddelande ”Att förhindra radikalisering som leder till terrorism och våldsam extremism: en skärpning av EU:s insatser” föreslog Europeiska kommissionen att ett forum skulle inrättas med centrala aktörer inom internetbranschen för att diskutera de utmaningar som terroristpropaganda på nätet medför, utbyta erfarenheter och undersöka möjligheterna till ett närmare samarbete. Förslaget ingår även i utkastet till riktlinjer för bekämpning av våldsbejakande extremism, som kommer att läggas fram för rådet (rättsliga och inrikes frågor) den {councilDate}.',
    'Europeiska unionen och inrikesministrarna har ett starkt intresse av att fördjupa dialogen med stora företag inom internetbranschen i gemensamma angelägenheter som gäller radikalisering på nätet och andra aspekter av förhållandet mellan offentlig och privat sektor. Vi kommer därför att stå värd för en **ministermiddag den {date}**. Syftet med mötet är att diskutera de utmaningar och möjligheter som ligger framför oss.',
  ],
  topicsIntro: 'Under diskussionen vill vi särskilt ta upp följande frågor:',
  audience: 'Denna inbjudan riktar sig till {audience}.',
  venue: 'Middagen äger rum den {date} kl. {time} i {city} ({place}) kvällen före mötet i {occasion}.',
  reply:
    'Vi vore tacksamma om du bekräftar ditt deltagande **senast den {deadline}** till följande funktionsbrevlåda: {mailbox}',
  lookForward: 'Vi ser fram emot att välkomna dig i {city} den {date}.',
  closing: 'Med vänliga hälsningar',
  translation: {
    originalPrevails: 'Detta är en översättning. Det engelska originalet har företräde.',
    event: {
      topics: [
        'Utmaningarna med terroristers användning av internet och möjliga motåtgärder: verktyg och tekniker för att bemöta terroristers verksamhet på nätet, särskilt med avseende på utvecklingen av särskilda initiativ med motberättelser; frivilliga och självreglerande åtgärder (t.ex. mekanismer för flaggning och anmälan av innehåll); åtgärder som drivs av brottsbekämpande myndigheter (t.ex. enheter för anmälan av internetinnehåll, utredningar osv.);',
        'Internetrelaterade säkerhetsutmaningar i samband med de bredare förbindelserna med stora företag inom internetbranschen, med hänsyn till kraven på rättssäkerhet och de grundläggande rättigheterna;',
        'Sätt att bygga upp förtroende och öka öppenheten.',
      ],
      audience: {
        minister: 'medlemsstaternas inrikesministrar',
        coordinator: 'EU:s samordnare för kampen mot terrorism',
        industry: 'företrädare på hög nivå för stora företag inom internetbranschen',
      },
    },
  },
});
