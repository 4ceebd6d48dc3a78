package tw.uplift.plan.authoring.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.pages.PageError;

/**
 * Checks a page form against {@link PlanInput}'s rules — the same bean validation the API runs, so each rule is
 * written once — and words each violation for the person who typed it, in their language, under the form's field
 * name (so the error summary links to the field and the message sits beside it).
 */
@Component
public class PlanFormCheck {

    private static final Pattern INDEX = Pattern.compile("(dimensions|focusAreas|measures|indicators)\\[(\\d+)]");
    private static final Pattern TRAILING_INDEX = Pattern.compile("\\[\\d+]$");
    private static final Map<String, String> POSITION_KEYS = Map.of("dimensions", "plan.position.dimension",
            "focusAreas", "plan.position.focusArea", "measures", "plan.position.measure",
            "indicators", "plan.position.indicator");

    private final Validator validator;
    private final MessageSource messages;

    public PlanFormCheck(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** What is wrong with the form, in the order the form shows its fields; empty when it may be saved. */
    public List<PageError> check(PlanForm form, Locale locale) {
        List<PageError> errors = new ArrayList<>();
        if (!form.rocYearIsNumber()) {
            errors.add(new PageError("rocYear", text("plan.error.rocYear.number", locale, RocYear.MIN, RocYear.MAX)));
        }
        List<String> notNumbers = form.unreadableNumbers();
        for (String field : notNumbers) {
            String what = text("plan.error.number", locale, text("plan.field." + kindOf(field), locale));
            errors.add(new PageError(field, text("plan.error.at", locale, positionOf(field, locale), what)));
        }
        for (ConstraintViolation<PlanInput> v : validator.validate(form.toInput())) {
            String path = v.getPropertyPath().toString();
            if (path.equals("rocYear") && !form.rocYearIsNumber() || notNumbers.contains(path)) {
                continue; // said above
            }
            errors.add(new PageError(fieldOf(path), message(path, v, locale)));
        }
        List<String> order = form.fieldOrder();
        errors.sort(Comparator.comparingInt(e -> {
            int at = order.indexOf(e.field());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return errors.stream().distinct().toList();
    }

    /**
     * The form field a violation is about: {@code …units[3]} (one unit of the list) is the units field, every
     * other path is the field itself.
     */
    static String fieldOf(String path) {
        return path.endsWith("]") && path.contains(".units[") ? TRAILING_INDEX.matcher(path).replaceAll("") : path;
    }

    private String message(String path, ConstraintViolation<PlanInput> v, Locale locale) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        String field = fieldOf(path);
        String label = text("plan.field." + kindOf(field), locale);
        String what = switch (constraint) {
            case "NotNull", "NotBlank" -> field.equals("rocYear") ? text("plan.error.rocYear.required", locale)
                    : text("plan.error.required", locale, label);
            case "Min", "Max" -> text("plan.error.rocYear.range", locale, RocYear.MIN, RocYear.MAX);
            case "Size" -> v.getInvalidValue() instanceof CharSequence || !field.equals(path)
                    ? text("plan.error.tooLong", locale, label, attributes.get("max"))
                    : text("plan.error.tooMany", locale, label, attributes.get("max"));
            default -> text("plan.error.invalid", locale, label);
        };
        String position = positionOf(field, locale);
        return position.isEmpty() ? what : text("plan.error.at", locale, position, what);
    }

    /** {@code dimensions[0].focusAreas[1].measures[2].title} → {@code measure.title}; {@code title} → {@code title}. */
    static String kindOf(String field) {
        String[] parts = field.split("\\.");
        String last = TRAILING_INDEX.matcher(parts[parts.length - 1]).replaceAll("");
        if (parts.length == 1) {
            return last;
        }
        String owner = TRAILING_INDEX.matcher(parts[parts.length - 2]).replaceAll("");
        String ownerKind = switch (owner) {
            case "dimensions" -> "dimension";
            case "focusAreas" -> "focusArea";
            case "indicators" -> "indicator";
            default -> "measure";
        };
        return last.equals(parts[parts.length - 1]) ? ownerKind + "." + last : last;
    }

    /** 「執行要項 1 › 執行重點 2 › 推行作法 3」 for a nested field, empty for the plan's own. */
    private String positionOf(String field, Locale locale) {
        List<String> steps = new ArrayList<>();
        Matcher m = INDEX.matcher(field);
        while (m.find()) {
            steps.add(text(POSITION_KEYS.get(m.group(1)), locale, Integer.parseInt(m.group(2)) + 1));
        }
        return String.join(" › ", steps);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
