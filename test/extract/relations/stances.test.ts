/** CRITICISED, SUPPORTED, URGED, OPPOSED: cue families, passive, coordination, negation, speech. */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './build-doc.ts';

describe('relation finder: criticism', () => {
  it('gives each coordinated target its own relation: "accused X and Y"', () => {
    expect(triples(extract('Anna Keller accused Borovia and Cestia of stalling the negotiations.'))).toEqual([
      'CRITICISED anna-keller->BOR', 'CRITICISED anna-keller->CES',
    ]);
  });

  it('reverses a passive: "Y was criticised by X"', () => {
    const doc = extract('Boris Varga was sharply criticised by Anna Keller on Tuesday.');
    expect(triples(doc)).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(doc.relations[0]!.rule).toBe('passive:criticise');
  });

  it('reads "branded Y a \\"…\\"" but not a plain "called Y"', () => {
    expect(triples(extract('Anna Keller branded Boris Varga a “coward” in a speech.'))).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(triples(extract('Anna Keller called Boris Varga on Tuesday.'))).toEqual([]);
  });

  it('reads an epithet of praise as support and military attacks as no criticism', () => {
    expect(triples(extract('Anna Keller called Boris Varga a great friend.'))).toEqual(['SUPPORTED anna-keller->boris-varga']);
    expect(triples(extract('Borovia launched fresh attacks on Cestia overnight.'))).toEqual([]);
  });

  it('reads evaluative predicates and a lodged protest as criticism', () => {
    expect(triples(extract('Aldoria lodged a formal protest with Cestia on Monday.'))).toEqual(['CRITICISED ALD->CES']);
    expect(triples(extract("Anna Keller said Borovia's demands were completely unacceptable."))).toEqual(['CRITICISED anna-keller->BOR']);
  });

  it('takes an unresolved object pronoun as the person a reader would take', () => {
    const doc = extract('Carla Diaz defended her trip to Borograd after Anna Keller accused her of naivety.', {
      pronouns: [['her', 0, 'carla-diaz'], ['her', 1, null]],
    });
    expect(triples(doc)).toContain('CRITICISED anna-keller->carla-diaz');
  });

  it('reaches the agent of what is denounced: "the sanctions imposed by X"', () => {
    expect(triples(extract('Cestia denounced the sanctions imposed by Aldoria.'))).toEqual(['CRITICISED CES->ALD']);
  });

  it('reads "condemned what he called X\'s …" and "regarded X as a dictator", but not a neutral description', () => {
    expect(triples(extract("Carla Diaz condemned what she called Borovia's interference.", { pronouns: [['she', 0, 'carla-diaz']] }))).toEqual(['CRITICISED carla-diaz->BOR']);
    expect(triples(extract('Anna Keller regards Boris Varga as a dictator.'))).toEqual(['CRITICISED anna-keller->boris-varga']);
    expect(triples(extract('Anna Keller described Boris Varga as a seasoned negotiator.'))).toEqual([]);
  });

  it('reaches the agent of a condemned act, not its victim', () => {
    expect(triples(extract('Cestia condemned the strikes by Borovia.'))).toEqual(['CRITICISED CES->BOR']);
    expect(triples(extract('Anna Keller said the raid was a flagrant violation, and Dravia took aim at Borovia.'))).toEqual(['CRITICISED DRV->BOR']);
  });

  it('reads concern about the ties between X and Y as criticism of both', () => {
    expect(triples(extract('Dravia voiced grave concern about military cooperation between Borovia and Cestia.'))).toEqual([
      'CRITICISED DRV->BOR', 'CRITICISED DRV->CES',
    ]);
  });

  it('drops negated and hypothetical stances', () => {
    expect(triples(extract('Anna Keller did not criticise Borovia.'))).toEqual([]);
    expect(triples(extract('Anna Keller has been reluctant to criticise Borovia.'))).toEqual([]);
    expect(triples(extract('If Anna Keller condemns Borovia, the deal collapses.'))).toEqual([]);
  });

  it('attributes a blaming clause to the one who says it', () => {
    expect(triples(extract('Anna Keller said Borovia was to blame for the crisis.'))).toEqual(['CRITICISED anna-keller->BOR']);
    expect(triples(extract('Anna Keller insisted that Boris Varga started the war.'))).toEqual(['CRITICISED anna-keller->boris-varga']);
  });

  it('reads an evaluative phrase about a state\'s war in speech', () => {
    expect(triples(extract('Anna Keller condemned what she called Borovia’s brutal war.'))).toContain('CRITICISED anna-keller->BOR');
  });
});

describe('relation finder: support', () => {
  it('takes a possessive state as the source of "X\'s support for Y"', () => {
    const doc = extract("Anna Keller reiterated Aldoria's unwavering support for Cestia.");
    expect(triples(doc)).toEqual(['SUPPORTED ALD->CES']);
    expect(doc.relations[0]).toMatchObject({ cameo: '051', goldstein: 3.4 });
  });

  it('gives a name compounded with the cue noun the support: "Aldorian support for Y"', () => {
    expect(triples(extract('Anna Keller welcomed continued Aldorian support for Cestia.'))).toEqual(['SUPPORTED ALD->CES']);
  });

  it('reads pledges of troops and aid, and providing Y with weapons', () => {
    expect(triples(extract('Anna Keller is prepared to send a peacekeeping force to Cestia.'))).toEqual(['SUPPORTED anna-keller->CES']);
    expect(triples(extract('Aldoria and Dravia have been providing Cestia with weapons and aid.'))).toEqual([
      'SUPPORTED ALD->CES', 'SUPPORTED DRV->CES',
    ]);
  });

  it('reads welcoming a party\'s decision as support, and welcoming a guest somewhere as a meeting', () => {
    expect(triples(extract('Cestia welcomed the decision by Aldoria to lift the embargo.'))).toEqual(['SUPPORTED CES->ALD']);
    expect(triples(extract('Anna Keller welcomed Boris Varga at the palace.'))).toEqual(['MET anna-keller~boris-varga held']);
  });

  it('reads pledged sums of money', () => {
    expect(triples(extract('Dravia pledged $500 million to Cestia for reconstruction.'))).toEqual(['SUPPORTED DRV->CES']);
  });

  it('adds co-agents named with "along with"', () => {
    expect(triples(extract('Anna Keller, along with Boris Varga, has backed Carla Diaz as a legitimate leader.'))).toEqual([
      'SUPPORTED anna-keller->carla-diaz', 'SUPPORTED boris-varga->carla-diaz',
    ]);
  });

  it('reads praise in a quote as the speaker\'s support', () => {
    expect(triples(extract('“Keller is a good friend of mine,” Boris Varga said.'))).toEqual(['SUPPORTED boris-varga->anna-keller']);
  });
});

describe('relation finder: urging', () => {
  it('needs "to" after the target of push/call on/warn', () => {
    expect(triples(extract('Anna Keller will push Boris Varga to sign the treaty.'))).toEqual(['URGED anna-keller->boris-varga']);
    expect(triples(extract('Anna Keller called on Borovia to withdraw its troops.'))).toEqual(['URGED anna-keller->BOR']);
    expect(triples(extract('Anna Keller warned Boris Varga not to escalate.'))).toEqual(['URGED anna-keller->boris-varga']);
  });

  it('reads "warned X against …" and keeps the subject of a coordinated verb', () => {
    expect(triples(extract('Anna Keller warned Borovia against crossing the border.'))).toEqual(['URGED anna-keller->BOR']);
    expect(triples(extract("Anna Keller praised Boris Varga's courage and urged Cestia to join the talks."))).toEqual([
      'SUPPORTED anna-keller->boris-varga', 'URGED anna-keller->CES',
    ]);
  });

  it('reads irregular idioms and the subject of a demanded clause', () => {
    expect(triples(extract('Dravia threw its weight behind Cestia.'))).toEqual(['SUPPORTED DRV->CES']);
    const doc = extract('Carla Diaz accused Boris Varga of weakness and demanded that he resign.', { pronouns: [['he', 0, null]] });
    expect(triples(doc)).toEqual(['CRITICISED carla-diaz->boris-varga', 'URGED carla-diaz->boris-varga']);
  });

  it('reads "pressed X on …" and "X told Y that … and warned Z": the coordinated verb keeps the main subject', () => {
    expect(triples(extract('Anna Keller pressed Boris Varga on the fate of the prisoners.'))).toEqual(['URGED anna-keller->boris-varga']);
    expect(triples(extract('Anna Keller said that Cestia was ready to talk, and warned Borovia not to interfere.'))).toEqual(['URGED anna-keller->BOR']);
  });

  it('reads a proposal or demand that X act, not a report that X acted', () => {
    expect(triples(extract('Anna Keller proposed that Boris Varga step aside.'))).toEqual(['URGED anna-keller->boris-varga']);
    expect(triples(extract('Anna Keller suggested that Boris Varga had lied.'))).toEqual([]);
  });

  it('reads "his counterpart" as the person he was last reported meeting', () => {
    const text = 'Anna Keller met Boris Varga in Geneva. She said she had pushed her counterpart to release the prisoners.';
    const doc = extract(text, { pronouns: [['She', 0, 'anna-keller'], ['she', 0, 'anna-keller'], ['her', 0, 'anna-keller']] });
    expect(triples(doc)).toEqual(['MET anna-keller~boris-varga held', 'URGED anna-keller->boris-varga']);
  });

  it('reads "X wants Y to …" as urging, but a meeting X merely wants is none yet', () => {
    expect(triples(extract('Anna Keller wants Borovia to pay more for its defence.'))).toEqual(['URGED anna-keller->BOR']);
    expect(triples(extract('Anna Keller wants to meet Boris Varga soon.'))).toEqual([]);
  });

  it('asserts nothing of what is urged, and no actor for a stance noun inside a phrase', () => {
    const doc = extract('Carla Diaz urged Anna Keller to stand up to Boris Varga over tariffs on Dravian steel.');
    expect(triples(doc)).toEqual(['URGED carla-diaz->anna-keller']);
  });

  it('reads "X\'s demands for Y to …" and "calling for Y to …"', () => {
    expect(triples(extract("The summit echoed Anna Keller's demands for Cestia to spend more on defence."))).toEqual(['URGED anna-keller->CES']);
    expect(triples(extract('Anna Keller spoke out, calling for Borovia to release the prisoners.'))).toEqual(['URGED anna-keller->BOR']);
  });

  it('reads "Y must …" in speech as the speaker urging Y, and "Y must be at the table" as support', () => {
    expect(triples(extract('“Borovia must do more,” Anna Keller said.'))).toEqual(['URGED anna-keller->BOR']);
    expect(triples(extract('“Cestia must be at the table,” Anna Keller said.'))).toEqual(['SUPPORTED anna-keller->CES']);
  });

  it('tells pressure to do something (URGED) from pressure alone (OPPOSED)', () => {
    expect(triples(extract('Anna Keller is piling pressure on Boris Varga to accept the deal.'))).toEqual(['URGED anna-keller->boris-varga']);
    expect(triples(extract('Anna Keller plans new measures to pile pressure on Boris Varga, officials said.'))).toEqual(['OPPOSED anna-keller->boris-varga']);
  });
});

describe('relation finder: opposition', () => {
  it('reads reject, rule out, vote against and sanctions', () => {
    expect(triples(extract("Anna Keller rejected Borovia's proposal."))).toEqual(['OPPOSED anna-keller->BOR']);
    expect(triples(extract('Aldoria voted against a Cestian resolution at the Northern League.'))).toEqual(['OPPOSED ALD->CES']);
    const doc = extract('Anna Keller said she will unveil new sanctions on Borovia on Monday.');
    expect(triples(doc)).toEqual(['OPPOSED anna-keller->BOR']);
    expect(doc.relations[0]).toMatchObject({ cameo: '163', goldstein: -8 });
  });

  it('inflects British spellings: "expelled" Cestian diplomats', () => {
    expect(triples(extract('Aldoria expelled Cestian diplomats on Friday.'))).toEqual(['OPPOSED ALD->CES']);
  });

  it('reads cutting ties, recalling envoys and threats as opposition', () => {
    expect(triples(extract('Dravia recalled its ambassador from Cestia and cut diplomatic ties with Borovia.'))).toEqual(['OPPOSED DRV->BOR', 'OPPOSED DRV->CES']);
    expect(triples(extract('Anna Keller threatened Borovia with new tariffs.'))).toEqual(['OPPOSED anna-keller->BOR']);
  });

  it('opposes whoever a vetoed support is for, and gives the support to its named owner', () => {
    expect(triples(extract('Boris Varga vetoed a package of Aldorian financial support for Cestia.'))).toEqual(['OPPOSED boris-varga->CES', 'SUPPORTED ALD->CES']);
  });

  it('blocking the support of one party for another opposes the one supported', () => {
    expect(triples(extract('Boris Varga blocked Aldorian support for Cestia.'))).toEqual(['OPPOSED boris-varga->CES', 'SUPPORTED ALD->CES']);
  });

  it('reads no rejection in telling someone of support (a telling is an expulsion only with "to leave")', () => {
    expect(triples(extract('Boris Varga told lawmakers that Aldoria would stand with Cestia.'))).toEqual(['SUPPORTED ALD->CES']);
  });

  it('expels the state an envoy stands for', () => {
    expect(triples(extract("Dravia ordered Cestia's ambassador and three other diplomats to leave the country."))).toEqual(['OPPOSED DRV->CES']);
  });

  it('turns a refusal of support into opposition', () => {
    const doc = extract('Anna Keller refuses to provide security guarantees to Cestia.');
    expect(triples(doc)).toEqual(['OPPOSED anna-keller->CES']);
    expect(doc.relations[0]!.rule).toBe('refusal:provide-aid');
  });

  it('reaches the parties behind a rejected proposal or the outcome of their talks', () => {
    expect(triples(extract('Cestia rejected calls from Aldoria and Borovia to disarm.'))).toEqual(['OPPOSED CES->ALD', 'OPPOSED CES->BOR']);
    expect(triples(extract('Carla Diaz will not accept any outcome of talks held between Aldoria and Borovia.'))).toEqual([
      'MET ALD~BOR held', 'OPPOSED carla-diaz->ALD', 'OPPOSED carla-diaz->BOR',
    ]);
  });

  it('reads a refusal to negotiate as opposition, not as a cancelled meeting', () => {
    const doc = extract('Anna Keller said Borovia would not negotiate with Aldoria on those terms.');
    expect(triples(doc)).toEqual(['OPPOSED BOR->ALD']);
    expect(doc.relations[0]).toMatchObject({ cameo: '125', goldstein: -5 });
  });

  it('reads "will not accept" as opposition, not as a negated stance', () => {
    expect(triples(extract('Anna Keller will not accept Borovia’s terms.'))).toEqual(['OPPOSED anna-keller->BOR']);
  });
});
