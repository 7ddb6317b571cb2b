/**
 * The one document object that flows through the extraction pipeline (spaCy's `Doc`). Each
 * component reads some layers and adds one; offsets always point into `doc.text`, the cleaned
 * article body, so evidence can be traced back to characters end to end.
 */
import type { Actor, ActorKind, MeetingStatus, RelationType } from '../model/schema.ts';

/** A half-open character range [start, end) in `doc.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Index of the paragraph (block separated by blank lines / line breaks) holding the sentence. */
  paragraph: number;
}

/** A run of words inside quotation marks, with the speaker once attribution has run. */
export interface Quote extends Span {
  text: string;
  /** Sentence indices the quote covers (a quote may span several sentences). */
  sentences: number[];
  /** Actor id of the speaker, set by the quote attributor. */
  speaker?: string;
}

/** How a mention was found; shown to users as part of the rule that fired. */
export type MentionVia =
  | 'name' // a gazetteer name or alias: "Keir Starmer", "Britain"
  | 'demonym' // "British", "Ukrainian's"
  | 'metonym' // a capital or seat of government: "Kyiv", "the Kremlin", "Downing Street"
  | 'titled' // open-set person introduced with a title: "Home Secretary Yvette Cooper"
  | 'surname' // "Mr Trump", "Starmer", "Sir Keir"
  | 'role' // a role description: "the US president", "the Prime Minister"
  | 'epithet' // a description of a person by what they are: "the veteran leftist", "the 77-year-old"
  | 'pronoun'; // he, she, they

export interface Mention extends Span {
  text: string;
  sentence: number;
  /** Resolved actor id; null while unresolved (the resolver fills it, or leaves it null). */
  actor: string | null;
  kind: ActorKind | null;
  via: MentionVia;
  /**
   * For a demonym used as a modifier ("the Ukrainian president", "British troops"): true, since
   * a modifier does not itself name an acting party. Relation finders skip modifier mentions.
   */
  modifier?: boolean;
}

/** A relation found in a sentence, before deduplication into the article's facts. */
export interface RelationCandidate {
  type: RelationType;
  source: string;
  target: string;
  sentence: number;
  status?: MeetingStatus;
  date?: string;
  /** Where the cue sits in the text. */
  cueSpan: Span;
  cue: string;
  cameo: string;
  goldstein: number;
  confidence: number;
  rule: string;
  quote?: string;
  /** MET only. */
  place?: string;
  meetingKind?: string;
  /** MET cancelled only: the meeting was due in the past and did not happen ("never took place"). */
  lapsed?: boolean;
}

export interface ArticleMeta {
  file?: string;
  title?: string;
  /** Publication date (ISO). Absent when undated. */
  date?: string;
  /** How the date was found: header, metadata, inferred from the text, or the --date option. */
  dateSource?: 'header' | 'metadata' | 'text' | 'option';
  url?: string;
  source?: string;
}

export interface Doc {
  /** Cleaned article body (boilerplate removed). */
  text: string;
  meta: ArticleMeta;
  sentences: Sentence[];
  quotes: Quote[];
  mentions: Mention[];
  /** Actors referred to in this document, by id: gazetteer entries and open-set people. */
  actors: Map<string, Actor>;
  relations: RelationCandidate[];
}

/** A named pipeline stage: reads `requires` layers of the doc, adds its `assigns` layer. */
export interface Component {
  name: string;
  requires: (keyof Doc)[];
  assigns: (keyof Doc)[];
  run(doc: Doc): Doc;
}

export function createDoc(text: string, meta: ArticleMeta = {}): Doc {
  return { text, meta, sentences: [], quotes: [], mentions: [], actors: new Map(), relations: [] };
}
