/**
 * Removes page furniture from article text by its traits, not by any one site's wording:
 * appeals (paragraphs addressed to the reader, full of you/your/we/us and no reporting),
 * short interface prompts (log in, sign up, refresh, notifications, newsletters, comments)
 * and image-viewer markers (the caption after such a marker is kept).
 */

/** Words that address the reader or speak for the publisher; case-sensitive so "US" is not "us". */
const APPEAL_WORDS = /\b([Yy]ou|[Yy]ours?|[Ww]e|us|[Oo]urs?|[Dd]onat\w*|[Ss]upport|[Ss]ubscri\w*|[Jj]ournalism|[Rr]eporters?|[Pp]aywalls?)\b/g;
const READER_PRONOUNS = /\b([Yy]ou|[Yy]our|[Ww]e|us|[Oo]ur)\b/;
/** Verbs of reporting: a paragraph that reports someone speaking or acting is content. */
const REPORTING = /\b(said|says|say|told|tells|according to|added|announced|claimed|stated|asked|warned|confirmed|insisted|suggested|denied|wrote|described)\b/i;
const QUOTE_MARKS = /[“”„"]/;
/** Interface vocabulary of short prompt lines. */
const UI_WORDS = /\b(log(ged)? ?in|sign(ed)? ?(up|in)|refresh|browser|notifications?|newsletters?|inbox|email address|cookies?|replies|subscribe|click|download (our|the) app|read more|share this)/gi;
/** Imperatives that open a prompt addressed to the reader. */
const UI_OPENERS = /^(please|join|sign|log|click|tap|subscribe|follow|register|read more|share|download|get|enter|continue|already have)\b/i;
/** Image-viewer markers that precede a caption. */
const IMAGE_MARKER = /\b(open|view|enlarge|expand) (the )?(image|photo|picture)( in (the )?gallery)?\b\s*/gi;
const PROMPT_MAX_WORDS = 30;
/** Share of appeal words above which a paragraph without reporting reads as an appeal. */
const APPEAL_RATIO = 0.05;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function appealRatio(para: string): number {
  return (para.match(APPEAL_WORDS)?.length ?? 0) / Math.max(1, words(para).length);
}

const reports = (p: string): boolean => REPORTING.test(p) || QUOTE_MARKS.test(p);

/** A short line that talks to the reader about the page rather than the news. */
export function isPrompt(para: string): boolean {
  if (words(para).length > PROMPT_MAX_WORDS || reports(para)) return false;
  const ui = para.match(UI_WORDS)?.length ?? 0;
  return ui >= 2 || (ui === 1 && (UI_OPENERS.test(para) || /\b[Yy]ou(r)?\b/.test(para)));
}

/**
 * A paragraph addressed to the reader on the publisher's behalf (donation or subscription
 * appeals): dense in appeal words, speaking to "you" or as "we", and reporting nothing.
 */
export function isAppeal(para: string): boolean {
  if (reports(para) || appealRatio(para) < APPEAL_RATIO) return false;
  const pronouns = para.match(new RegExp(READER_PRONOUNS.source, 'g'))?.length ?? 0;
  return /\b[Yy]our?\b/.test(para) || pronouns >= 2;
}

/** Weaker appeal: any first/second-person word and no reporting; counts only next to an appeal. */
function leansAppeal(para: string): boolean {
  return !reports(para) && READER_PRONOUNS.test(para);
}

/** The paragraphs that remain once page furniture is dropped (markers stripped from captions). */
export function removeBoilerplate(paragraphs: string[]): string[] {
  const appeal = paragraphs.map(isAppeal);
  // an appeal block spreads to neighbours that also address the reader without reporting anything
  for (let changed = true; changed; ) {
    changed = false;
    paragraphs.forEach((p, i) => {
      if (!appeal[i] && (appeal[i - 1] || appeal[i + 1]) && leansAppeal(p)) appeal[i] = changed = true;
    });
  }
  return paragraphs
    .filter((p, i) => !appeal[i] && !isPrompt(p))
    .map((p) => p.replace(IMAGE_MARKER, '').trim())
    .filter(Boolean);
}

/** Splits raw text into paragraphs (lines), cleans them, and joins them with blank lines. */
export function cleanText(raw: string): string {
  const paragraphs = raw.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return removeBoilerplate(paragraphs).join('\n\n');
}
