package tw.uplift.survey.opendata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.domain.InvalidInput;

/**
 * The year file's query ({@code ?rocYear=115&agency=kcg-civil-affairs}) read from what was typed or tampered with,
 * by the rules of plan-service's open data: {@code rocYear} is required and must be a ROC year in range;
 * {@code agency} is optional, and when given must be an agency that has published survey results (an id with
 * a typing error would otherwise give an empty file that looks like an answer).
 *
 * @param rocYear  the year (meaningful only without problems)
 * @param agencyId the agency, or null for all
 * @param problems one per field in error, each a message key of {@code survey-service-messages}
 */
record YearQuery(Integer rocYear, String agencyId, List<Problem> problems) {

    static final String ROC_YEAR = "rocYear";
    static final String AGENCY = "agency";

    /** What an agency id looks like (kcg-civil-affairs): checked before the store is asked about it. */
    private static final Pattern AGENCY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    record Problem(String field, String key, Object... args) {
    }

    static YearQuery parse(String rocYear, String agency, Predicate<String> hasPublished) {
        List<Problem> problems = new ArrayList<>();
        Integer year = null;
        String typed = rocYear == null ? "" : rocYear.strip();
        if (typed.isEmpty()) {
            problems.add(new Problem(ROC_YEAR, "opendata.error.rocYear.required", RocYear.MIN, RocYear.MAX));
        } else if (typed.matches("\\d{1,4}") && RocYear.isValid(Integer.parseInt(typed))) {
            year = Integer.parseInt(typed);
        } else {
            problems.add(new Problem(ROC_YEAR, "opendata.error.rocYear", RocYear.MIN, RocYear.MAX));
        }
        String agencyId = agency == null || agency.isBlank() ? null : agency.strip();
        if (agencyId != null && !(AGENCY_ID.matcher(agencyId).matches() && hasPublished.test(agencyId))) {
            problems.add(new Problem(AGENCY, "opendata.error.agency"));
            agencyId = null;
        }
        return new YearQuery(year, agencyId, List.copyOf(problems));
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
