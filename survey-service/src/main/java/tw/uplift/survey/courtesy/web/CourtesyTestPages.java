package tw.uplift.survey.courtesy.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.courtesy.CourtesyTest;
import tw.uplift.survey.courtesy.CourtesyTestDraft;
import tw.uplift.survey.courtesy.CourtesyTests;
import tw.uplift.survey.courtesy.Rubric;
import tw.uplift.survey.courtesy.web.CourtesyTestForm.CriterionField;

/**
 * The agency's courtesy-test pages (AGENCY_STAFF / AGENCY_HEAD): the tests of a year with their scores
 * ({@code /surveys/courtesy-tests}), the scoring form of each kind ({@code /surveys/courtesy-tests/new?kind=PHONE}
 * or {@code VISIT}: one fieldset per criterion with its maximum, a note for each), and one test as scored. A refused
 * form comes back with what was typed and an error summary linking to each field; scoring goes through
 * {@link CourtesyTests} like the API, so the rules are the API's.
 */
@PageController
class CourtesyTestPages {

    static final String BASE = "/surveys/courtesy-tests";

    private final CourtesyTests tests;
    private final MessageSource messages;
    private final Clock clock;

    CourtesyTestPages(CourtesyTests tests, MessageSource messages, Clock clock) {
        this.tests = tests;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    ModelAndView list(CurrentUser user, @RequestParam(required = false) String year) {
        RocYear shown = yearOf(year);
        ModelAndView page = new ModelAndView("survey/courtesy/list");
        page.addObject("tests", tests.list(user, shown));
        page.addObject("year", shown.value());
        page.addObject("previousYear", shown.value() > RocYear.MIN ? shown.value() - 1 : null);
        page.addObject("nextYear", shown.value() < RocYear.current(clock).value() ? shown.value() + 1 : null);
        return page;
    }

    @GetMapping(BASE + "/new")
    ModelAndView blank(CurrentUser user, @RequestParam(required = false) String kind, Locale locale) {
        user.requireAgency();
        CourtesyTestKind k = kindOf(kind);
        return formPage(CourtesyTestForm.blank(k, user.name()), List.of(), locale, HttpStatus.OK);
    }

    /** The sheet: refused, the form again with every problem at once; scored, the test (303, so a reload posts nothing). */
    @PostMapping(BASE)
    Object score(CurrentUser user, @RequestParam Map<String, String> fields, Locale locale) {
        user.requireAgency();
        CourtesyTestForm form = CourtesyTestForm.posted(kindOf(fields.get("kind")), fields);
        Rubric rubric = tests.rubric(form.kind());
        Map<String, String> unreadable = form.unreadable();
        try {
            if (!unreadable.isEmpty()) {
                // Show the rules' problems too, all at once: check the rest without storing anything.
                tests.check(form.draft(rubric));
                return formPage(form, errorsOf(form, rubric, unreadable, List.of(), locale), locale,
                        HttpStatus.BAD_REQUEST);
            }
            CourtesyTest scored = tests.score(user, form.draft(rubric), form.testKey());
            return SeeOther.to(BASE + "/" + scored.getId() + "?done=scored");
        } catch (InvalidInput refused) {
            return formPage(form, errorsOf(form, rubric, unreadable, refused.problems(), locale), locale,
                    HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView show(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String done) {
        ModelAndView page = new ModelAndView("survey/courtesy/show");
        page.addObject("test", tests.get(user, id));
        page.addObject("done", "scored".equals(done));
        return page;
    }

    private ModelAndView formPage(CourtesyTestForm form, List<PageError> errors, Locale locale, HttpStatus status) {
        ModelAndView page = new ModelAndView("survey/courtesy/form", status);
        Rubric rubric = tests.rubric(form.kind());
        page.addObject("form", form);
        page.addObject("kind", form.kind().name());
        page.addObject("criteria", form.criteria(rubric, locale));
        page.addObject("errors", errors);
        page.addObject("errorFields", errors.stream().map(PageError::field).toList());
        return page;
    }

    /**
     * Every problem in the reader's words, in the order of the form: what the form could not read first for its
     * field, then the rules' (which speak English to programs).
     */
    private List<PageError> errorsOf(CourtesyTestForm form, Rubric rubric, Map<String, String> unreadable,
            List<InvalidInput.Problem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        unreadable.forEach((field, reason) -> byField.put(field, unreadableMessage(field, reason, rubric, locale)));
        for (InvalidInput.Problem p : problems) {
            if (byField.containsKey(p.field()) || (p.field().equals("testedAt") && byField.containsKey(
                    CourtesyTestForm.TIME_PROBLEM))) {
                continue;
            }
            byField.put(p.field(), ruleMessage(p.field(), form, rubric, locale));
        }
        List<String> order = fieldOrder(rubric);
        List<PageError> errors = new ArrayList<>();
        byField.entrySet().stream().sorted(Comparator.comparingInt(e -> indexIn(order, e.getKey())))
                .forEach(e -> errors.add(new PageError(e.getKey(), e.getValue())));
        return errors;
    }

    private String unreadableMessage(String field, String reason, Rubric rubric, Locale locale) {
        if (field.startsWith("scores.")) {
            return text("courtesy.error.points.number", locale, criterionText(field, rubric, locale));
        }
        return text("courtesy.error." + field + "." + reason, locale);
    }

    private String ruleMessage(String field, CourtesyTestForm form, Rubric rubric, Locale locale) {
        if (field.endsWith(".points")) {
            int max = rubric.criteria().stream().filter(c -> field.equals(CriterionField.pointsField(c.id())))
                    .findFirst().map(c -> c.maxPoints()).orElse(Rubric.FULL_MARKS);
            return text(form.blank(field) ? "courtesy.error.points.required" : "courtesy.error.points.range", locale,
                    criterionText(field, rubric, locale), max);
        }
        if (field.endsWith(".note")) {
            return text("courtesy.error.note.tooLong", locale, criterionText(field, rubric, locale), Rubric.MAX_NOTE);
        }
        return switch (field) {
            case "unit", "tester" -> form.blank(field) ? text("courtesy.error." + field + ".required", locale)
                    : text("courtesy.error.tooLong", locale, CourtesyTestDraft.MAX_NAME);
            case "planId", "measureId" -> text("courtesy.error.tooLong", locale, CourtesyTestDraft.MAX_ID);
            case "testedAt" -> form.blank(CourtesyTestForm.DATE) ? text("courtesy.error.testedAt.required", locale)
                    : form.testedAt().isAfter(clock.instant()) ? text("courtesy.error.testedAt.future", locale)
                    : text("courtesy.error.testedAt.tooOld", locale);
            default -> text("courtesy.error.other", locale);
        };
    }

    private static String criterionText(String field, Rubric rubric, Locale locale) {
        return rubric.criteria().stream().filter(c -> field.startsWith("scores." + c.id() + "."))
                .map(c -> c.text().in(locale)).findFirst().orElse(field);
    }

    /** The fields in the order the form shows them. */
    private static List<String> fieldOrder(Rubric rubric) {
        List<String> order = new ArrayList<>(List.of("unit", "testedAt", CourtesyTestForm.TIME_PROBLEM, "tester",
                "planId", "measureId"));
        rubric.criteria().forEach(c -> {
            order.add(CriterionField.pointsField(c.id()));
            order.add(CriterionField.noteField(c.id()));
        });
        return order;
    }

    private static int indexIn(List<String> order, String field) {
        int i = order.indexOf(field);
        return i < 0 ? order.size() : i;
    }

    /** A kind the pages offer; any other is no page at all. */
    private static CourtesyTestKind kindOf(String kind) {
        for (CourtesyTestKind k : CourtesyTestKind.values()) {
            if (k.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                return k;
            }
        }
        throw new NotFoundException("courtesy test form", String.valueOf(kind));
    }

    private RocYear yearOf(String year) {
        if (year != null && year.strip().matches("\\d{2,3}") && RocYear.isValid(Integer.parseInt(year.strip()))) {
            return RocYear.of(Integer.parseInt(year.strip()));
        }
        return RocYear.current(clock);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
