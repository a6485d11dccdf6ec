// The board's small script: follows the Teams theme (default, dark, contrast) on every page, offers a theme picker in local mode,
// submits a chat tab's lookup as soon as it loads, and moves focus to a result or notice so screen readers announce it.
(function () {
  'use strict';
  var themes = ['default', 'dark', 'contrast'];

  function setTheme(theme) {
    var chosen = themes.indexOf(theme) >= 0 ? theme : 'default';
    document.documentElement.setAttribute('data-theme', chosen);
    try {
      window.sessionStorage.setItem('casebot-theme', chosen);
    } catch (e) {
      // Not kept across pages; Teams reports it again on the next one.
    }
    var picker = document.querySelector('[data-theme-picker]');
    if (picker) {
      picker.value = chosen;
    }
  }

  var teams = null;

  // The Teams library, initialised once per page (Teams expects every page to do so); rejects outside Teams, after a few seconds.
  function initialiseTeams() {
    if (!teams) {
      teams = new Promise(function (resolve, reject) {
        if (!window.microsoftTeams || window.parent === window) {
          reject(new Error('not-in-teams'));
          return;
        }
        var timer = window.setTimeout(function () { reject(new Error('not-in-teams')); }, 5000);
        window.microsoftTeams.app.initialize().then(function () {
          window.clearTimeout(timer);
          resolve(window.microsoftTeams);
        }, function (error) {
          window.clearTimeout(timer);
          reject(error);
        });
      });
    }
    return teams;
  }

  window.caseBoard = { setTheme: setTheme, teams: initialiseTeams };

  var picker = document.querySelector('[data-theme-picker]');
  if (picker) {
    picker.value = document.documentElement.getAttribute('data-theme') || 'default';
    picker.addEventListener('change', function () { setTheme(picker.value); });
  }

  initialiseTeams().then(function (sdk) {
    return sdk.app.getContext().then(function (context) {
      setTheme(context.app.theme);
      sdk.app.registerOnThemeChangeHandler(setTheme);
    });
  }).catch(function () {
    // Outside Teams (local mode, or a browser): the theme from ?theme= or the picker.
  });

  var auto = document.querySelector('form[data-autosubmit="true"]');
  if (auto) {
    if (auto.requestSubmit) {
      auto.requestSubmit();
    } else {
      auto.submit();
    }
    return;
  }

  var focus = document.querySelector('#result, [data-focus-on-load]');
  if (focus) {
    focus.focus();
  }
}());
