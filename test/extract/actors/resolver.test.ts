/** The resolver on hand-written articles: surnames, titles, role descriptions by date, pronouns. */
import { describe, expect, it } from 'vitest';
import { acting, mention, resolve } from './helpers.ts';

describe('resolver', () => {
  it('resolves surnames and honorific forms to the person already named', () => {
    const doc = resolve('Sir Keir Starmer flew to Ottawa. Starmer met Mark Carney there. Sir Keir later called Mr Carney again.', '2025-04-01');
    expect(mention(doc, 'Starmer')?.actor).toBe('keir-starmer');
    expect(mention(doc, 'Sir Keir')?.actor).toBe('keir-starmer');
    expect(mention(doc, 'Mr Carney')?.actor).toBe('mark-carney');
    expect(doc.actors.get('keir-starmer')).toMatchObject({ kind: 'Person', name: 'Keir Starmer', country: 'GBR' });
  });

  it('resolves a transliterated surname of a famous office holder never introduced in full', () => {
    const doc = resolve('Zelenskyy thanked the allies while Putin stayed silent.', '2025-03-01');
    expect(doc.mentions.map((m) => m.actor)).toEqual(['volodymyr-zelensky', 'vladimir-putin']);
  });

  it('leaves a bare surname of someone neither introduced nor prominent unresolved', () => {
    const doc = resolve('Johnson said the plan was sound.', '2025-03-01');
    expect(mention(doc, 'Johnson')?.actor).not.toBe('boris-johnson');
  });

  it('resolves "the US president" by the article date', () => {
    expect(mention(resolve('The US president spoke on Tuesday.', '2023-05-02'), 'The US president')?.actor).toBe('joe-biden');
    expect(mention(resolve('The US president spoke on Tuesday.', '2025-05-02'), 'The US president')?.actor).toBe('donald-trump');
  });

  it('resolves role descriptions by state, modifier and office', () => {
    const doc = resolve('The French president spoke to Russia’s foreign minister and the Kremlin leader. Nato’s secretary general stayed away.', '2025-02-20');
    expect(mention(doc, 'The French president')?.actor).toBe('emmanuel-macron');
    expect(mention(doc, 'Russia’s foreign minister')?.actor).toBe('sergey-lavrov');
    expect(mention(doc, 'the Kremlin leader')?.actor).toBe('vladimir-putin');
    expect(mention(doc, 'Nato’s secretary general')?.actor).toBe('mark-rutte');
  });

  it('resolves an unqualified "the Prime Minister" to the prime minister the article is about', () => {
    const doc = resolve('Downing Street confirmed the visit. The Prime Minister will travel with Defence Secretary John Healey.', '2025-03-10');
    expect(mention(doc, 'The Prime Minister')?.actor).toBe('keir-starmer');
  });

  it('resolves "the former prime minister" and "the Tory peer" to the person just named', () => {
    const doc = resolve('Theresa May spoke in the Lords on Tuesday. The Tory peer said the former prime minister had no regrets.', '2025-03-10');
    expect(mention(doc, 'The Tory peer')?.actor).toBe('theresa-may');
    expect(mention(doc, 'the former prime minister')?.actor).toBe('theresa-may');
  });

  it('creates open-set people from titled names, with role and country from the title', () => {
    const doc = resolve('Transport Secretary Miriam Okafor met Lithuanian Foreign Minister Tomas Varnas. Okafor said she was pleased.', '2025-03-10');
    expect(doc.actors.get('miriam-okafor')).toMatchObject({ kind: 'Person', name: 'Miriam Okafor', country: 'GBR', role: 'Transport Secretary' });
    expect(doc.actors.get('tomas-varnas')).toMatchObject({ country: 'LTU', role: 'Lithuanian Foreign Minister' });
    expect(mention(doc, 'Okafor')?.actor).toBe('miriam-okafor');
    expect(mention(doc, 'she')).toMatchObject({ actor: 'miriam-okafor', via: 'pronoun' });
  });

  it('creates an open-set peer under the name the scorer accepts', () => {
    const doc = resolve('Lord Ashby of Wensley criticised the deal. Lord Ashby said it was weak.', '2025-03-10');
    expect(doc.actors.get('ashby-of-wensley')).toMatchObject({ name: 'Lord Ashby of Wensley', kind: 'Person' });
    expect(mention(doc, 'Lord Ashby')?.actor).toBe('ashby-of-wensley');
  });

  it('resolves pronouns to the compatible subject and leaves ambiguous ones alone', () => {
    const doc = resolve('Kemi Badenoch met Emmanuel Macron. She said the talks went well. Macron told Friedrich Merz he was hopeful.', '2025-06-10');
    expect(mention(doc, 'She')).toMatchObject({ actor: 'kemi-badenoch', via: 'pronoun' });
    expect(mention(doc, 'he')?.actor).toBeNull();
  });

  it('reads "X said he" as X even with another man in the sentence', () => {
    const doc = resolve('After meeting Olaf Scholz, Emmanuel Macron said he would return.', '2024-06-10');
    expect(mention(doc, 'he')?.actor).toBe('emmanuel-macron');
  });

  it('resolves capitals and seats to their state and fills doc.actors', () => {
    const doc = resolve('Kyiv welcomed the move, but the Kremlin warned Washington.', '2025-03-10');
    expect(doc.mentions.map((m) => m.actor)).toEqual(['UKR', 'RUS', 'USA']);
    expect([...doc.actors.keys()].sort()).toEqual(['RUS', 'UKR', 'USA']);
    expect(doc.actors.get('USA')?.name).toBe('United States');
  });
});

describe('resolver: anonymous officials and namesakes', () => {
  it('lets a state stand for its unnamed official', () => {
    const doc = resolve('The Russian ambassador was summoned on Friday.', '2025-03-10');
    expect(mention(doc, 'The Russian ambassador')).toMatchObject({ actor: 'RUS', kind: 'Country', via: 'role' });
  });

  it('prefers the namesake in a top office for a bare surname', () => {
    const doc = resolve('Trump said the talks were going well.', '2025-03-10');
    expect(mention(doc, 'Trump')?.actor).toBe('donald-trump');
  });
});

describe('resolver: appositions and distinctive titles', () => {
  it('gives a description set off before a known name to that person', () => {
    const doc = resolve('Ukraine’s ambassador to the UN, Sergiy Kyslytsya, spoke first.', '2024-05-10');
    expect(mention(doc, 'Ukraine’s ambassador to the UN')?.actor).toBe('sergiy-kyslytsya');
    expect(doc.mentions.some((m) => m.actor === 'united-nations')).toBe(false);
  });

  it('finds the holder of a title only some states have among the states the article names', () => {
    const doc = resolve('Germany and Austria agreed on border checks. Germany will pay. The chancellor said so.', '2023-05-10');
    expect(mention(doc, 'The chancellor')?.actor).toBe('olaf-scholz');
  });
});

describe('resolver: surnames of people not yet introduced', () => {
  it('does not give "Mr Smith" to a retired namesake in the gazetteer', () => {
    const doc = resolve('Mr Smith said the plan was sound.', '2025-03-01');
    expect(mention(doc, 'Mr Smith')?.actor).toBe('smith');
  });

  it('reads short family-name-first surnames of leaders and al- prefixed ones', () => {
    const doc = resolve('Sisi spoke to Xi on Monday.', '2025-03-01');
    expect(doc.mentions.map((m) => m.actor)).toEqual(['abdel-fattah-al-sisi', 'xi-jinping']);
  });

  it('keeps a portfolio inside a title and finds the holder after it', () => {
    const doc = resolve('Minister for Europe Alana Brightwater met Minister for the Middle East Hamish Falconer.', '2025-03-01');
    expect(doc.actors.get('alana-brightwater')).toMatchObject({ role: 'Minister for Europe' });
    expect(doc.actors.get('hamish-falconer')).toMatchObject({ role: 'Minister for the Middle East' });
    expect(doc.mentions.some((m) => m.actor === 'europe')).toBe(false);
  });
});

describe('resolver: a title after the name', () => {
  it('creates an open-set person from "Name, the <title>"', () => {
    const doc = resolve('Jane Doerr, the Estonian foreign minister, said the talks failed. Doerr later left.', '2025-03-01');
    expect(doc.actors.get('jane-doerr')).toMatchObject({ kind: 'Person', country: 'EST', role: 'Estonian foreign minister' });
    expect(mention(doc, 'Doerr')?.actor).toBe('jane-doerr');
  });
});

describe('actor components on odd input', () => {
  it.each([
    '',
    '...',
    'THE PRIME MINISTER SAID NOTHING.',
    'Mr. . Sir , Lord of . the the the',
    '“He said she said,” he said. “She?”',
    'Ms O’Neill-Smith-Jones met Dr. J. R. R. Tolkien and M. Barnier 🇫🇷.',
    'The former former ex- prime minister’s counterpart’s envoy to the to the.',
  ])('handles %j without throwing and resolves only to known actors', (text) => {
    const doc = resolve(text, '2025-01-01');
    for (const m of doc.mentions) if (m.actor) expect(doc.actors.has(m.actor)).toBe(true);
  });
});

describe('resolver: party descriptions and coordinated places', () => {
  it('reads "the Republican" as the Republican just named', () => {
    const doc = resolve('Donald Trump met Keir Starmer. The Republican’s plan angered Kyiv.', '2025-03-01');
    expect(mention(doc, 'The Republican')?.actor).toBe('donald-trump');
  });

  it('keeps capitals between which talks happen, drops both of two places', () => {
    expect(resolve('Talks took place between Moscow and Washington.', '2025-03-01').mentions.map((m) => m.actor)).toEqual(['RUS', 'USA']);
    expect(resolve('Envoys met in Riyadh and Moscow.', '2025-03-01').mentions).toEqual([]);
  });
});

describe('resolver: heads of organisations', () => {
  it('resolves "the Nato chief", "the head of the IAEA" and "the Commission president"', () => {
    const doc = resolve('The Nato chief met the head of the IAEA and the Commission president.', '2025-03-01');
    expect(acting(doc)).toEqual(['mark-rutte', 'rafael-grossi', 'ursula-von-der-leyen']);
  });

  it('lets a state stand for its unnamed "spy chief"', () => {
    expect(mention(resolve('Russia’s spy chief said nothing.', '2025-03-01'), 'Russia’s spy chief')?.actor).toBe('RUS');
  });
});

describe('resolver: people introduced by honorific', () => {
  it('finds the bare surname of someone introduced as "Mr Full Name" or as a peer', () => {
    const doc = resolve('Mr Dmitri Sokol arrived. Sokol said he was tired. Lord Ashby of Wensley spoke. Ashby left.', '2025-03-01');
    expect(doc.mentions.map((m) => [m.text, m.actor])).toEqual([
      ['Mr Dmitri Sokol', 'dmitri-sokol'],
      ['Sokol', 'dmitri-sokol'],
      ['he', 'dmitri-sokol'],
      ['Lord Ashby of Wensley', 'ashby-of-wensley'],
      ['Ashby', 'ashby-of-wensley'],
    ]);
  });
});

describe('resolver: titles that mean another office in some states', () => {
  it('reads a British "Chancellor" as the finance minister and a German one as the head of government', () => {
    expect(mention(resolve('Downing Street said Britain would act. The Chancellor will deliver the Budget.', '2025-06-01'), 'The Chancellor')?.actor).toBe('rachel-reeves');
    expect(mention(resolve('Germany and France agreed. Germany’s position is clear. The chancellor spoke.', '2025-06-01'), 'The chancellor')?.actor).toBe('friedrich-merz');
  });
});

describe('resolver: pronouns in quotations and objects', () => {
  it('resolves a pronoun inside a quotation only to someone named in it', () => {
    const doc = resolve('Donald Trump spoke. “Olaf is tough, and I phoned Keir Starmer and he was charming,” Mr Trump said.', '2025-03-01');
    expect(mention(doc, 'he')?.actor).toBe('keir-starmer');
    const alone = resolve('Donald Trump spoke. “He was charming,” Mr Trump said.', '2025-03-01');
    expect(mention(alone, 'He')?.actor).toBeNull();
  });

  it('reads "him" as the man who is not the subject just resolved', () => {
    const doc = resolve('After meeting Volodymyr Zelensky, Donald Trump said he would not invite him.', '2025-03-01');
    expect(mention(doc, 'he')?.actor).toBe('donald-trump');
    expect(mention(doc, 'him')?.actor).toBe('volodymyr-zelensky');
  });
});

describe('resolver: offices of the organisations an article names', () => {
  it('resolves "the Secretary-General" by the organisation in the article', () => {
    expect(mention(resolve('Nato allies met in Brussels. The Secretary-General said they were united.', '2025-03-01'), 'The Secretary-General')?.actor).toBe('mark-rutte');
    expect(mention(resolve('The United Nations warned of famine. The secretary-general called for a ceasefire.', '2025-03-01'), 'The secretary-general')?.actor).toBe('antonio-guterres');
  });
});

describe('resolver: pronouns around a fronted participial clause', () => {
  it('gives a pronoun inside "Asked whether he …," to the main clause subject, not to a name inside the clause', () => {
    const doc = resolve('Xi Jinping left early. Asked whether he still trusted Mr Xi, Mr Biden replied that he did.', '2024-06-01');
    expect(mention(doc, 'he')?.actor).toBe('joe-biden');
  });

  it('skips the names inside the fronted clause for the main subject "he", carrying the earlier subject on', () => {
    const doc = resolve('Donald Trump spoke for an hour. He said Mr Zelensky was losing. Asked about visits by Sir Keir and Mr Macron, he said they were welcome.', '2025-03-01');
    expect(mention(doc, 'He')?.actor).toBe('donald-trump');
    expect(mention(doc, 'he')?.actor).toBe('donald-trump');
  });
});

describe('resolver: possessives in a coordinated verb phrase', () => {
  it('gives "his" after ", and will later …" the sentence subject, not the object just named', () => {
    const doc = resolve('Mr Lula is due to meet Joe Biden on Wednesday, and will later hold his first talks with Mr Zelensky.', '2023-09-19');
    expect(mention(doc, 'his')?.actor).toBe('luiz-inacio-lula-da-silva');
    expect(mention(resolve('Mr Lula met Joe Biden and his wife.', '2023-09-19'), 'his')?.actor).toBe('joe-biden');
  });
});

describe('resolver: states referred to without their name', () => {
  it('gives "the ministry" the state whose ministry was just named, and a clause-opening "It" the sentence subject', () => {
    const doc = resolve('Norway’s foreign ministry rejected the report and criticised Sweden. It said the claims were false. The ministry then expelled two Swedish diplomats.', '2024-10-15');
    expect(mention(doc, 'It')?.actor).toBe('NOR');
    expect(mention(doc, 'The ministry')?.actor).toBe('NOR');
  });

  it('reads "In <capital>, the presidential office" as that state, and "what it called" as the same', () => {
    const doc = resolve('In Seoul, the presidential office praised Mr Kishida for what it called his courage.', '2023-05-20');
    expect(mention(doc, 'the presidential office')?.actor).toBe('KOR');
    expect(mention(doc, 'it')?.actor).toBe('KOR');
  });

  it('reads "the administration" after a sentence set "In <capital>," as that state', () => {
    const doc = resolve('In Ottawa, Prime Minister Justin Trudeau phoned Narendra Modi. The government then recalled its envoy.', '2024-10-15');
    expect(mention(doc, 'The government')?.actor).toBe('CAN');
  });

  it('makes "the administration" the home state, and drops an expletive or object "it" and a reference it cannot place', () => {
    const doc = resolve('Joe Biden spoke to Antony Blinken about Benjamin Netanyahu. Mr Biden urged restraint. The administration paused the delivery. It is unclear why.', '2024-05-20');
    expect(mention(doc, 'The administration')?.actor).toBe('USA');
    expect(mention(doc, 'It')).toBeUndefined();
    expect(resolve('Analysts backed it. The ministry declined to comment.', '2024-05-20').mentions).toEqual([]);
  });
});

describe('resolver: given names after Gulf honorifics', () => {
  it('reads "Sheikh Mohammed" as the sheikh named in full before', () => {
    const doc = resolve('Qatar’s prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, hosted the talks. The envoy later thanked Sheikh Mohammed.', '2024-05-10');
    expect(mention(doc, 'Sheikh Mohammed')?.actor).toBe('mohammed-bin-abdulrahman-al-thani');
  });
});
