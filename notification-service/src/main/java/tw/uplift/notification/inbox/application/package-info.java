/** Delivering notices into inboxes (from review and deadline events), listing and reading them. */
package tw.uplift.notification.inbox.application;
