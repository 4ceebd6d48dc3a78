/** The gateway: routes, login at the issuer, token and CSRF relay, the landing page and the operators' status page. */
package tw.uplift.gateway;
