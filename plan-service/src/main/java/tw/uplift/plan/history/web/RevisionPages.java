package tw.uplift.plan.history.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.PlanRevision;
import tw.uplift.plan.authoring.PlanText;
import tw.uplift.plan.authoring.web.PlanPageSupport;
import tw.uplift.plan.authoring.web.RevisionComparison;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;

/**
 * A plan's past, for everyone who may read the plan (its agency, the reviewers of its body, operators):
 * {@code /plans/{id}/revisions} — every revision (版次) as it went out and what came of it, and the history (歷程)
 * as a timeline — and {@code /plans/{id}/changes?from=N&to=M}, the change view (修正對照表) between two revisions
 * ({@code to} 0 or left out: the text as it stands), led by the older revision's review comments and the changes
 * that answer each.
 */
@PageController
public class RevisionPages {

    private final PlanAuthoring authoring;
    private final PlanPageSupport pages;

    public RevisionPages(PlanAuthoring authoring, PlanPageSupport pages) {
        this.authoring = authoring;
        this.pages = pages;
    }

    @GetMapping("/plans/{planId}/revisions")
    public String revisions(CurrentUser user, @PathVariable String planId, Model model) {
        Plan plan = authoring.get(user, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("agencyName", pages.agencyName(plan.getAgencyId()));
        model.addAttribute("revisions", plan.getRevisions().reversed());
        model.addAttribute("timeline", TimelineEntry.of(plan));
        return "plan/history/revisions";
    }

    @GetMapping("/plans/{planId}/changes")
    public ModelAndView changes(CurrentUser user, @PathVariable String planId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
        Plan plan = authoring.get(user, planId);
        Integer older = revisionNumber(from);
        Integer newer = to == null || to.isBlank() ? Integer.valueOf(0) : revisionNumber(to);
        RevisionComparison comparison;
        try {
            if (older == null || newer == null) {
                throw InvalidInput.of(older == null ? "from" : "to", "not a revision number");
            }
            comparison = RevisionComparison.of(plan, older, newer);
        } catch (InvalidInput bad) {
            return cannotCompare(plan, pages.text("history.changes.bad", locale, plan.getRevision()));
        }
        PlanText olderText = plan.revision(older).map(PlanRevision::text).orElseThrow();
        PlanText newerText = newer == 0 ? plan.getText() : plan.revision(newer).map(PlanRevision::text).orElseThrow();
        ModelAndView page = new ModelAndView("plan/history/changes");
        page.addObject("plan", plan);
        page.addObject("agencyName", pages.agencyName(plan.getAgencyId()));
        page.addObject("from", older);
        page.addObject("to", newer);
        page.addObject("olderRevision", plan.revision(older).orElseThrow());
        page.addObject("view", ChangeView.of(olderText, newerText, comparison.changes(), comparison.comments()));
        page.addObject("revisionNumbers", plan.getRevisions().stream().map(PlanRevision::number).toList());
        return page;
    }

    /** A comparison that cannot be made, in words (400), with the way back. */
    static ModelAndView cannotCompare(Plan plan, String message) {
        return new ModelAndView("plan/history/cannot-compare", Map.of("plan", plan, "message", message),
                HttpStatus.BAD_REQUEST);
    }

    /** A revision number as typed in the address, or null when it is none. */
    private static Integer revisionNumber(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }
}
