package tw.uplift.plan.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.planimport.PlanImporter;
import tw.uplift.planimport.model.ImportedPlan;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.web.RuleViolationException;

/**
 * Parses an uploaded plan document and, when the clerk confirms, saves it as a DRAFT plan of their
 * agency. The parse is all-or-nothing, and the save is one document write, so nothing is half-saved.
 */
@Service
public class PlanImport {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final PlanImporter importer = new PlanImporter();
    private final PlanAuthoring authoring;

    public PlanImport(PlanAuthoring authoring) {
        this.authoring = authoring;
    }

    public ImportedPlan preview(String fileName, byte[] content) {
        return importer.parse(fileName, content);
    }

    /** Saves the parsed plan as a draft; {@code rocYear} overrides the year found in the document. */
    public Plan saveDraft(CurrentUser user, ImportedPlan imported, Integer rocYear) {
        Integer year = rocYear != null ? rocYear : imported.rocYear();
        if (year == null) {
            throw new RuleViolationException("year-unknown", "rocYear",
                    "the document does not say its ROC year; pass rocYear (e.g. 115)");
        }
        String title = imported.title() == null || imported.title().isBlank()
                ? (imported.agency() == null ? "" : imported.agency()) + year + "年度提升服務執行計畫"
                : imported.title();
        return authoring.create(user, year, title, content(imported));
    }

    private static List<PlanContent.DimensionDraft> content(ImportedPlan plan) {
        return plan.dimensions().stream().map(d -> new PlanContent.DimensionDraft(d.code(), d.title(),
                d.focusAreas().stream().map(f -> new PlanContent.FocusAreaDraft(f.code(), f.title(),
                        f.measures().stream().map(m -> new PlanContent.MeasureDraft(null, m.code(),
                                m.title() == null || m.title().isBlank() ? abbreviate(m.text()) : m.title(), m.text(),
                                m.units(), m.deadline() == null ? null : m.deadline().text(), m.expectedBenefit()))
                                .toList()))
                        .toList()))
                .toList();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "…";
    }
}
