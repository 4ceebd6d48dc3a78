package tw.uplift.plan.importing;

import java.util.List;
import java.util.regex.Pattern;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.plan.authoring.PlanHeader;
import tw.uplift.planimport.model.PromotionTeam;
import tw.uplift.planimport.model.Supervision;
import tw.uplift.planimport.PlanImportException;
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
    private final MeterRegistry meters;

    public PlanImport(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A parsed document as the draft it becomes. */
    public record Draft(int rocYear, PlanContent.TextDraft text) {
    }

    /**
     * Reads a document. Counted in {@code uplift_plan_imports_total{outcome}}: {@code read} (with or without
     * warnings: {@code read_with_warnings}) or the problem that refused it ({@code TOO_LARGE}, {@code NOT_A_PLAN} …).
     */
    public ImportedPlan preview(String fileName, byte[] content) {
        try {
            ImportedPlan plan = importer.parse(fileName, content);
            count(plan.warnings().isEmpty() ? "read" : "read_with_warnings");
            return plan;
        } catch (PlanImportException refused) {
            count(refused.problem().name());
            throw refused;
        }
    }

    private void count(String outcome) {
        meters.counter("uplift.plan.imports", "outcome", outcome).increment();
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
        return new Draft(year, new PlanContent.TextDraft(title, null, header(imported), content(imported)));
    }

    /**
     * The content a parsed document makes, whatever its year: deadlines stay the phrases the document wrote until a
     * plan year reads them (what the preview page shows when the document names no year).
     */
    public List<PlanContent.DimensionDraft> contentOf(ImportedPlan imported) {
        return content(imported);
    }

    /** 計畫依據, 目標, 實施對象, 督考方式 and the 推動小組 as the document gives them. */
    public static PlanHeader header(ImportedPlan plan) {
        Supervision s = plan.supervision() == null ? Supervision.none() : plan.supervision();
        PromotionTeam team = plan.team();
        return new PlanHeader(plan.basis(), plan.goals(), plan.scope(),
                new PlanHeader.Supervision(s.regularCheck(), s.annualReview(), s.rules(), s.resultSubmissions().stream()
                        .map(r -> new PlanHeader.ResultDuty(r.text(), r.deadline() == null ? null : r.deadline().text(),
                                null))
                        .toList()),
                team == null ? null : new PlanHeader.PromotionTeam(team.name(), team.members().stream()
                        .map(m -> new PlanHeader.TeamMember(m.role(), m.member(), m.duty())).toList()));
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
