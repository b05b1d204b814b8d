/**
 * Subject lines are short and formulaic, so they get their own rules. A reply inherits its thread's
 * subject ("Re: Your application"), which is why the classifier discounts these on replies.
 */
import { ONE_WAY_INTERVIEW, type PhraseRule } from './phrases.js';

export const SUBJECT_RULES: PhraseRule[] = [
  // German, Dutch, French, Spanish, Portuguese, Italian (accents folded by normaliseForRules).
  {
    kind: 'interview',
    tier: 'strong',
    name: 'interview subject (de, nl, fr, es, pt, it)',
    re: /\beinladung (zu(m|r)? )?([\w-]+ )?(gespraech|vorstellungsgespraech|interview|kennenlernen)|\bvorstellungsgespraech\b|\buitnodiging (voor )?(een |het )?(\w+)?gesprek\b|\bsollicitatiegesprek\b|\b(invitation|convocation) a (un|votre) entretien\b|\bconvocatoria de entrevista\b|\bconvite para (uma )?entrevista\b|\binvito a colloquio\b/,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'mentions an interview (de, nl, fr, es, pt, it)',
    re: /\b(gespraech|gesprek|entretien|entrevista|colloquio)\b/,
  },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'assessment subject (de, nl, fr, es, pt, it)',
    re: /\b(online-?test|eignungstest|fallstudie|thuisopdracht|programmeeropdracht|tests? en ligne|etude de cas|prueba tecnica|ejercicio practico|teste online|desafio tecnico|test attitudinale|esercizio tecnico|prova tecnica)\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'receipt subject (de, nl, fr, es, pt, it)',
    re: /\beingangsbestaetigung\b|\bbewerbung (ist )?(bei uns )?(eingegangen|angekommen|erhalten)\b|\bontvangstbevestiging\b|\bbevestiging van (je|uw) sollicitatie\b|\b(accuse de reception|confirmation de (reception|candidature))\b|\b(hemos recibido tu candidatura|candidatura recibida|recepcion de (postulacion|candidatura))\b|\b(recebemos (a )?(sua|tua) candidatura|candidatura recebida)\b|\b(conferma (di )?ricezione|candidatura ricevuta)\b/,
  },
  {
    kind: 'offer',
    tier: 'strong',
    name: 'offer subject (de, nl, fr, es, pt, it)',
    re: /\b(zusage|vertragsangebot|arbeidsovereenkomst|proposition d'embauche|promesse d'embauche|oferta de empleo|propuesta de contratacion|proposta de trabalho|carta proposta|proposta di assunzione)\b/,
  },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'decision subject (de, nl, fr, es, pt, it)',
    re: /\b(absage|rueckmeldung zu (ihrer|deiner) bewerbung|terugkoppeling|uitslag|reponse a (votre|ta) candidature|resultado del proceso|actualizacion sobre (tu|su) candidatura|retorno sobre|esito della selezione)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'opportunity subject (de, nl, fr, es, pt, it)',
    re: /\b(neue herausforderung|nieuwe uitdaging|opportunite|oportunidad|oportunidade|opportunita)\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'notification subject (de, nl, fr, es, pt, it)',
    re: /\b(alerte emploi|nieuwe vacatures|novas vagas|nuevas ofertas|boletin|nieuwsbrief)\b/,
  },
  {
    kind: 'interview',
    tier: 'strong',
    name: 'interview subject',
    re: /\binterview (invitation|request|schedule|availability|confirmed|confirmation|call letter)\b|\binvitation to interview\b|\binvitation: .*\binterview\b|\breschedul|\blet's schedule\b|\bschedule your interview\b|\bshare your availability\b|\binterview for\b|\b(second|final|technical|managerial) (stage|round)\b|\bphone screen\b|\bscreening call\b|\b(mov(e|ing)|push(ing)?|chang(e|ing)|shift(ing)?) (our|the|my|your|today's|tomorrow's) .{0,20}\b(call|interview|chat|meeting)\b/,
    veto: ONE_WAY_INTERVIEW,
  },
  {
    kind: 'interview',
    tier: 'weak',
    name: 'mentions an interview',
    re: /\binterview\b/,
    veto: ONE_WAY_INTERVIEW,
  },
  { kind: 'assessment', tier: 'strong', name: 'recorded interview subject', re: ONE_WAY_INTERVIEW },
  {
    kind: 'assessment',
    tier: 'strong',
    name: 'assessment subject',
    re: /\bassessment\b|\btake-home\b|\bcoding (test|challenge|exercise)\b|\bonline (test|aptitude)|\bcase study\b|\btest invitation\b|\baptitude\b|\b(written|technical) (test|challenge)\b|\bexercise\b/,
  },
  {
    kind: 'acknowledgement',
    tier: 'strong',
    name: 'receipt subject',
    re: /\bapplication (received|confirmation|submitted|sent)\b|\breceived your application\b|\byour application was sent to\b|\backnowledg|\bconfirmation of (receipt|application)\b|\beingangsbest/,
  },
  {
    kind: 'acknowledgement',
    tier: 'weak',
    name: 'thanks for applying subject',
    re: /\bthank(s| you) for (applying|your application)\b/,
  },
  {
    kind: 'offer',
    tier: 'strong',
    name: 'offer subject',
    re: /\b(job offer|offer (of|letter|details)|your offer|conditional offer|(updated|revised|improved|new) offer|letter of intent|employment offer|offer is ready)\b/,
  },
  { kind: 'offer', tier: 'weak', name: 'mentions an offer', re: /\boffer\b/ },
  {
    kind: 'rejection',
    tier: 'weak',
    name: 'decision subject',
    re: /\b(outcome|decision)\b|\b(update on|regarding|status of) your (application|candidature|candidacy)\b|\bapplication (status|update)\b/,
  },
  {
    kind: 'recruiter-outreach',
    tier: 'weak',
    name: 'opportunity subject',
    re: /\bopportunit(y|ies)\b|\bopen (to|for) new\b|\bopen to an? (quick |brief )?(chat|call|conversation)\b|\burgent requirement\b|\bconfidential\b|\bcurious if you're open\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'onboarding subject',
    re: /\byour first (day|week)\b|\binduction (schedule|programme|program|week)\b|\bonboarding (schedule|checklist|paperwork)\b/,
  },
  {
    kind: 'other',
    tier: 'strong',
    name: 'notification subject',
    re: /^(automatic reply|auto-?reply|out of (the )?office)\b|\bjob alert\b|\bnew [\w ]{0,40} jobs\b|\bverify your\b|\bpassword\b|\breceipt\b|\bnewsletter\b|\bdigest\b|#\d+/,
  },
];
