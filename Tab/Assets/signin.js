// Signs the user in to the board with Teams single sign-on: the Teams library gives a token for this app (authentication.getAuthToken),
// which goes to the server in the Authorization header (never the URL); the server checks it with Entra's keys and starts a session.
// After a sign-out the page waits for "Sign in again", since Teams would otherwise give a token, and so a new session, at once.
(function () {
  'use strict';
  var root = document.getElementById('sign-in');
  var status = document.getElementById('sign-in-status');
  var again = document.getElementById('sign-in-again');
  var antiforgery = document.querySelector('meta[name="request-verification-token"]').getAttribute('content');

  function say(templateId) {
    status.textContent = document.getElementById(templateId).content.textContent;
  }

  function signIn() {
    window.caseBoard.teams().then(function (sdk) {
      return sdk.authentication.getAuthToken().then(function (token) {
        return window.fetch(root.getAttribute('data-session'), {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Authorization': 'Bearer ' + token, 'RequestVerificationToken': antiforgery }
        });
      }).then(function (response) {
        if (response.ok) {
          window.location.replace(root.getAttribute('data-next'));
        } else {
          say(response.status === 503 ? 'sign-in-unavailable' : 'sign-in-refused');
        }
      }, function () {
        say('sign-in-refused');
      });
    }, function () {
      say('sign-in-outside-teams');
    });
  }

  if (again) {
    again.addEventListener('click', function () {
      // The button goes; focus stays on the status line, which says what happens next.
      again.hidden = true;
      status.focus();
      say('sign-in-progress');
      signIn();
    });
  } else {
    signIn();
  }
}());
