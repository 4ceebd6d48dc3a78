package tw.uplift.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports plan documents (by default the example plans shipped with plan-import) through plan-service's import
 * endpoint as a demo clerk, so the demo starts with real plans to review.
 *
 * <p>All or nothing: every document still to import is previewed first (a preview saves nothing), and if
 * plan-service rejects any of them none is imported, so fixing that one document and starting again gives each
 * document exactly one draft. Each saved document is recorded in the data folder at once ({@link ImportedDemoPlans}),
 * so a start interrupted half-way is completed, not repeated, by the next.
 */
final class DemoPlanImport implements DemoData {

    private final List<PlanDocument> documents;
    private final String origin;
    private final String username;
    private final Consumer<String> log;

    /**
     * @param origin where the documents come from, for the console
     * @param username the demo user who uploads (an AGENCY_STAFF user: importing is staff work)
     */
    DemoPlanImport(List<PlanDocument> documents, String origin, String username, Consumer<String> log) {
        this.documents = List.copyOf(documents);
        this.origin = origin;
        this.username = username;
        this.log = log;
    }

    @Override
    public String description() {
        return documents.size() + " plan documents (" + origin + ") imported as " + username;
    }

    @Override
    public Outcome load(LocalSystem system) {
        if (system.service(ServiceSpec.PLAN).isEmpty()) {
            log.accept("Demo plans not imported: plan-service is not running.");
            return Outcome.NOT_LOADED;
        }
        PlanImportEndpoint endpoint = new PlanImportEndpoint(system.serviceUrl(ServiceSpec.PLAN), system.tokenFor(username));
        return importInto(endpoint, new ImportedDemoPlans(system.dataDir().demoPlansImported()));
    }

    /** Previews every document not yet imported, then, if plan-service accepted them all, imports each. */
    Outcome importInto(PlanImportEndpoint endpoint, ImportedDemoPlans imported) {
        if (documents.isEmpty()) {
            log.accept("Demo plans not imported: no plan documents (" + origin + ").");
            return Outcome.NOT_LOADED;
        }
        List<PlanDocument> missing = documents.stream().filter(d -> !imported.contains(d)).toList();
        if (missing.size() < documents.size()) {
            log.accept((documents.size() - missing.size()) + " of the " + documents.size()
                    + " documents were imported by an earlier start; importing the other " + missing.size() + ".");
        }
        List<String> rejections = new ArrayList<>();
        for (PlanDocument document : missing) {
            PlanImportEndpoint.Reply preview = endpoint.preview(document);
            if (!preview.ok()) {
                rejections.add(document.fileName() + ": " + preview.describe());
            }
        }
        if (!rejections.isEmpty()) {
            log.accept("Demo plans not imported: plan-service rejected " + String.join("; ", rejections)
                    + ". None of the " + missing.size() + " documents was imported; they will be tried again on the next start.");
            return Outcome.NOT_LOADED;
        }
        for (PlanDocument document : missing) {
            PlanImportEndpoint.Reply saved = endpoint.confirm(document);
            if (!saved.ok()) {
                throw new LauncherException("Importing " + document.fileName() + " failed after its preview passed: "
                        + saved.describe() + ". The documents imported before it are recorded in the data folder;"
                        + " the next start imports the rest.");
            }
            imported.record(document, saved.location());
            log.accept("Imported " + document.fileName() + " as a draft: " + saved.location());
        }
        return Outcome.LOADED;
    }
}
