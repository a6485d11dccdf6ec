// The Adaptive Cards CaseBot sends (Dialogs/Rendering/CardPromptRenderer.cs, Cards/Triage), built the same way here.
'use strict';
const { randomUUID } = require('crypto');
const { CardFactory, InputHints } = require('botbuilder');
const text = require('./texts');

const schema = 'http://adaptivecards.io/schemas/adaptive-card.json';

function card(body, fallbackText) {
  return { type: 'AdaptiveCard', $schema: schema, version: '1.5', body, fallbackText, msteams: { width: 'Full' } };
}

function message(content, summary, inputHint) {
  const activity = { type: 'message', summary, attachments: [CardFactory.adaptiveCard(content)] };
  if (inputHint) activity.inputHint = inputHint;
  return activity;
}

function submit(title, promptId, token, value) {
  const data = value === undefined ? { promptId, token } : { promptId, value, token };
  return { type: 'Action.Submit', data, title };
}

/** A prompt card: the question, then buttons (choices), a multi-select list, or a text box. */
function prompt(question, promptId, { choices, multiSelect, inputId } = {}) {
  const token = randomUUID().replace(/-/g, '');
  const body = [{ type: 'TextBlock', text: question, wrap: true }];
  let actions;
  if (multiSelect) {
    body.push({ type: 'Input.ChoiceSet', choices: choices.map((c) => ({ title: c.title, value: c.value })), style: 'expanded', isMultiSelect: true, wrap: true, id: inputId });
    actions = [submit('Continue', promptId, token)];
  } else if (choices) {
    actions = choices.map((c) => submit(c.title, promptId, token, c.value));
  } else {
    body.push({ type: 'Input.Text', placeholder: 'Type your answer', isMultiline: true, maxLength: 500, id: 'value' });
    actions = [submit('Send', promptId, token)];
  }
  body.push({ type: 'ActionSet', actions });
  return message(card(body, question), question, InputHints.ExpectingInput);
}

const yesNo = [{ value: 'yes', title: 'Yes' }, { value: 'no', title: 'No' }];

function recommendation(rec, reference) {
  const name = text.meetings[rec.type];
  const body = [
    { type: 'TextBlock', text: `Recommended: ${name}`, size: 'large', weight: 'bolder', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: `Case ${reference}`, isSubtle: true, wrap: true, spacing: 'none' },
    { type: 'TextBlock', text: '**Why**', wrap: true, spacing: 'medium' },
    { type: 'TextBlock', text: rec.reasons.map((r) => `- ${r}`).join('\n'), wrap: true },
    { type: 'FactSet', facts: [
      { title: 'Leads organising', value: rec.lead },
      { title: 'Because', value: rec.leadReason },
      { title: 'Who may attend', value: text.mayAttend[rec.type] },
    ] },
    { type: 'TextBlock', text: '**Venue options**', wrap: true, spacing: 'medium' },
    { type: 'TextBlock', text: text.venues, isSubtle: true, wrap: true },
    { type: 'Container', items: [
      { type: 'TextBlock', text: '**Disclosure**', wrap: true },
      { type: 'TextBlock', text: text.disclosure, size: 'small', wrap: true },
    ], style: 'emphasis', spacing: 'medium' },
  ];
  const summary = `Recommended: ${name} for case ${reference}`;
  return message(card(body, summary), summary);
}

function caseSaved(saved) {
  const title = `Case ${saved.reference} saved`;
  const body = [
    { type: 'TextBlock', text: title, size: 'large', weight: 'bolder', wrap: true, style: 'heading' },
    { type: 'FactSet', facts: [
      { title: 'Case', value: saved.reference },
      { title: 'Meeting', value: text.meetings[saved.chosen] },
      { title: 'Recommended', value: text.meetings[saved.recommended] },
      { title: 'Leads organising', value: saved.lead },
      { title: 'Who may attend', value: text.mayAttend[saved.chosen] },
    ] },
    { type: 'TextBlock', text: '**Chronology**', wrap: true, spacing: 'medium' },
    { type: 'TextBlock', text: saved.chronology.map((e) => `- ${e.at}: ${e.what}`).join('\n'), wrap: true },
    { type: 'TextBlock', text: text.planningNext, wrap: true, spacing: 'medium' },
  ];
  return message(card(body, title), title);
}

module.exports = { prompt, yesNo, recommendation, caseSaved };
