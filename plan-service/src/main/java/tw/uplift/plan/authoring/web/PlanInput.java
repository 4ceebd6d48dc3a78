package tw.uplift.plan.authoring.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.PlanContent;

/**
 * A plan as a clerk sends it. Deadlines are the phrases of the documents ({@code 12月31日前}, {@code 持續辦理},
 * {@code 115年3月31日}); the service turns them into dates in the plan year.
 */
public record PlanInput(
        @NotNull @Min(value = RocYear.MIN, message = "ROC year must be " + RocYear.MIN + " or later")
        @Max(value = RocYear.MAX, message = "ROC year must be at most " + RocYear.MAX) Integer rocYear,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(max = 50) List<@NotNull @Valid DimensionInput> dimensions) {

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
            @Size(max = 2000) String expectedBenefit) {
    }

    /** The same as a clerk would have typed it: how imported content meets the same checks and size limits. */
    public static PlanInput of(int rocYear, String title, List<PlanContent.DimensionDraft> content) {
        return new PlanInput(rocYear, title, content.stream().map(d -> new DimensionInput(d.code(), d.title(),
                d.focusAreas().stream().map(f -> new FocusAreaInput(f.code(), f.title(), f.measures().stream()
                        .map(m -> new MeasureInput(m.id(), m.code(), m.title(), m.text(), m.units(), m.deadline(),
                                m.expectedBenefit()))
                        .toList()))
                        .toList()))
                .toList());
    }

    public List<PlanContent.DimensionDraft> content() {
        return dimensions.stream().map(d -> new PlanContent.DimensionDraft(d.code(), d.title(), d.focusAreas().stream()
                .map(f -> new PlanContent.FocusAreaDraft(f.code(), f.title(), f.measures().stream()
                        .map(m -> new PlanContent.MeasureDraft(m.id(), m.code(), m.title(), m.text(),
                                m.units() == null ? List.of() : m.units(), m.deadline(), m.expectedBenefit()))
                        .toList()))
                .toList())).toList();
    }
}
