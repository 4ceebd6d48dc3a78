package tw.uplift.plan.authoring;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the agency writes (計畫內容): the title, the sections before the table and the table itself. A revision keeps
 * one of these as it was submitted.
 *
 * @param title       計畫名稱
 * @param frameworkId the dimension framework the plan follows (see {@code Frameworks}), or null when unknown
 * @param header      計畫依據, 目標, 實施對象, 督考方式, 推動小組
 * @param dimensions  執行要項 → 執行重點 → 推行作法
 */
public record PlanText(String title, String frameworkId, PlanHeader header, List<Dimension> dimensions) {

    public PlanText {
        header = header == null ? PlanHeader.EMPTY : header;
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public Stream<Measure> measures() {
        return dimensions.stream().flatMap(d -> d.focusAreas().stream()).flatMap(f -> f.measures().stream());
    }
}
