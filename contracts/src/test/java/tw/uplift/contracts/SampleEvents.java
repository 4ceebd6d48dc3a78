package tw.uplift.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.notification.NotificationDelivered;
import tw.uplift.contracts.notification.FailureKind;
import tw.uplift.contracts.notification.NotificationFailed;
import tw.uplift.contracts.plan.AnnualResultsSubmitted;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanClosed;
import tw.uplift.contracts.plan.SupervisingBodyChanged;
import tw.uplift.contracts.plan.PlanAmended;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanPublished;
import tw.uplift.contracts.plan.PlanReturned;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.survey.CourtesyTestScored;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;

/**
 * One realistic instance of every event type, for the contract tests (and for anyone who wants to see
 * what a payload looks like). A catalogued type without a sample fails {@code EventRoundTripTest}, so
 * add one here whenever a record is added to a sealed family.
 */
public final class SampleEvents {

    public static final String PLAN_ID = "plan-115-kcg-civil-affairs";
    public static final String AGENCY_ID = "kcg-civil-affairs";
    public static final String BODY_ID = "kcg-rdec";
    public static final String MEASURE_ID = PLAN_ID + "-m1";
    public static final Instant AT = Instant.parse("2026-01-31T02:15:00Z");
    public static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    private static final Map<Class<? extends DomainEvent>, DomainEvent> SAMPLES = new LinkedHashMap<>();

    static {
        List<ItemComment> comments = List.of(
                new ItemComment("plan", "請補充年度目標之量化指標。"),
                new ItemComment(MEASURE_ID, "完成期限過於寬鬆，建議提前至6月30日前。"));

        add(new PlanSubmitted(PLAN_ID, AGENCY_ID, "高雄市政府民政局", "kcg", BODY_ID, 115,
                "高雄市政府民政局115年度服務躍升執行計畫", 1, 3, "clerk", AT, submittedContent()));
        add(new PlanApproved(PLAN_ID, AGENCY_ID, BODY_ID, 115, 2, List.of(
                new TrackedMeasure(MEASURE_ID, "1", "推動線上申辦戶籍謄本", List.of("戶籍行政科", "資訊室"),
                        LocalDate.of(2026, 12, 31), null, "12月31日前"),
                new TrackedMeasure(PLAN_ID + "-m2", "2", "辦理為民服務滿意度調查", List.of("秘書室"),
                        null, "QUARTERLY", "持續辦理"),
                new TrackedMeasure(PLAN_ID + "-m3", "3", "提交年度執行成果", List.of("研考科"),
                        LocalDate.of(2027, 1, 31), null, "次年1月")),
                AT));
        add(new PlanReturned(PLAN_ID, AGENCY_ID, 1, comments, AT));
        add(new PlanPublished(PLAN_ID, AGENCY_ID, 115, "https://uplift.example.gov.tw/public/plans/" + PLAN_ID, AT));
        add(new PlanAmended(PLAN_ID, AGENCY_ID, 4, "推行作法 1 完成期限改為 9月30日前。", AT, BODY_ID, 115, List.of(
                new TrackedMeasure(MEASURE_ID, "1", "推動線上申辦戶籍謄本", List.of("戶籍行政科"),
                        LocalDate.of(2026, 9, 30), null, "9月30日前"))));
        add(new MeasureProgressReported(MEASURE_ID, PLAN_ID, AGENCY_ID, "report-2026-q1-m1", "2026-Q1", 40,
                "已完成線上申辦系統需求訪談及雛型開發。", AT));
        add(new MeasureCompleted(MEASURE_ID, PLAN_ID, AGENCY_ID, AT));
        add(new AnnualResultsSubmitted(PLAN_ID, AGENCY_ID, 115, AT));
        add(new PlanClosed(PLAN_ID, AGENCY_ID, 115, AT));
        add(new AgencyChanged(AGENCY_ID, "高雄市新興區戶政事務所", "kcg-civil-affairs", BODY_ID,
                List.of("戶籍行政課", "戶籍登記課", "秘書室"), true, AT));
        add(new SupervisingBodyChanged(BODY_ID, "高雄市政府研究發展考核委員會", null, true, AT));

        add(new ReviewTaskAssigned("task-approval-1", ReviewTaskKind.PLAN_APPROVAL, PLAN_ID,
                "高雄市政府民政局115年度提升服務執行計畫", AGENCY_ID, "高雄市政府民政局",
                BODY_ID, "reviewer", "研考會審查委員王小明", DUE, AT));
        add(new ReviewTaskCompleted("task-approval-1", ReviewTaskKind.PLAN_APPROVAL, PLAN_ID, AGENCY_ID,
                "reviewer", "APPROVED", AT));
        add(new PlanReviewDecided(PLAN_ID, "task-approval-1", AGENCY_ID, 1, ReviewDecision.RETURNED, "reviewer",
                comments, AT));
        add(new CorrectiveActionRequired("action-1", "task-check-1", AGENCY_ID, PLAN_ID,
                "櫃檯服務未提供雙語指引。", LocalDate.of(2026, 3, 31), AT, MEASURE_ID, BODY_ID));
        add(new CorrectiveActionResponded("action-1", AGENCY_ID, PLAN_ID, "已於櫃檯增設中英雙語指引牌。", "clerk", AT));
        add(new MeasureTrackingDecided("task-check-1", PLAN_ID, AGENCY_ID, MEASURE_ID, TrackingVerdict.KEPT_TRACKED,
                "抽查櫃檯服務，未見雙語指引。", "reviewer", AT, "action-1", "櫃檯服務未提供雙語指引。",
                LocalDate.of(2026, 3, 31)));
        add(new AnnualReviewScored("task-annual-115", AGENCY_ID, 115, 87.5, "甲等", AT));

        add(new SurveyOpened("survey-1", AGENCY_ID, "115年度戶政服務滿意度調查", PLAN_ID, PLAN_ID + "-m2",
                AT, Instant.parse("2026-03-31T15:59:59Z")));
        add(new SurveyClosed("survey-1", AGENCY_ID, 1_284L, Instant.parse("2026-03-31T16:00:00Z")));
        add(new SurveyResultsPublished("survey-1", AGENCY_ID, PLAN_ID, PLAN_ID + "-m2", 1_284L, 0.87, 0.8, AT));
        add(new CourtesyTestScored("courtesy-test-1", AGENCY_ID, PLAN_ID, PLAN_ID + "-m2", CourtesyTestKind.PHONE,
                "戶籍登記課", 76, 100, Instant.parse("2026-03-10T01:30:00Z")));

        add(new DeadlineApproaching("deadline-m1", TrackedItemKind.MEASURE, MEASURE_ID, PLAN_ID, AGENCY_ID,
                "推動線上申辦戶籍謄本", DUE, 7, AT));
        add(new ItemOverdue("deadline-m1", TrackedItemKind.MEASURE, MEASURE_ID, PLAN_ID, AGENCY_ID,
                "推動線上申辦戶籍謄本", DUE, Instant.parse("2026-01-31T16:00:00Z")));
        add(new OverdueEscalated("deadline-m1", TrackedItemKind.MEASURE, MEASURE_ID, AGENCY_ID, BODY_ID,
                "推動線上申辦戶籍謄本", DUE, 3, Instant.parse("2026-02-05T01:00:00Z"), EscalationLevel.AGENCY_HEAD));

        add(new NotificationDelivered("notice-1", Channel.EMAIL, "clerk@kcg.example.gov.tw",
                "3f0e4c52-1d8a-4a57-9d1e-0c6f1b2a9e11", AT, "deadline-m1"));
        add(new NotificationFailed("notice-2", Channel.WEBHOOK, "https://hooks.example.gov.tw/uplift",
                "3f0e4c52-1d8a-4a57-9d1e-0c6f1b2a9e11", "HTTP 503 Service Unavailable", 2, AT, FailureKind.TEMPORARY,
                "deadline-m1"));
    }

    private SampleEvents() {
    }

    /** What the sample submission carries: a dated, a continuous and an un-numbered measure without a deadline. */
    private static PlanContentSnapshot submittedContent() {
        return new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("一", "完備基礎服務項目，注重服務特性差異化",
                List.of(new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                        new PlanContentSnapshot.Measure(MEASURE_ID, "1", "推動線上申辦戶籍謄本",
                                "1. 盤點可線上申辦之戶籍謄本類別。\n2. 建置線上申辦及行動支付繳費。", List.of("戶籍行政科", "資訊室"),
                                "12月31日前", LocalDate.of(2026, 12, 31), null, "民眾免臨櫃即可取得謄本"),
                        new PlanContentSnapshot.Measure(PLAN_ID + "-m2", "2", "辦理為民服務滿意度調查", null,
                                List.of("秘書室"), "持續辦理", null, "QUARTERLY", null))),
                        new PlanContentSnapshot.FocusArea("", "其他", List.of(
                                new PlanContentSnapshot.Measure(PLAN_ID + "-m3", "", "提交年度執行成果", null,
                                        List.of(), null, null, null, null)))))));
    }

    private static void add(DomainEvent event) {
        if (SAMPLES.put(event.getClass(), event) != null) {
            throw new IllegalStateException("two samples for " + event.getClass());
        }
    }

    /** The sample of one payload class, if there is one. */
    public static Optional<DomainEvent> of(Class<? extends DomainEvent> payloadClass) {
        return Optional.ofNullable(SAMPLES.get(payloadClass));
    }

    /** Every sample, in catalogue-like order. */
    public static List<DomainEvent> all() {
        return List.copyOf(SAMPLES.values());
    }
}
