import { letterSchema } from '#schemas/letter.ts';

// Portuguese (European). `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Cara Colega, Caro Colega,',
  paragraphs: [
    'A Internet e as redes sociais desempenham um papel profundamente positivo nas nossas vidas e nas nossas sociedades. Contudo, são também utilizadas por extremistas violentos para promover os seus objetivos, seja através da interação, da propaganda, da radicalização ou do recrutamento. Tal verifica-se sobretudo no contexto do fluxo dos chamados combatentes estrangeiros, bem como dos apelos à «jihad eletrónica», com que a UE se vê confrontada.',
    'A Internet é, em grande medida, explorada por empresas privadas que, juntamente com a sociedade civil, dispõem dos melhores conhecimentos especializados neste domínio. Em contrapartida, são as autoridades responsáveis pela aplicação da lei e os serviços de informações que possuem o melhor conhecimento das atividades terroristas. O diálogo público-privado constitui, por conseguinte, uma abordagem necessária para identificar os melhores instrumentos que permitam reduzir a utilização da Internet e das redes sociais por terroristas.',
    'Na sua Comunicação «Prevenir a radicalização que leva ao terrorismo e ao extremismo violento: reforçar a resposta da UE», a Comissão Europeia propôs a criação de um fórum com os principais intervenientes do setor da Internet para debater os desafios colocados pela propaganda terrorista em linha, trocar experiências e explorar as possibilidades de uma cooperação mais estreita. Do mesmo modo, esta proposta consta do projeto de orientações sobre a luta contra o extremismo violento que será apresentado ao Conselho (Justiça e Assuntos Internos) em {councilDate}.',
    'A União Europeia e os ministros do Interior manifestam um forte interesse em aprofundar o diálogo com as grandes empresas do setor da Internet sobre questões de preocupação comum relacionadas com a radicalização em linha e com outros aspetos da relação entre os setores público e privado. Por conseguinte, organizaremos um **jantar ministerial em {date}**. O objetivo desta reunião é debater os desafios e as oportunidades que temos pela frente.',
  ],
  topicsIntro: 'Em especial, gostaríamos de abordar as seguintes questões durante o debate:',
  audience: 'Os destinatários do presente convite são {audience}.',
  venue:
    'O jantar terá lugar em {date}, às {time}, no Luxemburgo ({place}), na véspera da reunião do {occasion}.',
  reply:
    'Agradecíamos que confirmasse a sua participação **até {deadline}** para o seguinte endereço de correio eletrónico funcional: {mailbox}',
  lookForward: 'Aguardamos com expectativa a sua presença no Luxemburgo em {date}.',
  closing: 'Com os melhores cumprimentos,',
  translation: {
    originalPrevails: 'Esta é uma tradução. Prevalece o original em inglês.',
    event: {
      topics: [
        'Os desafios colocados pela utilização da Internet por terroristas e as possíveis respostas: instrumentos e técnicas para responder às atividades terroristas em linha, com especial destaque para o desenvolvimento de iniciativas específicas de contranarrativa; medidas voluntárias e de autorregulação (por exemplo, mecanismos de sinalização e de denúncia); medidas conduzidas pelas autoridades responsáveis pela aplicação da lei (por exemplo, unidades de sinalização de conteúdos na Internet, investigações, etc.);',
        'Os desafios de segurança relacionados com a Internet no contexto das relações mais amplas com as grandes empresas do setor da Internet, tendo em conta as exigências em matéria de garantias processuais e os direitos fundamentais;',
        'Formas de criar confiança e uma maior transparência.',
      ],
      audience: {
        minister: 'os ministros do Interior dos Estados-Membros',
        coordinator: 'o Coordenador da Luta Antiterrorista da UE',
        industry: 'representantes de alto nível das grandes empresas do setor da Internet',
      },
    },
  },
});
