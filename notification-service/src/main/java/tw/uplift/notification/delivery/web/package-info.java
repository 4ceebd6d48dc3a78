/** The delivery feature's HTTP side: directory, preferences and evidence APIs, the preferences and notices pages. */
package tw.uplift.notification.delivery.web;
