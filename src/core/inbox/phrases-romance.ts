/**
 * Phrase rules for job mail in French, Spanish, Portuguese and Italian, written by us from the standard
 * phrasing of recruiters, applicant tracking systems and hiring managers (formal and informal address).
 * Text is matched after normaliseForRules: lower-cased and without accents ("recu", "candidatura recebida").
 */
import type { PhraseRule } from './phrases.js';

/** Other applicants in the four languages: "un autre candidat", "otros candidatos", "outro candidato"… */
const OTHER_CANDIDATE =
  /\b(un autre|une autre|d'autres|otro|otra|otros|otras|outro|outra|outros|outras|un altro|un'altra|altri|altre) (candidat|perfil|profil|postulant|pessoa|persona|personne)\w*\b/;

export const ROMANCE_RULES: PhraseRule[] = [
  // --- rejection ---------------------------------------------------------------------------------
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'fr: pas de suite favorable',
    re: /\bne (pouvons|pourrons|donnerons|sommes|allons|souhaitons|pouvez)( malheureusement| donc)? pas (en mesure de )?(y )?(donner|reserver)? ?(une |de )?suite\b|\bpas (de |une )?suite favorable\b|\b(ne (pas|pouvons pas|pourrons pas) )?retenir (votre|ta) candidature\b|\b(votre|ta) candidature n'a pas ete retenue\b|\bposte (a ete|est|a deja ete) (deja )?pourvu\b|\b(votre|ton) profil ne correspond pas\b/,
    requires: /\b(candidature|profil|poste|dossier|candidat\w*)\b/,
    veto: /\bn'hesitez pas\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'another candidate chosen',
    re: OTHER_CANDIDATE,
    requires:
      /\b(poursuivre|continuer|avancer|retenu|choisi|privilegie|decide|opte|optado|decidido|continuar|seguir|avanzar|optamos|decidimos|avancar|prosseguir|proseguire|procedere|scelto|deciso|selezionato)\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'es: no seleccionado',
    re: /\bno (has|ha|hemos) (sido )?(seleccionad[oa]|elegid[oa]|preseleccionad[oa])\b|\bno (vamos a |podemos |podremos )?(seguir|continuar|avanzar)( adelante)? (con (tu|su) (candidatura|proceso|postulacion)|contigo)\b|\b(puesto|vacante|posicion|plaza) (ha sido|ya ha sido|fue|ya fue) (cubiert[oa]|ocupad[oa])\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'pt: não selecionado',
    re: /\bnao (foi|foste|ter sido|fomos) (selecionad|aprovad|escolhid)\w*\b|\bnao (daremos|vamos dar|iremos dar) continuidade\b|\bnao vamos (avancar|prosseguir|seguir) com a (tua|sua) candidatura\b|\bvaga (ja )?(foi|esta) preenchida\b/,
  },
  {
    kind: 'rejection',
    tier: 'strong',
    name: 'it: non selezionata',
    re: /\bnon (e|sei|e stato|e stata|siamo in grado di) (stat[oa] )?(selezionat|scelt)\w*\b|\bnon (possiamo|potremo) (pertanto |quindi )?dare seguito\b|\bnon siamo in grado di offrir\w* (la|il) (posizione|ruolo|posto)\b|\b(posizione|ruolo) (e stata|e stato) (gia )?(coperta|coperto|assegnat[oa])\b|\bprocedere con profili\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'unfortunately (fr, es, pt, it)',
    re: /\b(malheureusement|au regret|regrettons|lamentablemente|desafortunadamente|por desgracia|lamentamos|sentimos (comunicar|informar)\w*|infelizmente|purtroppo|ci dispiace|siamo spiacenti)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'good luck, kept on file (fr, es, pt, it)',
    re: /\b(bonne continuation|pleine reussite|mucha suerte|boa sorte|maiores sucessos|in bocca al lupo|auguriamo il meglio)\b|\b(conservons|garderons|guardaremos|conservaremos|vamos manter|conserveremo)\b.{0,30}\b(cv|curriculum|curriculo|candidature|dossier|perfil)\b|\b(futures? opportunites|futuras (vacantes|oportunidades)|oportunidades futuras|banco de talentos|future opportunita)\b/,
  },

  // --- offer -------------------------------------------------------------------------------------
  {
    kind: 'offer',
    tier: 'strong',
    name: 'offer (fr, es, pt, it)',
    re: /\bproposition d'embauche\b|\bpromesse d'embauche\b|\b(te|vous) proposer le poste\b|\b(souhaitons|voulons|aimerions) (vous |t')(accueillir|embaucher|recruter)\b|\b(ofrecerte|ofrecerle|ofrecer) (el|la) (puesto|posicion|plaza|cargo)\b|\b(oferta de empleo|oferta de trabajo|carta oferta|propuesta (formal|de contratacion|laboral))\b|\bproposta de (trabalho|emprego|contratacao)\b|\bcarta proposta\b|\b(gostariamos|queremos) de (te |o |a |lhe )?contratar\b|\bvoce foi aprovad[oa]\b|\bproposta di assunzione\b|\blettera (di assunzione|d'offerta)\b|\b(offrirle|offrirti) (la posizione|il posto|il ruolo)\b/,
    negatable: true,
  },
  {
    kind: 'offer',
    tier: 'weak',
    name: 'congratulations, salary (fr, es, pt, it)',
    re: /\b(felicitations|bonne nouvelle|enhorabuena|felicidades|parabens|congratulazioni|benvenut[oa] a bordo)\b|\b(salaire|remuneration|date de (demarrage|prise de poste)|salario|fecha de incorporacion|vencimento|data de inicio|stipendio|ral|data di inizio)\b/,
  },

  // --- interview ---------------------------------------------------------------------------------
  {
    kind: 'interview',
    tier: 'strong',
    name: 'invitation to interview (fr, es, pt, it)',
    re: /\b(vous |te )?(inviter|invitons|convier|convions|convoquer|rencontrer)\b.{0,60}\b(entretien|echange)\b|\b(invitation|convocation) a (un|votre|ton) entretien\b|\bsouhaiterions (vous|te) rencontrer\b|\b(caler|planifier|organiser|fixer) un (premier )?(echange|appel|entretien)\b|\b(invitarte|invitarle|invitarlo|invitarla|convocarte|convocarle) a una entrevista\b|\bconvocatoria de entrevista\b|\b(agendar|programar|coordinar|concertar|marcar) (una |um |uma )?(entrevista|llamada|videollamada|videochamada|chamada)\b|\b(convidar|convida-lo|convida-la|convidamos)\b.{0,40}\bentrevista\b|\bconvite para (uma )?entrevista\b|\b(invitarla|invitarti|invitarvi) a (un|una) (colloquio|videochiamata)\b|\binvito a colloquio\b|\bcolloquio conoscitivo\b|\b(fare|organizzare) una videochiamata\b/,
    negatable: true,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'interview word (fr, es, pt, it)',
    re: /\b(entretien|entrevue|entrevista|videollamada|videochamada|colloquio|videochiamata)\b|\b(seriez-vous|serais-tu|etes-vous) disponible\b|\b(que|qual) dia (te )?(viene|va|fica) bien\b|\bdisponibilidad(e)?\b|\bdisponibilita\b/,
  },

  // --- assessment --------------------------------------------------------------------------------
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'test or case (fr, es, pt, it)',
    re: /\b(tests? en ligne|test technique|etude de cas|cas pratique|tests? de (logique|personnalite|raisonnement)|exercice technique|test psychotechnique|prueba (tecnica|practica|en linea|online|psicotecnica)|ejercicio practico|caso practico|desafio tecnico|teste (online|tecnico|de raciocinio)|estudo de caso|case pratico|test (attitudinale|online|tecnico|psicoattitudinale)|prova tecnica|caso studio|esercizio tecnico)\b/,
  },

  // --- acknowledgement ---------------------------------------------------------------------------
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'application received (fr, es, pt, it)',
    re: /\b(avons|ai) bien recu (votre|ta) (candidature|cv|dossier)\b|\b(bonne )?reception de (votre|ta) candidature\b|\baccusons reception\b|\b(votre|ta) candidature a (bien )?ete (recue|enregistree|transmise)\b|\bhemos recibido (tu|su) (candidatura|postulacion|cv|curriculum|solicitud)\b|\bacusamos recibo\b|\b(tu|su) (candidatura|postulacion) (ha sido|fue) (recibida|registrada)\b|\brecebemos (a sua|sua|a tua|tua) (candidatura|inscricao|curriculo)\b|\bconfirmamos a rece(c|p)?cao\b|\babbiamo ricevuto (la sua|la tua) candidatura\b|\bconfermiamo di aver ricevuto\b|\bconferma (di )?ricezione\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'weak',
    name: 'we will be in touch (fr, es, pt, it)',
    re: /\b(reviendrons vers|recontacterons)\b|\bnos pondremos en contacto\b|\bentraremos em contato\b|\bdaremos noticias\b|\b(ti|la) contatteremo\b|\b(va l'etudier|etudier avec attention|revisara tu perfil|vai analisar|valuteremo)\b|\bmessage automatique\b|\bmensaje automatico\b|\bmensagem automatica\b|\bmessaggio automatico\b/,
  },

  // --- recruiter outreach ------------------------------------------------------------------------
  {
    kind: 'recruiter-outreach',
    tier: 'strong',
    name: 'saw your profile (fr, es, pt, it)',
    re: /\bje me permets de (vous|te) contacter\b|\b(votre|ton) (profil|parcours)\b.{0,40}\b(retenu mon attention|attire mon attention|interpelle)\b|\b(je suis tombee?|suis tombee?) sur (votre|ton) profil\b|\bconsultante? en recrutement\b|\b(accompagne|pour) (un|une|mon|notre) client\b|\b(ouvert|ouverte|partant|partante) (a|pour) (un )?(echange|en discuter|discuter)\b|\b(he visto|vi|encontre) (tu|su) perfil\b|\bsoy (reclutador|reclutadora|headhunter)\b|\bpara (un|una) cliente\b|\bestarias (abiert[oa]|interesad[oa])\b|\b(encontrei|vi) (o )?(seu|teu) perfil\b|\bsou (recrutador|recrutadora|headhunter)\b|\bestou a recrutar para\b|\b(teria|tem) interesse em conversar\b|\bmi permetto di contattarla\b|\bho notato il (suo|tuo) profilo\b|\bsono una? recruiter\b|\bper (un|un nostro) cliente\b|\bsaresti interessat[oa]\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'opportunity (fr, es, pt, it)',
    re: /\b(opportunite|oportunidad|oportunidade|opportunita)\b|\b(cv|curriculum) (actualizado|atualizado|aggiornato)\b|\bconversa informal\b|\btelefonata conoscitiva\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'job alert (fr, es, pt, it)',
    re: /\balerte emploi\b|\bnouvelles offres\b|\bnovas vagas\b|\bnuevas ofertas\b|\bnuove offerte\b|\bboletin (semanal)?\b/,
  },
];
