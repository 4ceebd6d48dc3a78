/**
 * The organisations plan-service keeps (機關與督考機關): agencies with their units (科/課/室/館/所), their parent agency
 * (上級機關) and the supervising body that reviews their plans (督考機關). An administrator registers and changes them;
 * each change is announced on {@code plan-events} with the whole state ({@code AgencyChanged},
 * {@code SupervisingBodyChanged}), so review-service and notification-service keep their own copies. Nothing is
 * deleted: an organisation is retired, and its plans stay readable.
 */
package tw.uplift.plan.organisations;
