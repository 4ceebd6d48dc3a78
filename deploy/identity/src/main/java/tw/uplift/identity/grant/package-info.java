/**
 * The demo-only resource owner password grant ({@code grant_type=password}), so scripts and tests get a
 * user's token with one request, like Keycloak's direct access grant. OAuth 2.1 dropped this grant and
 * Spring Authorization Server does not ship it; it is registered for the client {@code uplift-cli} only.
 */
package tw.uplift.identity.grant;
