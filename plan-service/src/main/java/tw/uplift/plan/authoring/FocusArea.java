package tw.uplift.plan.authoring;

import java.util.List;

/** A focus area (執行重點), e.g. (一)建立業務標準作業流程…, with its measures. */
public record FocusArea(String code, String title, List<Measure> measures) {

    public FocusArea {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
