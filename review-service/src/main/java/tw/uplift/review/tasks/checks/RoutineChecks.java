package tw.uplift.review.tasks.checks;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.inspection.Finding;
import tw.uplift.review.inspection.SampleRequest;
import tw.uplift.review.inspection.Sampler;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * Opens routine checks of approved plans and takes their samples and findings. Every change goes through the
 * task's own update, so a check's findings and the events they raise are stored together.
 */
@Service
public class RoutineChecks {

    /** Seeds shown to people stay short enough to read out and type again. */
    private static final long SEED_BOUND = 1_000_000_000L;

    private final ReviewTaskService tasks;
    private final RandomGenerator seeds;

    public RoutineChecks(ReviewTaskService tasks) {
        this.tasks = tasks;
        this.seeds = new SecureRandom();
    }

    /**
     * A reviewer of the plan's body (or an admin) opens a routine check of its latest approved revision; the
     * assignment rule picks who does it (never someone bound to the agency). One open check per plan at a time.
     *
     * @param dueDate by when, or null when the body sets none
     * @throws NotFoundException when the caller's body approved no such plan
     * @throws RuleViolationException {@code check-open} when the plan already has an open check
     */
    public ReviewTask open(CurrentUser user, String planId, String reason, LocalDate dueDate) {
        return tasks.openAboutApprovedPlan(user, ReviewTaskKind.ROUTINE_CHECK, planId, reason, dueDate, "check-open");
    }

    /** The check's assignee draws (or draws again) its sample from the approved plan. */
    public ReviewTask drawSample(String taskId, CurrentUser user, SampleRequest request) {
        long newSeed = seeds.nextLong(1, SEED_BOUND);
        return tasks.work(taskId, user, (task, at) -> {
            if (task.content() == null) {
                throw new RuleViolationException("no-content", "the approved plan's content is not known");
            }
            task.drawSample(user.username(), Sampler.draw(task.content(), request, newSeed), at);
        }, "sample drawn");
    }

    /**
     * The assignee of a corrective-action verification accepts the agency's answer, or rejects it with what is
     * still to be done and by when (a new corrective action).
     *
     * @param stillToDo for a rejection, what must still be corrected; ignored when accepted
     * @param newDue    for a rejection, the new due date; ignored when accepted
     * @throws InvalidInput naming {@code accepted} when neither was chosen, {@code reason}, or for a rejection
     *         {@code correctiveAction} / {@code actionDueDate}
     */
    public ReviewTask verify(String taskId, CurrentUser user, Boolean accepted, String reason, String stillToDo,
            LocalDate newDue) {
        if (accepted == null) {
            throw InvalidInput.of("accepted", "accept the answer or reject it");
        }
        LocalDate today = tasks.today();
        return tasks.work(taskId, user, (task, at) -> {
            Finding rejection = accepted ? null : new Finding(task.measureId() == null ? "-" : task.measureId(),
                    tw.uplift.review.inspection.FindingVerdict.CORRECTIVE_ACTION, reason, stillToDo, newDue)
                    .validated("verification", today);
            task.verify(user.username(), reason, rejection, at);
        }, accepted ? "answer accepted" : "answer rejected");
    }

    /**
     * The check's assignee records a finding for each sampled measure and completes the check; each finding is
     * checked against today (a corrective action is due today or later).
     */
    public ReviewTask record(String taskId, CurrentUser user, List<Finding> findings) {
        LocalDate today = tasks.today();
        return tasks.work(taskId, user, (task, at) -> {
            List<Finding> valid = new ArrayList<>();
            for (Finding finding : findings) {
                valid.add(finding.validated("findings[" + finding.measureId() + "]", today));
            }
            task.recordCheck(user.username(), valid, at);
        }, "check recorded");
    }
}
