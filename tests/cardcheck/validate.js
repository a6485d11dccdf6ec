// Validates Adaptive Cards with the official library (npm adaptivecards): parse with a SerializationContext, then
// validateProperties(). Usage: node validate.js card1.json [card2.json ...]. Prints one JSON line per card; exits 1 on any event.
"use strict";
const fs = require("fs");
const path = require("path");
const AC = require("adaptivecards/dist/adaptivecards.min.js");

function validate(file) {
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push({ phase: "parse", event: AC.ValidationEvent[e.event], message: e.message });
  }
  const results = card.validateProperties();
  for (const e of results.validationEvents) {
    const element = e.source && e.source.getJsonTypeName ? e.source.getJsonTypeName() : undefined;
    events.push({ phase: "validate", element, event: AC.ValidationEvent[e.event], message: e.message });
  }
  return { card: path.basename(file), events };
}

let failed = false;
for (const file of process.argv.slice(2)) {
  let result;
  try {
    result = validate(file);
  } catch (error) {
    result = { card: path.basename(file), events: [{ phase: "load", message: String(error) }] };
  }
  if (result.events.length > 0) failed = true;
  console.log(JSON.stringify(result));
}
process.exit(failed ? 1 : 0);
