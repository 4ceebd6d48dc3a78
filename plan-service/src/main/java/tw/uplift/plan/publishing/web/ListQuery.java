package tw.uplift.plan.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.publishing.PublicPlanFilter;
import tw.uplift.platform.domain.InvalidInput;

/**
 * The public list's query ({@code ?rocYear=115&agency=kcg-civil-affairs}) read from what was typed or tampered
 * with: an empty value means every year or agency; anything else must be a ROC year in range or a known agency,
 * else a problem naming the field (the page shows it in an error summary, the JSON answers 400).
 *
 * @param filter   what to keep (meaningful only without problems)
 * @param problems one per field in error, in the form's order
 */
record ListQuery(PublicPlanFilter filter, List<Problem> problems) {

    static final String ROC_YEAR = "rocYear";
    static final String AGENCY = "agency";

    /** A field in error: its name (and element id) and the message key of {@code plan-publishing-messages}. */
    record Problem(String field, String key, Object... args) {
    }

    static ListQuery parse(String rocYear, String agency, Predicate<String> knownAgency) {
        List<Problem> problems = new ArrayList<>();
        Integer year = null;
        String typed = rocYear == null ? "" : rocYear.strip();
        if (!typed.isEmpty()) {
            if (typed.matches("\\d{1,4}") && RocYear.isValid(Integer.parseInt(typed))) {
                year = Integer.parseInt(typed);
            } else {
                problems.add(new Problem(ROC_YEAR, "publishing.error.rocYear", RocYear.MIN, RocYear.MAX));
            }
        }
        String agencyId = agency == null || agency.isBlank() ? null : agency.strip();
        if (agencyId != null && !knownAgency.test(agencyId)) {
            problems.add(new Problem(AGENCY, "publishing.error.agency"));
            agencyId = null;
        }
        return new ListQuery(new PublicPlanFilter(year, agencyId), List.copyOf(problems));
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** The problems as the API's 400, each naming its field, in English like the rest of the API. */
    InvalidInput invalidInput(MessageSource messages) {
        return new InvalidInput(problems.stream().map(p -> new InvalidInput.Problem(p.field(),
                messages.getMessage(p.key(), p.args(), p.key(), Locale.ENGLISH))).toList());
    }
}
