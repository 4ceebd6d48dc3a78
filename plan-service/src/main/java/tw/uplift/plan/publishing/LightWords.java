package tw.uplift.plan.publishing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.uplift.plan.lights.Light;
import tw.uplift.plan.lights.LightExplanation;
import tw.uplift.plan.lights.LightMessageKeys;
import tw.uplift.plan.lights.LightReason;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.lights.PlanLight;

/**
 * A light (燈號) and its reasons in words, from {@code plan-lights-messages}: in the viewer's language on the pages,
 * and always in 繁體中文 ({@link #OPEN_DATA}) in the open data, so a file reads the same whoever downloads it.
 */
@Component
public class LightWords {

    /** The language of the open data's words (the default bundle). */
    public static final Locale OPEN_DATA = Locale.TAIWAN;

    private final MessageSource messages;

    public LightWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The light's name: 綠燈 / green. */
    public String name(Light light, Locale locale) {
        return message(LightMessageKeys.light(light), new Object[0], locale);
    }

    /** Why, without the light's name: 「已於 2026-03-01 完成」, reasons joined as the bundle joins them. */
    public String reasons(MeasureLight light, Locale locale) {
        return reasons(light.reasons(), locale);
    }

    public String reasons(PlanLight light, Locale locale) {
        return reasons(light.reasons(), locale);
    }

    private String reasons(List<LightReason> reasons, Locale locale) {
        LightExplanation.Wording wording = (key, args) -> message(key, args, locale);
        String separator = message(LightMessageKeys.SEPARATOR, new Object[0], locale);
        return reasons.stream().map(r -> LightExplanation.reason(r, wording)).collect(Collectors.joining(separator));
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
