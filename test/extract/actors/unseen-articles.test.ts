/**
 * The actor components on articles written for these tests (fixtures/, not news copies), in the
 * styles the seeds do not show: US wire copy, Westminster politics, Asian names, appositions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/extract/doc.ts';
import { resolveArticle } from './helpers.ts';

function article(name: string): Doc {
  const raw = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const [, date] = /^date (\d{4}-\d{2}-\d{2})/.exec(raw) ?? [];
  return resolveArticle(raw.replace(/^date .*\n/, ''), date);
}
const actorOf = (doc: Doc, surface: string, n = 0) => doc.mentions.filter((m) => m.text === surface)[n]?.actor;
const texts = (doc: Doc, actor: string) => doc.mentions.filter((m) => m.actor === actor && !m.modifier).map((m) => m.text);

describe('unseen articles', () => {
  const trade = article('trade-and-war-2025.txt');
  const westminster = article('westminster-2024.txt');
  const tariffs = article('tariffs-2025.txt');
  const security = article('europe-security-2025.txt');

  it('reads family-name-first names and titles before them', () => {
    expect(actorOf(trade, 'Mr Xi')).toBe('xi-jinping');
    expect(actorOf(trade, 'The Chinese leader')).toBe('xi-jinping');
    expect(actorOf(trade, 'Vice Premier He Lifeng')).toBe('he-lifeng');
    expect(actorOf(trade, 'Kim')).toBeUndefined();
    expect(actorOf(security, 'Kim')).toBe('kim-jong-un');
  });

  it('keeps portfolio words inside a title', () => {
    expect(actorOf(trade, 'EU trade commissioner Maros Sefcovic')).toBe('maros-sefcovic');
    expect(texts(trade, 'european-union')).toEqual(['Brussels', 'the bloc']);
  });

  it('resolves descriptions by the date of a 2024 article', () => {
    expect(actorOf(westminster, 'the Prime Minister')).toBe('rishi-sunak');
    expect(actorOf(westminster, 'The Tory leader')).toBe('rishi-sunak');
    expect(actorOf(westminster, 'The Home Secretary')).toBe('james-cleverly');
    expect(actorOf(westminster, 'The former prime minister')).toBe('david-cameron');
    expect(actorOf(westminster, 'He')).toBe('david-cameron');
    expect(actorOf(westminster, 'The US president')).toBe('joe-biden');
  });

  it('finds open-set people by title, honorific and apposition', () => {
    expect(tariffs.actors.get('jane-whitfield')).toMatchObject({ kind: 'Person', country: 'USA' });
    expect(security.actors.get('sergiy-kyslytsya')).toMatchObject({ kind: 'Person', country: 'UKR' });
    expect(westminster.actors.get('liam-fox')).toMatchObject({ kind: 'Person' });
    expect(actorOf(security, 'The Secretary of State for Defence')).toBe('john-healey');
  });

  it('does not take places, media or people named like states for actors', () => {
    const ids = (doc: Doc) => new Set(doc.mentions.map((m) => m.actor));
    expect(ids(tariffs).has('TCD')).toBe(false); // "Chad Smith"
    expect(actorOf(tariffs, 'Jordan')).toBe('JOR');
    expect(tariffs.mentions.some((m) => /Reuters|Washington state/.test(m.text))).toBe(false);
    expect(security.mentions.some((m) => m.text === 'UN')).toBe(false); // "ambassador to the UN"
    expect(trade.mentions.some((m) => /Xinhua|CNBC/.test(m.text))).toBe(false);
  });

  it('reads the bloc and the alliance once their organisation is named', () => {
    expect(actorOf(tariffs, 'The bloc')).toBe('european-union');
    expect(actorOf(tariffs, 'the alliance')).toBe('nato');
  });

  it('resolves every pronoun it resolves to a person of the matching gender', () => {
    for (const doc of [trade, westminster, tariffs, security]) {
      for (const m of doc.mentions.filter((x) => x.via === 'pronoun' && x.actor)) {
        const female = /^(she|her|hers|herself)$/i.test(m.text);
        const expected = female ? ['ursula-von-der-leyen', 'karoline-leavitt', 'claudia-sheinbaum', 'kaja-kallas'] : null;
        if (expected) expect(expected).toContain(m.actor);
        else expect(['ursula-von-der-leyen', 'karoline-leavitt', 'claudia-sheinbaum', 'kaja-kallas']).not.toContain(m.actor);
      }
    }
  });
});

describe('unseen articles: compounds, groups and date-bound offices', () => {
  const doc = article('middle-east-and-china-2024.txt');

  it('resolves date-bound offices of late 2024', () => {
    expect(actorOf(doc, 'The Israeli prime minister')).toBe('benjamin-netanyahu');
    expect(actorOf(doc, 'the EU\'s foreign policy chief')).toBe('josep-borrell');
    expect(actorOf(doc, 'Biden administration')).toBe('USA');
  });

  it('finds armed groups and marks compound adjectives', () => {
    expect(actorOf(doc, 'The Houthis')).toBe('houthis');
    expect(doc.mentions.find((m) => m.text === 'Tehran')).toMatchObject({ actor: 'IRN', modifier: true });
    expect(doc.mentions.find((m) => m.text === 'Washington')).toBeUndefined();
  });
});

describe('unseen articles: ranks, counterparts and shared names', () => {
  const doc = article('south-asia-and-africa-2025.txt');

  it('reads a description in apposition to a ranked name', () => {
    expect(actorOf(doc, 'Pakistan\'s army chief')).toBe('asim-munir');
    expect(actorOf(doc, 'Field Marshal Asim Munir')).toBe('asim-munir');
  });

  it('resolves "his Saudi counterpart" to the Saudi holder of the same office', () => {
    expect(actorOf(doc, 'Saudi counterpart')).toBe('faisal-bin-farhan');
  });

  it('reads "Congo" as the DRC and "Saudi" as an adjective', () => {
    expect(actorOf(doc, 'Congo')).toBe('COD');
    expect(doc.mentions.find((m) => m.text === 'Saudi')).toBeUndefined();
  });

  it('resolves capitals used as actors and leaders by honorific', () => {
    expect(actorOf(doc, 'Islamabad')).toBe('PAK');
    expect(actorOf(doc, 'Delhi')).toBe('IND');
    expect(actorOf(doc, 'Kigali')).toBe('RWA');
    expect(actorOf(doc, 'Mr Kagame')).toBe('paul-kagame');
    expect(doc.mentions.find((m) => m.text === 'Addis Ababa')).toBeUndefined();
  });
});

describe('unseen articles: monarchs, popes and leaders of the Americas', () => {
  const doc = article('americas-and-monarchs-2025.txt');

  it('tells a king from an emperor and a consort from the monarch', () => {
    expect(actorOf(doc, 'the Emperor of Japan')).toBe('naruhito');
    expect(actorOf(doc, 'The King')).toBe('charles-iii');
    expect(actorOf(doc, 'the monarch')).toBe('charles-iii');
    expect(actorOf(doc, 'Queen Camilla')).toBe('queen-camilla');
  });

  it('resolves the pontiff, the Vatican and leaders by nationality', () => {
    expect(actorOf(doc, 'The pontiff')).toBe('pope-leo-xiv');
    expect(actorOf(doc, 'the Vatican')).toBe('VAT');
    expect(actorOf(doc, 'The Venezuelan president')).toBe('nicolas-maduro');
    expect(actorOf(doc, 'The Argentine leader')).toBe('javier-milei');
    expect(actorOf(doc, 'Secretary of War Pete Hegseth')).toBe('pete-hegseth');
    expect(actorOf(doc, 'Lula')).toBe('luiz-inacio-lula-da-silva');
  });
});
