// Progressive enhancement for GOV.UK Frontend components. Every page works without it.
//
// Loaded as a module at the end of <body>, so only browsers that support ES modules (which
// GOV.UK Frontend requires) run it, and the classes are set before components initialise.
// There is no inline script: the content security policy will not allow one.
import { initAll } from "../dist/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
