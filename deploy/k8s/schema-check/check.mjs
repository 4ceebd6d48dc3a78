// Checks rendered Kubernetes manifests (`kubectl kustomize ...` output, files given as arguments) against the
// JSON schemas of the Kubernetes API that the npm package kubernetes-models generates from the API's OpenAPI
// document, and the Prometheus Operator's kinds against @kubernetes-models/prometheus-operator. Kinds with no
// schema here (the Strimzi and MongoDB operators' resources) are listed as not checked. Exit code 1 on any error.
// What these schemas catch: wrong types (a string where an integer belongs), missing required fields, malformed
// quantities and formats. What they cannot: unknown fields (the API's schemas allow them; only a server or a
// strict validator rejects them).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const PACKAGES = { "monitoring.coreos.com": "@kubernetes-models/prometheus-operator" };

async function modelOf(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const pkg = PACKAGES[group] ?? "kubernetes-models";
  try {
    const module = await import(`${pkg}/${apiVersion}`);
    return module[kind];
  } catch (e) {
    if (e.code === "ERR_PACKAGE_PATH_NOT_EXPORTED" || e.code === "ERR_MODULE_NOT_FOUND") return undefined;
    throw e;
  }
}

let failures = 0;
for (const file of process.argv.slice(2)) {
  let checked = 0;
  const unchecked = new Set();
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      console.log(`${file}: not YAML: ${document.errors[0].message}`);
      failures++;
      continue;
    }
    const object = document.toJS();
    if (object == null) continue;
    const name = `${object.kind}/${object.metadata?.name} (${object.apiVersion})`;
    const Model = await modelOf(object.apiVersion, object.kind);
    if (Model === undefined) {
      unchecked.add(`${object.kind} (${object.apiVersion})`);
      continue;
    }
    try {
      new Model(object).validate();
      checked++;
    } catch (e) {
      console.log(`${file}: ${name}: ${e.message}`);
      failures++;
    }
  }
  console.log(`${file}: ${checked} objects match the API schemas; no schema here, not checked: `
      + ([...unchecked].sort().join(", ") || "none"));
}
process.exit(failures === 0 ? 0 : 1);
