package tw.uplift.plan.publishing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.platform.pages.FormErrors;
import tw.uplift.plan.publishing.PublicPlanIndex;
import tw.uplift.plan.publishing.PublishedPlans;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;

/**
 * {@code /public/plans} for a browser: the public plans (公開計畫), newest year first, filtered by ROC year and
 * agency with a GET form (so a filtered list is a link to share), each with its light and its open data. No login.
 * A tampered filter (a year out of range, an unknown agency) is shown in an error summary, 400.
 */
@PageController
public class PublicPlanListPage {

    private final PublishedPlans published;
    private final PublicPlanViews views;
    private final MessageSource messages;

    public PublicPlanListPage(PublishedPlans published, PublicPlanViews views, MessageSource messages) {
        this.published = published;
        this.views = views;
        this.messages = messages;
    }

    /** An agency to choose in the filter. */
    public record AgencyChoice(String id, String name) {
    }

    @GetMapping(path = "/public/plans", produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView list(@RequestParam(required = false) String rocYear,
            @RequestParam(required = false) String agency, Locale locale, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        PublicPlanIndex index = published.index();
        ListQuery query = ListQuery.parse(rocYear, agency, id -> views.knownAgency(id, index));
        List<PageError> errors = query.problems().stream()
                .map(p -> new PageError(p.field(), messages.getMessage(p.key(), p.args(), p.key(), locale))).toList();

        ModelAndView page = new ModelAndView("plan/publishing/list");
        page.addObject("errors", errors);
        page.addObject("formErrors", new FormErrors(errors));
        page.addObject("years", index.years());
        Collator byName = Collator.getInstance(locale);
        page.addObject("agencies", index.agencyIds().stream().map(id -> new AgencyChoice(id, views.agencyName(id)))
                .sorted(Comparator.comparing(AgencyChoice::name, byName)).toList());
        page.addObject("selectedYear", query.filter().rocYear());
        page.addObject("selectedAgency", query.filter().agencyId());
        page.addObject("selectedAgencyName", query.filter().agencyId() == null ? null
                : views.agencyName(query.filter().agencyId()));
        List<Plan> matching = query.valid() ? index.matching(query.filter()) : List.of();
        page.addObject("rows", views.rows(matching, locale));
        // The year file to offer: the chosen year, else the newest year of what is listed (of the chosen agency).
        page.addObject("csvYear", query.filter().rocYear() != null ? query.filter().rocYear()
                : matching.isEmpty() ? null : matching.getFirst().getRocYear());
        page.addObject("csvAgency", query.filter().agencyId());
        if (!query.valid()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }
}
