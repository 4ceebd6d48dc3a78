package tw.uplift.plan.progress.web;

import tw.uplift.plan.lights.Light;

/**
 * A light as a page and the API show it: never the colour alone, always its name and why.
 *
 * @param light       the light
 * @param name        its name in the viewer's language (紅燈 / red)
 * @param reasons     why, in words (逾期 12 天，自 2026-09-30 起未填報)
 * @param explanation both in one sentence (紅燈：逾期 12 天，自 2026-09-30 起未填報)
 */
public record LightView(Light light, String name, String reasons, String explanation) {

    /** The GOV.UK tag colour of the light. */
    public String tagClass() {
        return switch (light) {
            case GREEN -> "govuk-tag--green";
            case YELLOW -> "govuk-tag--yellow";
            case RED -> "govuk-tag--red";
            case GREY -> "govuk-tag--grey";
        };
    }
}
