/**
 * The inbox on the web: {@code /api/inbox} (the caller's notices, newest first, marking them read, the unread
 * count for the header) and the inbox page {@code /inbox}.
 */
package tw.uplift.notification.inbox.web;
