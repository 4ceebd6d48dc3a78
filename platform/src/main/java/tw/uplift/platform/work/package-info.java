/**
 * Background work shared by the chassis and the services: one worker thread woken by a signal or a timer,
 * and work items claimed by {@code _id} with a lease on the system clock.
 */
package tw.uplift.platform.work;
