package tw.uplift.plan.authoring;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;

/**
 * The clerk's use cases: create, revise, submit a plan; complete a measure. Writes are scoped to the caller's agency;
 * reads also to the plans submitted to a reviewer's supervising body, and to every plan for operators.
 */
@Service
public class PlanAuthoring {

    private final AggregateStore store;
    private final PlanRepository plans;
    private final AgencyPlans agencyPlans;
    private final AgencyDirectory agencies;
    private final Clock clock;

    public PlanAuthoring(AggregateStore store, PlanRepository plans, AgencyPlans agencyPlans, AgencyDirectory agencies,
            Clock clock) {
        this.store = store;
        this.plans = plans;
        this.agencyPlans = agencyPlans;
        this.agencies = agencies;
        this.clock = clock;
    }

    public Plan create(CurrentUser user, int rocYear, PlanContent.TextDraft draft) {
        return create(user, "p-" + UUID.randomUUID(), rocYear, draft);
    }

    /**
     * Creates a draft once per idempotency key of the caller's agency: the same key again (a client that retried,
     * a demo import that crashed before noting it was done) finds the draft made the first time and changes nothing.
     */
    public Plan createOnce(CurrentUser user, String idempotencyKey, int rocYear, PlanContent.TextDraft draft) {
        String planId = "p-" + DerivedId.of(user.requireAgency() + "/" + idempotencyKey, "plan-draft");
        try {
            return create(user, planId, rocYear, draft);
        } catch (DuplicateKeyException alreadyCreated) {
            return get(user, planId);
        }
    }

    private Plan create(CurrentUser user, String planId, int rocYear, PlanContent.TextDraft draft) {
        String agencyId = user.requireAgency();
        agencyOf(agencyId);
        agencyPlans.add(agencyId, planId); // before the plan: a stored plan is always listed
        return store.save(Plan.draft(planId, agencyId, rocYear, PlanContent.text(rocYear, draft), user.username(),
                clock.instant()));
    }

    /**
     * Next year's draft from one of the agency's plans (複製去年計畫): same text, deadlines read for the new year,
     * unfinished measures marked as carried over. Copying the same plan twice gives the same draft (one per plan).
     */
    public Plan copyToNextYear(CurrentUser user, String planId) {
        Plan previous = get(user, planId);
        requireOwnAgency(user, previous);
        int nextYear = previous.getRocYear() + 1;
        if (!tw.uplift.contracts.values.RocYear.isValid(nextYear)) {
            throw new RuleViolationException("wrong-year", "rocYear", "ROC year " + nextYear + " is not a plan year");
        }
        String newId = "p-" + DerivedId.of(previous.getId(), "next-year");
        PlanText text = previous.getText();
        List<PlanContent.DimensionDraft> carried = PlanContent.draftOf(text.dimensions()).stream()
                .map(d -> new PlanContent.DimensionDraft(d.code(), d.title(), d.focusAreas().stream()
                        .map(f -> new PlanContent.FocusAreaDraft(f.code(), f.title(), f.measures().stream()
                                .map(m -> carriedOver(m, previous)).toList()))
                        .toList()))
                .toList();
        String title = text.title() == null ? null
                : text.title().replace(Integer.toString(previous.getRocYear()), Integer.toString(nextYear));
        PlanText nextText = PlanContent.text(nextYear,
                new PlanContent.TextDraft(title, text.frameworkId(), text.header(), carried));
        agencyPlans.add(previous.getAgencyId(), newId);
        try {
            return store.save(previous.copyToNextYear(newId, nextText, user.username(), clock.instant()));
        } catch (DuplicateKeyException alreadyCopied) {
            return get(user, newId);
        }
    }

    private static PlanContent.MeasureDraft carriedOver(PlanContent.MeasureDraft m, Plan previous) {
        boolean unfinished = previous.findMeasure(m.id()).map(x -> !x.completed()).orElse(true);
        return new PlanContent.MeasureDraft(null, m.code(), m.title(), m.text(), m.units(), m.deadline(),
                m.expectedBenefit(), m.indicators(), m.id(), unfinished);
    }

    public Plan revise(CurrentUser user, String planId, PlanContent.TextDraft draft) {
        return change(user, planId, p -> {
            p.revise(PlanContent.text(p.getRocYear(), keepingHeader(draft, p)));
            return p;
        });
    }

    /** Replaces the sections before the table (計畫依據, 目標, 對象, 督考方式, 推動小組); the table stays as it is. */
    public Plan reviseHeader(CurrentUser user, String planId, PlanHeader header) {
        return change(user, planId, p -> {
            PlanText text = p.getText();
            p.revise(new PlanText(text.title(), text.frameworkId(), PlanContent.header(p.getRocYear(), header),
                    text.dimensions()));
            return p;
        });
    }

    /**
     * Submits the plan: an agency head submits it (送審, their confirmation); a clerk asks the head to confirm
     * (陳核) and the plan waits for them.
     */
    public Plan submit(CurrentUser user, String planId) {
        return change(user, planId, p -> {
            if (user.has(Role.AGENCY_HEAD)) {
                p.submit(agencyOf(p.getAgencyId()), user.username(), clock.instant());
            } else {
                p.requestSubmission(user.username(), clock.instant());
            }
            return p;
        });
    }

    /** The head does not confirm the submission and sends the plan back to the clerk with a reason. */
    public Plan sendBack(CurrentUser user, String planId, String reason) {
        requireHead(user);
        return change(user, planId, p -> {
            p.sendBack(user.username(), reason, clock.instant());
            return p;
        });
    }

    /** Amends the approved plan (計畫修正); the summary says what changed since the revision in force. */
    public Plan amend(CurrentUser user, String planId, PlanContent.TextDraft draft) {
        return change(user, planId, p -> {
            PlanText amended = PlanContent.text(p.getRocYear(), keepingHeader(draft, p));
            String summary = PlanChanges.between(p.getText(), amended).summary();
            if (summary.isBlank()) {
                throw new RuleViolationException("no-change", "dimensions", "the amendment changes nothing");
            }
            p.amend(amended, summary, user.username(), clock.instant());
            return p;
        });
    }

    public Plan completeMeasure(CurrentUser user, String planId, String measureId) {
        return change(user, planId, p -> {
            p.completeMeasure(measureId, user.username(), clock.instant());
            return p;
        });
    }

    /** The agency head hands in the year's results (提報年度執行成果). */
    public Plan submitResults(CurrentUser user, String planId) {
        requireHead(user);
        return change(user, planId, p -> {
            p.submitResults(user.username(), clock.instant());
            return p;
        });
    }

    /**
     * Loads the plan once, checks the caller may change it, changes and saves it (the store retries on a conflict).
     * Only the agency's own staff and head change its plan: operators and reviewers may read, never write, whatever
     * ids their tokens carry.
     */
    public <R> R change(CurrentUser user, String planId, Function<Plan, R> change) {
        String agencyId = user.requireAgency();
        return store.update(planId, Plan.class, plan -> {
            if (!plan.getAgencyId().equals(agencyId)) {
                throw new NotFoundException("plan", planId);
            }
            return change.apply(plan);
        }).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** A change that leaves out the header or the framework keeps the plan's own. */
    private static PlanContent.TextDraft keepingHeader(PlanContent.TextDraft draft, Plan plan) {
        return new PlanContent.TextDraft(draft.title(),
                draft.frameworkId() == null ? plan.getText().frameworkId() : draft.frameworkId(),
                draft.header() == null ? plan.getHeader() : draft.header(), draft.dimensions());
    }

    private static void requireHead(CurrentUser user) {
        user.requireAny(Role.AGENCY_HEAD);
    }

    private static void requireOwnAgency(CurrentUser user, Plan plan) {
        if (!plan.getAgencyId().equals(user.requireAgency())) {
            throw new NotFoundException("plan", plan.getId());
        }
    }

    /**
     * A plan the caller may read: their agency's (agency staff), one submitted to their supervising body (a
     * reviewer, see {@link #reviewableBy}), or any (ADMIN/OPS). Other plans do not exist for them (404), so ids
     * cannot be probed.
     */
    public Plan get(CurrentUser user, String planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        requireVisible(user, plan);
        return plan;
    }

    /**
     * The plans the caller may read, newest year first: all for ADMIN/OPS; their agency's for agency staff (read by
     * {@code _id} through {@link AgencyPlans}); those submitted to their body for a reviewer. Anyone else is refused
     * (403).
     */
    public List<Plan> list(CurrentUser user) {
        if (isOperator(user)) {
            return plans.findAll();
        }
        if (!isBoundReviewer(user)) {
            return agencyPlans.of(user.requireAgency());
        }
        List<Plan> reviewable = plans.findBySupervisingBodyIdAndRevisionGreaterThanOrderByRocYearDesc(user.bodyId(), 0);
        if (!user.isAgencyUser()) {
            return reviewable;
        }
        // Both roles in one token: their agency's plans and their body's, once each.
        Map<String, Plan> both = new LinkedHashMap<>();
        agencyPlans.of(user.requireAgency()).forEach(p -> both.put(p.getId(), p));
        reviewable.forEach(p -> both.putIfAbsent(p.getId(), p));
        return both.values().stream().sorted(Comparator.comparingInt(Plan::getRocYear).reversed()).toList();
    }

    private static void requireVisible(CurrentUser user, Plan plan) {
        boolean ownAgency = user.isAgencyUser() && plan.getAgencyId().equals(user.agencyId());
        if (!isOperator(user) && !ownAgency && !reviewableBy(user, plan)) {
            throw new NotFoundException("plan", plan.getId());
        }
    }

    /**
     * A reviewer reads (never writes) the plans submitted to the supervising body they are bound to: the plans of
     * the tasks assigned to that body. A draft never submitted is its agency's alone. The agency id a reviewer's token
     * may carry (where they work) grants nothing.
     */
    static boolean reviewableBy(CurrentUser user, Plan plan) {
        return isBoundReviewer(user) && plan.everSubmitted() && user.bodyId().equals(plan.getSupervisingBodyId());
    }

    private static boolean isBoundReviewer(CurrentUser user) {
        return user.has(Role.REVIEWER) && user.bodyId() != null && !user.bodyId().isBlank();
    }

    private static boolean isOperator(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.OPS);
    }

    private Agency agencyOf(String agencyId) {
        return agencies.find(agencyId).orElseThrow(() -> new RuleViolationException("unknown-agency",
                "agency " + agencyId + " is not registered in this installation"));
    }
}
