// The configurable tab's set-up: once a case is chosen Teams may save, and saving gives the tab its address, /tab?case=REF.
(function () {
  'use strict';
  var picker = document.querySelector('[data-case-picker]');
  window.caseBoard.teams().then(function (sdk) {
    var config = sdk.pages.config;
    config.registerOnSaveHandler(function (saveEvent) {
      var chosen = picker ? picker.querySelector('input:checked') : null;
      if (!chosen) {
        saveEvent.notifyFailure('Choose a case first.');
        return;
      }
      var url = window.location.origin + '/tab?case=' + encodeURIComponent(chosen.value);
      config.setConfig({ entityId: 'case-' + chosen.value, contentUrl: url, websiteUrl: url, suggestedDisplayName: 'Case ' + chosen.value })
        .then(function () { saveEvent.notifySuccess(); }, function (error) { saveEvent.notifyFailure(String(error)); });
    });
    if (picker) {
      picker.addEventListener('change', function () { config.setValidityState(true); });
    }
  }, function () {
    var note = document.querySelector('[data-outside-teams]');
    if (note) {
      note.hidden = false;
    }
  });
}());
