package tw.uplift.plan.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.planimport.PlanImporter;
import tw.uplift.planimport.model.ImportedPlan;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Parses an uploaded plan document and says what draft it makes: its year, title and content. Saving goes
 * through the same door as a typed plan (same checks, same size limits), so nothing is half-saved and an
 * imported plan is never larger than a typed one may be.
 */
@Service
public class PlanImport {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final PlanImporter importer = new PlanImporter();

    /** A parsed document as the draft it becomes. */
    public record Draft(int rocYear, String title, List<PlanContent.DimensionDraft> content) {
    }

    public ImportedPlan preview(String fileName, byte[] content) {
        return importer.parse(fileName, content);
    }

    /**
     * The draft a parsed document makes.
     *
     * @param rocYear overrides the year found in the document; required when the document names none
     * @throws InvalidInput naming {@code rocYear} when no year is known or it is not a plan year
     */
    public Draft draftOf(ImportedPlan imported, Integer rocYear) {
        Integer year = rocYear != null ? rocYear : imported.rocYear();
        if (year == null) {
            throw InvalidInput.of("rocYear", "the document does not say its ROC year; pass rocYear (e.g. 115)");
        }
        if (!RocYear.isValid(year)) {
            throw InvalidInput.of("rocYear", "ROC year " + year + " is not a plan year (" + RocYear.MIN + ".."
                    + RocYear.MAX + ")");
        }
        String title = imported.title() == null || imported.title().isBlank()
                ? (imported.agency() == null ? "" : imported.agency()) + year + "年度提升服務執行計畫"
                : imported.title();
        return new Draft(year, title, content(imported));
    }

    /**
     * The content a parsed document makes, whatever its year: deadlines stay the phrases the document wrote until a
     * plan year reads them (what the preview page shows when the document names no year).
     */
    public List<PlanContent.DimensionDraft> contentOf(ImportedPlan imported) {
        return content(imported);
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
