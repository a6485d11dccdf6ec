// CaseBot's triage waterfall (Dialogs/Triage/TriageDialog.cs), step for step, on botbuilder-dialogs.
'use strict';
const { randomUUID } = require('crypto');
const { ComponentDialog, WaterfallDialog, TextPrompt, ChoicePrompt, ConfirmPrompt, ListStyle } = require('botbuilder-dialogs');
const { MessageFactory } = require('botbuilder');
const cards = require('./cards');
const text = require('./texts');

const REFERENCE = 'triage.reference';
const TRIGGERS = 'MultiSelectPrompt';
const OTHER = 'triage.other';
const REASON = 'triage.overrideReason';
const CHOICE = 'ChoicePrompt';
const CONFIRM = 'ConfirmPrompt';
const PLAN_NOW = 'planning.confirm';
const referencePattern = /^[A-Za-z0-9\-_/.]{3,40}$/;
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

const caseKey = (tenant, reference) => `case/${tenant}/${reference.toUpperCase()}`;
const tenantOf = (activity) => (activity.conversation && activity.conversation.tenantId) || '';
const choicesOf = (list) => list.map((c) => ({ value: c.value, action: { type: 'imBack', title: c.title, value: c.value }, synonyms: c.synonyms }));
const triggerChoices = text.triggers.map(([value, wording], i) => ({ value, title: `${i + 1}. ${wording}` }));
const isIndividualSide = (v) => v.identifiedBy === 'Individual' || v.identifiedBy === 'Representative';

// CaseBot says back every typed choice ("Noted: ...") before the next question; the peer does the same, so each turn is the same work.
async function noteTyped(step, titles) {
  if (step.context.activity.value !== undefined) return;
  const list = titles.length === 0 ? 'none of them' : titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(', ')}, and ${titles[titles.length - 1]}`;
  await step.context.sendActivity({ type: 'message', text: `Noted: ${list}.` });
}

function parseTriggers(answer) {
  const typed = (answer || '').toLowerCase().trim();
  if (typed === 'none' || typed === 'no') return [];
  const found = new Set();
  for (const token of typed.split(/[\s,;]+/).filter(Boolean)) {
    const n = Number(token);
    if (Number.isInteger(n) && n >= 1 && n <= text.triggers.length) found.add(text.triggers[n - 1][0]);
  }
  for (const [value, , keywords] of text.triggers) {
    if (keywords.some((k) => typed.includes(k))) found.add(value);
  }
  return found.size > 0 ? [...found] : undefined;
}

function recommend(v) {
  const reasons = [];
  let type;
  let lead;
  let leadReason;
  if (isIndividualSide(v)) {
    type = 'CaseConference';
    reasons.push('The individual or their representative prompted the meeting, so it is a Case Conference they are invited to.');
    lead = text.roles[v.identifiedBy];
    leadReason = 'The individual prompted the conference, so EPS typically takes the lead on organising it.';
  } else {
    type = v.involvement && !v.decideWithout ? 'CaseConference' : 'CaseManagementMeeting';
    reasons.push(type === 'CaseConference' ? 'The individual needs to be involved in the decisions.' : 'The professionals need to decide without the individual first.');
    lead = text.roles[v.identifiedBy];
    leadReason = 'Whoever identified the need leads organising the meeting.';
  }
  reasons.push('The case meets the definition of a critical case: it is exceptional and needs extra support, has become entrenched or is not making progress.');
  if (v.exceptional) reasons.push('You said the case is exceptional.');
  if (v.stuck) reasons.push('You said it needs extra support, has become entrenched or is not making progress.');
  if (v.joinedUp) reasons.push('You said joined-up working would resolve or manage a specific risk better.');
  for (const t of v.triggers) reasons.push(text.triggers.find(([value]) => value === t)[1]);
  return { type, lead, leadReason, reasons };
}

class TriageDialog extends ComponentDialog {
  constructor(storage) {
    super('TriageDialog');
    this.storage = storage;
    this.addDialog(new TextPrompt(REFERENCE, (p) => this.referenceIsFree(p)));
    this.addDialog(new TextPrompt(TRIGGERS, async (p) => p.recognized.succeeded && parseTriggers(p.recognized.value) !== undefined));
    this.addDialog(new TextPrompt(OTHER, async (p) => p.recognized.succeeded && p.recognized.value.length <= 200));
    this.addDialog(new TextPrompt(REASON, async (p) => p.recognized.succeeded && p.recognized.value.trim().length > 0 && p.recognized.value.length <= 500));
    const choice = new ChoicePrompt(CHOICE, undefined, 'en-us');
    choice.style = ListStyle.none;
    this.addDialog(choice);
    for (const id of [CONFIRM, PLAN_NOW]) {
      const confirm = new ConfirmPrompt(id, undefined, 'en-us');
      confirm.style = ListStyle.none;
      this.addDialog(confirm);
    }
    this.addDialog(new WaterfallDialog('triage.steps', [
      this.referenceStep, this.identifiedByStep, this.exceptionalStep, this.stuckStep, this.joinedUpStep, this.triggersStep,
      this.otherTriggerStep, this.involvementStep, this.decideWithoutStep, this.recommendStep, this.overrideReasonStep,
      this.saveStep.bind(this), this.planNowStep, this.plannedStep,
    ]));
    this.initialDialogId = 'triage.steps';
  }

  async referenceIsFree(p) {
    const value = (p.recognized.value || '').trim();
    if (!referencePattern.test(value)) {
      p.options.retryPrompt = MessageFactory.text(text.referenceRules);
      return false;
    }
    const key = caseKey(tenantOf(p.context.activity), value);
    const found = await this.storage.read([key]);
    if (found[key]) {
      p.options.retryPrompt = MessageFactory.text(text.referenceTaken);
      return false;
    }
    return true;
  }

  async referenceStep(step) {
    step.values.triage = {};
    await step.context.sendActivity({ type: 'message', text: text.start, textFormat: 'markdown' });
    return step.prompt(REFERENCE, { prompt: cards.prompt(text.askReference, REFERENCE) });
  }

  async identifiedByStep(step) {
    step.values.triage.reference = step.result.trim();
    return step.prompt(CHOICE, { prompt: cards.prompt(text.askIdentifiedBy, CHOICE, { choices: text.identifiedBy }), choices: choicesOf(text.identifiedBy) });
  }

  async exceptionalStep(step) {
    step.values.triage.identifiedBy = step.result.value;
    await noteTyped(step, [text.identifiedBy.find((c) => c.value === step.result.value).title]);
    return step.prompt(CONFIRM, { prompt: cards.prompt(text.askExceptional, CONFIRM, { choices: cards.yesNo }) });
  }

  async stuckStep(step) {
    step.values.triage.exceptional = step.result;
    return step.prompt(CONFIRM, { prompt: cards.prompt(text.askStuck, CONFIRM, { choices: cards.yesNo }) });
  }

  async joinedUpStep(step) {
    step.values.triage.stuck = step.result;
    return step.prompt(CONFIRM, { prompt: cards.prompt(text.askJoinedUp, CONFIRM, { choices: cards.yesNo }) });
  }

  async triggersStep(step) {
    step.values.triage.joinedUp = step.result;
    const prompt = cards.prompt(text.askTriggers, TRIGGERS, { choices: triggerChoices, multiSelect: true, inputId: 'triggers' });
    return step.prompt(TRIGGERS, { prompt, retryPrompt: MessageFactory.text(text.triggersRetry) });
  }

  async otherTriggerStep(step) {
    const triggers = parseTriggers(step.result);
    step.values.triage.triggers = triggers;
    await noteTyped(step, triggers.map((v) => triggerChoices.find((c) => c.value === v).title));
    return triggers.includes('Other') ? step.prompt(OTHER, { prompt: cards.prompt(text.askOtherTrigger, OTHER) }) : step.next();
  }

  async involvementStep(step) {
    const v = step.values.triage;
    v.otherTrigger = typeof step.result === 'string' ? step.result : undefined;
    const critical = v.exceptional && v.stuck;
    if (!critical) {
      await step.context.sendActivity({ type: 'message', text: 'Not a critical case: use the usual route (OH referral, EPS advice) and call the advice line.' });
      await step.context.sendActivity(text.notSaved);
      return step.endDialog();
    }
    return isIndividualSide(v) ? step.next() : step.prompt(CONFIRM, { prompt: cards.prompt(text.askInvolvement, CONFIRM, { choices: cards.yesNo }) });
  }

  async decideWithoutStep(step) {
    const v = step.values.triage;
    v.involvement = isIndividualSide(v) || step.result === true;
    return isIndividualSide(v) ? step.next() : step.prompt(CONFIRM, { prompt: cards.prompt(text.askDecideWithout, CONFIRM, { choices: cards.yesNo }) });
  }

  async recommendStep(step) {
    const v = step.values.triage;
    v.decideWithout = !isIndividualSide(v) && step.result === true;
    const rec = recommend(v);
    await step.context.sendActivity(cards.recommendation(rec, v.reference));
    const other = rec.type === 'CaseConference' ? 'CaseManagementMeeting' : 'CaseConference';
    const choices = [
      { value: 'accept', title: `Accept: ${text.meetings[rec.type]}`, synonyms: ['yes', 'ok', 'agree', 'accept'] },
      { value: 'other', title: `Choose a ${text.meetings[other]} instead`, synonyms: ['no', 'change', 'other'] },
    ];
    return step.prompt(CHOICE, { prompt: cards.prompt(text.askDecision, CHOICE, { choices }), choices: choicesOf(choices) });
  }

  async overrideReasonStep(step) {
    const accepted = step.result.value === 'accept';
    step.values.triage.accepted = accepted;
    await noteTyped(step, [accepted ? 'as recommended' : 'the other meeting instead']);
    return accepted ? step.next() : step.prompt(REASON, { prompt: cards.prompt(text.askOverrideReason, REASON) });
  }

  async saveStep(step) {
    const v = step.values.triage;
    const rec = recommend(v);
    const chosen = v.accepted ? rec.type : rec.type === 'CaseConference' ? 'CaseManagementMeeting' : 'CaseConference';
    const activity = step.context.activity;
    const at = when.format(new Date()).replace(',', '');
    const saved = {
      id: randomUUID(), reference: v.reference, tenantId: tenantOf(activity), lead: rec.lead,
      leadAadObjectId: (activity.from && (activity.from.aadObjectId || activity.from.id)) || '',
      triage: { ...v }, recommended: rec.type, chosen, overrideReason: v.accepted ? undefined : step.result,
      chronology: [
        { at, what: 'Triaged as a critical case' },
        { at, what: `${text.meetings[rec.type]} recommended` },
        { at, what: `${text.meetings[chosen]} ${v.accepted ? 'accepted' : 'chosen instead'}` },
      ],
    };
    await this.storage.write({ [caseKey(saved.tenantId, saved.reference)]: saved });
    await step.context.sendActivity(cards.caseSaved(saved));
    step.values.saved = saved.reference;
    step.values.chosen = chosen;
    return step.next();
  }

  // CaseBot hands over to its planning dialog, which first asks whether to plan now; the peer asks the same and stops there.
  async planNowStep(step) {
    const question = `Shall we plan and book the ${text.meetings[step.values.chosen]} now? It takes a couple of minutes.`;
    return step.prompt(PLAN_NOW, { prompt: cards.prompt(question, PLAN_NOW, { choices: cards.yesNo }) });
  }

  async plannedStep(step) {
    if (!step.result) await step.context.sendActivity({ type: 'message', text: text.later, textFormat: 'markdown' });
    return step.endDialog(step.values.saved);
  }
}

module.exports = { TriageDialog };
