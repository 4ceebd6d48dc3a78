/** Registering obligations from plan and review events, closing them, and the scheduler that fires their steps. */
package tw.uplift.notification.deadlines.application;
