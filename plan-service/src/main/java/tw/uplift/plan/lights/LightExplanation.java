package tw.uplift.plan.lights;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A light in words, as the issue shows it: "red: overdue 12 days, no report since 2026-09-30" /
 * "紅燈：逾期 12 天，自 2026-09-30 起未填報". The words come from {@code plan-lights-messages} through whatever reads
 * the bundle; a web page passes its {@code MessageSource}:
 * {@code LightExplanation.of(light, reasons, (key, args) -> messages.getMessage(key, args, locale))}.
 */
public final class LightExplanation {

    /** Looks up a message by key and fills in its {@code {0}} arguments. */
    @FunctionalInterface
    public interface Wording {
        String message(String key, Object[] args);
    }

    private LightExplanation() {
    }

    public static String of(MeasureLight light, Wording wording) {
        return of(light.light(), light.reasons(), wording);
    }

    public static String of(PlanLight light, Wording wording) {
        return of(light.light(), light.reasons(), wording);
    }

    public static String of(Light light, List<LightReason> reasons, Wording wording) {
        String separator = wording.message(LightMessageKeys.SEPARATOR, new Object[0]);
        String why = reasons.stream().map(r -> reason(r, wording)).collect(Collectors.joining(separator));
        return wording.message(LightMessageKeys.EXPLAINED,
                new Object[] {wording.message(LightMessageKeys.light(light), new Object[0]), why});
    }

    /** One reason in words, e.g. "overdue 12 days". */
    public static String reason(LightReason reason, Wording wording) {
        return wording.message(reason.key(), reason.args().toArray());
    }
}
