/** The routes to the four services and what travels with each request (access token, CSRF token, cookies). */
package tw.uplift.gateway.routing;
