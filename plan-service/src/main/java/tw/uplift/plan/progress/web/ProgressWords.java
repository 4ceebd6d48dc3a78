package tw.uplift.plan.progress.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.evidence.RefusedInput;
import tw.uplift.plan.evidence.web.RefusalProblems;
import tw.uplift.plan.lights.Light;
import tw.uplift.plan.lights.LightExplanation;
import tw.uplift.plan.lights.LightMessageKeys;
import tw.uplift.plan.lights.LightReason;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.lights.PlanLight;

/** Progress in words, in the viewer's language: lights with their reasons, reporting periods, refusals. */
@Component
public class ProgressWords {

    private final MessageSource messages;

    public ProgressWords(MessageSource messages) {
        this.messages = messages;
    }

    public LightView light(MeasureLight light, Locale locale) {
        return light(light.light(), light.reasons(), locale);
    }

    public LightView light(PlanLight light, Locale locale) {
        return light(light.light(), light.reasons(), locale);
    }

    private LightView light(Light light, List<LightReason> reasons, Locale locale) {
        LightExplanation.Wording wording = (key, args) -> messages.getMessage(key, args, key, locale);
        String separator = wording.message(LightMessageKeys.SEPARATOR, new Object[0]);
        String why = reasons.stream().map(r -> LightExplanation.reason(r, wording)).collect(Collectors.joining(separator));
        return new LightView(light, wording.message(LightMessageKeys.light(light), new Object[0]), why,
                LightExplanation.of(light, reasons, wording));
    }

    /**
     * A reporting period as people say it: 「115年第3季」 / "Q3 2026". An unreadable name is shown as it is. The
     * Gregorian year goes in as text: a number would be printed with a thousands separator (2,026).
     */
    public String period(String name, Locale locale) {
        return ReportingPeriod.parse(name).map(p -> period(p, locale)).orElse(name);
    }

    public String period(ReportingPeriod p, Locale locale) {
        int roc = p.year() - RocYear.toGregorian(0); // any period's year, not only a plan year's
        return text("progress.period." + p.cadence().name(), locale, roc, p.index(), Integer.toString(p.year()));
    }

    public String refusal(RefusedInput.Reason reason, Locale locale) {
        return RefusalProblems.word(reason, messages, locale);
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
