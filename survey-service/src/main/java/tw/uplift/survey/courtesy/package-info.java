/**
 * Courtesy tests (禮貌測試) as instruments: a staff tester calls (電話禮貌測試: the switchboard 總機, then the business
 * unit 業務單位) or visits (神秘客訪查) a unit of the agency and scores it with a rubric out of 100. The
 * {@code CourtesyTest} aggregate records {@code CourtesyTestScored}, which review-service turns into a follow-up under
 * the supervising body's courtesy bar.
 */
package tw.uplift.survey.courtesy;
