import { accessibilitySchema } from '#schemas/accessibility.ts';
import { pt } from '#i18n/dictionaries/pt.ts';

export default accessibilitySchema.parse({
  title: pt['nav.accessibility'],
  intro:
    'Queremos que todas as pessoas convidadas possam ler o presente convite e responder-lhe, em conformidade com a Diretiva (UE) 2016/2102 relativa à acessibilidade dos sítios Web e das aplicações móveis de organismos do setor público. A presente declaração abrange o convite, as páginas de resposta, a declaração de privacidade e a presente página, nas 24 línguas oficiais.',
  status: {
    heading: 'Situação de conformidade',
    text: 'Este sítio foi concebido para cumprir as Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) 2.1, nível AA, ou seja, os requisitos da norma harmonizada EN 301 549. Não temos conhecimento de qualquer situação de não conformidade. Todas as páginas podem ser utilizadas apenas com o teclado, num ecrã estreito e sem JavaScript.',
  },
  preparation: {
    heading: 'Elaboração da presente declaração',
    text: 'A presente declaração foi elaborada em {date}. Baseia-se numa autoavaliação, e não numa auditoria independente: verificações automáticas (axe-core) de todas as páginas em todas as línguas e de todos os estados do formulário de resposta, e testes apenas com o teclado, num ecrã de 320 píxeis e com o JavaScript desativado.',
  },
  feedback: {
    heading: 'Observações e contactos',
    text: 'Se encontrar algum obstáculo neste sítio, ou se precisar do convite noutro formato, escreva para {mailbox}. Responderemos com a maior brevidade possível.',
  },
  enforcement: {
    heading: 'Procedimento de execução',
    text: 'Se a nossa resposta não for satisfatória, pode apresentar queixa ao Provedor de Justiça Europeu: {ombudsman}.',
  },
});
