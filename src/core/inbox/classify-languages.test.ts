/**
 * Job mail in German, Dutch, French, Spanish, Portuguese and Italian: one case per kind and language,
 * read by the rules alone, and near misses that must stay right (a refused flat, a newsletter, an offer
 * that says "leider kein Homeoffice"). Sentences are our own, not taken from the corpora.
 */
import { describe, expect, it } from 'vitest';
import type { MailKind } from './kinds.js';
import { normaliseForRules } from './phrase-match.js';
import { decideByRules } from './rule-decision.js';
import { readRules } from './rule-reading.js';
import { mail, type TestMail } from './test-message.js';

function rulesKindOf(spec: TestMail): MailKind {
  return decideByRules(readRules(mail(spec))).kind;
}

type Case = [kind: MailKind, subject: string, text: string];

const CASES: Record<string, Case[]> = {
  German: [
    [
      'rejection',
      'Ihre Bewerbung',
      'Leider können wir Ihre Bewerbung nicht weiter berücksichtigen. Alles Gute!',
    ],
    [
      'rejection',
      'Rückmeldung',
      'Wir haben uns für einen anderen Bewerber entschieden. Viel Erfolg weiterhin.',
    ],
    ['interview', 'Termin', 'Gern laden wir Sie zu einem Vorstellungsgespräch am Montag um 9 Uhr ein.'],
    ['assessment', 'Nächster Schritt', 'Bitte absolvieren Sie bis Freitag unseren Online-Eignungstest.'],
    ['acknowledgement', 'Danke', 'Wir haben Ihre Bewerbung erhalten und melden uns in Kürze.'],
    ['offer', 'Gute Nachricht', 'Wir möchten Ihnen die Stelle als Lageristin sehr gern anbieten.'],
    [
      'recruiter-outreach',
      'Kontakt',
      'Ich bin auf Ihr Profil gestoßen und betreue eine Suche für einen Kunden.',
    ],
  ],
  Dutch: [
    ['rejection', 'Sollicitatie', 'Helaas hebben we besloten om niet verder te gaan met je sollicitatie.'],
    ['interview', 'Gesprek', 'We nodigen je graag uit. Uitnodiging voor een sollicitatiegesprek op dinsdag.'],
    ['assessment', 'Opdracht', 'Hierbij de thuisopdracht; lever die binnen een week in.'],
    ['acknowledgement', 'Bedankt', 'Wij hebben je sollicitatie in goede orde ontvangen.'],
    ['offer', 'Nieuws', 'We willen je graag aannemen als magazijnmedewerker.'],
    [
      'recruiter-outreach',
      'Vraag',
      'Ik kwam je profiel tegen en zoek voor een opdrachtgever een teamleider.',
    ],
  ],
  French: [
    ['rejection', 'Candidature', 'Nous ne pouvons pas donner une suite favorable à votre candidature.'],
    ['rejection', 'Poste', 'Nous avons retenu un autre candidat pour ce poste. Bonne continuation.'],
    ['interview', 'Entretien', 'Nous souhaiterions vous rencontrer pour un entretien mardi à 14h.'],
    ['assessment', 'Étape suivante', 'Voici une étude de cas à nous rendre sous huit jours.'],
    ['acknowledgement', 'Merci', 'Nous avons bien reçu votre candidature et reviendrons vers vous.'],
    [
      'offer',
      'Embauche',
      'Veuillez trouver ci-joint notre proposition d’embauche pour le poste de caissier.',
    ],
    ['recruiter-outreach', 'Poste', 'Je me permets de vous contacter au sujet d’un poste chez un client.'],
  ],
  Spanish: [
    ['rejection', 'Tu candidatura', 'Hemos decidido continuar con otros candidatos. Mucha suerte.'],
    ['interview', 'Entrevista', 'Queremos invitarte a una entrevista el jueves a las 10.'],
    ['assessment', 'Prueba', 'El siguiente paso es una prueba técnica de dos horas.'],
    ['acknowledgement', 'Gracias', 'Hemos recibido tu candidatura y la revisaremos pronto.'],
    ['offer', 'Buenas noticias', 'Nos alegra ofrecerte el puesto de camarero a partir de enero.'],
    ['recruiter-outreach', 'Hola', 'He visto tu perfil y busco un jefe de obra para un cliente.'],
  ],
  Portuguese: [
    ['rejection', 'Candidatura', 'Infelizmente, a sua candidatura não foi selecionada para a próxima fase.'],
    ['interview', 'Entrevista', 'Gostaríamos de a convidar para uma entrevista na segunda-feira.'],
    ['assessment', 'Desafio', 'Segue o desafio técnico para entregar em cinco dias.'],
    ['acknowledgement', 'Obrigado', 'Recebemos a sua candidatura e daremos notícias em breve.'],
    ['offer', 'Proposta', 'Em anexo segue a proposta de trabalho para a função de motorista.'],
    ['recruiter-outreach', 'Olá', 'Encontrei o seu perfil e sou recrutadora de uma empresa de software.'],
  ],
  Italian: [
    ['rejection', 'Candidatura', 'Purtroppo la sua candidatura non è stata selezionata.'],
    ['interview', 'Colloquio', 'Vorremmo invitarla a un colloquio mercoledì alle 11.'],
    ['assessment', 'Prova', 'Le inviamo la prova tecnica da completare entro venerdì.'],
    ['acknowledgement', 'Grazie', 'Abbiamo ricevuto la sua candidatura e la contatteremo.'],
    ['offer', 'Assunzione', 'In allegato la proposta di assunzione per il ruolo di cuoco.'],
    ['recruiter-outreach', 'Ciao', 'Ho notato il tuo profilo e cerco un sistemista per un cliente.'],
  ],
};

describe('job mail in other European languages', () => {
  for (const [language, cases] of Object.entries(CASES)) {
    describe(language, () => {
      for (const [kind, subject, text] of cases) {
        it(`reads "${text.slice(0, 50)}…" as ${kind}`, () => {
          expect(rulesKindOf({ subject, text: `Hallo,\n\n${text}\n\nJana` })).toBe(kind);
        });
      }
    });
  }
});

describe('near misses in other languages', () => {
  it('does not read a refused flat as a rejection (German, French)', () => {
    expect(
      rulesKindOf({
        subject: 'Ihre Anfrage zur Wohnung',
        text: 'Leider müssen wir Ihnen mitteilen, dass der Vermieter Ihre Bewerbung für die Wohnung nicht weiter berücksichtigt.',
      }),
    ).toBe('other');
    expect(
      rulesKindOf({
        subject: 'Votre dossier - appartement rue Haute',
        text: 'Votre candidature n’a pas été retenue par le propriétaire, qui a choisi un autre locataire.',
      }),
    ).toBe('other');
  });

  it('keeps an offer that says there is unfortunately no home office an offer', () => {
    const text =
      'Wir möchten dir die Stelle als Entwickler anbieten. Leider kein Homeoffice, aber 30 Urlaubstage.';
    expect(rulesKindOf({ subject: 'Zusage', text })).toBe('offer');
  });

  it('does not read a newsletter about interviews and rejections as job news', () => {
    expect(
      rulesKindOf({
        subject: 'Nieuwsbrief: zo bereid je een sollicitatiegesprek voor',
        text: 'Deze maand: tips voor het gesprek en wat te doen na een afwijzing. Afmelden kan hier.',
        headers: { 'list-unsubscribe': '<https://example.nl/afmelden>' },
      }),
    ).toBe('other');
  });

  it('does not read a job alert as outreach', () => {
    expect(
      rulesKindOf({
        subject: 'Alerte emploi : 5 nouvelles offres',
        text: 'Voici les nouvelles offres qui correspondent à votre recherche « Comptable ».',
      }),
    ).toBe('other');
  });

  it('keeps "suite à votre candidature" (following your application) from reading as a refusal', () => {
    expect(
      rulesKindOf({
        subject: 'Tests en ligne',
        text: 'Suite à votre candidature, n’hésitez pas à passer nos tests en ligne avant lundi.',
      }),
    ).toBe('assessment');
  });

  it('does not let a negated offer count ("no podemos ofrecerle el puesto")', () => {
    expect(
      rulesKindOf({ subject: 'Proceso', text: 'Lamentablemente no podemos ofrecerle el puesto.' }),
    ).not.toBe('offer');
  });
});

describe('normalising for the rules', () => {
  it('folds accents, umlauts and ß so one ASCII rule reads every spelling', () => {
    expect(normaliseForRules('Vorstellungsgespräch')).toBe('vorstellungsgespraech');
    expect(normaliseForRules('VORSTELLUNGSGESPRÄCH')).toBe('vorstellungsgespraech');
    expect(normaliseForRules('Straße')).toBe('strasse');
    expect(normaliseForRules('Nous avons bien RE\u0301C\u0327U')).toBe('nous avons bien recu');
    expect(normaliseForRules('não, candidatura recebida')).toBe('nao, candidatura recebida');
  });
});

describe('refusals of something other than a job', () => {
  it('reads a refused market stall as other even when the footer mentions job applications', () => {
    const text = [
      'Hi Priya,',
      'Thank you for applying for a stall at the winter fair. Unfortunately we have decided not to proceed with your application, as we chose other traders.',
      'Please apply again in spring.',
      'The fair is run by volunteers; we are not an employer and cannot process job applications.',
    ].join('\n\n');
    expect(rulesKindOf({ subject: 'Your stall application', text })).toBe('other');
  });

  it('still reads a refused stall assistant job as a rejection', () => {
    const text =
      'Hi Dan,\n\nThanks for applying for the Market Stall Assistant job. Unfortunately we have decided not to proceed with your application.\n\nBest of luck,\n\nRecruitment';
    expect(rulesKindOf({ subject: 'Your application', text })).toBe('rejection');
  });
});
