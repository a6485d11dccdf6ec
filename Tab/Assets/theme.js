// Sets the page's theme before it paints: ?theme= (default, dark, contrast) when given, else the theme Teams last reported in this
// session (board.js keeps it), else the default. Loaded synchronously in <head> so a dark Teams never flashes a light page.
(function () {
  'use strict';
  var allowed = { 'default': true, dark: true, contrast: true };
  var asked = new URLSearchParams(window.location.search).get('theme');
  var stored = null;
  try {
    stored = window.sessionStorage.getItem('casebot-theme');
    if (allowed[asked]) {
      window.sessionStorage.setItem('casebot-theme', asked);
    }
  } catch (e) {
    // Storage can be blocked in a third-party frame; the default theme until Teams says otherwise.
  }
  document.documentElement.setAttribute('data-theme', allowed[asked] ? asked : allowed[stored] ? stored : 'default');
}());
