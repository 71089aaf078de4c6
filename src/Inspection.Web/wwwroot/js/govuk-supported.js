// GOV.UK Frontend styles its scripted components only when the body says script runs and modules are supported.
// A file of its own, loaded first, because the content security policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
