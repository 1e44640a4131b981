// Copies the parts of GOV.UK Frontend that the site serves into elearning/static/dist/, which is
// git-ignored: nothing from node_modules is committed. Run through `npm run build`.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");
const dist = join(root, "elearning", "static", "dist");

// Start from an empty folder so files dropped by an upgrade do not linger.
rmSync(join(dist, "govuk"), { recursive: true, force: true });
rmSync(join(dist, "images"), { recursive: true, force: true });
mkdirSync(join(dist, "govuk"), { recursive: true });

// The source map travels with the script: Django's manifest storage follows the
// sourceMappingURL comment during collectstatic and fails if the map is missing.
for (const file of ["govuk-frontend.min.js", "govuk-frontend.min.js.map"]) {
  cpSync(join(govuk, file), join(dist, "govuk", file));
}

// Images referred to by url() in the compiled CSS (see main.scss).
cpSync(join(govuk, "assets", "images"), join(dist, "govuk", "assets", "images"), { recursive: true });

// Chart.js for the insights dashboards (UMD build: defines window.Chart), with its source map for
// the same reason as above, and our own insights script that draws the charts.
for (const file of ["chart.umd.js", "chart.umd.js.map"]) {
  cpSync(join(root, "node_modules", "chart.js", "dist", file), join(dist, file));
}
for (const file of ["insights.js"]) {
  cpSync(join(root, "elearning", "static_src", "js", file), join(dist, file));
}

// Our own images (the favicon).
cpSync(join(root, "elearning", "static_src", "images"), join(dist, "images"), { recursive: true });
