/** Local OIDC issuer (Spring Authorization Server) with the demo realm of ADR 0001. */
package tw.uplift.identity;
