// Checks CaseBot's Microsoft 365 Agents Toolkit project offline with the Toolkit's own code (the pinned CLI in tools/agents-toolkit
// brings @microsoft/teamsfx-core, which the CLI runs for provision):
//   1. m365agents.yml against the Toolkit's schema for its version (what `atk provision` checks before it starts);
//   2. every ${{VARIABLE}} that m365agents.yml, infra/main.parameters.json, aad.manifest.json and manifest/manifest.json use is
//      declared in env/.env.dev or written by an earlier action, so a provision never stops on a variable nobody sets;
//   3. infra/main.parameters.json, filled from infra/check/example.env as arm/deploy fills it, parses and gives main.bicep every
//      parameter it needs and none it lacks, each of the right type (compiled template passed as the argument);
//   4. aad.manifest.json built as aadApp/update builds it (no warnings; Graph permission names resolve).
// Usage: node infra/check/toolkit.js <compiled main.json>. Prints one line per problem; exit code 1 if any.
"use strict";
const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

const root = path.resolve(__dirname, "..", "..");
const toolkit = createRequire(path.join(root, "tools", "agents-toolkit", "package.json"));
const core = (p) => toolkit(`@microsoft/teamsfx-core/build/${p}`);
const yaml = toolkit("js-yaml");
const { Validator } = core("component/configManager/validator");
const { dotenvUtil } = core("component/utils/envUtil");
const { expandEnvironmentVariable, getEnvironmentVariables } = core("component/utils/common");
const { buildAadManifest } = core("component/driver/aad/utility/buildAadManifest");

const problems = [];
const read = (file) => fs.readFileSync(path.join(root, file), "utf8");
const readEnv = (file) => dotenvUtil.deserialize(read(file)).obj;

// Variables the Toolkit sets itself, or generates when a file asks for them.
const builtIn = ["TEAMSFX_ENV", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "AAD_APP_ACCESS_AS_USER_PERMISSION_ID"];

async function main() {
  const template = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const project = yaml.load(read("m365agents.yml"));

  // 1. The schema.
  const validator = new Validator();
  if (!validator.isVersionSupported(project.version)) {
    problems.push(`m365agents.yml: version ${project.version} is not one the pinned Toolkit knows (${validator.supportedVersions().join(", ")})`);
  } else if (!validator.validate(project, project.version)) {
    // An action that matches no action's schema fails every branch of an anyOf: the first few lines say enough.
    const errors = (validator.impl.get(project.version).validator.errors ?? [])
      .map((e) => `m365agents.yml${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`);
    [...new Set(errors)].slice(0, 5).forEach((e) => problems.push(e));
  }

  // 2. Every variable used is declared or written before it is needed.
  const declared = new Set([...Object.keys(readEnv("env/.env.dev")), ...builtIn]);
  const written = new Set();
  for (const stage of ["provision", "deploy", "publish"]) {
    for (const action of project[stage] ?? []) {
      Object.values(action.writeToEnvironmentFile ?? {}).forEach((name) => written.add(name));
      const run = action.with?.run ?? "";
      for (const m of run.matchAll(/::set-teamsfx-env (\w+)=/g)) written.add(m[1]);
    }
  }
  Object.keys(template.outputs ?? {}).forEach((name) => written.add(name));
  for (const file of ["m365agents.yml", "infra/main.parameters.json", "aad.manifest.json", "manifest/manifest.json"]) {
    for (const name of getEnvironmentVariables(read(file)) ?? []) {
      if (!declared.has(name) && !written.has(name)) {
        problems.push(`${file}: \${{${name}}} is neither in env/.env.dev nor written by an action or a Bicep output`);
      }
    }
  }
  for (const name of Object.keys(template.outputs ?? {})) {
    if (!declared.has(name)) problems.push(`env/.env.dev: lists no ${name} (a Bicep output the Toolkit writes there)`);
  }

  // 3. The parameters as arm/deploy fills them, against the template's parameters.
  const example = readEnv("infra/check/example.env");
  const missingExample = [...declared].filter((name) => !(name in example));
  if (missingExample.length > 0) problems.push(`infra/check/example.env: has no ${missingExample.join(", ")}`);
  const filled = expandEnvironmentVariable(read("infra/main.parameters.json"), example);
  const unfilled = getEnvironmentVariables(filled) ?? [];
  if (unfilled.length > 0) {
    problems.push(`infra/main.parameters.json: ${unfilled.join(", ")} left unfilled by example.env`);
  } else {
    const given = JSON.parse(filled).parameters;
    const wanted = template.parameters;
    const typeOf = (v) => (Array.isArray(v) ? "array" : typeof v === "number" ? "int" : typeof v === "boolean" ? "bool" : typeof v);
    for (const [name, p] of Object.entries(given)) {
      if (!(name in wanted)) problems.push(`infra/main.parameters.json: ${name} is not a parameter of main.bicep`);
      else {
        const want = wanted[name].type.toLowerCase().replace("secure", "");
        if (typeOf(p.value) !== want) problems.push(`infra/main.parameters.json: ${name} is ${typeOf(p.value)}, main.bicep wants ${want}`);
        if (wanted[name].allowedValues && !wanted[name].allowedValues.includes(p.value)) {
          problems.push(`infra/main.parameters.json: ${name}=${p.value} is not one of ${wanted[name].allowedValues.join(", ")}`);
        }
      }
    }
    for (const [name, p] of Object.entries(wanted)) {
      if (!("defaultValue" in p) && !(name in given)) problems.push(`infra/main.parameters.json: main.bicep needs ${name}`);
    }
  }

  // 4. The Entra manifest as aadApp/update builds it.
  Object.assign(process.env, example);
  const warnings = [];
  const logProvider = { warning: (m) => warnings.push(m), info: () => {}, debug: () => {}, verbose: () => {} };
  const out = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "casebot-aad-")), "aad.manifest.json");
  try {
    const manifest = await buildAadManifest({ projectPath: root, logProvider }, "./aad.manifest.json", out, {});
    warnings.forEach((w) => problems.push(`aad.manifest.json: ${w}`));
    const uri = `api://${example.BOT_DOMAIN}/${example.BOT_ID}`;
    if (!manifest.identifierUris?.includes(uri)) problems.push(`aad.manifest.json: identifierUris lacks ${uri}`);
  } catch (error) {
    problems.push(`aad.manifest.json: ${error.message}`);
  }

  problems.forEach((p) => console.log(p));
  process.exitCode = problems.length > 0 ? 1 : 0;
}

main().catch((error) => {
  console.log(`toolkit check crashed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
