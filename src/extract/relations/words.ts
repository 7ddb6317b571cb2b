/**
 * Closed word classes the syntax-light rules lean on (prepositions, determiners, reporting verbs,
 * auxiliaries): English grammar as data, kept apart from the relation cue lexicon.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** A mention right after one of these is an object of the preposition, not a clause subject. */
export const PREPOSITIONS = set(`
  with to of on for against about over from by in at into onto during after before since between among
  amid towards toward upon via like than under without within across through behind beyond despite
  including regarding alongside ahead`);

/** May sit between a cue and its object: "accused the", "urged his US counterpart". */
export const DETERMINERS = set(`the a an his her its their our my your this that these those both all some other any each
  fellow former new`);

/** Title words that may sit between a possessive and the person it qualifies ("Aldoria's foreign minister X"). */
export const TITLE_WORDS = set(`president prime minister foreign defence defense secretary chancellor leader premier
  king queen pm envoy ambassador spokesman spokeswoman spokesperson head chief counterpart deputy vice state
  opposition senior top ally general first lady officials official`);

/** Heads that make a demonym or country modifier stand for its state: "Aldorian delegations". */
export const AGENT_HEADS = set(`delegation delegations officials official diplomats diplomat negotiators negotiator
  government governments administration leaders leader ministers envoys envoy team teams authorities representatives
  army military junta regime leadership ministry embassy cabinet mediators mediator`);

/** What one rejects or answers: "rejected calls from X", "the outcome of talks by X". */
export const PROPOSAL_NOUNS = set(`call calls demand demands proposal proposals plan plans offer offers request requests appeal
  appeals terms outcome deal resolution statement bid initiative efforts policy ultimatum overtures pressure decision
  decisions sanctions remarks comments actions move moves criticism accusations accusation allegations claims charges`);

/** Acts whose agent follows "by": "condemned the strikes by X" (but "the invasion of X" names the victim). */
export const EVENT_NOUNS = set(`attack attacks strike strikes invasion aggression annexation occupation offensive bombing bombardment
  shelling raid raids incursion crackdown killing killings blockade seizure violations violation conduct behaviour behavior`);

/** Verbs of saying: their subject is the speaker of what follows. */
export const REPORTING_VERBS = set(`said says say saying told tells tell telling added adds adding wrote writes
  insisted insists insisting claimed claims claiming suggested suggests suggesting argued argues arguing warned
  warns warning stressed stresses stressing explained declared declares announced announces noted notes noting
  believes believe believed thinks think thought stated states replied asked asks admitted admits maintained
  maintains reiterated reiterates repeated repeats accepted acknowledged conceded agreed agree agrees`);

/** Verbs of saying that take an object, not a clause: "told X", "asked X". */
export const OBJECT_REPORTING_VERBS = set(`told tells tell telling asked asks ask asking`);

/** Possessive pronouns that can stand as the owner of a nominal cue: "his talks with X". */
export const POSSESSIVE_PRONOUNS = set(`his her their its`);

/** A verb of saying, in lower case ("States" in "United States" is no verb). */
export const isSaying = (t: { text: string; lower: string } | undefined): boolean => !!t && REPORTING_VERBS.has(t.lower) && /^\p{Ll}/u.test(t.text);

/** Nouns of saying: "X's warning that ...", "Y's claim that ...". */
export const REPORTING_NOUNS = set(`warning warnings claim claims insistence statement remarks comments view message`);

/** Auxiliaries and modals that mark the future or an intention for a meeting. */
export const FUTURE_MARKERS = set(`will 'll shall would going plans plan planned planning intends intend intending
  due set expected scheduled hopes hoping upcoming forthcoming ahead later next tomorrow`);

export const BE_FORMS = set(`is are was were be been being 's 're am`);

export const NEGATORS = set(`not n't never no nor cannot`);

/** Words that open a clause the cue may not look across for its subject. */
export const RELATIVES = set(`who whom whose which`);

/** Words that open a subordinate clause whose content is not asserted. */
export const HYPOTHETICAL = set(`if unless whether fears fear feared feared lest`);

/** Subordinators before a participle ("after meeting ...") that leave its subject to the main clause. */
export const SUBORDINATORS = set(`after before while when since following despite without by upon as`);

export const PRONOUN_SELF = set(`i we me us my our i've we've i'm we're i'll we'll`);

/** Words that cannot stand between a cue and its object. */
export const BARRIER_PUNCT = set(`, ; : . ? ! ( ) – — " “ ” „`);

/** A word ending in "n't" negates. */
export const isNegator = (lower: string): boolean => NEGATORS.has(lower) || lower.endsWith("n't");
