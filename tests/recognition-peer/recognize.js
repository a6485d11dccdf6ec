// Reads JSON lines from stdin, {"typed": "...", "choices": [{"value": "...", "synonyms": ["..."]}], "many": true|false}, and
// writes for each a JSON array of the values botbuilder-dialogs' recognizeChoices finds (the SDK's ChoicePrompt recogniser:
// names and synonyms by token distance, numbers and ordinals). For a single choice only the best match counts, as the SDK's
// ChoicePrompt takes the first result.
'use strict';
const readline = require('readline');
const { recognizeChoices } = require('botbuilder-dialogs');

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (!line.trim()) return;
  const request = JSON.parse(line);
  const found = recognizeChoices(request.typed, request.choices, { recognizeNumbers: true, recognizeOrdinals: true, locale: 'en-us' });
  const values = [...new Set(found.map((f) => f.resolution.value))];
  process.stdout.write(JSON.stringify(request.many ? values : values.slice(0, 1)) + '\n');
});
