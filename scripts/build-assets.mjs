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

// Our own images (the favicon).
cpSync(join(root, "elearning", "static_src", "images"), join(dist, "images"), { recursive: true });
