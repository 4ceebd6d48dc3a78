package tw.uplift.plan.authoring;

import java.util.List;

/** A dimension (執行要項), e.g. 一、完備基礎服務項目…, with its focus areas. */
public record Dimension(String code, String title, List<FocusArea> focusAreas) {

    public Dimension {
        focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
    }
}
