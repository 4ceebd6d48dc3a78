/**
 * review-service's copy of the organisation tree (機關與督考機關) that plan-service owns: each agency's parent agency
 * (上級機關) and supervising body (督考機關), and the bodies themselves. Fed by {@code AgencyChanged} and
 * {@code SupervisingBodyChanged}, and by the agency a {@code PlanSubmitted} names (so a plan submitted before any
 * organisation event still finds its body); whatever order and however often the events arrive, the newest state
 * wins. The assignment rule reads the whole parent chain from here for conflicts of interest.
 */
package tw.uplift.review.organisation;
