/** The landing page and the redirect of each role to its desk. */
package tw.uplift.gateway.home;
