/**
 * Generates many distinct article files from our own sentence templates (never seed text), for
 * tests that need a corpus large enough to interrupt: the kill test and reload checks.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const COUNTRIES = [
  'France', 'Germany', 'Japan', 'Brazil', 'Canada', 'India', 'Italy', 'Spain', 'Poland', 'Turkey',
  'Egypt', 'Kenya', 'Mexico', 'Norway', 'Sweden', 'Chile', 'Greece', 'Portugal', 'Austria', 'Finland',
];
const TOPICS = ['fishing quotas', 'rail links', 'grain exports', 'a border dispute', 'tariffs on steel', 'a water treaty', 'visa rules', 'satellite launches'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** One sentence per relation kind; {a} and {b} are country names. */
const TEMPLATES = [
  '{a} criticised {b} on {day} over {topic}.',
  '{a} urged {b} to reopen talks on {topic}.',
  '{a} supported {b} in the dispute over {topic}.',
  '{a} opposed {b} over {topic}.',
  '{a} held talks with {b} on {day} on {topic}.',
];

const pick = <T>(xs: readonly T[], i: number): T => xs[((i % xs.length) + xs.length) % xs.length]!;

/** The text of generated article `n`: a title, a dateline and 3–5 paragraphs of relation sentences. */
export function generatedArticle(n: number): string {
  const day = 1 + (n % 28);
  const lines = [`Regional briefing number ${n}`, '', `${day} March 2025`, ''];
  const paragraphs = 3 + (n % 3);
  for (let p = 0; p < paragraphs; p++) {
    const a = pick(COUNTRIES, n + p * 3);
    const b = pick(COUNTRIES, n * 7 + p * 5 + 1);
    const sentence = pick(TEMPLATES, n + p)
      .replace('{a}', a)
      .replace('{b}', b === a ? pick(COUNTRIES, n + p * 3 + 1) : b)
      .replace('{day}', pick(DAYS, n + p))
      .replace('{topic}', pick(TOPICS, n * 3 + p));
    lines.push(`${sentence} Officials described briefing ${n}, item ${p + 1}, as routine.`, '');
  }
  return lines.join('\n');
}

/** Write `count` generated articles into `dir` as gen-00000.txt … and return their paths. */
export async function generateCorpus(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const file = path.join(dir, `gen-${String(n).padStart(5, '0')}.txt`);
    await writeFile(file, generatedArticle(n));
    files.push(file);
  }
  return files;
}
