/** The entity ruler on hand-written sentences: each kind of mention, and what must not be one. */
import { describe, expect, it } from 'vitest';
import { mention, rule } from './helpers.ts';

describe('entity ruler', () => {
  it('finds gazetteer names of states, organisations, groups and people', () => {
    const doc = rule('Britain and Nato backed the European Union plan, while Sergei Lavrov and European allies objected.');
    expect(doc.mentions.map((m) => [m.text, m.actor, m.via])).toEqual([
      ['Britain', 'GBR', 'name'],
      ['Nato', 'nato', 'name'],
      ['the European Union', 'european-union', 'name'],
      ['Sergei Lavrov', 'sergey-lavrov', 'name'],
      ['European allies', 'europe', 'name'],
    ]);
  });

  it('marks an adjectival demonym as a modifier and a plural one as acting', () => {
    const doc = rule('British troops could deploy soon. Ukrainians rejected the offer.');
    expect(mention(doc, 'British')).toMatchObject({ actor: 'GBR', via: 'demonym', modifier: true });
    expect(mention(doc, 'Ukrainians')).toMatchObject({ actor: 'UKR', via: 'demonym' });
    expect(mention(doc, 'Ukrainians')?.modifier).toBeUndefined();
  });

  it('reads the government phrase of a state as the state acting', () => {
    const doc = rule('The Italian government protested, and the Trump administration shrugged.');
    expect(mention(doc, 'Italian government')).toMatchObject({ actor: 'ITA' });
    expect(mention(doc, 'Trump administration')).toMatchObject({ actor: 'USA', kind: 'Country' });
  });

  it('treats a capital or seat as an actor when it acts and as a place when it is a location', () => {
    const acting = rule('Moscow rejected the proposal and the Kremlin said talks were over.');
    expect(acting.mentions.map((m) => [m.text, m.actor])).toEqual([['Moscow', 'RUS'], ['the Kremlin', 'RUS']]);
    const places = rule('The envoys held talks in Moscow before they fled to Ankara and a dinner at the White House.');
    expect(places.mentions).toEqual([]);
    expect(mention(rule('Kyiv’s negotiators held firm.'), 'Kyiv')).toMatchObject({ actor: 'UKR' });
  });

  it('makes the destination of a visit or trip its government (the relation finder decides on a meeting)', () => {
    const doc = rule('The chancellor will visit Washington, after a trip to the Kremlin and ahead of travel to Beijing.');
    expect(doc.mentions.filter((m) => m.via === 'metonym').map((m) => m.actor)).toEqual(['USA', 'RUS', 'CHN']);
    expect(rule('The minister flew back from Beijing and stayed in Moscow.').mentions.filter((m) => m.via === 'metonym')).toEqual([]);
  });

  it('makes what follows an "at" of aiming a target, not a place', () => {
    const doc = rule('The chancellor hit out at Norway, took aim at the United States and took a swipe at Moscow at the summit in Oslo.');
    expect(doc.mentions.filter((m) => m.kind === 'Country').map((m) => m.actor)).toEqual(['NOR', 'USA', 'RUS']);
  });

  it('does not make a state act where its name is only the scene', () => {
    const doc = rule('Envoys met in Saudi Arabia while Turkey offered to host the next round.');
    expect(doc.mentions.map((m) => m.actor)).toEqual(['TUR']);
  });

  it('never makes news media actors', () => {
    const doc = rule('Speaking to Fox News, the minister praised Poland, as Reuters and BBC Radio 4 reported.');
    expect(doc.mentions.map((m) => m.text)).toEqual(['the minister', 'Poland']);
  });

  it('finds open-set people introduced with a title or an honorific', () => {
    const doc = rule('Transport Secretary Miriam Okafor met Mr Dmitri Sokol and Lord Ashby of Wensley.');
    expect(mention(doc, 'Transport Secretary Miriam Okafor')).toMatchObject({ via: 'titled', kind: 'Person', actor: null });
    expect(mention(doc, 'Mr Dmitri Sokol')).toMatchObject({ via: 'titled' });
    expect(mention(doc, 'Lord Ashby of Wensley')).toMatchObject({ via: 'titled' });
  });

  it('does not take capitalised non-names for people', () => {
    const doc = rule('The Prime Minister’s Questions ran long on Monday. The Foreign Office and Downing Street stayed silent. Prime Minister said nothing new.');
    expect(doc.mentions.filter((m) => m.kind === 'Person').map((m) => m.text)).toEqual([]);
    expect(mention(doc, 'Downing Street')).toMatchObject({ actor: 'GBR', via: 'metonym' });
  });

  it('finds role descriptions and leaves them for the resolver', () => {
    const doc = rule('The US president called the French president, and Russia’s foreign minister listened.');
    expect(doc.mentions.filter((m) => !m.modifier).map((m) => [m.text, m.via])).toEqual([
      ['The US president', 'role'],
      ['the French president', 'role'],
      ['Russia’s foreign minister', 'role'],
    ]);
  });

  it('finds surnames, honorific forms and pronouns', () => {
    const doc = rule('Mr Macron said he would call Starmer.');
    expect(doc.mentions.map((m) => [m.text, m.via])).toEqual([
      ['Mr Macron', 'surname'],
      ['he', 'pronoun'],
      ['Starmer', 'surname'],
    ]);
  });

  it('does not read a month as a surname', () => {
    const doc = rule('The summit was postponed until May and may slip again.');
    expect(doc.mentions).toEqual([]);
  });

  it('counts "the Commission" only once the European Commission has been named', () => {
    expect(rule('The Commission met on Tuesday.').mentions).toEqual([]);
    const doc = rule('The European Commission proposed sanctions. The Commission met on Tuesday.');
    expect(doc.mentions.map((m) => m.actor)).toEqual(['european-commission', 'european-commission']);
  });
});

describe('entity ruler: context and compounds', () => {
  it('reads "the Commission" after the EU is named, and "the Security Council" after the UN', () => {
    const doc = rule('The EU said the Commission would propose tariffs. The UN warned that the Security Council was split.');
    expect(doc.mentions.map((m) => m.actor)).toEqual(['european-union', 'european-commission', 'united-nations', 'un-security-council']);
  });

  it('marks a state in a compound adjective as a modifier', () => {
    const doc = rule('The US-brokered truce held, despite Tehran-backed militias.');
    expect(doc.mentions.map((m) => [m.actor, m.modifier])).toEqual([['USA', true], ['IRN', true]]);
  });
});

describe('entity ruler: titles before honorifics', () => {
  it('leaves "Mr Putin" after a title to the honorific rule', () => {
    const doc = rule('The Russian President Mr Putin replied.');
    expect(doc.mentions.map((m) => [m.text, m.via])).toEqual([
      ['The Russian President', 'role'],
      ['Mr Putin', 'surname'],
    ]);
  });
});

describe('entity ruler: ministries and governments of a person', () => {
  it('reads British ministries as the state, except as places', () => {
    expect(rule('The Foreign Office summoned the envoy.').mentions[0]).toMatchObject({ actor: 'GBR', via: 'metonym' });
    expect(rule('Protesters gathered outside the Foreign Office.').mentions).toEqual([]);
  });

  it('reads a leader\'s government as the state', () => {
    expect(rule('Zelensky’s government fell.').mentions[0]).toMatchObject({ actor: 'UKR', kind: 'Country' });
  });
});

describe('entity ruler: surnames that are everyday words', () => {
  it('does not open a sentence with a surname that is a common word, unless its bearer speaks', () => {
    const doc = rule('Major powers met in Geneva. John Major spoke later. Major said the talks were useful.');
    expect(doc.mentions.map((m) => m.text)).toEqual(['John Major', 'Major']);
  });
});

describe('entity ruler: names inside other names', () => {
  it('does not find states in regions, cities or agreements named after them', () => {
    const doc = rule('Latin America watched as Mexico City hosted talks on the Minsk accords and the Budapest Memorandum near the Berlin Wall.');
    expect(doc.mentions).toEqual([]);
  });
});

describe('entity ruler: titles set off after or before a new name', () => {
  it('introduces a name followed by an indefinite title that says whose ("a spokeswoman for …")', () => {
    const doc = rule('Sara Lind, a spokeswoman for the Swedish foreign ministry, said talks would go on.');
    expect(doc.mentions[0]).toMatchObject({ via: 'titled' });
    expect(doc.mentions[0]!.text.startsWith('Sara Lind')).toBe(true);
    expect(rule('Sara Lind, a spokeswoman, said so.').mentions).toEqual([]);
  });

  it('introduces a name in apposition to a possessed title ("the ministry’s spokesman, Jon Berg,")', () => {
    const doc = rule('The ministry’s spokesman, Jon Berg, told reporters.');
    expect(doc.mentions.find((m) => m.text.endsWith('Jon Berg'))).toMatchObject({ via: 'titled' });
  });
});

describe('entity ruler: the state or organisation a role phrase names', () => {
  it('adds it as a modifier mention (an actor of the article, never a party), but not for a demonym', () => {
    const doc = rule('Norway’s prime minister met the president of the European Commission and the French president.');
    expect(doc.mentions.filter((m) => m.modifier).map((m) => [m.text, m.actor])).toEqual([['Norway', 'NOR'], ['the European Commission', 'european-commission']]);
    expect(doc.mentions.filter((m) => !m.modifier).map((m) => m.via)).toEqual(['role', 'role', 'role']);
  });
});

describe('entity ruler: acronyms of organisations named in full', () => {
  it('reads the initials of an organisation the article has named in full as that organisation', () => {
    const doc = rule('The Rapid Support Forces shelled the city. Envoys urged the army and the RSF to stop.');
    expect(doc.mentions.map((m) => [m.text, m.actor])).toEqual([['Rapid Support Forces', 'rapid-support-forces'], ['RSF', 'rapid-support-forces']]);
    expect(rule('Envoys urged the RSF to stop.').mentions).toEqual([]);
  });
});
