/** notification-service: tracks every dated obligation and tells people about it (in-app inbox first). */
package tw.uplift.notification;
