import { privacySchema } from '#schemas/privacy.ts';
import { pt } from '#i18n/dictionaries/pt.ts';

export default privacySchema.parse({
  title: pt['nav.privacy'],
  intro:
    'A presente declaração explica de que forma os seus dados pessoais são tratados quando responde a este convite, em conformidade com o Regulamento (UE) 2018/1725, relativo à proteção das pessoas singulares no que diz respeito ao tratamento de dados pessoais pelas instituições e pelos órgãos e organismos da União.',
  controller: {
    heading: 'Quem é o responsável',
  },
  purpose: {
    heading: 'Por que razão tratamos os seus dados',
  },
  legalBasis: {
    heading: 'Fundamento jurídico',
    text: 'O tratamento é necessário para o exercício de funções de interesse público pelo responsável pelo tratamento [artigo 5.º, n.º 1, alínea a), do Regulamento (UE) 2018/1725]. As restrições alimentares e as necessidades de acessibilidade, que podem revelar convicções religiosas ou dados relativos à saúde, só são tratadas com o seu consentimento explícito [artigo 10.º, n.º 2, alínea a)], que dá ao indicá-las e que pode retirar a qualquer momento.',
  },
  data: {
    heading: 'Que dados',
  },
  recipients: {
    heading: 'Quem recebe os seus dados',
    text: 'Apenas a equipa organizadora do responsável pelo tratamento. Uma notificação de cada resposta (com o seu nome, a sua resposta e a indicação das partes da resposta que foram alteradas, mas nunca com informações sobre alimentação ou acessibilidade) e um resumo diário das respostas são enviados para a caixa de correio funcional dos organizadores. O pessoal do serviço de restauração e do local recebe as restrições alimentares e as necessidades de acessibilidade, sempre que possível sem outros dados pessoais. {processor} conserva os dados por conta do responsável pelo tratamento, na qualidade de subcontratante. Os seus dados não são transferidos para outros terceiros.',
  },
  logs: {
    heading: 'Registos técnicos',
    text: 'O presente sítio Web não guarda nomes, endereços de correio eletrónico nem ligações pessoais nos seus próprios registos. O registo de pedidos da plataforma de alojamento regista o endereço de cada página pedida, que, na primeira visita, inclui a sua ligação pessoal; esse registo é conservado pelo subcontratante durante um curto período, apenas para fins de segurança e de funcionamento.',
  },
  retention: {
    heading: 'Durante quanto tempo conservamos os seus dados',
    text: 'Os seus dados são apagados automaticamente {days} dias após o evento, mas nunca antes de decorridos {floorDays} dias desde a sua última alteração. Pode pedir o seu apagamento antecipado a qualquer momento.',
  },
  rights: {
    heading: 'Os seus direitos',
    text: 'Tem o direito de aceder aos seus dados, de os retificar e apagar, de solicitar a limitação do seu tratamento ou de se opor a este, e de retirar o seu consentimento para o tratamento das informações sobre alimentação e acessibilidade [artigos 17.º a 24.º do Regulamento (UE) 2018/1725]. Pode alterar diretamente a sua resposta até ao termo do prazo; para qualquer outro pedido, escreva para {mailbox}.',
  },
  dpo: {
    heading: 'Encarregado da proteção de dados',
    text: 'Pode contactar o encarregado da proteção de dados do responsável pelo tratamento através de {dpo} para qualquer questão relativa ao tratamento dos seus dados pessoais.',
  },
  complaint: {
    heading: 'Direito de apresentar reclamação',
  },
});
