/** Boilerplate removal by traits, on page furniture written for this test (not any site's words). */
import { describe, expect, it } from 'vitest';
import { cleanText, isAppeal, isPrompt } from '../../src/ingest/boilerplate.ts';

const APPEAL = 'Your gift keeps our newsroom going. We rely on readers like you, and your support means we can stay free for everyone. Donate today.';
const APPEAL_NEIGHBOUR = 'From city halls to war zones, our correspondents go where the story is, and we think that matters.';
const NEWS = 'The foreign minister said on Tuesday that the two governments would resume talks in Oslo.';
const QUOTED = '“We will support our allies for as long as it takes,” the minister told parliament.';

describe('boilerplate traits', () => {
  it('treats a reader appeal without reporting as an appeal', () => {
    expect(isAppeal(APPEAL)).toBe(true);
    expect(isAppeal(NEWS)).toBe(false);
    // first person plural inside a quotation is reporting, not an appeal
    expect(isAppeal(QUOTED)).toBe(false);
    // news dense in "support" and "US" is not an appeal: the reader is not addressed
    expect(isAppeal('Britain will support Ukraine and the US will support Europe.')).toBe(false);
    expect(isAppeal('The US and US allies met in Oslo before the vote.')).toBe(false);
  });

  it('recognises short interface prompts', () => {
    expect(isPrompt('Please sign in to keep reading')).toBe(true);
    expect(isPrompt('Alerts for this story can be switched off in your browser notifications.')).toBe(true);
    expect(isPrompt('Join the discussion and see replies from other readers')).toBe(true);
    expect(isPrompt('Read more')).toBe(true);
    expect(isPrompt('Get our morning newsletter in your inbox')).toBe(true);
    expect(isPrompt(NEWS)).toBe(false);
    expect(isPrompt('The minister said she had signed up to the pledge.')).toBe(false);
  });
});

describe('cleanText', () => {
  it('drops an appeal block and its neighbours that address the reader, keeps the news', () => {
    const raw = [APPEAL, APPEAL_NEIGHBOUR, NEWS, QUOTED, 'Sign up for our newsletter'].join('\n');
    expect(cleanText(raw)).toBe(`${NEWS}\n\n${QUOTED}`);
  });

  it('strips an image-viewer marker and keeps the caption after it', () => {
    const raw = `${NEWS}\nview image in gallery Ministers arrive for the summit in Oslo ( Reuters )`;
    expect(cleanText(raw)).toBe(`${NEWS}\n\nMinisters arrive for the summit in Oslo ( Reuters )`);
  });

  it('keeps a first-person line that is not next to an appeal', () => {
    const line = 'Our correspondent in Oslo reports from the summit venue.';
    expect(cleanText(`${NEWS}\n${line}`)).toBe(`${NEWS}\n\n${line}`);
  });
});
