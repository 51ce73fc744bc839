import { ModuleCategory } from '@lms/shared/contracts';
import type { CreateRoleplayRequest } from '@lms/shared/contracts';

/** Demo role-plays (demo teaching material, not medical advice), by the module they belong to. */
export interface DemoRoleplay extends CreateRoleplayRequest {
  category: ModuleCategory;
}

const LEVELS = (not: string, developing: string, proficient: string) => [
  { label: `Not yet: ${not}`, points: 0 },
  { label: `Developing: ${developing}`, points: 1 },
  { label: `Proficient: ${proficient}`, points: 2 },
];

const NOTE =
  'Demo teaching material for a demonstration of Threshold; not medical advice. Practise with a colleague playing the client, then paste the transcript.';

export const DEMO_ROLEPLAYS: DemoRoleplay[] = [
  {
    category: ModuleCategory.Safety,
    title: 'Screening a client who discloses a contraindication',
    scenario:
      'Dana, 51, is referred for ketamine-assisted psychotherapy for treatment-resistant depression. During your screening call she mentions that her blood pressure "runs high" and that she stopped her antihypertensive two months ago because of side effects. She is eager to start next week.',
    task: `Conduct the part of the screening conversation in which this comes up. Explore the history, explain why it matters for ketamine, and agree next steps without promising or refusing treatment yourself. ${NOTE}`,
    graderNotes:
      'Look for: curiosity rather than alarm; an accurate, plain explanation of transient blood-pressure rises; no clinical decision outside scope; a concrete plan to involve the prescriber and primary care; documentation.',
    passingScore: 70,
    rubric: {
      criteria: [
        {
          title: 'Explores the disclosure',
          description:
            'Asks open questions about readings, medication, symptoms and other cardiovascular history.',
          levels: LEVELS(
            'moves on or closes the topic',
            'asks some questions',
            'explores history, current control and related risks',
          ),
        },
        {
          title: 'Explains the relevance accurately',
          description:
            'Explains that ketamine commonly raises blood pressure and heart rate for a while, in plain language.',
          levels: LEVELS(
            'inaccurate or absent',
            'partly accurate or jargon-heavy',
            'accurate, plain and non-alarming',
          ),
        },
        {
          title: 'Stays within scope',
          description: 'Does not decide eligibility or advise on medication; names who decides.',
          levels: LEVELS(
            'gives medical advice',
            'unclear about roles',
            'clear that the prescriber decides, with medical evaluation',
          ),
        },
        {
          title: 'Agrees next steps',
          description:
            'Referral to the prescriber and primary care, what will happen, what the client can do.',
          levels: LEVELS('no plan', 'vague plan', 'specific plan the client understands'),
        },
      ],
    },
  },
  {
    category: ModuleCategory.Preparation,
    title: 'Informed consent for a first ketamine session',
    scenario:
      'Marcus, 34, has been medically cleared for ketamine-assisted psychotherapy. This is your preparation session before his first dosing session. He says he has read about "ego death" online and is both excited and nervous.',
    task: `Walk Marcus through informed consent for the psychotherapy component: what the experience may be like, risks and side effects, suggestibility in altered states, touch, confidentiality, his right to stop, and how the session will run. ${NOTE}`,
    graderNotes:
      'Consent is a conversation, not a form. Look for teach-back, specific discussion of suggestibility and boundaries, and an explicit, revisable agreement about touch.',
    passingScore: 70,
    rubric: {
      criteria: [
        {
          title: 'Sets realistic expectations',
          description:
            'Describes common experiences (dissociation, perceptual changes, emotions) without overpromising.',
          levels: LEVELS('overpromises or frightens', 'partly realistic', 'balanced and concrete'),
        },
        {
          title: 'Covers risks and side effects',
          description: 'Nausea, blood pressure, dizziness, after-effects, no driving that day.',
          levels: LEVELS('omitted', 'some covered', 'covered clearly with what will be done'),
        },
        {
          title: 'Addresses suggestibility and boundaries',
          description:
            "Explains heightened suggestibility, the therapist's boundaries and that consent for touch is agreed beforehand and can be withdrawn.",
          levels: LEVELS('not addressed', 'mentioned briefly', 'explained and agreed explicitly'),
        },
        {
          title: 'Checks understanding and voluntariness',
          description: 'Uses teach-back; affirms the right to ask questions, pause or stop.',
          levels: LEVELS(
            'no check',
            'asks "any questions?"',
            'teach-back and explicit voluntariness',
          ),
        },
      ],
    },
  },
  {
    category: ModuleCategory.Facilitation,
    title: 'Responding to acute distress during a dissociative session',
    scenario:
      'Forty minutes after an intramuscular dose, Priya, 29, who has a history of childhood trauma, begins to breathe fast, grips the armrests and says "I can\'t get out, I\'m disappearing." The nurse is present and monitoring vital signs.',
    task: `Respond to Priya in the moment and over the next few minutes, and then describe briefly what you would do after the session. ${NOTE}`,
    graderNotes:
      'Look for a calm, slow voice; orienting and grounding; consent-aware touch only if agreed beforehand; coordination with the nurse on vitals; no interpretation during the peak; follow-up and documentation.',
    passingScore: 70,
    rubric: {
      criteria: [
        {
          title: 'Offers safety and orientation',
          description:
            'Calm presence, short sentences, orienting to time, place and that the effects will pass.',
          levels: LEVELS(
            'absent or escalating',
            'partly calming',
            'consistently calm and orienting',
          ),
        },
        {
          title: 'Uses grounding within consent',
          description:
            'Breath, feet on the floor, sensory anchors; touch only as agreed beforehand.',
          levels: LEVELS(
            'none, or touch without consent',
            'some grounding',
            'well-chosen grounding that respects consent',
          ),
        },
        {
          title: 'Coordinates with the medical team',
          description: 'Checks vitals with the nurse and knows when to escalate.',
          levels: LEVELS('ignores the medical side', 'mentions it', 'clear, timely coordination'),
        },
        {
          title: 'Follows up after the session',
          description:
            'Debrief, integration planning, documentation, review of the trauma history in preparation.',
          levels: LEVELS('no follow-up', 'some follow-up', 'specific follow-up plan'),
        },
      ],
    },
  },
  {
    category: ModuleCategory.Integration,
    title: 'An integration session a week later',
    scenario:
      'A week after his second ketamine session, Sam, 45, says the session was "beautiful but confusing": he saw his late father and felt forgiven, but back at work nothing feels different and he wonders whether it "worked".',
    task: `Run the first 15 minutes of the integration session: help Sam make meaning of the experience in his own words and connect it to the changes he wants. ${NOTE}`,
    graderNotes:
      'Look for non-directive meaning-making (the client interprets, not the therapist), links to his intentions, one small behavioural step for the coming week, and attention to grief.',
    passingScore: 70,
    rubric: {
      criteria: [
        {
          title: "Invites the client's own meaning",
          description: 'Open questions; reflects rather than interprets.',
          levels: LEVELS('imposes interpretations', 'mixed', 'consistently client-led'),
        },
        {
          title: 'Links the experience to intentions',
          description: 'Connects what emerged to the goals set in preparation.',
          levels: LEVELS('no link', 'loose link', 'clear, client-owned link'),
        },
        {
          title: 'Plans a concrete next step',
          description:
            'Agrees one small, specific action for the week (journaling, conversation, practice).',
          levels: LEVELS('no plan', 'vague intention', 'specific, realistic step'),
        },
      ],
    },
  },
];
