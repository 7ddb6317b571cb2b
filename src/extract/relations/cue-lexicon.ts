/**
 * The cue lexicon as data: each entry is a word pattern that signals one relation type, with its
 * CAMEO event code and Goldstein weight (GDELT's −10..+10 scale for that code), the frame that
 * tells the finder where its source and target sit, and how strong the pattern is.
 *
 * Pattern syntax, one element per space: `word`, `a|b` (alternatives), `{lemma}` (every
 * inflection), `?x` (optional element), `*` (0–3 filler words such as adjectives, never a
 * preposition or punctuation), `**` (0–5 words, prepositions allowed).
 */
import type { MeetingStatus, RelationType } from '../../model/schema.ts';

/**
 * verb:      source is the clause subject (or a possessor: "X's talks with"), target follows.
 * between:   the parties follow: "talks between X and Y" (every pair met).
 * predicate: the target is the subject before the cue, the source the speaker ("X is a friend").
 * deontic:   "X must/should …" said by a speaker: the speaker urges X.
 * by-to:     "a visit by X to Y": the agent after "by", the target after "to".
 * reaction:  "X's visit drew condemnation from Y": the party after "from" reacts to the subject.
 */
export type Frame = 'verb' | 'between' | 'predicate' | 'deontic' | 'by-to' | 'reaction';

/** What must follow the target for the cue to hold: "urged X to …", "branded X a …". */
export type Complement = 'to' | 'name' | 'with-aid' | 'of' | 'to-or-that' | 'to-or-against' | 'to-or-on' | 'leave' | 'subjunctive' | 'as-negative' | 'to-or-at' | 'to-or-for' | 'aid-after';

export interface CueDef {
  id: string;
  type: RelationType;
  cameo: string;
  goldstein: number;
  frame: Frame;
  patterns: string[];
  confidence: number;
  /** MET only: talks, call, visit, summit, meeting. */
  kind?: string;
  complement?: Complement;
  /** Type to use when the complement is missing ("pressure on X" without "to …"). */
  withoutComplement?: RelationType;
  /** A demonym or modifier may stand for the target: "opposed European peacekeeping forces". */
  modifierTarget?: boolean;
  /** Only targets found through these mention kinds count ("talks at the Kremlin"). */
  targetVia?: string[];
  /** The verb is symmetric: "X and Y met" is a meeting of X and Y without an object. */
  symmetric?: boolean;
  /** MET only: the status the cue itself implies ("invited X to" announces a visit). */
  status?: MeetingStatus;
  /** A refusal that scopes over a cue following it ("refused to meet" / "to provide aid"). */
  refusal?: boolean;
  /** The target of an act on an envoy is the envoy's state: "expelled India's high commissioner" → India. */
  envoyOwner?: boolean;
  /** Only targets of these kinds count ("attacked Mr Trudeau", not a military attack on a country). */
  targetKinds?: string[];
  /** The object may follow a proposal noun: "rejected calls from X", "the outcome of X's talks". */
  throughProposals?: boolean;
  /** Max words between the cue and its target (default 3). */
  gap?: number;
  /** Only valid in speech: inside a quote or after a reporting verb. */
  speechOnly?: boolean;
  /** Only between parties of different states ("accompanied Mr X": a compatriot travels with him). */
  foreignOnly?: boolean;
}

const MEET_NOUNS = 'talks|meeting|meetings|negotiations|discussions|summit|summits';
const CALL_NOUNS = 'call|calls|conversation|conversations|phone|telephone|videoconference|videoconferences';
const AID = 'aid|weapons|arms|troops|forces|force|peacekeepers|peacekeeping|support|guarantees|guarantee|assistance|funding|backing|help|ammunition|equipment|vehicles|tanks|jets|missiles|loans|grants';

export const CUES: CueDef[] = [
  // listed first: wins a tie with "open … negotiations with" (MET)
  { id: 'membership-talks', type: 'SUPPORTED', cameo: '050', goldstein: 3.5, frame: 'verb', confidence: 0.8,
    patterns: ['?{open}|{start}|{begin}|{launch}|{hold} membership|accession talks|negotiations with'] },
  // ---- MET (CAMEO 04 Consult) ----
  { id: 'meet', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', symmetric: true, confidence: 0.9,
    patterns: ['{meet} ?separately|privately|briefly|bilaterally|informally|formally ?with|up'] },
  { id: 'hold-talks', type: 'MET', cameo: '046', goldstein: 7.0, frame: 'verb', kind: 'talks', symmetric: true, confidence: 0.9,
    patterns: [`{hold}|{open}|{begin}|{start}|{resume}|{conduct}|{have} * ?, * ${MEET_NOUNS}|${CALL_NOUNS}|exchange|exchanges|encounter|bilateral|bilaterals ?with`, '{speak}|talked by phone|telephone',
      `{hold}|{have} * face|one - to|on - face|one ${MEET_NOUNS}|encounter ?with`] },
  { id: 'discuss', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'talks', symmetric: true, targetVia: ['none'], confidence: 0.75,
    patterns: ['{discuss}'] },
  { id: 'shake-hands', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', symmetric: true, targetVia: ['none'], confidence: 0.8,
    patterns: ['{shake} hands'] },
  { id: 'shake-hands-with', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', confidence: 0.8,
    patterns: ['{shake} hands with'] },
  // CAMEO 040/046 consult verbs: "conferred with X", "X and Y huddled", "consulted X"
  { id: 'confer', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', symmetric: true, confidence: 0.8,
    patterns: ['{confer}|{huddle}|{parley}|{consult} ?together|privately|separately|briefly|closely ?with',
      'dined|dines|dining|lunched|breakfasted|supped ?together|privately ?with', '{exchange} views|notes|greetings|pleasantries with'] },
  // a meal or an audience with a party is an in-person meeting
  { id: 'meal-with', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', confidence: 0.8,
    patterns: ['dinner|dinners|lunch|lunches|breakfast|breakfasts|supper|audience|audiences|tete-a-tete|bilateral|bilaterals with'] },
  // CAMEO 045 mediate: the mediator deals with each side
  { id: 'mediate-between', type: 'MET', cameo: '045', goldstein: 5.0, frame: 'verb', kind: 'meeting', confidence: 0.7,
    patterns: ['{mediate} ?talks|negotiations between'] },
  // "rang X": only a person is rung up ("rang the bell" is not); "ringing" is left out ("a ringing endorsement of X")
  { id: 'ring', type: 'MET', cameo: '041', goldstein: 1.0, frame: 'verb', kind: 'call', targetKinds: ['Person'], confidence: 0.75,
    patterns: ['rang ?up'] },
  // an embrace is an in-person encounter; only a person is embraced ("embraced the plan" is not)
  { id: 'embrace', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', targetKinds: ['Person'], confidence: 0.7,
    patterns: ['hug|hugs|hugged|hugging', '{embrace}', 'saw|see|sees|seeing off'] },
  // travelling with someone of another state; a compatriot who accompanies a leader is of one delegation with them
  { id: 'accompany', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', targetKinds: ['Person'], foreignOnly: true, confidence: 0.7,
    patterns: ['{accompany}'] },
  { id: 'sign', type: 'MET', cameo: '057', goldstein: 8.0, frame: 'verb', kind: 'meeting', symmetric: true, targetVia: ['none'], confidence: 0.7,
    patterns: ['{sign}'] },
  { id: 'sign-with', type: 'MET', cameo: '057', goldstein: 8.0, frame: 'verb', kind: 'meeting', confidence: 0.75,
    patterns: ['{sign} * with'] },
  { id: 'talks-with', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'talks', confidence: 0.85,
    patterns: ['talks|negotiations|discussions|meeting|meetings|summit|sit-down|encounter|exchange with', '{raise} * with', '{negotiate} ?very|directly ?hard with', 'sat|sit|sits|sitting down with', '{discuss} * with'] },
  { id: 'talks-at', type: 'MET', cameo: '042', goldstein: 1.9, frame: 'verb', kind: 'talks', confidence: 0.7, targetVia: ['metonym'],
    patterns: ['talks|meeting|meetings|summit at'] },
  { id: 'after-talks', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'talks', symmetric: true, targetVia: ['none'], confidence: 0.7,
    patterns: ["after|during|following|at|in * ?of talks|negotiations|discussions|summit"] },
  { id: 'talks-between', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'between', kind: 'talks', confidence: 0.85,
    patterns: [`${MEET_NOUNS}|call|encounter|exchange|rapprochement ** between`, 'meeting|summit|encounter of'] },
  { id: 'call-with', type: 'MET', cameo: '041', goldstein: 1.0, frame: 'verb', kind: 'call', confidence: 0.85,
    patterns: ['{telephone}', '?phone|telephone|video call|calls|conversation with', 'phone|telephone call|calls from', 'a call from', '{speak} ?separately|directly|briefly ?by ?phone to|with', '{speak}|talked ?by ?phone ** with', 'talked|talking ?by ?phone to|with', '{phone}'] },
  { id: 'visit', type: 'MET', cameo: '042', goldstein: 1.9, frame: 'verb', kind: 'visit', confidence: 0.8,
    patterns: ['{visit}', 'visit|visits|trip|trips to', '{lead} * delegation|delegations|mission to', 'courtesy call|calls|visit|visits on|to'] },
  { id: 'visit-by', type: 'MET', cameo: '042', goldstein: 1.9, frame: 'by-to', kind: 'visit', confidence: 0.8,
    patterns: ['visit|visits|trip|trips by'] },
  { id: 'travel-to', type: 'MET', cameo: '042', goldstein: 1.9, frame: 'verb', kind: 'visit', confidence: 0.6, targetVia: ['name', 'metonym'],
    patterns: ['{travel}|{fly}|{jet}|{head}|{journey} ?over|out to', '{tour}'] },
  // shuttle diplomacy: a mediator going back and forth between parties meets each of them
  { id: 'shuttle-between', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', confidence: 0.75,
    patterns: ['{shuttle} ?back ?and ?forth between'] },
  { id: 'summon', type: 'MET', cameo: '040', goldstein: 1.0, frame: 'verb', kind: 'meeting', confidence: 0.8, modifierTarget: true,
    patterns: ['{summon}'] },
  { id: 'host', type: 'MET', cameo: '043', goldstein: 2.8, frame: 'verb', kind: 'meeting', confidence: 0.85,
    patterns: ['{host}', '{receive}', '{play} host to', '{host}|{give}|{throw} * banquet|dinner|lunch|luncheon|reception|breakfast for|in'] },
  { id: 'welcome-to', type: 'MET', cameo: '043', goldstein: 2.8, frame: 'verb', kind: 'visit', complement: 'to-or-at', withoutComplement: 'SUPPORTED',
    throughProposals: true, confidence: 0.8, patterns: ['{welcome}'] },
  // greeting a person is meeting them in person ("greeted X at the airport", "greeted him with a hug")
  { id: 'greet', type: 'MET', cameo: '043', goldstein: 2.8, frame: 'verb', kind: 'visit', targetKinds: ['Person'], confidence: 0.75,
    patterns: ['{greet}'] },
  { id: 'invite', type: 'MET', cameo: '036', goldstein: 4.0, frame: 'verb', kind: 'visit', complement: 'to', status: 'planned', confidence: 0.7,
    patterns: ['{invite}'] },

  // ---- CRITICISED (CAMEO 11 Disapprove) ----
  { id: 'criticise', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'verb', confidence: 0.9, modifierTarget: true, throughProposals: true,
    patterns: ['{criticise}', '{condemn}', '{denounce}', '{slam}', '{lambast}', '{rebuke}', '{berate}', '{chastise}',
      '{castigate}', '{deride}', '{dismiss}', '{mock}', '{ridicule}', '{decry}', '{deplore}', '{censure}', '{disparage}', '{insult}',
      '{lash} out at', '{hit} out at', '{hit} back at', '{take} aim at', '{round} on', '{scold}', '{belittle}', '{rail} against',
      '{chide}', '{reprimand}', '{admonish}', '{assail}', '{vilify}', '{demonise}', '{demonize}', '{blast}',
      '{take} a|another ?thinly ?veiled swipe|swipes|dig|digs|shot|shots at', '{take} ?strong issue with',
      // CAMEO 111 synonyms news uses
      '{excoriate}', '{pillory}', '{reproach}', '{upbraid}', '{reprove}', 'faulted|faulting', 'savaged|savaging', '{bash}', '{impugn}',
      '{rail} at', '{fire} back at', '{tear} into', '{lay} into', 'scathing about|of', '{scoff}|{sneer}|{jeer} at', '?sharply|highly|deeply|openly|fiercely|strongly critical of'] },
  { id: 'attack-person', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'verb', confidence: 0.75, targetKinds: ['Person'],
    patterns: ['{attack}', '{lash}'] },
  { id: 'concern', type: 'CRITICISED', cameo: '110', goldstein: -2.0, frame: 'verb', confidence: 0.65, throughProposals: true, modifierTarget: true,
    patterns: ['?grave|serious|deep|great concern|concerns|alarm|dismay|anger|outrage about|over|at',
      '?deep|great|growing disappointment|frustration|displeasure|dissatisfaction|exasperation with|at|over',
      '{be} ?deeply|seriously|gravely|very|increasingly concerned|alarmed|disappointed|frustrated|dismayed about|by|over|with|at|in'] },
  { id: 'criticism-of', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'verb', confidence: 0.8,
    patterns: ['criticism|condemnation|denunciation of', 'verbal attack|attacks on|against', 'broadside|tirade|broadsides|tirades on|against|at',
      // "In a thinly veiled swipe at X, she said …": the fronted phrase's owner is the speaker after it
      '?thinly ?veiled swipe|swipes|dig|digs|jibe|jibes at'] },
  { id: 'drew-criticism', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'reaction', confidence: 0.75,
    patterns: ['draw|draws|drew|drawn|drawing|{earn}|{prompt}|{provoke}|{trigger}|{spark}|{face}|{attract}|met * condemnation|criticism|rebuke|rebukes|protest|protests|anger|outrage|ire|censure from',
      'came|come|comes|coming under ?heavy|intense|sharp|renewed|fierce|growing fire|criticism|attack from'] },
  { id: 'protest', type: 'CRITICISED', cameo: '114', goldstein: -2.0, frame: 'verb', confidence: 0.8,
    patterns: ['protest|protests|complaint|complaints with|to', '{lodge} * protest|complaint with'] },
  { id: 'accuse', type: 'CRITICISED', cameo: '112', goldstein: -2.0, frame: 'verb', confidence: 0.9,
    patterns: ['{accuse}', '{blame}'] },
  // CAMEO 112 accusation stated as a clause: "charged that X had …"; gap 1 keeps the accused right after "that"
  { id: 'charge-that', type: 'CRITICISED', cameo: '112', goldstein: -2.0, frame: 'verb', confidence: 0.75, gap: 1,
    patterns: ['{charge}|{allege} that'] },
  // CAMEO 115 bring lawsuit against, 113 rally opposition against
  { id: 'lawsuit', type: 'CRITICISED', cameo: '115', goldstein: -2.0, frame: 'verb', confidence: 0.8,
    patterns: ['{sue}', '{file}|{bring}|{lodge}|{launch} * lawsuit|lawsuits|suit|case|complaint|complaints|claim against'] },
  { id: 'rally-opposition', type: 'CRITICISED', cameo: '113', goldstein: -2.0, frame: 'verb', confidence: 0.75,
    patterns: ['{rally}|{mobilise}|{mobilize}|{marshal} * opposition|support|allies against'] },
  { id: 'regard-as', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'verb', complement: 'as-negative', confidence: 0.75,
    patterns: ['{regard}', '{consider}', '{describe}', '{see}', '{view}'] },
  { id: 'brand', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'verb', complement: 'name', confidence: 0.85,
    patterns: ['{brand}', '{call}', '{label}', '{dub}'] },
  { id: 'to-blame', type: 'CRITICISED', cameo: '112', goldstein: -2.0, frame: 'predicate', confidence: 0.75,
    patterns: ['{be} to blame', '?had|has|have {start} the|this war|conflict|fighting|invasion', '?had|has|have {begin} the|this war|conflict',
      '?seen|viewed|regarded|considered|treated|branded|described as the|an aggressor|aggressors', '{be} the|an aggressor|aggressors', '{be} a|an dictator|aggressor|liar|disgrace|thug|killer|butcher|murderer|tyrant|bully|warmonger|criminal', '{be} a|an war criminal',
      "haven't|hasn't|hadn't|didn't|don't|doesn't done|do anything", 'have|has|had not done anything', '?have|has|had done nothing',
      "haven't|hasn't|didn't|did|have|has ?not done|do enough", '?alone|solely {bear}|{share} ?the ?full|sole|some responsibility|blame for',
      '{be} not serious about', '{be} ?solely|directly|fully responsible for the|this|these|its attack|attacks|war|strike|strikes|killing|killings|deaths|crisis|violence|bombing|invasion|massacre'] },
  { id: 'evaluative', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'predicate', confidence: 0.65,
    patterns: ['{be} ?completely|totally|utterly|deeply|simply|extremely|very|highly unacceptable|outrageous|shameful|disgraceful|irresponsible|reckless|appalling|provocative|hostile|hypocritical|deplorable|regrettable|counterproductive|destabilising|destabilizing|baseless|absurd|wrong',
      '{be} a|an ?clear|flagrant|gross|serious violation|provocation|breach|affront|insult',
      '{be} a|an ?real|serious|direct|grave threat|danger|disgrace to|for',
      '{pose}|posed a|an ?real|serious|direct|grave|growing|major|significant threat|danger|risk'] },
  { id: 'evaluative-war', type: 'CRITICISED', cameo: '111', goldstein: -2.0, frame: 'predicate', confidence: 0.6,
    patterns: ["'s|' illegal|barbaric|brutal|unprovoked|unjustified|criminal|murderous war|invasion|aggression"] },

  // ---- SUPPORTED (CAMEO 05 Diplomatic cooperation, 03 intent, 07 aid) ----
  { id: 'support', type: 'SUPPORTED', cameo: '051', goldstein: 3.4, frame: 'verb', confidence: 0.85,
    patterns: ['{support}', '{back}', '{endorse}', '{praise}', '{thank}', '{applaud}', '{commend}', '{champion}', '{hail}', '{congratulate}',
      '{stand} with|by|behind', '{stand} shoulder to shoulder with', '{side} with', '{rally} behind|around', '{throw}|{put} * weight behind',
      // CAMEO 051/052 praise and verbal defence
      '{laud}', '{extol}', '{compliment}', 'saluted|saluting', '{acclaim}', '{lavish} praise on|upon', '{come} out in support|favour|favor of',
      '{speak} up for', '{vouch} for', '{stick} up for', '{come} to the defence|defense|aid|rescue of'] },
  { id: 'drew-praise', type: 'SUPPORTED', cameo: '051', goldstein: 3.4, frame: 'reaction', confidence: 0.75,
    patterns: ['draw|draws|drew|drawn|drawing|{earn}|win|wins|won|winning|{receive}|{attract}|got|gets|getting * praise|support|backing|endorsement|endorsements|plaudits from'] },
  { id: 'defend', type: 'SUPPORTED', cameo: '052', goldstein: 3.5, frame: 'verb', confidence: 0.8,
    patterns: ['{defend}'] },
  { id: 'help', type: 'SUPPORTED', cameo: '070', goldstein: 7.0, frame: 'verb', confidence: 0.7,
    patterns: ['{help}', '{assist}', 'funded|financed', '{bankroll}'] },
  { id: 'recognise', type: 'SUPPORTED', cameo: '054', goldstein: 6.0, frame: 'verb', confidence: 0.75,
    patterns: ['{recognise}', '{recognize}'] },
  { id: 'condolences', type: 'SUPPORTED', cameo: '051', goldstein: 3.4, frame: 'verb', confidence: 0.75,
    patterns: ['condolences|sympathies|congratulations|gratitude|thanks|appreciation|tribute|homage to', '{heap} praise on|upon',
      'praise|admiration|plaudits for'] },
  { id: 'support-for', type: 'SUPPORTED', cameo: '051', goldstein: 3.4, frame: 'verb', confidence: 0.85,
    patterns: ['support|backing|solidarity|commitment|sympathy for|to|with', 'support|backing for'] },
  { id: 'pledge', type: 'SUPPORTED', cameo: '033', goldstein: 5.2, frame: 'verb', confidence: 0.8,
    patterns: [`{pledge}|{promise}|{commit}|{offer} * ${AID} to|for|into|in`] },
  { id: 'pledge-money', type: 'SUPPORTED', cameo: '0331', goldstein: 5.2, frame: 'verb', confidence: 0.8,
    patterns: ['{pledge}|{promise}|{give}|{provide}|{send}|{donate}|{allocate}|{earmark}|{offer}|{announce}|{approve}|{unveil} * million|billion|bn|m|trillion ?in|of ?new|additional|military|humanitarian|economic ?aid|assistance|funding|support|loans|grants to|for'] },
  { id: 'provide-aid', type: 'SUPPORTED', cameo: '070', goldstein: 7.0, frame: 'verb', confidence: 0.8,
    patterns: [`{provide}|{send}|{give}|{supply}|{deliver}|{deploy}|{put}|{ship}|{extend}|{grant}|{rush}|{airlift}|{channel}|{funnel}|{transfer} * ${AID}|loan|credit|credits to|for|into|in`,
      `{announce}|{approve}|{unveil}|{authorise}|{authorize} * package|packages|tranche ** ${AID} to|for`] },
  { id: 'provide-with', type: 'SUPPORTED', cameo: '070', goldstein: 7.0, frame: 'verb', complement: 'with-aid', confidence: 0.8,
    patterns: ['{provide}|{supply}|{arm}|{equip}'] },
  // double object: "gave X weapons", "offered X its full support"
  { id: 'give-aid', type: 'SUPPORTED', cameo: '070', goldstein: 7.0, frame: 'verb', complement: 'aid-after', confidence: 0.75,
    patterns: ['{give}|{offer}|{promise}|{pledge}|{send}|{grant}'] },
  // CAMEO 075 grant asylum
  { id: 'asylum', type: 'SUPPORTED', cameo: '075', goldstein: 7.0, frame: 'verb', confidence: 0.75,
    patterns: ['{grant}|{give}|{offer} * asylum|refuge|sanctuary to'] },
  { id: 'friend', type: 'SUPPORTED', cameo: '051', goldstein: 3.4, frame: 'predicate', confidence: 0.7,
    patterns: ['{be} a|my ?great|good|close|true|dear friend', "{be} a ?very|really ?nice|great|good|fine guy|man|woman|leader",
      'can|could be trusted', '{be} ?absolutely right to', '{be} doing a ?great|good|fantastic|terrific job',
      '{be} a|an ?strong|reliable|trusted|close|key|important|steadfast|staunch|valued ally|partner|friend'] },

  // ---- URGED (CAMEO 02 Appeal, 10 Demand) ----
  { id: 'urge', type: 'URGED', cameo: '020', goldstein: 3.0, frame: 'verb', confidence: 0.9,
    patterns: ['{urge}', '{implore}', '{beseech}', '{exhort}'] },
  // before 'appeal': "told X to leave" is an expulsion; without the leaving, the words are read as an appeal
  { id: 'order-out', type: 'OPPOSED', cameo: '166', goldstein: -7.0, frame: 'verb', complement: 'leave', confidence: 0.8, modifierTarget: true, envoyOwner: true,
    patterns: ['{order}', '{tell}', '{ask}', '{instruct}'] },
  { id: 'appeal', type: 'URGED', cameo: '020', goldstein: 3.0, frame: 'verb', complement: 'to-or-for', confidence: 0.85,
    patterns: ['{call} on|upon', '{appeal} to', '{ask}', '{encourage}', '{lobby}', '{tell}', '{plead} with', 'appeal|appeals|plea|pleas to', '{challenge}', 'beg|begs|begged|begging',
      // CAMEO 02 appeal synonyms
      // verb forms only where the noun is common ("a request from X", "counsel for X")
      '{entreat}', 'petitioned|petitioning', 'requested|requesting', '{advise}', 'counselled|counseled|counselling|counseling', '{prevail} on|upon'] },
  // CAMEO 10 demand, said as an order or a push: "ordered X to halt", "leaned on X to accept"
  { id: 'order-to', type: 'URGED', cameo: '100', goldstein: -5.0, frame: 'verb', complement: 'to', confidence: 0.8,
    patterns: ['ordered|ordering', '{instruct}', 'directed|directing', '{enjoin}', '{goad}', 'prodded|prodding', '{nudge}', '{lean} on|upon', 'spurred|spurring'] },
  { id: 'call-for', type: 'URGED', cameo: '020', goldstein: 3.0, frame: 'verb', complement: 'to', confidence: 0.85, gap: 2,
    patterns: ['{call}|{push}|{press}|{appeal}|{lobby} for', 'calls|call|appeal|appeals|demand|demands|push|plea|pleas for'] },
  { id: 'press', type: 'URGED', cameo: '100', goldstein: -5.0, frame: 'verb', complement: 'to-or-on', confidence: 0.85,
    patterns: ['{press}', '{push}', '{pressure}', '{pressurise}'] },
  { id: 'warn', type: 'URGED', cameo: '100', goldstein: -5.0, frame: 'verb', complement: 'to-or-against', confidence: 0.8,
    patterns: ['{warn}', '{caution}'] },
  { id: 'want-to', type: 'URGED', cameo: '020', goldstein: 3.0, frame: 'verb', complement: 'to', confidence: 0.65,
    patterns: ['{want}'] },
  { id: 'convince', type: 'URGED', cameo: '020', goldstein: 3.0, frame: 'verb', complement: 'to-or-that', confidence: 0.75,
    patterns: ['{convince}', '{persuade}'] },
  { id: 'demand', type: 'URGED', cameo: '100', goldstein: -5.0, frame: 'verb', confidence: 0.8, gap: 1,
    patterns: ['{demand}', 'ultimatum|ultimatums to'] },
  { id: 'demand-that', type: 'URGED', cameo: '100', goldstein: -5.0, frame: 'verb', complement: 'subjunctive', confidence: 0.8, gap: 1,
    patterns: ['{demand}|{propose}|{insist}|{suggest}|{recommend}|{ask}|{request} that'] },
  { id: 'pressure-on', type: 'URGED', cameo: '100', goldstein: -5.0, frame: 'verb', complement: 'to', withoutComplement: 'OPPOSED', confidence: 0.8,
    patterns: ['?{pile}|{put}|{heap}|{ramp}|{increase}|{step} ?up ?the ?more pressure on|upon'] },
  { id: 'deontic', type: 'URGED', cameo: '020', goldstein: 3.0, frame: 'deontic', confidence: 0.6, speechOnly: true,
    patterns: ['must|should', '?will|would ?also have|has|need|needs to', 'ought to', '{be} required|obliged to'] },

  // ---- OPPOSED (CAMEO 12 Reject, 16 Reduce relations, 163 sanctions, 129 veto) ----
  { id: 'reject', type: 'OPPOSED', cameo: '120', goldstein: -4.0, frame: 'verb', confidence: 0.85, modifierTarget: true, throughProposals: true,
    patterns: ['{reject}', '{oppose}', '{rebuff}', '{spurn}', '{rule} out', '{contradict}', '{defy}', '{stand} up to',
      '{vote} against', '{block}', '{resist}', '{deny}', 'will|would|could|can not|never accept', "won't|wouldn't|cannot|can't|couldn't|didn't|don't|doesn't accept",
      '{refuse}|{decline} to accept',
      // CAMEO 12 reject synonyms
      '{turn} down', '{brush} aside|off', '{repudiate}', '{thwart}', '{stonewall}', '{push} back against|on', '{balk}|{baulk} at',
      '{object} to', '{vote} down', '{obstruct}', '{stand} firm against'] },
  { id: 'veto', type: 'OPPOSED', cameo: '129', goldstein: -5.0, frame: 'verb', confidence: 0.9, throughProposals: true, patterns: ['{veto}'] },
  // CAMEO 081 ease sanctions: listed before 'sanction' so "lifted sanctions on X" (the longer match) is not read as a sanction
  { id: 'ease-sanctions', type: 'SUPPORTED', cameo: '081', goldstein: 5.0, frame: 'verb', confidence: 0.65,
    patterns: ['{lift}|{ease}|{relax}|{remove}|{waive}|{drop}|{scrap}|{end} * sanctions|embargo|embargoes|tariffs on|against'] },
  { id: 'sanction', type: 'OPPOSED', cameo: '163', goldstein: -8.0, frame: 'verb', confidence: 0.85, modifierTarget: true,
    patterns: ['{sanction}', 'embargoed|embargoing', 'sanctions|embargo|embargoes|tariffs|boycott on|against', '{turn} the screws on', '{boycott}', '{freeze}|{seize} * assets|reserves of',
      // CAMEO 17 coerce, in its non-military sense
      '{punish}', '{penalise}', '{penalize}'] },
  { id: 'expel', type: 'OPPOSED', cameo: '166', goldstein: -7.0, frame: 'verb', confidence: 0.85, modifierTarget: true, envoyOwner: true,
    patterns: ['{expel}', '{eject}', '{deport}', '{kick}|{throw} out'] },
  { id: 'cut-ties', type: 'OPPOSED', cameo: '161', goldstein: -4.0, frame: 'verb', confidence: 0.85,
    patterns: ['{cut}|{sever}|{break}|{downgrade}|{suspend}|{freeze} * ties|relations with', '{recall}|{withdraw} * ambassador|envoy|ambassadors|diplomats from',
      '{suspend}|{halt}|{freeze}|{break} ?off * talks|dialogue|negotiations with', '{withdraw} from * deal|agreement|accord|pact|treaty with',
      '{pull}|{walk} out of * deal|agreement|accord|pact|treaty|talks|negotiations with',
      '{walk}|{pull}|{turn} away from * deal|agreement|accord|pact|treaty|talks|negotiations with',
      '{quit}|{exit}|{abandon}|{scrap}|{renege} ?on * deal|agreement|accord|pact|treaty with', '{tear} up * deal|agreement|accord|pact|treaty with'] },
  { id: 'threaten', type: 'OPPOSED', cameo: '130', goldstein: -4.4, frame: 'verb', confidence: 0.75,
    patterns: ['{threaten}'] },
  { id: 'ban-trade', type: 'OPPOSED', cameo: '163', goldstein: -8.0, frame: 'verb', confidence: 0.8, modifierTarget: true,
    patterns: ['{ban}|{block}|{restrict}|{halt}|{suspend} * imports|exports|goods|products|flights of|from|to'] },
  { id: 'stop-aid', type: 'OPPOSED', cameo: '162', goldstein: -5.6, frame: 'verb', confidence: 0.8,
    patterns: ['{pause}|{halt}|{suspend}|{withhold}|{freeze}|{stop}|{delay}|{cut}|{slash}|{reduce}|{end} ?off|back * aid|shipment|shipments|deliveries|delivery|funding|weapons|arms to|for',
      '{pause}|{halt}|{suspend}|{withhold}|{stop}|{delay}|{block} * shipment|shipments|deliveries|delivery|transfer|transfers|sale|sales of ** to'] },
  { id: 'rebuff', type: 'OPPOSED', cameo: '120', goldstein: -4.0, frame: 'verb', confidence: 0.7,
    patterns: ['rebuff|snub|setback|blow to'] },
  { id: 'exclude', type: 'OPPOSED', cameo: '160', goldstein: -4.0, frame: 'verb', confidence: 0.8, modifierTarget: true,
    patterns: ['{exclude}', '{sideline}', '{snub}', '{shun}', '{isolate}', '{freeze} out', '{cut} out', '{bar}', '{ban}', '{suspend}', '{blacklist}'] },
  { id: 'refuse', type: 'OPPOSED', cameo: '120', goldstein: -4.0, frame: 'verb', confidence: 0.7, refusal: true, gap: 8,
    patterns: ['{refuse} to', '{decline} to', 'not going to', 'will|would not', "won't|wouldn't", 'reluctant|unwilling|hesitant|loath to'] },
];
