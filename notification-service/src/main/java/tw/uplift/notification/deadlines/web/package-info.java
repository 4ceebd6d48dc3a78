/** {@code GET /api/deadlines}: a plan's tracked obligations and where each stands on its ladder. */
package tw.uplift.notification.deadlines.web;
