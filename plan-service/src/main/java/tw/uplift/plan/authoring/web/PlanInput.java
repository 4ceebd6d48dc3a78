package tw.uplift.plan.authoring.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.Indicator;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.plan.authoring.PlanHeader;

/**
 * A plan as a clerk sends it. Deadlines are the phrases of the documents ({@code 12月31日前}, {@code 持續辦理},
 * {@code 115年3月31日}); the service turns them into dates in the plan year. {@code header} and {@code frameworkId}
 * may be left out of a change: the plan keeps its own.
 */
public record PlanInput(
        @NotNull @Min(value = RocYear.MIN, message = "ROC year must be " + RocYear.MIN + " or later")
        @Max(value = RocYear.MAX, message = "ROC year must be at most " + RocYear.MAX) Integer rocYear,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 40) String frameworkId,
        @Valid HeaderInput header,
        @NotNull @Size(max = 50) List<@NotNull @Valid DimensionInput> dimensions) {

    /** 計畫依據, 計畫目標, 實施對象, 督考方式, 推動小組. */
    public record HeaderInput(@Size(max = 50) List<@NotNull @Size(max = 5000) String> basis,
            @Size(max = 50) List<@NotNull @Size(max = 5000) String> goals,
            @Size(max = 5000) String scope,
            @Valid SupervisionInput supervision,
            @Valid TeamInput team) {

        /** A header as the API would receive it. */
        public static HeaderInput of(PlanHeader header) {
            return headerInput(header);
        }
    }

    public record SupervisionInput(@Size(max = 5000) String regularCheck, @Size(max = 5000) String annualReview,
            @Size(max = 50) List<@NotNull @Size(max = 5000) String> rules,
            @Size(max = 20) List<@NotNull @Valid ResultDutyInput> resultSubmissions) {
    }

    public record ResultDutyInput(@NotBlank @Size(max = 1000) String text, @Size(max = 200) String deadline) {
    }

    public record TeamInput(@Size(max = 200) String name, @Size(max = 100) List<@NotNull @Valid MemberInput> members) {
    }

    public record MemberInput(@NotBlank @Size(max = 100) String role, @Size(max = 200) String member,
            @Size(max = 1000) String duty) {
    }

    public record DimensionInput(@Size(max = 10) String code, @NotBlank @Size(max = 500) String title,
            @NotNull @Size(max = 50) List<@NotNull @Valid FocusAreaInput> focusAreas) {
    }

    /** A focus area (執行重點); its title may be blank: some plans list measures straight under a 執行要項 (「其他」). */
    public record FocusAreaInput(@Size(max = 10) String code, @Size(max = 1000) String title,
            @NotNull @Size(max = 100) List<@NotNull @Valid MeasureInput> measures) {
    }

    public record MeasureInput(@Size(max = 64) String id, @Size(max = 10) String code,
            @NotBlank @Size(max = 300) String title, @Size(max = 10_000) String text,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> units, @Size(max = 200) String deadline,
            @Size(max = 2000) String expectedBenefit,
            @Size(max = 10) List<@NotNull @Valid IndicatorInput> indicators) {

        public MeasureInput(String id, String code, String title, String text, List<String> units, String deadline,
                String expectedBenefit) {
            this(id, code, title, text, units, deadline, expectedBenefit, List.of());
        }
    }

    /** 衡量指標: e.g. 線上申辦比率, %, 33 → 52. */
    public record IndicatorInput(@NotBlank @Size(max = 200) String name, @Size(max = 20) String unit,
            @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal baseline,
            @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal target) {
    }

    /** The same as a clerk would have typed it: how imported content meets the same checks and size limits. */
    public static PlanInput of(int rocYear, PlanContent.TextDraft draft) {
        return new PlanInput(rocYear, draft.title(), draft.frameworkId(), headerInput(draft.header()),
                draft.dimensions().stream().map(d -> new DimensionInput(d.code(), d.title(), d.focusAreas().stream()
                        .map(f -> new FocusAreaInput(f.code(), f.title(), f.measures().stream()
                                .map(m -> new MeasureInput(m.id(), m.code(), m.title(), m.text(), m.units(),
                                        m.deadline(), m.expectedBenefit(), m.indicators().stream()
                                        .map(i -> new IndicatorInput(i.name(), i.unit(), i.baseline(), i.target()))
                                        .toList()))
                                .toList()))
                        .toList()))
                        .toList());
    }

    /** The plan as written; a header left out stays null (the plan keeps its own). */
    public PlanContent.TextDraft draft() {
        return new PlanContent.TextDraft(title, frameworkId, header == null ? null : header(header), content());
    }

    public List<PlanContent.DimensionDraft> content() {
        return dimensions.stream().map(d -> new PlanContent.DimensionDraft(d.code(), d.title(), d.focusAreas().stream()
                .map(f -> new PlanContent.FocusAreaDraft(f.code(), f.title(), f.measures().stream()
                        .map(m -> new PlanContent.MeasureDraft(m.id(), m.code(), m.title(), m.text(),
                                m.units() == null ? List.of() : m.units(), m.deadline(), m.expectedBenefit(),
                                m.indicators() == null ? List.of() : m.indicators().stream()
                                        .map(i -> new Indicator(i.name().strip(), blankToNull(i.unit()), i.baseline(),
                                                i.target()))
                                        .toList(),
                                null, false))
                        .toList()))
                .toList())).toList();
    }

    private static PlanHeader header(HeaderInput h) {
        SupervisionInput s = h.supervision();
        TeamInput t = h.team();
        return new PlanHeader(nonBlank(h.basis()), nonBlank(h.goals()), blankToNull(h.scope()),
                s == null ? PlanHeader.Supervision.NONE : new PlanHeader.Supervision(blankToNull(s.regularCheck()),
                        blankToNull(s.annualReview()), nonBlank(s.rules()), s.resultSubmissions() == null ? List.of()
                                : s.resultSubmissions().stream().map(r -> new PlanHeader.ResultDuty(r.text().strip(),
                                        blankToNull(r.deadline()), null)).toList()),
                t == null || (t.members() == null || t.members().isEmpty()) && blankToNull(t.name()) == null ? null
                        : new PlanHeader.PromotionTeam(blankToNull(t.name()), t.members() == null ? List.of()
                                : t.members().stream().map(m -> new PlanHeader.TeamMember(m.role().strip(),
                                        blankToNull(m.member()), blankToNull(m.duty()))).toList()));
    }

    private static HeaderInput headerInput(PlanHeader h) {
        if (h == null) {
            return null;
        }
        PlanHeader.Supervision s = h.supervision();
        return new HeaderInput(h.basis(), h.goals(), h.scope(),
                new SupervisionInput(s.regularCheck(), s.annualReview(), s.rules(), s.resultSubmissions().stream()
                        .map(r -> new ResultDutyInput(r.text(), r.deadlineText())).toList()),
                h.team() == null ? null : new TeamInput(h.team().name(), h.team().members().stream()
                        .map(m -> new MemberInput(m.role(), m.member(), m.duty())).toList()));
    }

    private static List<String> nonBlank(List<String> paragraphs) {
        return paragraphs == null ? List.of() : paragraphs.stream().filter(p -> !p.isBlank()).map(String::strip).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
