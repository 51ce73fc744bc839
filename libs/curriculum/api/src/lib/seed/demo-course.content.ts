import type { DemoCourse } from './demo-course.types';
import { ModuleCategory } from '@lms/shared/contracts';

/**
 * Teaching content of the demo course that ships with Threshold.
 *
 * This is sample material for a product demonstration. Every lesson body opens
 * with a disclaimer blockquote: it is not medical advice and not a substitute
 * for accredited training, clinical supervision or prescribing information.
 *
 * Bodies are Markdown written as template literals; they must not contain
 * backticks or template placeholders.
 */
export const DEMO_COURSE: DemoCourse = {
  title: 'Foundations of Ketamine-Assisted Psychotherapy',
  summary:
    'A self-paced introduction for licensed clinicians who support, or plan to support, ketamine-assisted psychotherapy (KAP). ' +
    'It covers ketamine pharmacology and medical safety, screening and preparation, trauma-informed session facilitation and integration, ' +
    'and the legal, ethical and team structures that safe KAP depends on. The evidence base is growing but still emerging, and the course ' +
    "emphasises cautious, collaborative practice within each clinician's scope.",
  learningObjectives: [
    'Describe the proposed mechanisms of action of ketamine, its routes of administration and the current evidence for its psychiatric use, including its limits.',
    'Identify adverse effects, contraindications and clinical red flags that require consultation with the prescribing clinician.',
    'Apply trauma-informed principles to client preparation, session facilitation and integration.',
    "Explain the legal status of ketamine, the boundaries of the psychotherapist's scope of practice and the elements of informed consent for altered states.",
    'Describe how the psychotherapist collaborates with prescribers, nurses, psychiatrists and primary care through clear roles, communication and referral pathways.',
  ],
  modules: [
    // ---------------------------------------------------------------------
    // 1. Pharmacology and neuroscience
    // ---------------------------------------------------------------------
    {
      title: 'Pharmacology and Neuroscience of Ketamine',
      category: ModuleCategory.Pharmacology,
      learningObjectives: [
        "Describe ketamine's action as an NMDA-receptor antagonist and the downstream glutamate, AMPA, BDNF and mTOR cascade proposed to explain its rapid antidepressant effects.",
        'Explain the concept of a neuroplastic "window" in the hours to days after dosing and what it implies for the timing of psychotherapy.',
        'Distinguish intravenous, intramuscular, sublingual/oral and intranasal routes by onset, bioavailability, predictability and regulatory status.',
        'Distinguish dissociative (sub-anesthetic) dosing from anesthetic dosing in qualitative terms.',
      ],
      lessons: [
        {
          title: 'From anesthetic to antidepressant: how ketamine acts on the brain',
          estimatedMinutes: 20,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Ketamine was developed in the early 1960s as a shorter-acting, better-tolerated alternative to phencyclidine (PCP) and was approved in the United States as an anesthetic in 1970. Decades later, researchers observed that a single sub-anesthetic infusion could reduce depressive symptoms within hours, far faster than conventional antidepressants. This lesson outlines the pharmacology thought to underlie both uses.

## A racemic mixture

Generic ketamine is racemic: an equal mix of two mirror-image molecules, S-ketamine (esketamine) and R-ketamine (arketamine). Esketamine binds the NMDA receptor more strongly and is the active ingredient of the intranasal product Spravato. Whether arketamine has distinct clinical value is still being studied.

## NMDA-receptor antagonism

The NMDA receptor is an ion channel activated by glutamate, the brain's main excitatory neurotransmitter. Ketamine is a non-competitive antagonist: it enters the open channel and blocks it from inside.

- At **anesthetic doses**, widespread blockade produces "dissociative anesthesia": analgesia, amnesia and unresponsiveness, with breathing and airway reflexes relatively preserved compared with many other anesthetics.
- At **sub-anesthetic doses**, blockade is partial. People remain conscious but experience altered perception, changes in body image and a sense of detachment, described as dissociation.

## Disinhibition and the glutamate surge

A leading model proposes that ketamine preferentially blocks NMDA receptors on inhibitory GABA interneurons, which normally restrain cortical pyramidal neurons. With this brake reduced:

- pyramidal neurons fire more, producing a brief **surge of glutamate** release, especially in the prefrontal cortex;
- this glutamate activates **AMPA receptors**, which ketamine does not block;
- AMPA activation starts intracellular signalling that leads to the release of growth factors (next lesson).

In animal studies, blocking AMPA receptors prevents ketamine's antidepressant-like effects, which supports this pathway. A complementary model emphasises blockade of NMDA receptors at rest, which is thought to release a brake on local protein synthesis directly.

## What remains uncertain

Ketamine also acts at other targets, including opioid receptors and monoamine systems, and its metabolites (such as hydroxynorketamine) may contribute. Studies disagree about how much each mechanism matters in people. Present the glutamate model to clients and colleagues as the best-supported current explanation, not as settled fact.

### Reflect

How would you explain, in two or three plain sentences, why a drug first used as an anesthetic is now studied for depression? What would you say if a client asked whether ketamine "rewires the brain"?
`,
          resources: [
            {
              title: 'PubMed (search the primary literature)',
              url: 'https://pubmed.ncbi.nlm.nih.gov/',
            },
          ],
        },
        {
          title: 'Neuroplasticity and the post-session window',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

The glutamate surge is thought to set off a chain of molecular events that strengthen and rebuild synaptic connections. This is the biological basis for the idea of a "window" after dosing during which psychotherapy may be especially useful. This lesson explains the cascade and what is, and is not, known about the window in humans.

## From AMPA to BDNF and mTOR

- AMPA-receptor activation increases release of **brain-derived neurotrophic factor (BDNF)**.
- BDNF binds its receptor, TrkB, and activates the **mTOR** (mechanistic target of rapamycin) pathway, a central regulator of protein synthesis.
- mTOR signalling increases production of synaptic proteins and supports **synaptogenesis**: new dendritic spines and restored synapses, particularly in the prefrontal cortex and hippocampus.

Chronic stress in rodents shrinks dendrites and reduces spine density. In these models a single dose of ketamine restores spines within about a day, and blocking BDNF or mTOR signalling abolishes the effect. Most of this mechanistic evidence comes from animals.

## Timing in humans

- In clinical trials, antidepressant effects often appear within hours and are frequently largest around 24 hours after a single infusion.
- Without further treatment, benefit commonly fades over one to two weeks, which is one reason protocols use a series of sessions.
- Ketamine's elimination half-life is only about 2 to 3 hours, so the drug is largely gone before benefits peak. The effect seems to depend on changes the drug sets in motion rather than on its continued presence.

## The neuroplastic window

The "window" refers to the hours to days after dosing when synaptic plasticity may be increased. Many KAP clinicians therefore schedule integration within one to three days and encourage new behaviours during this period. This is a plausible rationale, but human evidence is still emerging: the duration of the window is unknown, synaptic changes cannot be measured in routine care, and only a small number of controlled trials have tested what psychotherapy adds to ketamine alone.

## Beyond the molecular story

Brain-network research (for example, changes in default mode network connectivity) and psychological accounts, such as a loosening of rigid, ruminative thinking, offer complementary explanations. Plasticity is not inherently good: it may amplify whatever learning follows, so the context after a session matters.

### Reflect

If plasticity amplifies whatever learning follows a session, what does that suggest about the environment, relationships and habits a client returns to? How would you plan the first 48 hours after dosing with a client?
`,
        },
        {
          title: 'Routes, pharmacokinetics and dosing strategy',
          estimatedMinutes: 20,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Ketamine can be given in several ways. The route determines how quickly effects begin, how much drug reaches the circulation (bioavailability), how predictable the experience is and what monitoring is needed. Psychotherapists do not choose the route or dose; the prescriber does. Understanding them helps you prepare clients and plan sessions.

## Routes of administration

- **Intravenous (IV) infusion**: complete bioavailability and the finest control, since the infusion can be slowed or stopped. Research protocols for depression commonly infuse over about 40 minutes. Requires IV access and medical staff.
- **Intramuscular (IM) injection**: high bioavailability and onset within minutes; the experience is usually more intense and shorter than a slow infusion. Widely used in office-based KAP.
- **Sublingual or oral (lozenges, troches, tablets)**: lower and more variable bioavailability, because swallowed drug is largely metabolised by the liver before reaching the circulation. Clients are often asked to hold the dose in the mouth and then spit rather than swallow. Onset is slower and effects milder and less predictable.
- **Intranasal esketamine (Spravato)**: FDA-approved in 2019 for treatment-resistant depression in adults, in combination with an oral antidepressant, and in 2020 for depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour. It is available only under a Risk Evaluation and Mitigation Strategy (REMS): patients self-administer under supervision in a certified healthcare setting and are monitored for at least 2 hours after dosing. The labelling has been updated since approval, so always consult current prescribing information.

Use of racemic ketamine for depression, by any route, is off-label.

## Pharmacokinetics in brief

- Metabolised mainly by the liver enzymes CYP3A4 and CYP2B6 to norketamine, which is itself active.
- Elimination half-life of roughly 2 to 3 hours; acute dissociative effects usually resolve within one to two hours, depending on route.
- Medicines that inhibit or induce these enzymes can change exposure.

## Dose: a qualitative picture

- **Anesthetic doses** produce unconsciousness and are used in surgery and emergency medicine.
- **Sub-anesthetic (dissociative) doses** are several times lower and produce mild to marked dissociation with preserved consciousness. A classic research example is 0.5 mg/kg IV over 40 minutes.
- Some KAP approaches use lower "psycholytic" doses at which the client can talk with the therapist; others use higher "psychedelic" doses aimed at an immersive, largely non-verbal experience.

Any numbers here are illustrative only. Ranges vary by protocol, route and person, and are set by the prescriber.

### Reflect

Consider one client receiving IM ketamine in the office and another using sublingual lozenges. How would your preparation and session planning differ for each?
`,
          resources: [{ title: 'U.S. Food and Drug Administration', url: 'https://www.fda.gov/' }],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 2. Safety and medical considerations
    // ---------------------------------------------------------------------
    {
      title: 'Safety and Medical Considerations',
      category: ModuleCategory.Safety,
      learningObjectives: [
        'Identify the common acute effects of ketamine and the serious risks associated with repeated or heavy use.',
        'Identify medical, psychiatric and medication-related contraindications and cautions that require review by the prescriber.',
        'Describe vital-sign monitoring, discharge criteria and emergency readiness for a ketamine session.',
        'Explain how the psychotherapist coordinates safety information and decisions with the prescribing clinician.',
      ],
      lessons: [
        {
          title: 'Side effects and adverse reactions',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Ketamine has a long record in anesthesia and is generally well tolerated at sub-anesthetic doses in supervised settings. It does, however, have predictable acute effects and important risks with repeated or heavy use. Knowing them lets you prepare clients, recognise problems early and escalate appropriately.

## Common acute effects

Most are dose-related and resolve within an hour or two:

- **Dissociation**: detachment from body or surroundings, altered sense of time, depersonalisation or derealisation. Often expected, but frightening if the client is unprepared.
- **Perceptual changes**: visual distortions, altered sounds, dream-like imagery.
- **Cardiovascular effects**: a transient rise in blood pressure and heart rate, typically peaking within the first 30 to 40 minutes and returning toward baseline over the following hour or two.
- **Nausea and vomiting**, more likely at higher doses; protocols usually ask for a period of fasting, and the prescriber may order an antiemetic.
- **Dizziness, unsteadiness and sedation**, with a risk of falls on standing.
- Headache, blurred vision, numbness, slurred speech and brief confusion.

## Emergence reactions

As the drug wears off, some people experience vivid dreams, confusion, agitation or fear. Preparation, a calm environment and reassurance reduce them. The medical team occasionally uses medication.

## Psychological adverse effects

- Anxiety or panic during the experience.
- Emergence of distressing memories or emotions.
- A low mood in the days after a session.
- Rarely, persistent dissociative or psychotic symptoms, more likely in vulnerable people.

## Risks with repeated or heavy use

- **Bladder toxicity**: ketamine-associated cystitis (frequency, urgency, pain, blood in urine), described mainly with chronic heavy non-medical use. It is uncommon at therapeutic doses, but ask about urinary symptoms at follow-up.
- Liver and biliary abnormalities and memory problems with chronic heavy use.
- **Misuse potential**: ketamine can be reinforcing and tolerance can develop. Watch for requests for more frequent dosing, use outside the protocol or non-prescribed use.

Respiratory depression is uncommon at sub-anesthetic doses of ketamine alone, but risk rises when it is combined with opioids, benzodiazepines, alcohol or other sedatives.

### Reflect

Which side effects would you describe to a client beforehand, and how would you phrase them so the client feels prepared rather than alarmed?
`,
        },
        {
          title: 'Contraindications, cautions and medical screening',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Medical eligibility is decided by the prescriber, often with input from primary care and specialists. The psychotherapist's role is to gather relevant history, notice concerns and make sure they reach the prescriber before treatment starts. Criteria vary between protocols; what follows is typical rather than exhaustive.

## Cardiovascular and cerebrovascular

Because ketamine raises blood pressure and heart rate, conditions in which such a rise would be dangerous are central:

- uncontrolled or poorly controlled hypertension;
- aneurysmal vascular disease (aortic, intracranial or peripheral arterial) or arteriovenous malformation, and a history of intracerebral haemorrhage, which are contraindications in the esketamine label;
- recent myocardial infarction or stroke, unstable angina, significant heart failure or arrhythmia, which usually need cardiology input and are often exclusions.

## Psychiatric

- **History of psychosis**: ketamine can provoke or worsen psychotic symptoms; usually an exclusion or a matter for specialist review.
- **Bipolar disorder**: ketamine has been studied in bipolar depression, but the risk of mania calls for caution and mood stabilisation.
- **Active substance use disorder**, particularly involving ketamine or other dissociatives.
- Significant dissociative disorders (see module 3).

## Other medical cautions

- **Pregnancy and breastfeeding**: generally not recommended; protocols may require pregnancy testing and a contraception discussion.
- **Elevated intracranial or intraocular pressure** (for example, some head injuries or glaucoma): a traditional caution; the evidence is mixed, but most protocols require medical review.
- Significant liver disease, bladder or urinary disorders, uncontrolled hyperthyroidism and known hypersensitivity.

## Medications and substances

- **Benzodiazepines** and **lamotrigine** may blunt ketamine's effects; only the prescriber adjusts medications or timing.
- Opioids, alcohol and other sedatives add to sedation and respiratory risk.
- Stimulants, MAOIs and some other medicines can add to blood pressure rises.
- Ask about cannabis, alcohol, over-the-counter and herbal products.

## The psychotherapist's role

- Use an intake that covers medical history and medications, not only psychiatric history.
- Do not reassure a client that they are medically "fine"; route medical questions to the prescriber.
- Re-screen before each session: new medicines, illness, possible pregnancy, substance use.

### Reflect

On the morning of a session, a client mentions starting a new blood pressure medicine last week. What do you do, and whom do you contact before dosing goes ahead?
`,
        },
        {
          title: 'Monitoring, emergency readiness and prescriber coordination',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Medical monitoring keeps ketamine sessions safe and frees the psychotherapist to focus on the client's experience. Who monitors depends on the setting (a nurse, physician or other appropriately trained clinician), but every team member should know the plan.

## Vital signs

- **Before dosing**: baseline blood pressure and heart rate, often oxygen saturation. Protocols set a threshold above which dosing is postponed or discussed with the prescriber. A commonly cited example is 140/90 mmHg, but the actual threshold is set by each protocol and prescriber.
- **During**: periodic blood pressure and pulse checks, particularly around the expected peak, and pulse oximetry where the protocol requires it (typically at higher doses and with IV or IM routes).
- **After**: repeat vitals and confirm they have returned close to baseline before discharge.
- For Spravato, the REMS requires blood pressure assessment before and after dosing and observation for at least 2 hours, until the patient is clinically stable.

## Discharge readiness

Typical criteria: vital signs near baseline, oriented, walking steadily, nausea controlled. Clients should not drive or operate machinery until the next day after restful sleep, and should leave with a responsible adult.

## Emergency readiness

- Staff trained in basic life support, and in advanced life support where the protocol requires it.
- Equipment checked before each session: blood pressure cuff, pulse oximeter, oxygen, suction, airway adjuncts, defibrillator and any medicines specified by the medical lead.
- A written emergency plan: who calls emergency services, the nearest emergency department, how to reach the prescriber at once.
- Rehearsal of scenarios such as a severe blood pressure rise, vomiting with reduced responsiveness, chest pain, a fall or extreme panic.

## Coordinating with the prescriber

- Agree in advance that dose, continuation and medical decisions belong to the prescriber or medical team.
- Report relevant observations promptly: unusual responses, marked distress, vital-sign concerns, signs of misuse, changes in suicidality.
- Document vitals, events and communications, and keep to agreed escalation pathways for both medical and psychiatric emergencies.

### Reflect

Walk through your setting's emergency plan. If a client's blood pressure rose sharply and they reported chest pain 20 minutes after dosing, what would happen in the first five minutes, and what exactly is your role?
`,
          resources: [{ title: 'U.S. Food and Drug Administration', url: 'https://www.fda.gov/' }],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 3. Preparation and screening
    // ---------------------------------------------------------------------
    {
      title: 'Preparation and Screening',
      category: ModuleCategory.Preparation,
      learningObjectives: [
        'Apply a structured intake that gathers psychiatric, medical, substance use, trauma and social history relevant to KAP.',
        'Identify red flags, including psychosis, dissociative disorders, active suicidality and unresolved trauma triggers, and the consultation each requires.',
        'Describe psychoeducation that sets realistic expectations about the ketamine experience and its outcomes.',
        'Apply a collaborative process to help clients form open, personally meaningful intentions.',
      ],
      lessons: [
        {
          title: 'Intake assessment and history',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Good preparation begins long before the first dose. A thorough intake helps establish whether KAP is suitable, starts the therapeutic alliance and gives the team what it needs to plan safely. Intake is usually shared between psychotherapist and prescriber, each covering their own domain.

## Core domains

- **Presenting concerns and goals**: symptoms, duration, earlier treatments and their effects (medicines, psychotherapy, ECT, TMS), and what "better" would look like.
- **Psychiatric history**: diagnoses, hospitalisations, mania or hypomania, psychotic symptoms, dissociative symptoms, eating disorders, self-harm.
- **Medical history and medications**: cardiovascular, neurological, liver and urinary conditions, pregnancy, allergies; all prescribed, over-the-counter and herbal products.
- **Substance use**: alcohol, cannabis, stimulants, opioids, and previous ketamine or psychedelic use, asked about without judgement.
- **Trauma history**: enough to anticipate triggers and plan support. Intake is not the place for detailed exploration.
- **Social context**: supports, housing, work, who will accompany the client home, safety at home.
- **Prior altered states**: psychedelics, anesthesia, intensive meditation, and how those went.

## Standardised measures

Validated measures provide a baseline and track change. Examples include the PHQ-9 for depression, GAD-7 for anxiety, PCL-5 for PTSD symptoms, the Columbia Suicide Severity Rating Scale (C-SSRS) for suicide risk, and the Dissociative Experiences Scale (DES) as a dissociation screen. Measures support clinical judgement; they do not replace it.

## Building the alliance

Intake is also the beginning of the relationship. Explain why you ask each set of questions, invite the client's own questions and be transparent about what will be shared with the prescriber. Clients who feel understood before dosing are more likely to feel safe during it.

## Collateral information

With consent, obtain records from earlier providers and speak with the client's existing psychiatrist or primary care clinician. Differences between self-report and records are worth exploring gently rather than confronting.

### Reflect

Which intake domain do you find hardest to ask about directly? Draft the first sentence you might use to open that conversation with a new client.
`,
        },
        {
          title: 'Red flags and suicidality assessment',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Some intake findings call for extra care, further consultation or a decision not to proceed. Spotting them early protects the client and the team. A red flag is a reason to slow down and consult; it is not always an automatic exclusion.

## Common red flags

- **Psychosis**: current or past psychotic symptoms, a schizophrenia-spectrum diagnosis or, for some protocols, a strong family history.
- **Dissociative disorders**: for example, dissociative identity disorder or severe depersonalisation-derealisation. Drug-induced dissociation can destabilise; if KAP is considered at all, it needs specialist trauma expertise.
- **Unresolved trauma with limited stabilisation**: frequent flashbacks, severe hyperarousal, self-harm when triggered, few coping skills. A period of stabilisation may come first.
- **Current or recent mania or hypomania.**
- **Active substance use disorder**, especially with dissociatives.
- **Medical concerns** covered in module 2.
- **Unrealistic expectations or pressure**: hoping for a cure in one session, being pushed by a partner or seeking the experience for non-therapeutic reasons.
- **Unstable circumstances**: no safe place to go after sessions, no support, ongoing abuse.

## Suicidality

Many clients referred for KAP have depression with suicidal thoughts. Some studies show rapid short-term reductions in suicidal ideation after ketamine, but the effect may not last and ketamine does not replace crisis care.

- Assess ideation, intent, plan, access to means, past attempts and protective factors, using a structured tool such as the C-SSRS alongside a clinical interview.
- Build a collaborative safety plan before treatment: warning signs, coping strategies, people to contact, crisis lines (in the U.S., the 988 Suicide and Crisis Lifeline) and reducing access to means.
- Reassess at every dosing and integration session, especially as effects wear off.
- Clients at acute high risk may need a higher level of care first.

## Responding to a red flag

- Document the finding and your reasoning.
- Discuss it with the prescriber and, where needed, a specialist.
- Consider alternatives: stabilisation work, other treatments, referral.
- Explain the decision to the client respectfully and keep the door open where appropriate.

### Reflect

A client with a history of childhood trauma reports frequent "zoning out" at work and gaps in memory. What further questions would you ask, and whom would you consult before proceeding?
`,
          resources: [
            { title: '988 Suicide and Crisis Lifeline', url: 'https://988lifeline.org/' },
          ],
        },
        {
          title: 'Psychoeducation, expectations and intentions',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Preparation sessions help clients know what will happen, what it may feel like and how they can take part. Clear expectations reduce fear, make unusual experiences easier to navigate and are an essential part of informed consent.

## What to explain

- **Logistics**: timing, the prescriber's fasting instructions, what to bring, how long the session lasts, who will be present, how monitoring works, the escort home and no driving until the next day.
- **The experience**: it may include floating or heaviness, detachment from the body, altered vision and sound, a changed sense of time, dream-like scenes and, at higher doses, loss of the usual sense of self. Some find it pleasant, some strange, some uncomfortable. It is time-limited.
- **Side effects**: nausea, dizziness, blood pressure rise, and how the team responds to each.
- **Outcomes**: evidence supports rapid short-term improvement for some people with depression, but responses vary, benefit often needs a series of sessions and integration work, and not everyone responds. Avoid promising breakthroughs.
- **The client's role**: they can ask for what they need. Be honest about what "stopping" means: a dose cannot be withdrawn once absorbed, although a lozenge can be spat out and an infusion slowed or stopped by the medical team.

## Orienting to difficult moments

Offer simple, rehearsed orientations: "breathe and let it pass", "if it feels possible, move toward rather than away from what arises", "you can open your eyes or ask for support". Agree non-verbal signals for when speaking is hard.

## Intentions

An intention is a direction rather than a demand.

- Explore what matters: "What would you like to understand, feel or change?"
- Shape intentions that are personal, open and compassionate, for example "to meet my grief with kindness" rather than "to fix my depression for good".
- Hold intentions lightly; the experience may go elsewhere, and that is still useful material.
- Record the intention so you can revisit it in integration.

## Practising beforehand

Rehearse grounding and breathing, try the eyeshades and a little of the music, and walk through the signal and touch agreements (modules 5 and 7).

### Reflect

Write a one-paragraph description of the ketamine experience for a client who has never taken a psychoactive substance. Read it back: does it promise anything you cannot guarantee?
`,
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 4. Trauma-informed care
    // ---------------------------------------------------------------------
    {
      title: 'Trauma-Informed Care in Ketamine-Assisted Psychotherapy',
      category: ModuleCategory.TraumaInformed,
      learningObjectives: [
        'Describe the core principles of trauma-informed care and apply them to altered-state work.',
        'Explain the window of tolerance and distinguish ketamine-induced dissociation from trauma-related dissociation.',
        'Apply strategies that protect client agency and reduce the risk of re-traumatisation before, during and after dosing.',
      ],
      lessons: [
        {
          title: 'Trauma-informed principles and the safe container',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Many people seeking KAP have trauma histories, whether or not trauma is the presenting concern. Altered states can lower ordinary defences, heighten sensitivity to the setting and the therapist, and bring memories and body sensations into awareness. A trauma-informed approach shifts the question from "what is wrong with you?" to "what happened to you, and what do you need to feel safe?"

## Core principles applied to KAP

Drawing on the widely used SAMHSA framework:

- **Safety**: physical (room, monitoring, privacy) and emotional (predictability, respect). Explain what will happen before it happens.
- **Trustworthiness and transparency**: clear roles, honest information about risks and uncertainty, and reliable follow-through on agreements.
- **Peer support**: where available, connection with others who have been through similar treatment.
- **Collaboration and mutuality**: decisions made with the client, not for them; the therapist as a guide rather than an authority on the client's inner life.
- **Empowerment, voice and choice**: choices about music, eyeshades, position, lighting, touch and whether to talk, including the choice to decline.
- **Cultural humility**: awareness of how identity, racism, gender, religion, historical oppression and earlier experiences of healthcare shape trust. Ask rather than assume, and notice your own assumptions.

## Building the container

The "container" is the whole structure that holds the work: the relationship, the agreements, the setting and the plan for before, during and after dosing. It usually includes:

- the same therapist or team across preparation, dosing and integration where possible;
- explicit agreements on boundaries, touch, stopping and confidentiality;
- a predictable session structure;
- a plan for distress during the session and for the days after.

## Power and vulnerability

In altered states clients can be more suggestible and more dependent on the people with them, and trauma survivors may be especially sensitive to power. Use that power with care: avoid interpreting experiences for the client, do not push toward trauma content, and honour every refusal.

### Reflect

Think of a client from a community whose relationship with medicine or psychiatry has been marked by harm. What might safety require for that client that it might not require for you?
`,
          resources: [
            {
              title: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
              url: 'https://www.samhsa.gov/',
            },
          ],
        },
        {
          title: 'Window of tolerance, dissociation and avoiding re-traumatisation',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Dissociation is ketamine's signature effect, and it is also a common response to trauma. Understanding how the two relate helps you support clients without inadvertently overwhelming them.

## The window of tolerance

The window of tolerance, a concept introduced by Daniel Siegel, describes the range of arousal in which a person can feel, think and stay connected. Outside it:

- **Hyperarousal**: panic, racing heart, agitation, anger, intrusive images.
- **Hypoarousal**: numbness, collapse, shutdown, disconnection.

Trauma often narrows the window. Preparation can widen it by building skills and resources; during sessions, the therapist helps the client return to it when needed.

## Two kinds of dissociation

- **Ketamine-induced dissociation** is time-limited, expected and consented to, and is often experienced as spacious, curious or neutral.
- **Trauma-related dissociation** is a protective response to threat. It may feel like shutdown, fragmentation or lost time, and can be triggered by reminders.

The two can overlap. Some trauma survivors find that ketamine's detachment lets them look at painful material without being overwhelmed. For others, loss of control, immobility or unusual body sensations echo past experiences, such as being restrained, drugged or unable to move, and trigger fear.

## Avoiding re-traumatisation

- Screen and prepare carefully (module 3), and identify known triggers: being touched, lying down, particular sounds or smells, closed doors, darkness, the gender of a facilitator.
- Offer control over the environment: optional eyeshades, door and seating position, light, who is in the room.
- Never force or steer toward trauma memories; let material arise and follow the client's pace.
- Never restrain, and never touch without consent.
- Use clear, gentle orienting language as the client returns, and stay until they are oriented.
- Arrange contact within the next day or two.

## Client agency

Agency can be supported even when speech is limited: agreed signals, brief offers ("Would it help if I turned the music down?") and respect for "no". After the session, the client is the authority on what their experience means.

### Reflect

What signs would tell you that a client has moved from ketamine's expected dissociation into a trauma response? How might your response differ in each case?
`,
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 5. Session facilitation
    // ---------------------------------------------------------------------
    {
      title: 'Session Facilitation: Holding Space',
      category: ModuleCategory.Facilitation,
      learningObjectives: [
        'Describe the elements of set and setting, including music and the sensory environment, that support a safe ketamine session.',
        'Apply non-directive support and grounding techniques during the acute experience.',
        'Apply a stepped response to client distress that distinguishes medical from psychological causes and respects consent, including consent for touch.',
      ],
      lessons: [
        {
          title: 'Set and setting: preparing the person and the room',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

"Set" is the client's mindset: expectations, mood, intentions and fears. "Setting" is the physical, social and cultural environment. Both strongly shape the ketamine experience, especially at higher doses when the client is turned inward and highly sensitive to their surroundings.

## Preparing the set on the day

- A brief check-in: sleep, fasting, medicines taken, any substance use, mood, current stressors and suicidality.
- Revisit the intention and the agreements: signals, touch, what happens if distress arises.
- Confirm the escort and the plan for the rest of the day.
- A short grounding exercise before dosing.

## The physical setting

- A private, quiet, comfortable room with a reclining chair or mat, blankets, pillows and an adjustable temperature.
- Lighting that can be dimmed.
- Easy access to a bathroom, water and emesis bags.
- Monitoring equipment present but unobtrusive, and emergency equipment close by.
- Fall prevention: the client does not walk unassisted until steady.

## Music and the sensory environment

- Music often supports and gives shape to the experience. Many facilitators use mostly instrumental playlists that match the expected length of the session; clients may be offered a choice or a preview.
- Agree headphones or speakers, and volume, in advance.
- Eyeshades help many clients turn inward. They are always optional, and clients should know they can remove them at any time.
- Minimise interruptions, strong smells and phone notifications.

## The social setting

- Everyone present has a clear role, and the client has met them during preparation rather than on the day.
- A trained person remains with the client throughout the acute effects.
- The therapist's own state matters: arrive rested, unhurried and with time protected after the session.

## The cultural setting

Clients bring their own beliefs about medicines, spirituality and healing. Ask what would make the setting feel respectful and safe, and avoid imposing a particular spiritual or therapeutic framing.

### Reflect

Sit in the room where you would hold a session, eyes closed, for five minutes. What do you notice (sounds, temperature, light, smells) that a client in a heightened state might experience intensely?
`,
        },
        {
          title: 'Non-directive presence and grounding',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

"Holding space" describes attentive, unintrusive presence: the facilitator keeps the client safe and supported without steering the content of the experience. From the outside it can look like doing very little, but it requires continuous attunement.

## Non-directive support

- Trust the client's process; the experience usually unfolds in its own way.
- Keep talking to a minimum at the peak unless the client initiates or needs support; at higher doses, speech may be difficult.
- Reflect and validate briefly rather than interpret: "That sounds intense. I'm here."
- Avoid suggestion. Altered states heighten suggestibility, so do not introduce themes such as "maybe this is about your father".
- Track non-verbal cues: breathing, facial expression, movement, tears.
- Notice your own reactions (anxiety, an urge to fix, curiosity) and use your own grounding to stay steady.

## Lower-dose, conversational sessions

In psycholytic approaches the client can talk during the session and the therapist may engage more actively. Even then, follow the client's lead and keep interpretation for integration.

## Grounding techniques

Grounding helps clients return to the window of tolerance. Rehearse techniques before dosing so they feel familiar.

- **Breath**: a longer out-breath, counting breaths, a hand resting on the belly.
- **Sensory orientation**: feeling the body's weight on the chair, noticing sounds in the room, holding a familiar object.
- **Voice**: brief, calm statements from the therapist: "You're safe. You're in the office. The medicine will wear off."
- **Movement**: small movements of hands or feet, or a change of position.
- **Reducing input**: lifting the eyeshades or lowering the music.

## Coming back

As effects fade, offer water, help with orientation, and allow time before sitting up and standing. Leave room for the client to speak or stay quiet. A few words or images may be noted down; deeper processing belongs in integration.

### Reflect

Notice your urge to speak or fix during silence. In your next ordinary therapy session, let one silence last longer than feels comfortable. What happens for you, and for the client?
`,
        },
        {
          title: 'Responding to distress during a session',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Difficult moments are common and do not necessarily mean something is going wrong. Fear, grief, confusion, nausea or a sense of dying or losing oneself can arise. The facilitator's task is to tell psychological distress, which can usually be met with presence and grounding, apart from medical problems that need the medical team.

## First, consider a medical cause

- Is the client breathing comfortably? Is there chest pain, severe headache, vomiting with reduced responsiveness, or a very high blood pressure or pulse?
- If so, follow the emergency plan and call the medical team or prescriber. Do not try to talk someone through a medical emergency.

## A stepped response to psychological distress

1. **Presence**: a calm, slow voice. "I'm here with you. You're safe."
2. **Orientation**: remind the client where they are, that the medicine is time-limited and that you are staying.
3. **Grounding**: breath, sensory anchors, a change of position.
4. **Invitation, not instruction**: "If it feels possible, see whether you can breathe with it."
5. **Less stimulation**: lower the music, lift the eyeshades, dim or raise the lights as the client prefers.
6. **Medical escalation**: if distress is extreme, prolonged or unsafe (for example, trying to stand or leave while impaired), involve the prescriber, who decides on any medication; during an IV infusion, the medical team may slow or stop it.

## Touch and consent

Touch can comfort, and it can also trigger.

- Agree before the session, while the client is sober, whether touch is welcome, what kind (for example, a hand on the shoulder or holding a hand) and how yes or no will be signalled in the moment.
- Consent can be withdrawn at any time. Check in the moment ("Would you like my hand?") and respect any withdrawal.
- Never go beyond the touch agreed. Sexual touch is never acceptable.
- Explain in advance that safety-related contact, such as preventing a fall, may be needed.
- Document touch agreements and any touch that occurs.

## After a hard session

Stay until the client is oriented and settled. Acknowledge the difficulty without catastrophising, and schedule integration promptly; challenging sessions often yield important material. Debrief with a colleague or supervisor.

### Reflect

Recall a time when a client's distress made you anxious. What helped you settle? How could that become a deliberate part of your practice in dosing sessions?
`,
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 6. Integration
    // ---------------------------------------------------------------------
    {
      title: 'Integration: From Experience to Change',
      category: ModuleCategory.Integration,
      learningObjectives: [
        'Describe the aims, timing and structure of integration after a ketamine session.',
        'Apply integration methods including journaling, narrative reframing and somatic practices.',
        'Explain how to support behaviour change during the neuroplastic period and identify situations that call for follow-up or referral.',
      ],
      lessons: [
        {
          title: 'Post-session processing',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Integration is the work of making sense of an experience and carrying what was learned into everyday life. Many clinicians regard it as where much of the therapeutic value of KAP is realised, although how much psychotherapy adds to ketamine alone is still being studied.

## Immediately after the session

- As the client returns, offer water, orientation and space.
- Invite, but do not require, sharing: "Is there anything you'd like to say while it's fresh?" Note key words or images.
- Check mood and safety, including suicidal thoughts, before discharge.
- Explain what the next days may bring: tiredness, emotional sensitivity, vivid dreams, sometimes a lift in mood and sometimes a dip.

## The integration session

Integration sessions are commonly held within one to three days, partly to make use of the possible neuroplastic window and partly because memories of the experience fade. A typical structure:

- **Check-in**: sleep, mood, side effects, safety.
- **Narrative**: the client describes the experience in their own words, including images, emotions, body sensations and thoughts.
- **Meaning-making**: explore links to the intention and to daily life, following the client's interpretations and offering your own ideas tentatively.
- **Application**: what might be different now, and what small steps could follow?
- **Planning**: practices, supports and the next session.

## The therapist's stance

- The client is the authority on meaning. Avoid imposing a spiritual, psychodynamic or other frame.
- Not every session feels profound; "nothing happened" or "it was just strange" is valid material.
- Apparent memories that surface in altered states may not be accurate. Do not treat them as confirmed history, and avoid leading questions, particularly about possible abuse.
- Insight is a beginning, not the change itself.

### Reflect

A client says, "I saw something in the session that means my mother must have abused me." How would you respond in a way that honours the experience without confirming or dismissing it?
`,
        },
        {
          title: 'Journaling, narrative reframing and somatic practices',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Integration continues between sessions. Practices that clients can do on their own help consolidate new perspectives, connect the experience with the body and daily life, and bring material back into therapy.

## Journaling

- Write or record impressions soon after the session: images, emotions, phrases, questions.
- Useful prompts: "What stood out?", "What did I feel in my body?", "What did I notice about how I treat myself?", "What do I want to remember?"
- Drawing or collage can capture experiences that resist words.
- Re-reading entries over weeks reveals patterns and change.

## Narrative reframing

Depression and trauma often hold people in rigid stories such as "I am worthless" or "nothing ever changes". Ketamine experiences sometimes loosen these stories briefly, offering distance or a new perspective.

- Help the client notice the old story and any alternative that emerged.
- Use evidence-based methods within your training, such as cognitive restructuring, narrative therapy, acceptance and commitment therapy or compassion-focused work.
- Anchor the new narrative in concrete experiences and actions in daily life, not only in what happened during the session.

## Somatic practices

Ketamine often brings vivid body-based experiences, and some clients notice sensations they usually ignore.

- Breathing practices, body scans, gentle movement or yoga, walking outdoors.
- Noticing and naming sensations, and adjusting attention to stay within the window of tolerance.
- Trauma-sensitive delivery: invitational language, choice, no required postures or eye closure.
- Sleep, food and physical activity as foundations for everything else.

## Tailoring practices

Choose practices that fit the client's culture, abilities, preferences and circumstances. Keep it simple: one or two practices done regularly are worth more than many done occasionally. Review what the client actually did, without judgement, at each session.

### Reflect

Which integration practice would you suggest to a client who "lives in their head" and finds emotions hard to name? What makes it a good fit?
`,
        },
        {
          title: 'Behaviour change, follow-up and referral',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

The days after dosing may offer a period of greater openness and flexibility, whether explained biologically (synaptic plasticity) or psychologically (a fresh perspective). It is a good time to practise new patterns. Evidence about how best to use this period is still emerging, so treat it as a reasonable working hypothesis.

## Supporting behaviour change

- Translate insight into specific, small, achievable steps: a daily walk, a phone call to a friend, one honest conversation, one boundary at work.
- Draw on established methods such as behavioural activation, motivational interviewing and implementation intentions ("When X happens, I will do Y").
- Identify obstacles and supports, and involve trusted people with the client's consent.
- Track progress with brief measures (for example, the PHQ-9) alongside goals the client chooses.
- Expect setbacks and treat them as information rather than failure.

## Follow-up

- Plan the schedule of dosing and integration sessions with the prescriber.
- Monitor for symptoms returning as effects fade, emotional dips and changes in suicidality.
- Ask about side effects, including urinary symptoms, and about any non-prescribed use or pressure for more frequent dosing.
- Decide together, with the prescriber, when to pause, space out or end treatment, and whether maintenance is appropriate.

## When to refer

- Worsening depression or new or increasing suicidal ideation: prompt assessment, and crisis services where needed.
- Psychotic, manic or persistent dissociative symptoms: the prescriber or psychiatry, promptly.
- Signs of misuse: the prescriber and, where appropriate, addiction services.
- Needs outside your competence: trauma, eating disorder or couples specialists, or medical follow-up.
- Social needs: housing, employment, peer support.

## Ending well

Help the client consolidate gains, plan for relapse prevention and stay connected with ongoing care. Ketamine treatment should not continue open-ended without regular review.

### Reflect

After a session, a client says they feel "lighter than in years" and want to quit their job tomorrow. How would you support the energy for change while encouraging careful decisions?
`,
          resources: [
            {
              title: 'National Institute of Mental Health (NIMH)',
              url: 'https://www.nimh.nih.gov/',
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 7. Ethics and law
    // ---------------------------------------------------------------------
    {
      title: 'Ethics, Law and Scope of Practice',
      category: ModuleCategory.EthicsLaw,
      learningObjectives: [
        "Explain ketamine's Schedule III status under the U.S. Controlled Substances Act and who may lawfully prescribe and administer it.",
        'Apply an informed consent process that addresses altered states, vulnerability, suggestibility and touch.',
        'Identify boundary, dual-relationship and scope-of-practice risks specific to KAP.',
        'Describe documentation and cultural humility practices that protect clients and clinicians.',
      ],
      lessons: [
        {
          title: 'Regulation, prescribing and scope of practice',
          estimatedMinutes: 18,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Ketamine is a legal medicine within a well-defined regulatory framework. Psychotherapists do not need to be lawyers, but they do need to know who may do what, and where their own role begins and ends. This lesson describes the U.S. federal picture; state law and other countries' rules differ, and regulations change.

## Schedule III

- Ketamine has been a Schedule III controlled substance under the federal Controlled Substances Act since 1999: it has accepted medical use and a potential for abuse lower than Schedule I and II substances.
- Esketamine (Spravato) is also Schedule III and carries additional REMS restrictions.
- Prescribing requires prescriptive authority under state law and a current DEA registration. Depending on the state, prescribers may include physicians, nurse practitioners and physician assistants.
- Clinics that store ketamine must follow DEA and state rules on registration, secure storage, inventory records and disposal.

## Off-label use

Racemic ketamine is FDA-approved as an anesthetic. Its use for depression and other mental health conditions is off-label: legal and common in medicine, but it increases the prescriber's responsibility to explain the evidence, the uncertainties and the alternatives.

## Scope of practice for psychotherapists

- Psychologists, counselors, social workers and marriage and family therapists do not prescribe or administer ketamine unless separately licensed to do so. (In a few states, specially trained psychologists hold limited prescriptive authority.)
- Their role is assessment within scope, preparation, support during sessions, integration, psychotherapy and communication with the team.
- Nurses may administer medication under a valid order and within their licence.
- Do not advise clients on doses, medicines or medical eligibility; direct those questions to the prescriber.
- Practise within your competence: seek specific training, supervision and consultation.

## Telehealth and at-home use

- Federal law (the Ryan Haight Act) generally requires an in-person medical evaluation before controlled substances are prescribed via telemedicine, with specific exceptions. Temporary flexibilities introduced during the COVID-19 public health emergency have been extended several times; check the current DEA rules.
- At-home programmes raise questions about screening, monitoring, emergency response and diversion. The FDA has warned about risks of compounded ketamine products used at home for psychiatric conditions.
- Psychotherapists working with telehealth programmes should understand the prescriber's protocols and confirm licensure for the state where the client is located.

### Reflect

List every task in a KAP session in your setting. For each one, who is licensed to perform it? Are any roles unclear?
`,
          resources: [
            { title: 'DEA Diversion Control Division', url: 'https://www.deadiversion.usdoj.gov/' },
          ],
        },
        {
          title: 'Informed consent for altered states',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Informed consent in KAP is more than a signature. Clients agree to enter a state in which perception, judgement and the ability to communicate are temporarily altered. Consent must therefore be thorough, given while the client is sober, revisited over time and documented.

## What consent should cover

- **The treatment**: off-label status of racemic ketamine where relevant, the route and dosing approach, the expected number of sessions, and costs.
- **The evidence**: what is known and what remains uncertain, the likelihood of benefit, the fact that not everyone responds, and alternatives, including no treatment.
- **Risks**: dissociation, blood pressure rise, nausea, psychological distress, emerging memories, misuse potential and bladder problems with heavy use.
- **Safety procedures**: monitoring, the emergency plan, fasting, the escort requirement and no driving until the next day.
- **Roles**: who does what, and how information is shared within the team.
- **Confidentiality** and its limits.
- **The right to withdraw** consent or stop treatment at any time.

## Specific to altered states

- **Vulnerability and suggestibility**: clients may be more open to influence. Explain how the team guards against this, for example a non-directive approach and advice to avoid major decisions during and shortly after sessions.
- **Touch**: what kind, in what circumstances, how consent is given and withdrawn in the moment, and possible safety-related contact.
- **Reduced capacity during the session**: procedures are agreed beforehand. Explain what happens if the client wants to leave while still affected, such as remaining under observation until safe.
- **Recording**: audio or video recording requires separate, explicit consent.
- **Memories**: material that arises in sessions, including apparent memories, needs careful interpretation.

## A process, not an event

- Provide plain-language written information and discuss it; check understanding with teach-back.
- Allow time to decide and invite questions.
- Revisit consent before each session and whenever anything changes.
- Assess decision-making capacity; if it is impaired, do not proceed.

### Reflect

Role-play with a colleague: explain the touch agreement to a client in under two minutes. Did you make it genuinely easy for them to say no?
`,
        },
        {
          title: 'Boundaries, documentation and cultural humility',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

The power difference inherent in therapy is magnified when a client is in an altered state. Documented boundary violations in psychedelic and ketamine-assisted therapy have harmed clients and damaged trust in the field. Clear boundaries, careful documentation and cultural humility protect clients and clinicians alike.

## Boundaries and dual relationships

- Never any sexual or romantic relationship with a client, and no sexualised touch or language.
- Avoid dual relationships: friendship, business dealings, social media contact, or acting as both therapist and retreat leader or spiritual teacher.
- Take care with gifts, self-disclosure and sessions that drift beyond their agreed length.
- Do not foster dependency; the aim is the client's autonomy.
- Consider two facilitators or a chaperone for higher-dose sessions, especially where touch is part of the agreement, or recording with explicit consent.
- Your own experiences with ketamine or psychedelics may inform empathy, but must not become a frame imposed on clients.
- Use regular supervision and consultation.

## Documentation

Keep clear, contemporaneous records of:

- screening, eligibility decisions and consultations;
- informed consent discussions and forms, including touch agreements;
- medication, dose, route and vital signs, as recorded by the prescriber or nurse;
- session observations, any touch, distress and interventions, and adverse events;
- integration notes, outcome measures, risk assessments and safety plans;
- communication with the prescriber and other professionals.

Follow professional and legal record-keeping requirements, including HIPAA and any additional confidentiality rules that apply to substance use treatment records.

## Cultural humility

Cultural humility is an ongoing stance of self-reflection and learning rather than a competence that is ever complete.

- Recognise your own assumptions about altered states, spirituality, drugs and healing.
- Consider structural barriers: cost, limited insurance coverage, geography, historical mistreatment in medicine and research, and drug policies that have affected communities unequally.
- Ask about meaning and preferences, and adapt language, music and setting accordingly.
- Seek feedback from clients and consultation from colleagues with different backgrounds.

## Honest communication

Describe services accurately, avoid promising cures and do not use testimonials in misleading ways.

### Reflect

Which boundary would be most at risk for you in KAP work: time, touch, self-disclosure or something else? What structure would help you hold it?
`,
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 8. Collaborative care
    // ---------------------------------------------------------------------
    {
      title: 'Collaborative Care and the Treatment Team',
      category: ModuleCategory.CollaborativeCare,
      learningObjectives: [
        'Describe the roles of the prescriber, anesthesiologist or nurse, psychiatrist, psychotherapist and primary care clinician in KAP.',
        'Apply structured communication and referral pathways between team members.',
        'Explain how multidisciplinary case review supports safe decisions in complex cases.',
      ],
      lessons: [
        {
          title: 'Roles on the KAP team',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

KAP combines medicine and psychotherapy. Programmes are organised differently: sometimes a psychiatrist both prescribes and provides therapy; more often a prescriber and a psychotherapist work as a team with nursing and other staff. Clear roles prevent both gaps and overlaps.

## Typical roles

- **Prescriber** (a psychiatrist or other physician, or, depending on state law, a nurse practitioner or physician assistant): medical and psychiatric evaluation, eligibility, choice of route and dose, prescribing, managing medicines and side effects, decisions to continue or stop, and controlled-substance compliance.
- **Anesthesiologist or nurse anesthetist**: in some infusion settings, oversees dosing and cardiovascular and airway safety, bringing expertise in sedation management.
- **Nurse**: administration under orders, vital-sign monitoring, first response to medical problems and discharge checks.
- **Psychiatrist** (when not the prescriber): diagnostic consultation, complex presentations such as bipolar disorder or psychosis risk, and medication management.
- **Psychotherapist** (psychologist, counselor, social worker, marriage and family therapist, or a psychiatrist working as therapist): preparation, psychological support during sessions, integration, ongoing psychotherapy and psychological risk assessment.
- **Primary care clinician**: overall medical history and medicines, management of conditions such as hypertension, and follow-up of issues such as urinary symptoms.
- **Others**: care coordinators, pharmacists (interactions), peer supporters and specialists in cardiology, urology or addiction medicine.

## Common models of care

- Office-based IM or sublingual sessions with a prescriber and psychotherapist present or immediately available.
- IV infusion clinics, with psychotherapy before and after provided separately.
- Esketamine clinics operating under the REMS, with psychotherapy from the client's own therapist.
- At-home sublingual programmes with a remote prescriber (see the cautions in module 7).

Each model makes different demands on communication.

## Put roles in writing

Agree in writing who screens what, who is present during dosing, who decides on dose, who responds to emergencies, who is contacted out of hours and who holds which records.

### Reflect

Draw your team as a diagram. Where does information tend to get lost? Whom does the client call at 10 p.m. on the night after a session?
`,
        },
        {
          title: 'Communication, referral pathways and case review',
          estimatedMinutes: 15,
          body: `> **Demo teaching material.** This text is sample content for a demonstration of Threshold. It is not medical advice and not a substitute for accredited training, clinical supervision or prescribing information.

Good teamwork rests on routine communication, clear referral pathways and structured opportunities to review cases together. These reduce risk and improve care, especially for complex clients.

## Routine communication

- Obtain written client consent for information sharing, specifying what is shared and with whom.
- Before treatment, share intake findings, risk assessment, goals and any red flags.
- After each session, share a brief note on the experience, adverse events, safety assessment and integration plan.
- Use a shared structure for concerns, such as SBAR (situation, background, assessment, recommendation).
- Agree timelines, for example same-day contact for safety concerns and regular updates on routine progress.

## Referral pathways

Map them before they are needed:

- **Into KAP**: who refers, what information is required, and how eligibility decisions are communicated back.
- **Urgent**: psychiatric emergencies (crisis teams, emergency departments, and in the U.S. the 988 Lifeline) and medical emergencies (emergency services).
- **Specialist**: cardiology, urology, addiction medicine, trauma or eating disorder services.
- **Back to ongoing care**: a written summary and handover to the client's regular therapist, psychiatrist or primary care clinician when the treatment series ends.

## Multidisciplinary case review

Regular case review brings prescribers, nurses and psychotherapists together.

- Review new intakes with red flags, complex or non-responding clients, adverse events and near misses.
- Use a simple format: brief history, current status, the question for the group, the decision and who will act on it.
- Share only the identifying information that is needed, and document decisions.
- Include learning: what went well and what should change in protocols.
- Foster psychological safety so that any team member, including the most junior, can raise a concern.

## When team members disagree

Disagreement about eligibility or continuing treatment is normal. Resolve it by returning to the client's welfare and the evidence, seeking a second opinion when needed, and documenting the reasoning. When safety is at stake, the more cautious course usually prevails.

### Reflect

Think of a case in which communication between you and a prescriber or physician could have been better. What one change to your routine would have helped?
`,
        },
      ],
    },
  ],
};
