import type { DemoModuleQuestions } from './demo-questions.types';
import { ModuleCategory } from '@lms/shared/contracts';

/**
 * Question bank of the demo course that ships with Threshold
 * ("Foundations of Ketamine-Assisted Psychotherapy").
 *
 * One entry per module, in the course's module order. Every question is
 * answerable from the demo course's teaching text. Module quizzes use their
 * module's questions; the course post-test draws at random from the whole bank.
 *
 * Demo teaching material: not medical advice and not a substitute for accredited
 * training, clinical supervision or prescribing information.
 */
export const DEMO_QUESTION_BANK: DemoModuleQuestions[] = [
  // -------------------------------------------------------------------------
  // 1. Pharmacology and neuroscience
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.Pharmacology,
    questions: [
      {
        type: 'single',
        prompt: "Which mechanism is most central to ketamine's action in the brain?",
        options: [
          {
            text: 'Selective inhibition of serotonin reuptake',
            correct: false,
            feedback: 'That is the mechanism of SSRIs, which take weeks to work.',
          },
          {
            text: 'Positive modulation of GABA-A receptors, like a benzodiazepine',
            correct: false,
            feedback: "Benzodiazepines act this way; they may actually blunt ketamine's effects.",
          },
          {
            text: 'Agonism at serotonin 5-HT2A receptors, like classic psychedelics',
            correct: false,
            feedback: 'This describes classic psychedelics such as psilocybin, not ketamine.',
          },
          {
            text: 'Non-competitive antagonism of the NMDA receptor, blocking the open channel from inside',
            correct: true,
            feedback: 'Correct. Ketamine enters the open NMDA-receptor channel and blocks it.',
          },
        ],
        rationale:
          'Ketamine is a non-competitive NMDA-receptor antagonist. At anesthetic doses blockade is widespread; at sub-anesthetic doses it is partial and produces dissociation with preserved consciousness.',
        tags: ['nmda', 'mechanism'],
      },
      {
        type: 'single',
        prompt:
          'In the leading disinhibition model, ketamine reduces the activity of inhibitory interneurons and a brief glutamate surge follows. Which receptor, not blocked by ketamine, does this glutamate activate to start the signalling linked to its antidepressant effect?',
        options: [
          {
            text: 'The AMPA receptor',
            correct: true,
            feedback:
              'Correct. AMPA activation starts the signalling that leads to growth-factor release.',
          },
          {
            text: 'The NMDA receptor',
            correct: false,
            feedback:
              'Ketamine blocks NMDA receptors; the surge acts through receptors it does not block.',
          },
          {
            text: 'The dopamine D2 receptor',
            correct: false,
            feedback: 'Dopamine D2 receptors are not the glutamate pathway described in the model.',
          },
          {
            text: 'The serotonin 5-HT1A receptor',
            correct: false,
            feedback: 'This is not a glutamate receptor and is not part of the model described.',
          },
        ],
        rationale:
          "Glutamate released in the surge activates AMPA receptors, which ketamine does not block. In animal studies, blocking AMPA receptors prevents ketamine's antidepressant-like effects.",
        tags: ['nmda', 'glutamate', 'mechanism'],
      },
      {
        type: 'multiple',
        prompt:
          "Which steps belong to the molecular cascade proposed to follow ketamine's glutamate surge? Select all that apply.",
        options: [
          {
            text: 'Accumulation of ketamine in the brain that must persist for benefit to continue',
            correct: false,
            feedback:
              'Ketamine is largely eliminated before benefits peak; the effect depends on changes it sets in motion.',
          },
          {
            text: 'BDNF binds its receptor TrkB and activates the mTOR pathway',
            correct: true,
            feedback: 'Correct. mTOR is a central regulator of protein synthesis.',
          },
          {
            text: 'Gradual down-regulation of serotonin receptors over several weeks of continuous dosing',
            correct: false,
            feedback:
              "This slow process is associated with conventional antidepressants, not ketamine's rapid effect.",
          },
          {
            text: 'AMPA-receptor activation increases release of brain-derived neurotrophic factor (BDNF)',
            correct: true,
            feedback: 'Correct. This is the first step after AMPA activation.',
          },
          {
            text: 'Increased synaptic protein synthesis supports new dendritic spines in the prefrontal cortex and hippocampus',
            correct: true,
            feedback:
              'Correct. This synaptogenesis is the proposed basis of the neuroplastic window.',
          },
        ],
        rationale:
          'The proposed sequence runs from AMPA activation to BDNF release, TrkB and mTOR signalling, and synaptic protein synthesis with new dendritic spines. Most of this mechanistic evidence comes from animal studies.',
        tags: ['neuroplasticity', 'mechanism'],
        partialCredit: true,
      },
      {
        type: 'true_false',
        prompt:
          "Because ketamine's antidepressant effect depends on the drug remaining in the body, benefit is greatest while blood levels are highest during the session.",
        options: [
          {
            text: 'True',
            correct: false,
            feedback: 'Ketamine is largely eliminated before benefits peak.',
          },
          {
            text: 'False',
            correct: true,
            feedback:
              'Correct. With a half-life of roughly 2 to 3 hours, the drug is mostly gone when benefit is often largest, around 24 hours after an infusion.',
          },
        ],
        rationale:
          'Antidepressant effects often appear within hours and are frequently largest around 24 hours after a single infusion, when little drug remains. The effect seems to depend on the changes ketamine sets in motion rather than its continued presence.',
        tags: ['pharmacokinetics', 'neuroplasticity'],
      },
      {
        type: 'single',
        prompt:
          'A client asks whether the "neuroplastic window" after ketamine has been proven to last a set number of days. Which answer best reflects the course?',
        options: [
          {
            text: "Yes; routine brain scans confirm exactly how long each client's window stays open.",
            correct: false,
            feedback: 'Synaptic changes cannot be measured in routine care.',
          },
          {
            text: 'It refers to the hours to days after dosing when plasticity may be increased; it is a plausible rationale, but human evidence is still emerging and its duration is unknown.',
            correct: true,
            feedback: 'Correct. This is accurate and avoids overstating the evidence.',
          },
          {
            text: 'No; the window is a myth with no supporting evidence of any kind.',
            correct: false,
            feedback:
              'There is supporting animal evidence and a plausible rationale; human evidence is emerging.',
          },
          {
            text: 'It lasts several months, so the timing of psychotherapy after dosing does not matter.',
            correct: false,
            feedback:
              'Benefit often fades over one to two weeks without further treatment, and timing is thought to matter.',
          },
        ],
        rationale:
          'The window is a reasonable working hypothesis that shapes the timing of integration, but its duration in humans is unknown and few controlled trials have tested what psychotherapy adds to ketamine alone.',
        tags: ['neuroplasticity', 'evidence'],
      },
      {
        type: 'single',
        prompt:
          "A client's prescriber has chosen sublingual lozenges rather than intramuscular injection. Compared with IM ketamine, what should you prepare the client to expect?",
        options: [
          {
            text: 'Complete bioavailability and the finest control over the experience',
            correct: false,
            feedback: 'That describes IV infusion, which can be slowed or stopped.',
          },
          {
            text: 'A faster and more intense onset than IM injection',
            correct: false,
            feedback: 'IM injection acts within minutes and is usually more intense than lozenges.',
          },
          {
            text: 'An FDA-approved route for depression that needs no medical oversight',
            correct: false,
            feedback:
              'Racemic ketamine for depression is off-label by any route, and the prescriber sets the protocol.',
          },
          {
            text: 'Slower onset and milder, less predictable effects, because bioavailability is lower and more variable',
            correct: true,
            feedback:
              'Correct. Swallowed drug is largely metabolised by the liver before reaching the circulation.',
          },
        ],
        rationale:
          'Sublingual and oral forms have lower, more variable bioavailability, slower onset and milder, less predictable effects; clients are often asked to hold the dose in the mouth and spit rather than swallow. The prescriber, not the psychotherapist, chooses route and dose.',
        tags: ['routes', 'pharmacokinetics'],
      },
      {
        type: 'multiple',
        prompt:
          'Which statements about intranasal esketamine (Spravato) are accurate? Select all that apply.',
        options: [
          {
            text: 'It is racemic ketamine reformulated as a nasal spray',
            correct: false,
            feedback: 'Spravato contains only the S-enantiomer, esketamine.',
          },
          {
            text: 'It was FDA-approved in 2019 for treatment-resistant depression in adults, in combination with an oral antidepressant',
            correct: true,
            feedback:
              'Correct. A 2020 approval added depressive symptoms in adults with MDD with acute suicidal ideation or behaviour.',
          },
          {
            text: 'Once a patient is stable, it may be dispensed for unsupervised use at home',
            correct: false,
            feedback:
              'Under the REMS, dosing takes place under supervision in a certified healthcare setting.',
          },
          {
            text: 'It contains esketamine, the S-enantiomer of ketamine, which binds the NMDA receptor more strongly',
            correct: true,
            feedback: 'Correct. Generic ketamine is a racemic mix of S- and R-ketamine.',
          },
          {
            text: 'It is available only under a REMS: patients self-administer under supervision in a certified setting and are monitored for at least 2 hours',
            correct: true,
            feedback: 'Correct. This is the core of the REMS.',
          },
        ],
        rationale:
          'Spravato contains esketamine, is approved for treatment-resistant depression (with an oral antidepressant) and for depressive symptoms in MDD with acute suicidal ideation or behaviour, and is given only under a REMS with supervised dosing and at least 2 hours of monitoring. Labelling changes over time, so check current prescribing information.',
        tags: ['esketamine', 'routes'],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 2. Safety and medical considerations
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.Safety,
    questions: [
      {
        type: 'single',
        prompt:
          "Twenty-five minutes after an IM dose, the nurse notes that a client's blood pressure and heart rate have risen above baseline. The client is comfortable and reports no chest pain or headache. What is the best interpretation?",
        options: [
          {
            text: 'Ketamine normally lowers blood pressure, so the rise must be caused by anxiety alone.',
            correct: false,
            feedback: 'Ketamine itself raises blood pressure and heart rate.',
          },
          {
            text: 'A transient rise in blood pressure and heart rate is a common effect of ketamine; monitoring continues per protocol, with escalation to the prescriber if agreed thresholds are exceeded.',
            correct: true,
            feedback:
              'Correct. The rise typically peaks early and returns toward baseline over the next hour or two.',
          },
          {
            text: 'Any rise above baseline is an emergency; the psychotherapist should end the session and call emergency services.',
            correct: false,
            feedback:
              'A moderate transient rise is expected; the emergency plan is for severe rises or symptoms such as chest pain.',
          },
          {
            text: 'The rise shows the dose was too low, so the psychotherapist should suggest a top-up.',
            correct: false,
            feedback:
              'Dose decisions belong to the prescriber, and a blood pressure rise is not a sign of under-dosing.',
          },
        ],
        rationale:
          'Transient increases in blood pressure and heart rate are common, typically peaking within the first half hour or so and then settling. They are why vital signs are monitored and why uncontrolled hypertension is a key contraindication.',
        tags: ['side-effects', 'monitoring'],
      },
      {
        type: 'multiple',
        prompt:
          'At intake, which findings must reach the prescriber before treatment because they are typical contraindications or cautions for ketamine? Select all that apply.',
        options: [
          {
            text: 'A previous course of cognitive behavioural therapy with partial benefit',
            correct: false,
            feedback: 'Earlier psychotherapy is useful history, not a contraindication.',
          },
          {
            text: 'Uncontrolled hypertension',
            correct: true,
            feedback:
              'Correct. Ketamine raises blood pressure, so uncontrolled hypertension is a central concern.',
          },
          {
            text: 'Nervousness about what the first session will feel like',
            correct: false,
            feedback: 'Anticipatory nervousness is common and is addressed through preparation.',
          },
          {
            text: 'A past episode of psychosis',
            correct: true,
            feedback:
              'Correct. Ketamine can provoke or worsen psychotic symptoms; this is usually an exclusion or needs specialist review.',
          },
          {
            text: 'A known intracranial aneurysm',
            correct: true,
            feedback:
              'Correct. Aneurysmal vascular disease is a contraindication in the esketamine label.',
          },
        ],
        rationale:
          'Conditions in which a blood pressure rise would be dangerous (such as uncontrolled hypertension and aneurysmal vascular disease) and a history of psychosis are key contraindications or cautions. The psychotherapist gathers this history and routes it to the prescriber, who decides eligibility.',
        tags: ['contraindications', 'screening'],
        points: 2,
      },
      {
        type: 'single',
        prompt:
          'Several weeks into a KAP series, a client mentions new urinary frequency, urgency and pain. What is the most appropriate response?',
        options: [
          {
            text: 'Recognise a possible sign of ketamine-associated bladder problems, ask non-judgementally about any use outside the protocol, and make sure the prescriber is informed promptly.',
            correct: true,
            feedback:
              'Correct. Urinary symptoms need medical follow-up, and heavy or non-prescribed use raises the risk.',
          },
          {
            text: 'Reassure the client that this is an expected part of emergence reactions and will pass.',
            correct: false,
            feedback:
              'Emergence reactions occur as the drug wears off; urinary symptoms are a separate risk.',
          },
          {
            text: 'Advise the client to reduce the dose on their own until the symptoms settle.',
            correct: false,
            feedback:
              "Dose changes are the prescriber's decision, not the psychotherapist's or client's.",
          },
          {
            text: 'Note it in the chart and raise it at the end of the treatment series.',
            correct: false,
            feedback:
              'Relevant observations should be reported promptly, not held until the series ends.',
          },
        ],
        rationale:
          'Ketamine-associated cystitis is described mainly with chronic heavy non-medical use and is uncommon at therapeutic doses, which is why urinary symptoms and possible misuse are asked about at follow-up and passed to the prescriber.',
        tags: ['side-effects', 'misuse', 'referral'],
      },
      {
        type: 'true_false',
        prompt:
          'Respiratory depression is uncommon with sub-anesthetic ketamine alone, but the risk rises when ketamine is combined with opioids, benzodiazepines, alcohol or other sedatives.',
        options: [
          {
            text: 'True',
            correct: true,
            feedback: 'Correct. This is why intake asks about all medicines and substances.',
          },
          {
            text: 'False',
            correct: false,
            feedback:
              'Combining ketamine with other sedatives does add to sedation and respiratory risk.',
          },
        ],
        rationale:
          'Ketamine alone at sub-anesthetic doses rarely depresses breathing, but opioids, benzodiazepines, alcohol and other sedatives add to sedation and respiratory risk.',
        tags: ['side-effects', 'drug-interactions'],
      },
      {
        type: 'single',
        prompt:
          'On the morning of a dosing session, a client mentions having started a new blood pressure medicine last week. What should the psychotherapist do?',
        options: [
          {
            text: 'Reassure the client that blood pressure medicine makes ketamine safer, so the session can go ahead as planned.',
            correct: false,
            feedback:
              'The psychotherapist should not reassure a client that they are medically fine.',
          },
          {
            text: 'Make sure the prescriber or medical team knows before dosing goes ahead, and let them decide whether and how to proceed.',
            correct: true,
            feedback:
              "Correct. Re-screening before each session and routing medical questions to the prescriber is the psychotherapist's role.",
          },
          {
            text: "Advise the client to skip today's dose of the new medicine to avoid an interaction.",
            correct: false,
            feedback: 'Only the prescriber adjusts medicines or their timing.',
          },
          {
            text: 'Proceed and mention the new medicine at the next integration session.',
            correct: false,
            feedback: 'New medicines are relevant before dosing, not afterwards.',
          },
        ],
        rationale:
          'Clients should be re-screened before each session for new medicines, illness, possible pregnancy and substance use. Medical eligibility and medication decisions belong to the prescriber.',
        tags: ['screening', 'scope-of-practice', 'prescriber-coordination'],
      },
      {
        type: 'single',
        prompt:
          'Which plan best reflects typical discharge criteria after an office-based ketamine session?',
        options: [
          {
            text: 'The client may drive home once the dissociative effects have ended, if they feel alert.',
            correct: false,
            feedback:
              'Clients should not drive or operate machinery until the next day after restful sleep.',
          },
          {
            text: 'The client may leave alone by public transport once they can hold a conversation.',
            correct: false,
            feedback: 'Clients should leave with a responsible adult.',
          },
          {
            text: 'Discharge is decided by the time elapsed since dosing; vital signs are not rechecked.',
            correct: false,
            feedback: 'Vital signs are repeated and should be close to baseline before discharge.',
          },
          {
            text: 'Vital signs near baseline, oriented, walking steadily and nausea controlled; the client leaves with a responsible adult and does not drive until the next day after restful sleep.',
            correct: true,
            feedback: 'Correct. These are the typical discharge criteria described in the course.',
          },
        ],
        rationale:
          'Discharge requires vitals near baseline, orientation, steady walking and controlled nausea. Because of lingering effects on coordination and judgement, clients go home with a responsible adult and do not drive until the next day.',
        tags: ['monitoring', 'discharge'],
      },
      {
        type: 'single',
        prompt:
          'Under the Spravato (esketamine) REMS, what monitoring is required around each dose?',
        options: [
          {
            text: 'Blood pressure assessed before and after dosing, and observation in the certified setting for at least 2 hours until the patient is clinically stable',
            correct: true,
            feedback: 'Correct. This is the REMS requirement described in the course.',
          },
          {
            text: 'A 15-minute observation period, after which the patient may drive home',
            correct: false,
            feedback:
              'Observation lasts at least 2 hours, and patients should not drive until the next day.',
          },
          {
            text: 'No in-clinic monitoring once the patient has tolerated the first dose',
            correct: false,
            feedback: 'Monitoring applies to every dose under the REMS.',
          },
          {
            text: 'An overnight hospital admission after each dose',
            correct: false,
            feedback:
              'The REMS requires supervised observation in a certified setting, not admission.',
          },
        ],
        rationale:
          'Spravato is self-administered under supervision in a certified healthcare setting, with blood pressure checked before and after dosing and observation for at least 2 hours until the patient is clinically stable.',
        tags: ['esketamine', 'monitoring'],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 3. Preparation and screening
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.Preparation,
    questions: [
      {
        type: 'single',
        prompt: 'How should trauma history be approached during a KAP intake assessment?',
        options: [
          {
            text: 'Obtain a detailed account of each traumatic event so nothing surprises you during dosing',
            correct: false,
            feedback:
              'Detailed exploration at intake can destabilise the client before treatment starts.',
          },
          {
            text: 'Skip trauma history, since relevant material will emerge during dosing anyway',
            correct: false,
            feedback: 'Without some trauma history you cannot anticipate triggers or plan support.',
          },
          {
            text: 'Gather enough to anticipate triggers and plan support, without detailed exploration at intake',
            correct: true,
            feedback: 'Correct. Intake is not the place for detailed trauma processing.',
          },
          {
            text: 'Ask the prescriber to cover trauma history as part of the medical evaluation',
            correct: false,
            feedback:
              "Trauma history falls within the psychotherapist's part of the shared intake.",
          },
        ],
        rationale:
          'A KAP intake covers trauma history only to the extent needed to anticipate triggers and plan support; detailed exploration belongs later, within a stabilised therapeutic relationship.',
        tags: ['screening', 'trauma'],
      },
      {
        type: 'multiple',
        prompt:
          'Which intake findings are red flags that call for slowing down and consulting before KAP proceeds? Select all that apply.',
        options: [
          {
            text: 'Frequent "zoning out" at work and gaps in memory in a client with childhood trauma',
            correct: true,
            feedback:
              'Correct. These may suggest a dissociative disorder, which needs specialist trauma expertise if KAP is considered at all.',
          },
          {
            text: 'Asking many questions about what the experience will feel like',
            correct: false,
            feedback:
              'Curiosity and questions are welcome and are addressed through psychoeducation.',
          },
          {
            text: 'A past episode of psychotic symptoms',
            correct: true,
            feedback: 'Correct. Current or past psychosis is a major red flag.',
          },
          {
            text: 'Two earlier antidepressant trials that gave limited benefit',
            correct: false,
            feedback:
              'Limited response to earlier treatment is common among people referred for KAP.',
          },
          {
            text: 'Hoping for a cure in one session because a partner is pushing for treatment',
            correct: true,
            feedback: 'Correct. Unrealistic expectations and external pressure are red flags.',
          },
        ],
        rationale:
          'Psychosis, possible dissociative disorders and unrealistic expectations or pressure are red flags. A red flag is a reason to slow down, document and consult the prescriber or a specialist, not always an automatic exclusion.',
        tags: ['screening', 'red-flags'],
        partialCredit: true,
      },
      {
        type: 'single',
        prompt:
          'A client with treatment-resistant depression referred for KAP reports frequent thoughts of being better off dead. Which approach is most consistent with the course?',
        options: [
          {
            text: 'Proceed with dosing promptly instead of safety planning, since ketamine reliably and lastingly removes suicidal ideation.',
            correct: false,
            feedback:
              'Reductions in suicidal ideation may be short-lived, and ketamine does not replace crisis care.',
          },
          {
            text: 'Assess ideation, intent, plan, means, past attempts and protective factors with a structured tool such as the C-SSRS plus a clinical interview; build a collaborative safety plan before treatment; reassess at every dosing and integration session.',
            correct: true,
            feedback: 'Correct. This is the structured approach described in the course.',
          },
          {
            text: 'Exclude the client from KAP automatically, without further assessment.',
            correct: false,
            feedback:
              'Suicidal thoughts need careful assessment and may call for a higher level of care, but are not an automatic exclusion.',
          },
          {
            text: 'Leave suicide assessment to the prescriber, since it is a medical matter.',
            correct: false,
            feedback: "Psychological risk assessment is a core part of the psychotherapist's role.",
          },
        ],
        rationale:
          'Some studies show rapid short-term reductions in suicidal ideation after ketamine, but effects may not last. Structured assessment, a safety plan (including crisis lines such as 988 in the U.S. and reducing access to means) and reassessment at every session are essential; clients at acute high risk may need a higher level of care first.',
        tags: ['suicide-risk', 'screening', 'safety-planning'],
        points: 2,
      },
      {
        type: 'true_false',
        prompt:
          'Any red flag identified at intake means the client is automatically excluded from KAP.',
        options: [
          {
            text: 'True',
            correct: false,
            feedback: 'Red flags call for caution and consultation, not always exclusion.',
          },
          {
            text: 'False',
            correct: true,
            feedback: 'Correct. A red flag is a reason to slow down and consult.',
          },
        ],
        rationale:
          'A red flag is a reason to slow down, document, consult and consider alternatives such as stabilisation work or referral. It is not always an automatic exclusion, and the decision is explained to the client respectfully.',
        tags: ['screening', 'red-flags'],
      },
      {
        type: 'single',
        prompt:
          "Which intention is most consistent with the course's guidance on forming intentions?",
        options: [
          {
            text: '"To meet my grief with kindness"',
            correct: true,
            feedback:
              'Correct. It is personal, open and compassionate: a direction rather than a demand.',
          },
          {
            text: '"To fix my depression for good in this session"',
            correct: false,
            feedback: 'This is a demand with an unrealistic expectation of a single-session cure.',
          },
          {
            text: '"To finally recover the memory of what happened when I was six"',
            correct: false,
            feedback:
              'Aiming at recovering memories is risky; material from altered states may not be accurate.',
          },
          {
            text: '"To make sure I feel nothing uncomfortable"',
            correct: false,
            feedback: 'The experience cannot be controlled this way; intentions are held lightly.',
          },
        ],
        rationale:
          'Intentions work best as personal, open, compassionate directions held lightly. The experience may go elsewhere, and that is still useful material for integration.',
        tags: ['intentions', 'psychoeducation'],
      },
      {
        type: 'single',
        prompt:
          'During preparation, a client asks: "If it gets too intense, can you just stop it?" Which answer is accurate?',
        options: [
          {
            text: '"Yes. The nurse can give an antidote that reverses ketamine within a minute."',
            correct: false,
            feedback: 'This promises something the team cannot provide.',
          },
          {
            text: '"Once a dose is absorbed it can\'t be withdrawn, but a lozenge can be spat out and an infusion slowed or stopped by the medical team. The effects are time-limited, and I\'ll be with you and respond to the signals we agree."',
            correct: true,
            feedback:
              "Correct. This is honest about what stopping means while supporting the client's role.",
          },
          {
            text: '"Yes. As soon as you say stop, the effects will end."',
            correct: false,
            feedback:
              'A dose cannot be withdrawn once absorbed; promising otherwise undermines trust.',
          },
          {
            text: '"There\'s no need to worry about that; sessions are never intense."',
            correct: false,
            feedback:
              'Difficult moments are common; false reassurance leaves the client unprepared.',
          },
        ],
        rationale:
          'Clear, honest expectations are part of informed consent. Clients should know what can and cannot be stopped, that effects are time-limited, and how they can ask for support, including with agreed non-verbal signals.',
        tags: ['psychoeducation', 'informed-consent'],
      },
      {
        type: 'single',
        prompt: 'Which pairing of a standardised intake measure with its purpose is correct?',
        options: [
          {
            text: 'PCL-5: rating suicide risk',
            correct: false,
            feedback: 'The PCL-5 measures PTSD symptoms; the C-SSRS is used for suicide risk.',
          },
          {
            text: 'C-SSRS: measuring generalised anxiety',
            correct: false,
            feedback: 'The C-SSRS assesses suicide risk; the GAD-7 measures anxiety.',
          },
          {
            text: 'Dissociative Experiences Scale (DES): screening for dissociation',
            correct: true,
            feedback: 'Correct. The DES is used as a dissociation screen.',
          },
          {
            text: 'PHQ-9: screening for psychosis',
            correct: false,
            feedback: 'The PHQ-9 measures depression.',
          },
        ],
        rationale:
          'Examples in the course: PHQ-9 (depression), GAD-7 (anxiety), PCL-5 (PTSD symptoms), C-SSRS (suicide risk) and DES (dissociation screen). Measures support clinical judgement; they do not replace it.',
        tags: ['screening', 'measures'],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 4. Trauma-informed care
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.TraumaInformed,
    questions: [
      {
        type: 'single',
        prompt:
          'During a session, a client with a trauma history becomes still and flat and says, "I can\'t feel anything, I\'m not here," which she recognises from past shutdowns. In window-of-tolerance terms, what is happening?',
        options: [
          {
            text: 'Hypoarousal: she has moved below her window of tolerance',
            correct: true,
            feedback: 'Correct. Numbness, collapse and shutdown are signs of hypoarousal.',
          },
          {
            text: 'Hyperarousal: she has moved above her window of tolerance',
            correct: false,
            feedback: 'Hyperarousal looks like panic, racing heart, agitation or intrusive images.',
          },
          {
            text: "She is within her window; this is simply ketamine's expected, spacious dissociation",
            correct: false,
            feedback:
              'Her recognition of a familiar shutdown suggests a trauma response rather than the expected effect.',
          },
          {
            text: 'An emergence reaction that always requires medication',
            correct: false,
            feedback:
              'Emergence reactions occur as the drug wears off and are usually managed with reassurance.',
          },
        ],
        rationale:
          'The window of tolerance is the range of arousal in which a person can feel, think and stay connected. Numbness, collapse and disconnection indicate hypoarousal, and the therapist helps the client return to the window, for example with gentle grounding.',
        tags: ['trauma', 'window-of-tolerance', 'dissociation'],
      },
      {
        type: 'true_false',
        prompt:
          'Ketamine-induced dissociation is typically time-limited, expected and consented to, whereas trauma-related dissociation is a protective response to threat that can be triggered by reminders.',
        options: [
          {
            text: 'True',
            correct: true,
            feedback: 'Correct. The two can overlap, but they differ in origin and meaning.',
          },
          {
            text: 'False',
            correct: false,
            feedback: 'The course distinguishes the two in exactly this way.',
          },
        ],
        rationale:
          "The two kinds of dissociation differ but can overlap: for some survivors ketamine's detachment allows painful material to be approached, while for others loss of control or immobility echoes past trauma and triggers fear.",
        tags: ['dissociation', 'trauma'],
      },
      {
        type: 'multiple',
        prompt:
          'Which practices help avoid re-traumatisation during a ketamine session? Select all that apply.',
        options: [
          {
            text: 'Never restraining the client and never touching without consent',
            correct: true,
            feedback: 'Correct. Restraint and unconsented touch can echo past trauma.',
          },
          {
            text: 'Guiding the client toward their trauma memory while ketamine lowers their defences',
            correct: false,
            feedback:
              'Steering toward trauma content can overwhelm the client and misuses heightened suggestibility.',
          },
          {
            text: 'Offering choices about eyeshades, door and seating position, lighting and who is in the room',
            correct: true,
            feedback: 'Correct. Control over the environment supports safety and agency.',
          },
          {
            text: 'Keeping the door closed and the room dark for every client to maximise inward focus',
            correct: false,
            feedback:
              "Closed doors and darkness are common triggers; the setting should follow the client's preferences.",
          },
          {
            text: "Letting material arise at the client's own pace",
            correct: true,
            feedback: 'Correct. Trauma memories are never forced or steered toward.',
          },
        ],
        rationale:
          'Trauma-informed KAP identifies known triggers, offers control over the environment, never forces trauma content, never restrains and never touches without consent.',
        tags: ['trauma', 'set-and-setting', 'client-agency'],
      },
      {
        type: 'single',
        prompt:
          'Inviting the client to choose the music, whether to use eyeshades, their position, the lighting, whether touch is welcome and whether to talk best illustrates which trauma-informed principle?',
        options: [
          {
            text: 'Peer support',
            correct: false,
            feedback: 'Peer support means connection with others who have had similar treatment.',
          },
          {
            text: 'Trustworthiness and transparency',
            correct: false,
            feedback:
              'This principle concerns clear roles, honest information and reliable follow-through.',
          },
          {
            text: 'Cultural humility',
            correct: false,
            feedback: 'This concerns awareness of how identity and history shape trust.',
          },
          {
            text: 'Empowerment, voice and choice',
            correct: true,
            feedback:
              'Correct. These choices, including the choice to decline, express this principle.',
          },
        ],
        rationale:
          'In the SAMHSA framework as applied to KAP, empowerment, voice and choice covers choices about the session environment and process, including the choice to decline.',
        tags: ['trauma', 'client-agency'],
      },
      {
        type: 'single',
        prompt:
          'After a session, a client with a trauma history describes a vivid image of a locked room and asks, "What does it mean?" What is the most trauma-informed response?',
        options: [
          {
            text: 'Invite the client to explore what the image means to them, offering any ideas of your own tentatively, if at all.',
            correct: true,
            feedback: 'Correct. The client is the authority on what their experience means.',
          },
          {
            text: 'Explain that it is a repressed memory of abuse that has now surfaced.',
            correct: false,
            feedback:
              'Images from altered states should not be treated as confirmed history, and this interpretation is leading.',
          },
          {
            text: 'Give a confident interpretation based on your own therapeutic framework.',
            correct: false,
            feedback:
              'Clients in and after altered states are more suggestible; interpreting for them misuses that power.',
          },
          {
            text: 'Suggest that the image is meaningless and best set aside.',
            correct: false,
            feedback:
              'Dismissing the experience undermines collaboration and may lose useful material.',
          },
        ],
        rationale:
          'Clients can be more suggestible and dependent in and after altered states, and trauma survivors may be especially sensitive to power. Avoid interpreting for the client; they are the authority on meaning.',
        tags: ['trauma', 'client-agency', 'integration'],
      },
      {
        type: 'single',
        prompt:
          'A trauma survivor tells you that lying still under a blanket in the last session reminded her of being held down. How should you prepare for the next session?',
        options: [
          {
            text: 'Keep the setting unchanged so she can work through the trigger during dosing.',
            correct: false,
            feedback:
              'Deliberately exposing her to a known trigger while she is in an altered state risks re-traumatisation.',
          },
          {
            text: 'Ask the prescriber for a higher dose so that she will not notice the trigger.',
            correct: false,
            feedback:
              'Dose is not a tool for managing triggers, and dose decisions belong to the prescriber.',
          },
          {
            text: 'Explore the trigger with her and adjust together: for example, the option to sit up, a lighter covering, her choice of seating and door position, and agreed signals for asking to move or change something.',
            correct: true,
            feedback:
              'Correct. Identifying triggers and offering control over the environment reduces the risk of re-traumatisation.',
          },
          {
            text: 'End KAP immediately without discussing it with her.',
            correct: false,
            feedback:
              'Decisions are made collaboratively; a trigger can often be addressed by adapting the setting.',
          },
        ],
        rationale:
          'Immobility and body sensations can echo past experiences such as being restrained. Identifying known triggers and offering control over the setting protects safety and agency.',
        tags: ['trauma', 'set-and-setting'],
      },
      {
        type: 'single',
        prompt: 'In trauma-informed KAP, what does the "container" refer to?',
        options: [
          {
            text: 'The locked storage cabinet required for controlled substances',
            correct: false,
            feedback:
              'Secure storage is a DEA requirement, but it is not what "container" means here.',
          },
          {
            text: 'The dosing room alone',
            correct: false,
            feedback: 'The room is only one part of the container.',
          },
          {
            text: 'The whole structure holding the work: the relationship, the agreements, the setting and the plan for before, during and after dosing',
            correct: true,
            feedback: 'Correct. The container is relational and procedural, not a single object.',
          },
          {
            text: 'The signed consent form',
            correct: false,
            feedback: 'Consent is part of the agreements, but the container is broader.',
          },
        ],
        rationale:
          'The container usually includes continuity of therapist or team, explicit agreements on boundaries, touch, stopping and confidentiality, a predictable structure, and a plan for distress during and after the session.',
        tags: ['trauma', 'set-and-setting'],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 5. Session facilitation
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.Facilitation,
    questions: [
      {
        type: 'single',
        prompt:
          'At the peak of a higher-dose session, a client with eyeshades on begins to cry quietly. Breathing is steady and she has not signalled for support. What is the most appropriate response?',
        options: [
          {
            text: 'Ask what the tears are about so the material can be processed now',
            correct: false,
            feedback:
              'At the peak, speech may be difficult; talking is kept to a minimum unless the client initiates or needs support.',
          },
          {
            text: 'Stay attentively present, track her breathing and expression, and offer at most a brief validating word such as "I\'m here"',
            correct: true,
            feedback: 'Correct. Non-directive presence supports the process without steering it.',
          },
          {
            text: 'Suggest the tears may be about her father, since he came up in preparation',
            correct: false,
            feedback: 'Introducing themes misuses heightened suggestibility.',
          },
          {
            text: 'Remove her eyeshades and help her sit up to stop the crying',
            correct: false,
            feedback:
              'Tears are not a problem to fix; reducing input is offered when the client needs it.',
          },
        ],
        rationale:
          "Holding space means attentive, unintrusive presence: trust the client's process, keep talking to a minimum at the peak, reflect and validate briefly rather than interpret, and track non-verbal cues.",
        tags: ['holding-space', 'non-directive'],
      },
      {
        type: 'single',
        prompt:
          'Twenty minutes after IM dosing, a client becomes distressed and reports crushing chest pain and a severe headache. What should the psychotherapist do first?',
        options: [
          {
            text: 'Begin grounding and breathing, and check vital signs again in 15 minutes if the client is still distressed.',
            correct: false,
            feedback:
              'You cannot talk someone through a medical emergency; chest pain needs immediate medical assessment.',
          },
          {
            text: 'Reassure the client that strong body sensations are a normal part of the ketamine experience.',
            correct: false,
            feedback: 'Chest pain and severe headache are warning signs, not expected effects.',
          },
          {
            text: 'Lower the music and remove the eyeshades, then wait for the effects to wear off.',
            correct: false,
            feedback:
              'Reducing stimulation helps psychological distress, not a possible cardiovascular emergency.',
          },
          {
            text: 'Treat it as a possible medical emergency: follow the emergency plan and call the medical team or prescriber at once.',
            correct: true,
            feedback:
              'Correct. A medical cause is considered first, and medical problems go to the medical team.',
          },
        ],
        rationale:
          'The stepped response begins by considering a medical cause. Chest pain, severe headache, vomiting with reduced responsiveness or very high blood pressure or pulse trigger the emergency plan and immediate involvement of the medical team.',
        tags: ['emergency-response', 'monitoring'],
        points: 2,
      },
      {
        type: 'multiple',
        prompt:
          'A client becomes anxious during a session and wants help to feel more present. Which are grounding techniques described in the course? Select all that apply.',
        options: [
          {
            text: 'Encouraging the client to stand and walk around the room unassisted',
            correct: false,
            feedback:
              'Clients do not walk unassisted until steady; small movements or a change of position are used instead.',
          },
          {
            text: "Feeling the body's weight on the chair or holding a familiar object",
            correct: true,
            feedback: 'Correct. Sensory orientation anchors the client in the room.',
          },
          {
            text: 'Offering an interpretation of what the anxiety means',
            correct: false,
            feedback:
              'Interpretation belongs in integration and can add to suggestion during the session.',
          },
          {
            text: 'Breathing with a longer out-breath, or resting a hand on the belly',
            correct: true,
            feedback: 'Correct. Breath is a core grounding technique.',
          },
          {
            text: 'Brief, calm statements such as "You\'re safe. You\'re in the office. The medicine will wear off."',
            correct: true,
            feedback: "Correct. The therapist's calm voice is a grounding anchor.",
          },
        ],
        rationale:
          "Grounding helps clients return to the window of tolerance through breath, sensory orientation, the therapist's calm voice, small movements and reducing input. Techniques are rehearsed before dosing so they feel familiar.",
        tags: ['grounding', 'distress'],
        partialCredit: true,
      },
      {
        type: 'true_false',
        prompt:
          'If a client agreed before the session that hand-holding is welcome, the facilitator may take their hand at any point during the session without checking in.',
        options: [
          {
            text: 'True',
            correct: false,
            feedback: 'Prior agreement does not remove the need to check in the moment.',
          },
          {
            text: 'False',
            correct: true,
            feedback:
              'Correct. Consent can be withdrawn at any time, so check in ("Would you like my hand?") and respect any withdrawal.',
          },
        ],
        rationale:
          'Touch is agreed in advance while the client is sober, checked again in the moment and never goes beyond what was agreed. Consent can be withdrawn at any time, and agreements and any touch are documented.',
        tags: ['touch', 'informed-consent'],
      },
      {
        type: 'single',
        prompt: "Which session-room arrangement best reflects the course's guidance on setting?",
        options: [
          {
            text: 'Eyeshades worn throughout so that the client stays turned inward',
            correct: false,
            feedback: 'Eyeshades are always optional and can be removed at any time.',
          },
          {
            text: 'Emergency equipment kept in another part of the building so it does not alarm the client',
            correct: false,
            feedback: 'Emergency equipment should be close by and checked before each session.',
          },
          {
            text: 'A private, quiet room with dimmable lighting, eyeshades offered as optional, monitoring equipment present but unobtrusive, emergency equipment close by, and no walking unassisted until steady',
            correct: true,
            feedback: 'Correct. This combines comfort, client choice and safety.',
          },
          {
            text: 'The client walks to the bathroom alone mid-session to preserve autonomy',
            correct: false,
            feedback: 'Fall prevention means the client does not walk unassisted until steady.',
          },
        ],
        rationale:
          'The setting strongly shapes the experience: privacy, comfort, adjustable light and sound, optional eyeshades, unobtrusive monitoring, nearby emergency equipment and fall prevention.',
        tags: ['set-and-setting', 'safety'],
      },
      {
        type: 'single',
        prompt:
          'Mid-session, a client calls out, "I\'m dying, I\'m losing myself!" The nurse confirms breathing and vital signs are stable. What is the best first response?',
        options: [
          {
            text: "Offer calm presence and orientation: \"I'm here with you. You're safe. You're in the office, the medicine is time-limited, and I'm staying.\"",
            correct: true,
            feedback:
              'Correct. Presence and orientation are the first steps for psychological distress.',
          },
          {
            text: 'Call emergency services, since the client believes they are dying.',
            correct: false,
            feedback:
              'With a medical cause considered and vitals stable, this is psychological distress met first with presence.',
          },
          {
            text: 'Tell the client this is the death of the ego and encourage them to go deeper.',
            correct: false,
            feedback: 'This imposes an interpretation and a direction on a suggestible client.',
          },
          {
            text: 'Step out of the room so the client can work through it undisturbed.',
            correct: false,
            feedback: 'A trained person remains with the client throughout the acute effects.',
          },
        ],
        rationale:
          'A sense of dying or losing oneself can arise and does not necessarily mean something is wrong. Once a medical cause is considered, the stepped response starts with presence and orientation, then grounding, invitation, reduced stimulation and, if needed, medical escalation.',
        tags: ['distress', 'grounding'],
      },
      {
        type: 'single',
        prompt:
          "In a lower-dose (psycholytic) session, the client can talk throughout. How should the therapist's stance differ from a higher-dose session?",
        options: [
          {
            text: "The therapist should lead a structured exposure to the client's trauma memories.",
            correct: false,
            feedback: 'Trauma material is never forced or steered toward.',
          },
          {
            text: 'The therapist should stay completely silent, exactly as at higher doses.',
            correct: false,
            feedback: 'In psycholytic approaches the therapist may engage more actively.',
          },
          {
            text: "The therapist can use the client's openness to introduce new positive beliefs.",
            correct: false,
            feedback: 'Heightened suggestibility is a reason to avoid suggestion, not to use it.',
          },
          {
            text: "The therapist may engage more actively in conversation, while still following the client's lead and keeping interpretation for integration.",
            correct: true,
            feedback: 'Correct. More dialogue is possible, but the approach stays non-directive.',
          },
        ],
        rationale:
          "Psycholytic sessions allow conversation and more active engagement, but the therapist still follows the client's lead, avoids suggestion and keeps interpretation for integration.",
        tags: ['non-directive', 'holding-space'],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 6. Integration
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.Integration,
    questions: [
      {
        type: 'single',
        prompt: 'When are integration sessions commonly scheduled after a dosing session, and why?',
        options: [
          {
            text: 'During the peak of the acute effects, when insight is strongest',
            correct: false,
            feedback:
              'Deeper processing belongs in integration after the acute effects have passed.',
          },
          {
            text: 'Within about one to three days, partly to use the possible neuroplastic window and partly because memories of the experience fade',
            correct: true,
            feedback: 'Correct. Both reasons are given in the course.',
          },
          {
            text: 'Two to four weeks later, so the experience can settle first',
            correct: false,
            feedback: 'By then memories fade and the possible window has likely passed.',
          },
          {
            text: 'Only once, after the whole treatment series has ended',
            correct: false,
            feedback: 'Integration accompanies each dosing session.',
          },
        ],
        rationale:
          'Integration is commonly held within one to three days of dosing to make use of the possible neuroplastic window and to work with the experience while it is fresh.',
        tags: ['integration', 'neuroplasticity'],
      },
      {
        type: 'single',
        prompt:
          'In an integration session, a client says: "I saw something in the session that means my mother must have abused me." What is the most appropriate response?',
        options: [
          {
            text: 'Confirm that ketamine often uncovers repressed memories, so the abuse almost certainly happened.',
            correct: false,
            feedback:
              'Apparent memories from altered states should not be treated as confirmed history.',
          },
          {
            text: 'Tell the client it was only a drug effect and has nothing to do with real life.',
            correct: false,
            feedback:
              'Dismissing the experience is invalidating and closes off useful exploration.',
          },
          {
            text: 'Ask detailed questions about what the mother did, to help the memory become clearer.',
            correct: false,
            feedback: 'Leading questions, particularly about possible abuse, should be avoided.',
          },
          {
            text: 'Acknowledge how significant this feels, explore the experience with open, non-leading questions, and explain gently that material arising in altered states may not be accurate memory.',
            correct: true,
            feedback: 'Correct. This honours the experience without confirming or dismissing it.',
          },
        ],
        rationale:
          'Apparent memories that surface in altered states may not be accurate. The therapist neither confirms nor dismisses them and avoids leading questions, especially about possible abuse.',
        tags: ['integration', 'memory'],
      },
      {
        type: 'multiple',
        prompt: 'Which belong in a typical integration session? Select all that apply.',
        options: [
          {
            text: 'A check-in on sleep, mood, side effects and safety',
            correct: true,
            feedback: 'Correct. Safety is checked at every integration session.',
          },
          {
            text: "An authoritative interpretation of the experience within the therapist's preferred spiritual framework",
            correct: false,
            feedback:
              'The client is the authority on meaning; avoid imposing a spiritual or other frame.',
          },
          {
            text: 'The client describing the experience in their own words, including images, emotions and body sensations',
            correct: true,
            feedback: "Correct. The client's own narrative comes first.",
          },
          {
            text: 'Skipping the safety check when the client reports feeling better',
            correct: false,
            feedback: 'Mood can dip as effects fade; safety is checked every time.',
          },
          {
            text: "Exploring links to the intention and daily life, with the therapist's ideas offered tentatively",
            correct: true,
            feedback: "Correct. Meaning-making follows the client's interpretations.",
          },
        ],
        rationale:
          'A typical structure is check-in, narrative, meaning-making, application and planning. The client is the authority on meaning, and safety, including suicidal thoughts, is checked every time.',
        tags: ['integration'],
        points: 2,
      },
      {
        type: 'true_false',
        prompt:
          'If a client says "nothing happened, it was just strange," the dosing session has produced nothing useful for integration.',
        options: [
          {
            text: 'True',
            correct: false,
            feedback: 'Not every session feels profound, and that is still material to work with.',
          },
          {
            text: 'False',
            correct: true,
            feedback: 'Correct. "Nothing happened" or "it was just strange" is valid material.',
          },
        ],
        rationale:
          'Not every session feels profound. A sense that nothing happened is valid material for integration, and insight in any case is a beginning rather than the change itself.',
        tags: ['integration'],
      },
      {
        type: 'single',
        prompt:
          'The day after a session, a client says they feel "lighter than in years" and want to quit their job tomorrow. What is the most helpful response?',
        options: [
          {
            text: 'Encourage them to resign now, while the neuroplastic window is open.',
            correct: false,
            feedback:
              'Clients are advised to avoid major decisions during and shortly after sessions.',
          },
          {
            text: 'Tell them the feeling is only a drug effect that will disappear.',
            correct: false,
            feedback: 'This dismisses a meaningful shift that could support real change.',
          },
          {
            text: 'Welcome the energy for change, translate it into small, concrete steps, and encourage postponing major decisions until it can be considered over time.',
            correct: true,
            feedback:
              'Correct. This supports change while respecting advice to avoid major decisions shortly after sessions.',
          },
          {
            text: 'Suggest pausing treatment because the client has become too energised.',
            correct: false,
            feedback:
              'Feeling lighter is not in itself a reason to stop; decisions about treatment are made with the prescriber.',
          },
        ],
        rationale:
          'The days after dosing are a good time to practise new patterns through small, achievable steps such as behavioural activation or implementation intentions, while major life decisions are better considered over time.',
        tags: ['behaviour-change', 'integration'],
      },
      {
        type: 'multiple',
        prompt:
          'Which follow-up findings call for prompt referral or consultation beyond routine integration? Select all that apply.',
        options: [
          {
            text: 'Tiredness and vivid dreams the night after a session',
            correct: false,
            feedback:
              'These are common in the days after a session and are part of what clients are told to expect.',
          },
          {
            text: 'New or increasing suicidal ideation',
            correct: true,
            feedback: 'Correct. This needs prompt assessment and crisis services where needed.',
          },
          {
            text: 'Finding journaling prompts hard to answer at first',
            correct: false,
            feedback:
              'This is ordinary integration material; simpler practices or drawing may help.',
          },
          {
            text: 'Persistent dissociative or psychotic symptoms since the last session',
            correct: true,
            feedback: 'Correct. Refer promptly to the prescriber or psychiatry.',
          },
          {
            text: 'Requests for more frequent dosing and use of ketamine outside the protocol',
            correct: true,
            feedback:
              'Correct. Signs of misuse go to the prescriber and, where appropriate, addiction services.',
          },
        ],
        rationale:
          'Worsening depression or suicidality, psychotic, manic or persistent dissociative symptoms, and signs of misuse call for prompt referral to the prescriber, psychiatry, crisis or addiction services.',
        tags: ['referral', 'follow-up'],
        partialCredit: true,
      },
      {
        type: 'single',
        prompt:
          'You offer a body scan as an integration practice to a client with a trauma history. Which delivery is most consistent with trauma-sensitive practice?',
        options: [
          {
            text: 'Eyes closed throughout, since that deepens the practice',
            correct: false,
            feedback: 'Trauma-sensitive delivery does not require eye closure.',
          },
          {
            text: 'A fixed posture held for the whole practice, to build tolerance',
            correct: false,
            feedback: 'There are no required postures in trauma-sensitive delivery.',
          },
          {
            text: "Several long practices every day, regardless of the client's circumstances",
            correct: false,
            feedback:
              'One or two practices done regularly and tailored to the client are worth more.',
          },
          {
            text: 'Invitational language, a choice to keep the eyes open or closed, and freedom to adjust or stop at any time',
            correct: true,
            feedback:
              'Correct. Choice and invitation keep the practice within the window of tolerance.',
          },
        ],
        rationale:
          "Somatic integration practices are delivered with invitational language, choice and no required postures or eye closure, and are tailored to the client's culture, abilities and circumstances.",
        tags: ['somatic', 'trauma', 'integration'],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 7. Ethics and law
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.EthicsLaw,
    questions: [
      {
        type: 'single',
        prompt:
          'Which statement about the legal status of ketamine in the United States is accurate?',
        options: [
          {
            text: 'It is a Schedule III controlled substance; prescribing requires prescriptive authority under state law and a current DEA registration.',
            correct: true,
            feedback:
              'Correct. Schedule III means accepted medical use and abuse potential lower than Schedules I and II.',
          },
          {
            text: 'It is a Schedule I substance that may be used only in approved research.',
            correct: false,
            feedback:
              'Schedule I substances have no accepted medical use; ketamine is an approved anesthetic.',
          },
          {
            text: 'Any licensed mental health clinician who completes KAP training may prescribe it.',
            correct: false,
            feedback:
              'Prescribing requires prescriptive authority and DEA registration; KAP training does not confer these.',
          },
          {
            text: 'It is not a controlled substance, because it is FDA-approved as an anesthetic.',
            correct: false,
            feedback:
              'Approved medicines can still be controlled; ketamine has been Schedule III since 1999.',
          },
        ],
        rationale:
          'Ketamine has been Schedule III under the Controlled Substances Act since 1999. Prescribers need state prescriptive authority and DEA registration, and clinics must follow rules on secure storage, inventory and disposal.',
        tags: ['schedule-iii', 'regulation'],
      },
      {
        type: 'single',
        prompt:
          'A licensed professional counselor supporting an at-home sublingual programme is asked by a client whether to take an extra lozenge because the last session "felt weak." What should the counselor do?',
        options: [
          {
            text: 'Suggest half an extra lozenge as a cautious compromise.',
            correct: false,
            feedback: "Any dose advice is outside a counselor's scope of practice.",
          },
          {
            text: "Not advise on dosing; direct the question to the prescriber and let the prescriber know about the client's request.",
            correct: true,
            feedback:
              "Correct. Doses, medicines and medical eligibility are the prescriber's domain.",
          },
          {
            text: 'Reassure the client that lozenges are mild, so an extra one is harmless.',
            correct: false,
            feedback: 'This is medical advice outside scope, and ignores possible misuse.',
          },
          {
            text: "Say nothing to the prescriber, to protect the client's confidentiality.",
            correct: false,
            feedback:
              'With consent arrangements in place, requests for more dosing are relevant to the team.',
          },
        ],
        rationale:
          'Psychotherapists do not prescribe or administer ketamine unless separately licensed, and should not advise on doses; those questions go to the prescriber. Requests for more dosing may also be an early sign of misuse.',
        tags: ['scope-of-practice', 'misuse'],
      },
      {
        type: 'multiple',
        prompt:
          'Which elements are specific to informed consent for ketamine-induced altered states? Select all that apply.',
        options: [
          {
            text: 'Obtaining consent once, at intake, to cover the entire series',
            correct: false,
            feedback:
              'Consent is a process, revisited before each session and whenever anything changes.',
          },
          {
            text: 'Explaining heightened suggestibility and advising against major decisions during and shortly after sessions',
            correct: true,
            feedback:
              'Correct. Vulnerability and suggestibility are central to consent for altered states.',
          },
          {
            text: 'Obtaining consent after dosing begins, when the client is most relaxed',
            correct: false,
            feedback:
              'Consent must be given while the client is sober and has decision-making capacity.',
          },
          {
            text: 'A touch agreement: what kind, when, how consent is given and withdrawn in the moment, and possible safety-related contact',
            correct: true,
            feedback: 'Correct. Touch is agreed in advance while the client is sober.',
          },
          {
            text: 'What happens if the client wants to leave while still affected, such as staying under observation until safe',
            correct: true,
            feedback: 'Correct. Procedures for reduced capacity are agreed beforehand.',
          },
        ],
        rationale:
          'Consent for altered states addresses suggestibility, touch and reduced capacity during the session, and is given while sober, checked with teach-back, revisited before each session and documented.',
        tags: ['informed-consent', 'touch'],
        points: 2,
      },
      {
        type: 'true_false',
        prompt:
          'Audio or video recording of a KAP session is covered by the general treatment consent and does not need separate consent.',
        options: [
          {
            text: 'True',
            correct: false,
            feedback: 'Recording requires its own explicit consent.',
          },
          {
            text: 'False',
            correct: true,
            feedback: 'Correct. Recording requires separate, explicit consent.',
          },
        ],
        rationale:
          'Audio or video recording requires separate, explicit consent, given while the client is sober.',
        tags: ['informed-consent', 'documentation'],
      },
      {
        type: 'single',
        prompt:
          'Shortly after a successful KAP series ends, a former client invites the therapist to co-lead a paid wellness retreat with them. What is the most appropriate response?',
        options: [
          {
            text: 'Accept, because the treatment series has ended.',
            correct: false,
            feedback: 'Ending a series does not remove the power difference or the risk of harm.',
          },
          {
            text: 'Accept, as long as the arrangement is documented in writing.',
            correct: false,
            feedback: 'Documenting a dual relationship does not make it appropriate.',
          },
          {
            text: 'Accept, since the client initiated the idea and it supports their autonomy.',
            correct: false,
            feedback:
              "Who initiates does not change the therapist's responsibility to hold boundaries.",
          },
          {
            text: 'Decline, because it would create a dual relationship, and discuss the invitation in supervision.',
            correct: true,
            feedback:
              'Correct. Business dealings and retreat-leader roles with clients are dual relationships to avoid.',
          },
        ],
        rationale:
          'The power difference in therapy is magnified by altered states. Avoid dual relationships, including business dealings and acting as both therapist and retreat leader, and use supervision and consultation.',
        tags: ['boundaries', 'dual-relationships'],
      },
      {
        type: 'single',
        prompt:
          'During a session, a client signals "yes" and the facilitator holds her hand for several minutes while she is distressed. What should be documented?',
        options: [
          {
            text: 'Nothing, since the client consented',
            correct: false,
            feedback: 'Consent does not remove the need to document touch.',
          },
          {
            text: "The touch agreement, the touch that occurred, the client's distress and the interventions used, in contemporaneous session notes",
            correct: true,
            feedback: 'Correct. Touch agreements and any touch that occurs are documented.',
          },
          {
            text: 'Only if the client later raises a concern',
            correct: false,
            feedback: 'Records should be contemporaneous, not written only after a complaint.',
          },
          {
            text: 'Only vital signs, which the nurse records; session events are not documented',
            correct: false,
            feedback: 'Session observations, touch, distress and interventions are all documented.',
          },
        ],
        rationale:
          'Clear, contemporaneous records include consent discussions and touch agreements, session observations, any touch, distress and interventions, and adverse events. They protect both client and clinician.',
        tags: ['documentation', 'touch'],
      },
      {
        type: 'single',
        prompt: 'Which best describes cultural humility as presented in the course?',
        options: [
          {
            text: 'A competence that is achieved by completing a single training',
            correct: false,
            feedback: 'The course describes it as ongoing rather than ever complete.',
          },
          {
            text: 'Offering every client the same spiritual framing so the service is consistent',
            correct: false,
            feedback: "Imposing a framing ignores the client's own beliefs and meanings.",
          },
          {
            text: 'Assuming what a client needs based on their cultural background',
            correct: false,
            feedback: 'Cultural humility means asking rather than assuming.',
          },
          {
            text: 'An ongoing stance of self-reflection and learning that includes asking clients about meaning and preferences and adapting language, music and setting',
            correct: true,
            feedback: 'Correct. Cultural humility is never complete.',
          },
        ],
        rationale:
          "Cultural humility involves recognising one's own assumptions, considering structural barriers and historical mistreatment, asking about meaning and preferences, and seeking feedback and consultation.",
        tags: ['cultural-humility', 'ethics'],
      },
    ],
  },

  // -------------------------------------------------------------------------
  // 8. Collaborative care
  // -------------------------------------------------------------------------
  {
    category: ModuleCategory.CollaborativeCare,
    questions: [
      {
        type: 'single',
        prompt: 'On a KAP team, who decides the route and dose of ketamine?',
        options: [
          {
            text: 'The prescriber',
            correct: true,
            feedback:
              'Correct. Route, dose and decisions to continue or stop belong to the prescriber.',
          },
          {
            text: 'The psychotherapist, based on how the previous session went',
            correct: false,
            feedback: 'Psychotherapists report observations but do not choose route or dose.',
          },
          {
            text: 'The nurse, independently of any order',
            correct: false,
            feedback: 'Nurses administer under a valid order and within their licence.',
          },
          {
            text: 'The client, based on their preferences',
            correct: false,
            feedback:
              'Client preferences inform the discussion, but the prescriber makes the medical decision.',
          },
        ],
        rationale:
          'The prescriber is responsible for evaluation, eligibility, route and dose, medicine management and controlled-substance compliance. Roles, including who decides on dose, should be agreed in writing.',
        tags: ['roles', 'scope-of-practice'],
      },
      {
        type: 'single',
        prompt:
          "After an integration session, you are concerned that a client's suicidal thoughts have increased. How should you communicate with the prescriber?",
        options: [
          {
            text: 'Raise it at the next monthly case review',
            correct: false,
            feedback: 'Case review is not the channel for urgent safety concerns.',
          },
          {
            text: 'Include it in the written summary at the end of the treatment series',
            correct: false,
            feedback: 'Changes in suicidality need prompt reporting.',
          },
          {
            text: 'Contact the prescriber the same day using a shared structure such as SBAR (situation, background, assessment, recommendation)',
            correct: true,
            feedback: 'Correct. Safety concerns call for same-day contact in a clear structure.',
          },
          {
            text: 'Keep it between you and the client to protect the therapeutic alliance',
            correct: false,
            feedback:
              'Safety information is shared within the team under the agreed consent arrangements.',
          },
        ],
        rationale:
          'Teams agree timelines, such as same-day contact for safety concerns, and a shared structure such as SBAR. Changes in suicidality are among the observations to report promptly.',
        tags: ['communication', 'suicide-risk'],
      },
      {
        type: 'multiple',
        prompt:
          'Which practices support routine communication within a KAP team? Select all that apply.',
        options: [
          {
            text: 'Sharing a brief note after each session on the experience, adverse events, safety assessment and integration plan',
            correct: true,
            feedback: 'Correct. This keeps the prescriber and team informed.',
          },
          {
            text: 'Sending full psychotherapy notes to every team member by default',
            correct: false,
            feedback: 'Share what is needed and consented to, not everything by default.',
          },
          {
            text: 'Obtaining written client consent for information sharing that specifies what is shared and with whom',
            correct: true,
            feedback: 'Correct. Consent for sharing comes first.',
          },
          {
            text: 'Contacting other team members only when something goes wrong',
            correct: false,
            feedback:
              'Routine communication happens before and after each session, not only in a crisis.',
          },
          {
            text: 'Agreeing timelines, such as same-day contact for safety concerns and regular updates on progress',
            correct: true,
            feedback: 'Correct. Agreed timelines prevent gaps.',
          },
        ],
        rationale:
          'Good teamwork rests on consented, structured and routine communication: sharing intake findings before treatment, a brief note after each session and agreed timelines for concerns.',
        tags: ['communication', 'collaboration'],
        partialCredit: true,
      },
      {
        type: 'true_false',
        prompt:
          "When team members disagree about continuing treatment and the client's safety is at stake, the more cautious course usually prevails.",
        options: [
          {
            text: 'True',
            correct: true,
            feedback:
              "Correct. Disagreements are resolved by returning to the client's welfare and the evidence.",
          },
          {
            text: 'False',
            correct: false,
            feedback:
              'When safety is at stake, the course indicates the more cautious option usually prevails.',
          },
        ],
        rationale:
          "Disagreement about eligibility or continuing treatment is normal. Teams return to the client's welfare and the evidence, seek a second opinion when needed, document the reasoning and, where safety is at stake, usually take the more cautious course.",
        tags: ['case-review', 'collaboration'],
      },
      {
        type: 'single',
        prompt: 'Which practice reflects good multidisciplinary case review?',
        options: [
          {
            text: 'Reviewing only adverse events that caused harm, not near misses',
            correct: false,
            feedback: 'Near misses and complex or non-responding clients are also reviewed.',
          },
          {
            text: 'Having junior staff observe without raising concerns, so that senior clinicians can decide efficiently',
            correct: false,
            feedback:
              'Psychological safety means any team member, including the most junior, can raise a concern.',
          },
          {
            text: 'Sharing full identifying details of every client for completeness',
            correct: false,
            feedback: 'Only the identifying information that is needed should be shared.',
          },
          {
            text: 'Presenting a brief history, current status and the question for the group; recording the decision and who will act; sharing only the identifying information needed',
            correct: true,
            feedback: 'Correct. This is the simple format the course recommends.',
          },
        ],
        rationale:
          'Case review covers new intakes with red flags, complex or non-responding clients, adverse events and near misses, in a simple format with documented decisions, minimal identifying information and psychological safety for all members.',
        tags: ['case-review', 'documentation'],
      },
      {
        type: 'single',
        prompt:
          "A client's blood pressure has been elevated at several pre-dose checks. Besides the prescriber, which team member typically manages an ongoing condition such as hypertension?",
        options: [
          {
            text: 'The primary care clinician',
            correct: true,
            feedback:
              'Correct. Primary care manages conditions such as hypertension and the overall medical history.',
          },
          {
            text: 'The psychotherapist',
            correct: false,
            feedback: "Managing hypertension is outside the psychotherapist's scope.",
          },
          {
            text: 'A peer supporter',
            correct: false,
            feedback: 'Peer supporters offer lived-experience support, not medical management.',
          },
          {
            text: 'The care coordinator',
            correct: false,
            feedback: 'Care coordinators organise care; they do not manage medical conditions.',
          },
        ],
        rationale:
          'The primary care clinician holds the overall medical history and medicines, manages conditions such as hypertension and follows up issues such as urinary symptoms, in coordination with the prescriber.',
        tags: ['roles', 'referral'],
      },
      {
        type: 'single',
        prompt:
          "A client's planned KAP treatment series has ended. What does the course recommend?",
        options: [
          {
            text: 'Closing the file without further contact, since treatment is complete',
            correct: false,
            feedback: 'Clients should stay connected with ongoing care.',
          },
          {
            text: "A written summary and handover to the client's regular therapist, psychiatrist or primary care clinician",
            correct: true,
            feedback:
              'Correct. The referral pathway back to ongoing care should be mapped in advance.',
          },
          {
            text: 'Continuing dosing open-ended, in case symptoms return',
            correct: false,
            feedback: 'Ketamine treatment should not continue open-ended without regular review.',
          },
          {
            text: "A brief verbal message to the client's regular clinician, with nothing in writing",
            correct: false,
            feedback: 'The course recommends a written summary and handover.',
          },
        ],
        rationale:
          'Referral pathways include the route back to ongoing care: a written summary and handover when the series ends, supporting relapse prevention and continuity.',
        tags: ['referral', 'continuity-of-care'],
      },
    ],
  },
];
