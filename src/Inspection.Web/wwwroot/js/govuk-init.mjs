// Starts GOV.UK Frontend's components (service navigation's menu, error summary, skip link, buttons), served from /lib.
import { initAll } from '/lib/govuk/govuk-frontend.min.js';

initAll();
