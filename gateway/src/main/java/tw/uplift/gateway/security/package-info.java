/** Login at the issuer, the person's roles from the ID token, their access token from the session, and the web security rules. */
package tw.uplift.gateway.security;
