// The botbuilder JS peer of CaseBot's benchmark: CloudAdapter in local mode (no app id, no auth) behind express,
// replies through the Connector at the activity's serviceUrl, state in MemoryStorage. PORT from the environment.
'use strict';
const express = require('express');
const {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, UserState,
} = require('botbuilder');
const { DialogSet } = require('botbuilder-dialogs');
const { TriageDialog } = require('./triage');

class PeerBot extends ActivityHandler {
  constructor(conversationState, userState, storage) {
    super();
    this.conversationState = conversationState;
    this.userState = userState;
    this.dialogs = new DialogSet(conversationState.createProperty('dialogState'));
    this.dialogs.add(new TriageDialog(storage));
    this.onMessage(async (context, next) => {
      const dc = await this.dialogs.createContext(context);
      if (dc.activeDialog) {
        await dc.continueDialog();
      } else if ((context.activity.text || '').trim().toLowerCase() === 'new case') {
        await dc.beginDialog('TriageDialog');
      } else {
        await context.sendActivity("Sorry, I didn't understand. Type **new case** to start.");
      }
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const bot = new PeerBot(conversationState, userState, storage);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error('turn error', error);
  await context.sendActivity('The bot encountered an error.');
  await conversationState.delete(context);
};

const app = express();
app.use(express.json({ limit: '256kb' }));
app.get('/healthz', (req, res) => res.send('ok'));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const port = Number(process.env.PORT || 3979);
app.listen(port, '127.0.0.1', () => console.log(`botbuilder-js peer listening on http://127.0.0.1:${port}`));
