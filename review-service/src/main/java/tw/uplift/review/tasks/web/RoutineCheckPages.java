package tw.uplift.review.tasks.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.inspection.Finding;
import tw.uplift.review.inspection.FindingVerdict;
import tw.uplift.review.inspection.SampleRequest;
import tw.uplift.review.inspection.SamplingMethod;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.checks.RoutineChecks;

/**
 * The routine-check pages: on the check's page drawing its sample and recording a finding per sampled measure, and
 * on a corrective action's verification the verdict (opening a check: {@link PlanYearTaskPages}). What the domain refuses comes back as the
 * form with an error summary linking to the field, nothing saved.
 */
@PageController
class RoutineCheckPages {

    private final RoutineChecks checks;
    private final ReviewTaskService tasks;
    private final ReviewPages pages;
    private final MessageSource messages;

    RoutineCheckPages(RoutineChecks checks, ReviewTaskService tasks, ReviewPages pages, MessageSource messages) {
        this.checks = checks;
        this.tasks = tasks;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping("/reviews/{id}/sample")
    Object sample(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields, CurrentUser user,
            Locale locale) {
        String method = fields.getFirst("method");
        Set<String> picked = new LinkedHashSet<>(fields.getOrDefault("measureIds", List.of()));
        CheckView.SampleForm form = new CheckView.SampleForm(method, blankIfNull(fields.getFirst("size")),
                blankIfNull(fields.getFirst("seed")), picked);
        List<PageError> errors = new ArrayList<>();
        Integer size = number(form.size(), "size", errors, locale);
        Long seed = form.seed().isBlank() ? null : longNumber(form.seed(), errors, locale);
        SamplingMethod how = method == null ? null : java.util.Arrays.stream(SamplingMethod.values())
                .filter(m -> m.name().equals(method)).findFirst().orElse(null);
        if (errors.isEmpty()) {
            try {
                checks.drawSample(id, user, new SampleRequest(how, size, seed, List.copyOf(picked)));
                return SeeOther.to("/reviews/" + id + "?done=sampled#findings");
            } catch (InvalidInput refused) {
                refused.problems().forEach(p -> errors.add(new PageError(sampleField(p.field()),
                        text("review.check.error.sample." + p.field(), locale))));
            } catch (RuleViolationException refused) {
                errors.add(new PageError("method", text("review.error.rule." + refused.code(), locale)));
            }
        }
        return withCheck(tasks.get(id, user), user, form, Map.of(), errors);
    }

    @PostMapping("/reviews/{id}/findings")
    Object findings(@PathVariable String id, @RequestParam Map<String, String> fields, CurrentUser user,
            Locale locale) {
        ReviewTask task = tasks.get(id, user);
        if (!task.open()) {
            return SeeOther.to("/reviews/" + id);
        }
        List<PageError> errors = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> sampled = task.sample() == null ? List.of() : task.sample().measureIds();
        for (int i = 0; i < sampled.size(); i++) {
            int n = i + 1;
            LocalDate due = null;
            String dueText = fields.getOrDefault("due-" + n, "").strip();
            FindingVerdict verdict = CheckView.VERDICTS.stream()
                    .filter(v -> v.name().equals(fields.get("verdict-" + n))).findFirst().orElse(null);
            if (verdict == FindingVerdict.CORRECTIVE_ACTION && !dueText.isEmpty()) {
                try {
                    due = LocalDate.parse(dueText);
                } catch (DateTimeParseException e) {
                    errors.add(new PageError("due-" + n, text("review.check.error.date", locale)));
                }
            }
            findings.add(new Finding(sampled.get(i), verdict, fields.get("reason-" + n), fields.get("action-" + n),
                    due));
        }
        if (errors.isEmpty()) {
            LocalDate today = tasks.today();
            for (int i = 0; i < findings.size(); i++) {
                try {
                    findings.get(i).validated("findings[" + findings.get(i).measureId() + "]", today);
                } catch (InvalidInput refused) {
                    int n = i + 1;
                    refused.problems().forEach(p -> errors.add(new PageError(findingField(p.field(), n),
                            text("review.check.error.finding." + suffix(p.field()), locale, n))));
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                checks.record(id, user, findings);
                return SeeOther.to("/reviews/" + id + "?done=checked");
            } catch (InvalidInput refused) {
                refused.problems().forEach(p -> errors.add(new PageError("findings",
                        text("review.check.error.sample." + (p.field().equals("sample") ? "sample" : "findings"),
                                locale))));
            } catch (RuleViolationException refused) {
                errors.add(new PageError("findings", text("review.error.rule." + refused.code(), locale)));
            }
        }
        return withCheck(task, user, CheckView.SampleForm.DEFAULT, fields, errors);
    }

    @PostMapping("/reviews/{id}/verification")
    Object verify(@PathVariable String id, @RequestParam(required = false) String accepted,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String correctiveAction,
            @RequestParam(required = false) String actionDueDate, CurrentUser user, Locale locale) {
        VerificationForm form = new VerificationForm(blankIfNull(accepted), blankIfNull(reason),
                blankIfNull(correctiveAction), blankIfNull(actionDueDate));
        List<PageError> errors = new ArrayList<>();
        Boolean verdict = "true".equals(accepted) ? Boolean.TRUE : "false".equals(accepted) ? Boolean.FALSE : null;
        LocalDate due = null;
        if (Boolean.FALSE.equals(verdict) && !form.actionDueDate().isBlank()) {
            try {
                due = LocalDate.parse(form.actionDueDate().strip());
            } catch (DateTimeParseException e) {
                errors.add(new PageError("actionDueDate", text("review.check.error.date", locale)));
            }
        }
        if (errors.isEmpty()) {
            try {
                checks.verify(id, user, verdict, reason, correctiveAction, due);
                return SeeOther.to("/reviews/" + id + "?done=verified");
            } catch (InvalidInput refused) {
                refused.problems().forEach(p -> errors.add(new PageError(suffix(p.field()),
                        text("review.verify.error." + suffix(p.field()), locale))));
            } catch (RuleViolationException refused) {
                errors.add(new PageError("accepted", text("review.error.rule." + refused.code(), locale)));
            }
        }
        ReviewTask task = tasks.get(id, user);
        ModelAndView page = pages.page(task, user, DecisionForm.empty(), errors, HttpStatus.BAD_REQUEST);
        page.addObject("form", form);
        return page;
    }

    private ModelAndView withCheck(ReviewTask task, CurrentUser user, CheckView.SampleForm form,
            Map<String, String> typed, List<PageError> errors) {
        ModelAndView page = pages.page(task, user, DecisionForm.empty(), errors, HttpStatus.BAD_REQUEST);
        page.addObject("check", CheckView.of(task, ReviewPages.mayWork(task, user), form, typed,
                tasks.correctiveActionDueDate()));
        return page;
    }

    /** The element a sample problem points at. */
    private static String sampleField(String field) {
        return switch (field) {
            case "size" -> "size";
            case "measureIds" -> "pick-1";
            default -> "method";
        };
    }

    /** {@code findings[m-1].reason} on row 3 → {@code reason-3}. */
    private static String findingField(String field, int n) {
        return switch (suffix(field)) {
            case "reason" -> "reason-" + n;
            case "correctiveAction" -> "action-" + n;
            case "actionDueDate" -> "due-" + n;
            default -> "verdict-" + n;
        };
    }

    private static String suffix(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private Integer number(String value, String field, List<PageError> errors, Locale locale) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new PageError(field, text("review.check.error.sample.size", locale)));
            return null;
        }
    }

    private Long longNumber(String value, List<PageError> errors, Locale locale) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new PageError("seed", text("review.check.error.sample.seed", locale)));
            return null;
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
